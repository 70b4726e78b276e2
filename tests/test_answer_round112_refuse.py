"""Round 112 (session 22): a count asked beside another ask, of a notice writing no such count, over dev notices.

- Staff ask the count of problems fed back, or a target in people, beside a day, a 文号 or a meeting's frequency
  (反馈了多少个问题？哪天反馈的？). A notice writes such a count beside its noun (33个问题, 具体问题50项) or in its unit
  (N人); one writing none answers the other ask only, so the reply says which ask it does not state, keeps the other
  answered and cited, and abstains: answer/unstated_ask.py, retrieval/weights.py COUNTED_NOUN_REACH.
- A count worked out from what is written (a share, a sum, a frequency's times a year) or leaning on the ask before it
  (针对的是多少个问题, of a sentence writing 21个问题) is no unstated ask.
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.unstated_ask import count_unwritten, unstated_note
from tests.conftest import dev_files, dev_text, sentence_holding, small_index


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    return small_index(tmp_path_factory, "refuse112", dev_files("d14_", "d22_", "d23_", "d28_"))


def test_a_count_of_problems_no_clause_writes_is_unwritten():
    assert count_unwritten("湘潭市妇联被巡察反馈了几个问题", dev_text("d28_"))
    assert count_unwritten("广元市委被反馈的问题有多少个", dev_text("d14_"))
    cixi = sentence_holding(dev_text("d17_"), "21个问题")
    assert not count_unwritten("附海镇那次是针对几个问题", cixi)
    shuozhou = sentence_holding(dev_text("d26_"), "33个问题")
    assert not count_unwritten("朔州科技局反馈的问题有多少个", shuozhou)


def test_a_count_in_people_is_unwritten_where_no_figure_is_in_people():
    assert count_unwritten("湖州要点给免费健康体检定了多少人", dev_text("d22_"))
    assert not count_unwritten("浙江要点里免费健康体检要体检多少人", "培训基层医生300人")


def test_worked_or_unnamed_counts_are_never_unwritten():
    huzhou = sentence_holding(dev_text("d22_"), "每季评选优秀个人")
    assert not count_unwritten("优秀个人一年下来评几回", huzhou)   # a frequency's times a year
    assert not count_unwritten("那一方面的问题占全部的百分之几", "聚焦基层党组织建设方面(5个问题)")   # a share
    assert not count_unwritten("整改拆成了几项", "整改情况:一是强化警示宣传。二是专人提醒督导。")   # nothing named


def test_the_note_quotes_each_ask():
    assert unstated_note(["反馈的问题有多少个？", "定了多少人；"]) == "通报中没有写明所问的“反馈的问题有多少个”、“定了多少人”。其余所问如下："


def test_the_unstated_count_is_said_and_the_other_ask_answered(dev_index):
    reply = ask(dev_index, "广元市委被省委巡视后，反馈的问题有多少个？巡视意见是哪天反馈的？")
    assert reply.abstained and "没有写明" in reply.answer and "反馈的问题有多少个" in reply.answer
    assert "2024年12月27日" in reply.answer and reply.citations
    reply = ask(dev_index, "湘潭市妇联巡察反馈了几个问题？整改工作例会多长时间开一次？")
    assert reply.abstained and "每月初召开工作例会" in reply.answer
    reply = ask(dev_index, "湖州卫健委2023年要点给免费健康体检定了多少人？文号是啥？")
    assert reply.abstained and "湖卫健发〔2023〕1号" in reply.answer and "没有写明" in reply.answer


def test_asks_all_stated_still_answer(dev_index):
    reply = ask(dev_index, "湘潭妇联整改工作例会多久开一次？巡察意见哪天反馈的？")
    assert not reply.abstained and "2024年1月17日" in reply.answer
    reply = ask(dev_index, "浙江卫健委2023年要点里免费健康体检要覆盖多少人？文号是多少？")
    assert not reply.abstained and "1000万以上" in reply.answer
