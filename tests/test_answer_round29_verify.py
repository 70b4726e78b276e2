"""Round 29, a figure the asker states to have it checked (genre figures.toml [checked_figure]): each convention probed
in five wordings of my own on real dev-notice text (tests/data/notices-dev).

- A rounded figure typed with a rounding word (两百多条, 二十来个, 一个亿出头, 三百条左右) or a hedge (吧, 对吗) is a claim,
  not a figure the notice must write: the question is asked with the claim as 多少, the notice's own figure quoted, and the
  claim held against it by the rounding staff use (与通报一致 / 与通报不符，通报写的是…).
- A claim about a thing the notice states no figure of is still refused.
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.verify import claim_note, neutral_question
from genre.checked import stated_claims
from tests.conftest import dev_files, sentence_holding, small_index
from tests.notice_text import notice_text

XIAMEN = sentence_holding(notice_text("d32_"), "细化制定整改措施239条")
CIXI = sentence_holding(notice_text("d17_"), "已清理用地款1.05亿元")
GUANGZHOU = sentence_holding(notice_text("d16_"), "已完成整改336个")   # 反映的400个问题,已完成整改336个


@pytest.mark.parametrize(("claim", "low", "high"), [
    ("两百多条", 200, 300), ("二十来个", 20, 25), ("一个亿出头", 1e8, 1.5e8), ("三百条左右", 270, 330),
    ("400余个", 400, 500),
])
def test_a_rounded_figure_is_read_as_its_range(claim, low, high):
    (c,) = stated_claims(f"是不是{claim}？")
    assert (c.low, c.high) == (low, high)


def test_a_figure_asked_is_no_claim():
    assert stated_claims("整改措施细化了多少条？") == ()
    assert stated_claims("反馈了几个问题") == ()
    assert neutral_question("细化了239条措施吗") == ""   # an exact figure is no rounded claim


@pytest.mark.parametrize(("question", "text", "said"), [
    ("厦门体育局整改措施细化了两百多条？", XIAMEN, "与通报一致（通报写的是239条）"),
    ("体育局那份通报里整改措施有200多条吧", XIAMEN, "与通报一致（通报写的是239条）"),
    ("厦门体育局细化制定的整改措施三百条左右，对吗？", XIAMEN, "与通报不符，通报写的是239条"),
    ("慈溪附海镇清理用地款一个亿出头吧？", CIXI, "与通报一致（通报写的是1.05亿元）"),
    ("附海镇对二十来个问题持续整改，没错吧？", CIXI, "与通报一致（通报写的是21个问题）"),
    ("附海镇清理的用地款大概五千万元左右？", CIXI, "与通报不符，通报写的是1.05亿元"),
    ("广州审计报告反映的问题有四百多个吧", GUANGZHOU, "与通报一致（通报写的是400个问题）"),
    ("广州审计整改已完成三百个左右？", GUANGZHOU, "与通报不符，通报写的是336个"),
])
def test_a_claimed_figure_is_held_against_the_quoted_one(question, text, said):
    asked = neutral_question(question)
    assert "多少" in asked and not any(h in asked for h in ("吧", "对吗", "没错"))
    assert said in claim_note(question, text), claim_note(question, text)


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    return small_index(tmp_path_factory, "verify", dev_files("d32_", "d17_", "d16_"))


@pytest.mark.integration
@pytest.mark.parametrize(("question", "said"), [
    ("厦门体育局那份巡察整改通报，整改措施细化了两百多条？", "与通报一致（通报写的是239条）"),
    ("厦门体育局整改措施是不是三百来条", "与通报不符，通报写的是239条"),
    ("慈溪审计整改报告里，附海镇清理用地款一个亿出头？", "与通报一致（通报写的是1.05亿元）"),
    ("附海镇持续整改的问题有三十多个吧", "与通报不符，通报写的是21个"),
    ("广州2024年度审计反映的问题四百来个，对吗", "与通报一致（通报写的是400个问题）"),
])
def test_a_claim_is_checked_end_to_end(dev_index, question, said):
    a = ask(dev_index, question, dev_index.settings)
    assert not a.abstained and said in a.answer, a.answer


@pytest.mark.integration
@pytest.mark.parametrize("question", [
    "厦门体育局谈话提醒了二十来人吧？",
    "附海镇清退的违规资金两千多万元？",
])
def test_a_claim_of_a_figure_the_notice_does_not_state_is_refused(dev_index, question):
    assert ask(dev_index, question, dev_index.settings).abstained


JIEYANG = sentence_holding(notice_text("d20_"), "2025年6月5日至2025年8月8日")
XIANGTAN = sentence_holding(notice_text("d28_"), "2023年10月11日至12月1日")
SUINING = sentence_holding(notice_text("d25_"), "2020年5月12日至2020年7月31日")


@pytest.mark.parametrize(("question", "text", "said"), [
    ("揭阳公安局那次巡察是2025年6月到8月吧，前后多少天", JIEYANG, "与通报一致"),
    ("湘潭妇联被巡察是2023年10月到12月对吗，巡了多久", XIANGTAN, "与通报一致"),
    ("遂宁科技局巡察是2020年5月至7月吧？", SUINING, "与通报一致"),
    ("揭阳公安局巡察是2025年5月到7月吧，一共几天", JIEYANG, "与通报不符，通报写的是2025年6月5日至2025年8月8日"),
    ("湘潭市妇联那轮巡察在2023年9月到11月吧，多少天", XIANGTAN, "与通报不符"),
])
def test_a_hedged_date_claim_is_dropped_from_the_ask_and_checked(question, text, said):
    asked = neutral_question(question)
    assert "月" not in asked and "吧" not in asked and "对吗" not in asked, asked
    assert said in claim_note(question, text), claim_note(question, text)


def test_an_unhedged_date_is_no_claim():
    assert neutral_question("2025年6月到8月巡察了多少天") == ""


@pytest.mark.parametrize("question", [
    "湖北司法厅那10余次会里，党委会开了几次",
    "那两百多条措施里，哪些已经完成了",
    "这400余个问题中立行立改的有几个",
])
def test_a_figure_restated_after_na_is_no_claim(question):
    assert neutral_question(question) == ""
