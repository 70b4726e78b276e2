"""Round 35 (session 15, h_seeds35): the counted thing asked, every asked clause, every occasion of the asked meeting,
diagnosed on the seeds, fixed by kind.

- genre questions.toml [count_units] counted_qualified / counted_apart, genre asking.toml [[spoken]] 举措: the noun a
  count is asked of may follow a qualifier (多少条整改措施); a counted 举措 is the notices' 措施; 意见/建议/线索 are
  counted apart, so 提出整改意见5条 does not answer 多少条整改措施 (answer/counted_asked.py, answer/lead.py).
- genre questions.toml [asks_done] which_done, retrieval/weights.py STATUS_ASK_*: a yes-or-no completion ask (旧管道改完
  了没有) or a which-one-is-out ask (现在出了哪个) beside another ask is answered by the result clause near the lead
  (answer/status_ask.py).
- genre questions.toml [asks_date] one_occasion: a meeting a notice dates more than once is dated on each day
  (answer/occasions.py).
Each probed in wordings of my own over real dev-notice text (tests/data/notices-dev, corpus/ seeds are dev too).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from answer.counted_asked import counted_nouns
from answer.occasions import each_occasion
from answer.status_ask import status_answered
from genre.asking import plain_question
from tests.conftest import dev_files, sentence_holding

ROOT = Path(__file__).resolve().parents[1]
LUSONG = sentence_holding(dev_files("d08_")[0].read_text(encoding="utf-8"), "移交立行立改问题4个")
WARNING = ("整改情况:2023年7月25日召开市城管局警示教育大会,结合具体案例分析形势。2023年8月30日,组织全市城管系统警示教育大会,"
           "深刻剖析存在问题。")


@pytest.mark.parametrize(("question", "nouns"), [
    ("一共出了多少条整改措施？", ["措施"]),
    ("提了几条反馈意见？", ["意见"]),
    ("制定了多少条具体整改措施？", ["措施"]),
    ("反馈了多少个问题？", ["问题"]),
    ("移交了几条问题线索？", ["线索"]),
])
def test_the_counted_noun_after_a_qualifier(question, nouns):
    assert counted_nouns(question) == nouns


@pytest.mark.parametrize(("typed", "read"), [
    ("一共出了多少条整改举措？", "一共出了多少条整改措施？"),
    ("整改举措一共几条？", "整改措施一共几条？"),
    ("出台了几项举措？", "出台了几项措施？"),
    ("采取了哪些举措？", "采取了哪些举措？"),
])
def test_a_counted_jucuo_is_read_as_cuoshi(typed, read):
    assert plain_question(typed) == read


@pytest.mark.parametrize("question", [
    "警示教育大会是哪天开的？", "警示教育大会什么时候开的？", "局里啥时候组织的警示教育大会？", "警示教育大会分别是哪天开的？",
    "警示教育大会几号开的？",
])
def test_each_day_of_a_meeting_held_twice(question):
    a = WARNING.index("2023年7月25日")
    found = each_occasion(WARNING, [(a, WARNING.index(",结合"))], question)
    assert [WARNING[x:y] for x, y in found] == ["2023年7月25日召开市城管局警示教育大会", "2023年8月30日,组织全市城管系统警示教育大会"]


def test_one_occasion_named_stays_one():
    a = WARNING.index("2023年7月25日")
    assert each_occasion(WARNING, [(a, WARNING.index(",结合"))], "第一次警示教育大会是哪天？") == [(a, WARNING.index(",结合"))]


def test_a_bare_result_joins_the_lead_with_its_thing():
    a = LUSONG.index("移交")
    found = status_answered(LUSONG, [(a, LUSONG.index(",已全部"))], "移交的立行立改问题都办结了吗？一共移交了几个？")
    assert [LUSONG[x:y] for x, y in found] == ["移交立行立改问题4个", "已全部办结"]


@pytest.fixture(scope="module")
def seeds_index(tmp_path_factory):
    from tests.conftest import small_index
    corpus = ROOT / "corpus"
    return small_index(tmp_path_factory, "seeds35", [corpus / "jinan-city-mgmt-bureau-2024-inspection-rectification.txt",
                                                     corpus / "tj-city-mgmt-commission-2024-inspection-rectification.txt"]
                       + dev_files("d08_", "d35_"))


@pytest.mark.parametrize(("question", "said"), [
    ("城管委党组一共出了多少条整改举措？落实进度怎么样？", ["共制定整改措施97条[1]"]),
    ("鲤城区社科联一共制定了多少条整改举措？", ["整改措施14条[1]"]),
    ("鲤城区社科联的整改举措一共几条？", ["整改措施14条[1]"]),
    ("鲤城区社科联反馈了多少个问题？出了几条整改举措？", ["11个问题[1]", "整改措施14条[2]"]),
    ("三十年以上的旧燃气管道改完了没有？今年燃气老管网改了多少公里？", ["已全部实施改造[1]", "122公里[2]"]),
    ("天津城管委三十年以上老管网都改完了吗？截至目前改了多少公里？", ["已全部实施改造[1]", "122公里[2]"]),
    ("芦淞区司法局立行立改的问题办结了没有？巡察组一共反馈了多少个问题？", ["已全部办结[2]"]),
    ("济南建筑垃圾管理条例要求的配套文件有几项没出台？现在出了哪个？", ["尚未出台[1]", "《济南市装饰装修垃圾管理办法》已制定实施[2]"]),
    ("济南城管局的配套文件还差几项没出台？出台了哪个？", ["《济南市装饰装修垃圾管理办法》已制定实施[2]"]),
    ("济南城管局开警示教育大会是哪天？", ["2023年7月25日", "2023年8月30日"]),
    ("济南市城管局啥时候组织的警示教育大会？", ["2023年7月25日", "2023年8月30日"]),
])
def test_seed_kinds_end_to_end(seeds_index, question, said):
    from answer.ask import ask
    answer = ask(seeds_index, question, seeds_index.settings)
    assert all(s in answer.answer for s in said) and not answer.abstained, answer.answer
