"""Round 86, status and item-kind words continued: what round 82 left, each as a genre rule probed on real dev-notice
text, over the dev notices as written and rewritten in other agencies' wordings (our own rewriting, below).

- A clause counting the item kind the question names, in whatever wording (立行立改 asked, 即知即改/边查边改 said), covers
  the kind's words and scores weights.KIND_NAMED (answer/lead_kinds.py kind_words, kinds_in); a part asked is checked
  in kinds alike (answer/slots.py part_unstated).
- Statuses asked each (改完的、阶段性完成的各几个), each counted by itself in any wording, are no joint figure
  (answer/parts.py statuses_counted).
- A question claiming or asking that all is done (听说…都整改完了) leads with the total and its done count
  (answer/lead_kinds.py done_claim_span), and a count done does not answer yes to 都整改到位了吗 (answer/threshold.py).
- A status asked (还没改完的有多少个) is covered by a passage counting items by status in any wording
  (answer/prepared.py status_said).
- A status asked of no part leads with the notice-wide totals sentence counting it (weights.WHOLE_STATUS).
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.lead_kinds import done_claim_span, kind_words, kinds_in, whole_status_span
from answer.parts import each_joint, statuses_counted
from answer.prepared import status_said
from answer.slots import part_unstated
from answer.threshold import act_said
from answer.worked import share_note
from retrieval.index.keywords import tokenize
from tests.conftest import dev_files, small_index
from tests.notice_text import notice_text, sentence_holding

LUSONG = notice_text("d08_")      # 巡察组共反馈29个问题,其中已完成整改28个,阶段性完成整改1个;移交立行立改问题4个,已全部办结
GUANGZHOU = notice_text("d16_")   # 《审计工作报告》反映的400个问题,已完成整改336个,其中要求立行立改的283个问题已全
RUIJIN = notice_text("d01_")      # 合计50项具体问题,…报告日已整改40项,…正在整改10项(含部分整改)

LUSONG_SAID = sentence_holding(LUSONG, "已完成整改28个")
GUANGZHOU_SAID = sentence_holding(GUANGZHOU, "已完成整改336个")

# Our own rewriting of the three notices into other agencies' wordings (not the phrasing check's table).
REWORDED = [("已完成整改", "已销号"), ("立行立改", "边查边改"), ("阶段性完成整改", "基本整改到位"), ("个问题", "项问题"),
            ("截至", "截止"), ("正在整改", "整改推进中")]


def reworded(text: str) -> str:
    for a, b in REWORDED:
        text = text.replace(a, b)
    return text


@pytest.mark.parametrize(("question", "kind"), [
    ("要求立行立改的有几个", "立行立改"),
    ("芦淞司法局巡察时立知立改的问题是几个", "立行立改"),
    ("边查边改的有多少", "立行立改"),
    ("举一反三排查的问题几个", "举一反三"),
    ("需要长期坚持的有几项", "长期整改"),
])
def test_kind_words_of_question(question, kind):
    got = kind_words(question, {t: 1.0 for t in tokenize(question)})
    assert got and set(got.values()) == {kind}


@pytest.mark.parametrize("written", ["即知即改", "边查边改", "立查立改", "边巡边改", "即查即改"])
def test_kind_in_any_wording(written):
    assert "立行立改" in kinds_in(GUANGZHOU_SAID.replace("立行立改", written))


@pytest.mark.parametrize("asked", ["边查边改", "即知即改", "立查立改", "边审边改", "立知立改"])
def test_part_asked_in_another_kind_wording_is_stated(asked):
    assert part_unstated(f"广州那400个问题里，{asked}的有几个？", [GUANGZHOU_SAID]) == ""


@pytest.mark.parametrize(("parts", "said"), [
    (("改完", "阶段性完成"), "其中已整改到位28个,阶段性整改完成1个"),
    (("整改到位", "基本完成"), "其中已完成整改28个,阶段性完成整改1个"),
    (("已办结", "基本整改到位"), "其中已销号28个,基本整改完成1个"),
    (("已完成", "正在整改"), "报告日已整改40项,正在整改10项"),
    (("整改完", "整改中"), "已整改到位40项,整改推进中10项"),
])
def test_statuses_asked_each_are_counted(parts, said):
    assert statuses_counted(parts, [said])


def test_statuses_each_no_joint_figure():
    said = reworded(LUSONG_SAID).replace("已销号", "已整改到位").replace("基本整改到位", "阶段性整改完成")
    assert each_joint("芦淞区司法局29个问题，改完的、阶段性完成的各几个？", [said]) == ""
    assert each_joint("收回的和清退的各是多少？", ["收回清退违规资金5.0227万元"]) == "收回"


@pytest.mark.parametrize("question", ["听说问题都整改完了，是这样吗", "问题都整改到位了？", "据说全部办结了",
                                      "是不是都改完了", "这些问题已全部完成了吧"])
def test_done_claim_leads_with_total_and_done(question):
    text = "一、审计整改工作部署和成效\n" + reworded(GUANGZHOU_SAID) + "。"
    a, b = done_claim_span(text, question)
    assert "400" in text[a:b] and "336" in text[a:b]


@pytest.mark.parametrize("asked", ["立行立改", "即知即改", "边查边改", "立查立改", "边审边改"])
def test_share_of_a_kind_in_another_wording(asked):
    lead = "《审计工作报告》反映的400项问题；已整改到位336个；其中要求即知即改的283项问题已全"
    assert "70.75%" in share_note(f"{asked}的占全部问题的百分之多少？", lead, lead)


def test_count_done_is_no_yes_to_all_done():
    assert act_said("问题是不是都整改到位了", "已整改到位336个") == ""
    assert act_said("立行立改的都办结了吗", "移交立行立改问题4个,已全部办结") == "已办结。"


@pytest.mark.parametrize(("question", "words"), [
    ("那广州还没改完的有多少个", "未完成"), ("广州尚未整改到位的有几个", "尚未整改到位"), ("还有几个未销号的", "未销号"),
    ("阶段性整改完成的有几个", "阶段性整改完成"), ("仍在整改的有几项", "仍在整改"),
])
def test_status_said(question, words):
    from genre.staff_words import in_notice_words
    assert words in status_said(in_notice_words(question))


def test_whole_status_span():
    a, b = whole_status_span(RUIJIN, "正在整改")
    assert "正在整改10项" in RUIJIN[a:b] and "50项" in RUIJIN[a:b]


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    return small_index(tmp_path_factory, "status86", dev_files("d01_", "d08_", "d16_"), keyword_only=False)


@pytest.fixture(scope="module")
def reworded_index(tmp_path_factory):
    folder = tmp_path_factory.mktemp("status86-files")
    paths = []
    for p in dev_files("d01_", "d08_", "d16_"):
        out = folder / p.name
        out.write_text(reworded(p.read_text(encoding="utf-8")), encoding="utf-8")
        paths.append(out)
    return small_index(tmp_path_factory, "status86-reworded", paths, keyword_only=False)


ANSWERED = [   # (question, said on the dev notices as written, said on the reworded ones)
    ("广州2024年度审计报告里要求即知即改的问题有多少个", "283"),
    ("广州审计整改，立查立改的问题有几个", "283"),
    ("广州2024年度审计查出的问题中边查边改的有多少", "283"),
    ("芦淞区司法局移交即知即改的问题有几个", "4个"),
    ("广州市2024年度审计整改报告，400个问题里要求立行立改的有多少个？占几成", "70.75%"),
    ("广州二〇二四年度审计报告的问题里，要求立行立改的有几个？占全部问题的百分之多少", "70.75%"),
    ("广州审计问题里边查边改的占几成", "70.75%"),
    ("芦淞区司法局29个问题，改完的、阶段性完成的各几个？", "28个"),
    ("芦淞区司法局反馈的问题，已完成的、基本完成的分别几个", "1个"),
    ("芦淞司法局29个问题里改好了的和基本改好的各多少", "28个"),
    ("芦淞司法局的问题整改到位的和阶段性完成的各有几个", "28个"),
    ("芦淞区司法局整改到位和阶段性整改完成的问题分别是多少个", "1个"),
    ("听说广州2024年度审计查出的问题都整改完了，报告里是这么说的吗", "还有64个未完成"),
    ("广州审计查出的问题，我记得都改完了？", "336"),
    ("那广州还没改完的有多少个？占百分之几", "64"),
    ("广州2024年审计还没整改到位的有多少个", "64"),
    ("广州审计报告里尚未办结的问题有几个", "64"),
    ("瑞金审计未完成整改的问题有几项", "10"),
    ("芦淞司法局还有几个问题没改完", "1"),
    ("瑞金整改中的问题有几项", "10项"),
    ("瑞金那份审计报告正在整改的有几项", "10项"),
    ("瑞金审计问题中整改推进中的有几项", "10项"),
    ("瑞金2020年度审计，目前还在整改的有几项", "10项"),
    ("瑞金审计仍在整改的有几项", "10项"),
]


@pytest.mark.parametrize(("question", "said"), ANSWERED)
def test_status_and_kind_asked_on_notices_as_written(dev_index, question, said):
    a = ask(dev_index, question, dev_index.settings)
    assert not a.abstained, a.answer
    assert said in a.answer, a.answer


@pytest.mark.parametrize(("question", "said"), ANSWERED)
def test_status_and_kind_asked_on_reworded_notices(reworded_index, question, said):
    a = ask(reworded_index, question, reworded_index.settings)
    assert not a.abstained, a.answer
    assert said in a.answer, a.answer


def test_all_done_asked_is_no_yes(dev_index, reworded_index):
    for index in (dev_index, reworded_index):
        a = ask(index, "广州2024年度审计的问题是不是都整改到位了", index.settings)
        assert "是。" not in a.answer and "64" in a.answer, a.answer
