"""Round 25, counts put together from a notice's words: each convention probed in five wordings of my own on real
dev-notice text (tests/data/notices-dev), and where it applies, where it must not fire.

- A count asked of a thing a notice counts only by its kinds (研究制定1个总方案,2个专项方案), with or without a word of all
  (定了几个方案, 整改方案有几个): the kinds are summed when every count of the unit in the sentence is a kind of the thing
  and the sentence counts no part of a whole (genre worked.toml [kinds_total] `before`, `part`).
- Several counts asked, one of things listed uncounted (建了几个机制 设了几个小组 over 建立起A机制、B机制、…): the
  list is quoted beside the other asks' clauses and counted (answer/listed.py listed_for_unanswered; 建立起 a verb of setting up).
- Counts asked each (各开了几次, 分别几个人) or one after another in one unit (开了几次党组会 几次领导小组会): each quoted
  and their sum worked out beside them (genre worked.toml [each_summed]); not when a difference is asked.
"""
from __future__ import annotations

import pytest

from answer.combined import sum_note
from answer.worked import kinds_total_note
from genre.counted import each_summed, kinds_asked
from tests.conftest import dev_files, dev_text, sentence_holding, small_index

MIANYANG = dev_text("d05_")   # 研究制定1个总方案,2个专项方案
XIAMEN = dev_text("d32_")     # 召开7次党组会议、12次巡察整改领导小组会议
RUIJIN = dev_text("d01_")     # 对1人予以记大过处分,对2人予以提醒谈话


@pytest.mark.parametrize("question", [
    "绵阳司法局整改方案定了几个",
    "绵阳市司法局为巡察整改制定了几个方案？",
    "绵阳司法局的整改方案有几个",
    "绵阳司法局巡察整改出了多少个方案",
    "绵阳司法局整改方案搞了几个？",
])
def test_a_thing_counted_by_its_kinds_is_summed_when_its_count_is_asked(question):
    assert "共3个：1个总方案、2个专项方案" in kinds_total_note(question, sentence_holding(MIANYANG, "1个总方案"))


@pytest.mark.parametrize(("question", "sentence"), [
    ("定了几个方案？", "制定1个总方案,2个专项方案,3个清单"),            # a count of the unit not of a kind of 方案
    ("有几个问题？", "共反馈5个问题,其中2个共性问题,3个个性问题"),      # parts of a stated whole
    ("有几个问题？", "梳理出4个方面13个问题"),                         # one kind only
    ("定了几个专项方案？", "研究制定1个总方案,2个专项方案"),              # one kind asked: its own count answers
])
def test_kinds_are_not_summed_where_the_sentence_counts_other_things(question, sentence):
    assert kinds_total_note(question, sentence) == ""


def test_a_count_asked_with_no_thing_named_is_no_kinds_ask():
    assert kinds_asked("什么时候印发的？") is None and kinds_asked("整改方案定了几个").said is False


@pytest.mark.parametrize("question", [
    "厦门体育局 党组会和领导小组会各开了几次",
    "厦门体育局 开了几次党组会 几次领导小组会",
    "厦门市体育局党组会议、领导小组会议分别召开了多少次",
    "厦门体育局党组会跟巡察整改领导小组会各召开几次？",
    "厦门体育局开了多少次党组会议，多少次领导小组会议",
])
def test_counts_asked_each_are_summed_beside_them(question):
    assert each_summed(question)
    assert "合计19次" in sum_note(question, sentence_holding(XIAMEN, "7次党组会议"))


def test_people_asked_each_are_summed():
    assert "合计3人" in sum_note("瑞金审计整改 记大过和提醒谈话分别几个人", sentence_holding(RUIJIN, "记大过"))


@pytest.mark.parametrize("question", [
    "开了几次会？",
    "建了几个机制 设了几个小组",                 # one after another, but things of no one kind
    "第二方面和第四方面分别几个问题，差几个",     # a difference asked: no sum
])
def test_no_sum_where_counts_are_not_of_one_kind_asked_each(question):
    assert sum_note(question, sentence_holding(XIAMEN, "7次党组会议")) == ""


@pytest.fixture(scope="module")
def count_index(tmp_path_factory):
    return small_index(tmp_path_factory, "count", dev_files("d05_", "d32_", "d01_"))


@pytest.mark.parametrize(("question", "said"), [
    ("绵阳司法局整改定了几个方案", "共3个"),
    ("厦门体育局 开了几次党组会 几次领导小组会 整改措施多少条", "合计19次"),
])
def test_the_worked_count_is_said_end_to_end(count_index, question, said):
    from answer.ask import ask
    answer = ask(count_index, question, count_index.settings)
    assert said in answer.answer and not answer.abstained


@pytest.mark.parametrize("question", [
    "厦门体育局建了几个机制 设了几个专项整改小组",
    "厦门体育局设了几个专项整改小组，建立了几个机制",
    "厦门体育局整改建立了多少个机制？成立了几个专项整改工作小组？",
    "厦门体育局 建了几个机制 整改措施多少条",
    "厦门体育局建立了几个机制？设立了几个整改小组？",
])
def test_the_list_an_unanswered_ask_counts_is_counted_beside_the_other(count_index, question):
    """Several counts asked, one of things a notice lists uncounted (建立起分工负责机制、工作推进机制、…): the list is
    quoted and counted beside the clauses of the other asks (genre questions.toml [listed_members])."""
    from answer.ask import ask
    answer = ask(count_index, question, count_index.settings)
    assert "分工负责机制、工作推进机制、督促检查机制、整改公开机制" in answer.answer and "共4个" in answer.answer
