"""Round 34 (task multi): several asks about parts in one line, and counts of listed items, read at the level of the
convention.

- Several asks in one line each walk the outline from the top: 第一部分叫什么，最后一点是什么，第二部分叫什么 asks the first
  part, its last point, then the second part beside the first (d26 朔州科技局, d29 区科协, d35 鲤城社科联, d10 惠济审批局).
- 哪几个方面 of a notice whose groups of findings end in 方面 ((一)…方面(7个问题)) while its top parts are named otherwise is
  that run of groups; each group's count asked (各方面问题数, 大概有多少个) sums the headings' counts (d31 庆阳文联).
- Requirements one sentence lists after 要 (指出,要A、B、C) asked as a count (原话要求了几条, 要做到几条): the list is quoted
  and counted, 所列共N条 (d02 宁波, d13 华容).
The questions are probes of our own, in several wordings each, on real notice text.
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.listed import count_said
from genre.parts_asked import each_count_asked
from genre.required_listed import required_asked, required_count, required_listed
from genre.structure_questions import restarted_asks
from tests.conftest import dev_files, small_index

NOTICES = ("d02_", "d10_", "d13_", "d26_", "d29_", "d31_", "d35_")
NINGBO = "汤飞帆市长在市政府常务会议上专题研究部署各类重大审计问题整改落实工作时指出,要高度重视审计“下半篇”文章、坚决推动" \
         "问题“清仓式”整改、增强前端感知“治未病”作用。"
HUARONG = "县政府分线领导对领办的政府重点工作任务要牵头抓总、积极作为、善于决策、勇于担当,全面完成政府重点工作任务;"


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    return small_index(tmp_path_factory, "multi34", dev_files(*NOTICES))


def answered(index, question):
    a = ask(index, question, index.settings)
    return a.abstained, a.answer


# --- several position asks in one line ----------------------------------------------------------------------------------

def test_a_line_walking_from_the_top_again_is_split():
    assert restarted_asks("朔州科技局通报第一部分叫什么，最后一点是什么，第二部分叫什么") == \
        ("朔州科技局通报第一部分叫什么，最后一点是什么，", "第二部分叫什么")
    assert restarted_asks("第一部分讲什么？第二部分呢") == ()
    assert restarted_asks("第一部分下面第三点是什么") == ()
    assert restarted_asks("第二类下面头一条是什么") == ()


@pytest.mark.parametrize("question, parts", [
    ("朔州科技局通报第一部分叫什么，最后一点是什么，第二部分叫什么", ("党组及班子成员的认识和态度", "举一反三", "问题整改的具体进展")),
    ("朔州市科技局那份通报，第一部分标题是啥，它最后一点讲什么，第二部分标题是啥",
     ("党组及班子成员的认识和态度", "举一反三", "问题整改的具体进展")),
    ("朔州科技局通报头一部分讲什么，第三点讲什么，第二部分又讲什么", ("党组及班子成员的认识和态度", "抓好整改落实", "问题整改的具体进展")),
    ("区科协通报第一部分叫什么？最后一条是什么？第二部分呢？", ("加强对巡察整改的组织领导情况", "强化自我检视", "巡察反馈问题的整改情况")),
    ("鲤城社科联通报第一部分是什么，下面第一点是什么，第二部分是什么",
     ("加强对巡察整改的组织领导情况", "提高政治站位", "巡察反馈问题的整改进展情况")),
    ("惠济审批局通报第一部分的标题，最后一点的标题，还有第二部分的标题",
     ("党组书记组织落实整改工作情况", "注重长效机制", "局党组织巡察整改主体责任落实情况")),
])
def test_each_ask_of_the_line_is_answered_in_order(dev_index, question, parts):
    abstained, said = answered(dev_index, question)
    assert not abstained
    places = [said.find(p) for p in parts]
    assert all(i >= 0 for i in places) and places == sorted(places), said


def test_a_part_the_notice_lacks_is_still_refused(dev_index):
    abstained, _ = answered(dev_index, "鲤城社科联通报第一部分是什么，下面第一点是什么，第三部分是什么")
    assert abstained


# --- groups named 方面 asked with their counts ---------------------------------------------------------------------------

def test_each_count_is_asked_by_its_noun_or_hedged():
    assert each_count_asked("各方面问题数是多少？")
    assert each_count_asked("大概有多少个问题")
    assert not each_count_asked("问题是按哪几个方面列的？")


@pytest.mark.parametrize("question, summed", [
    ("庆阳文联通报里问题是按哪几个方面列的？各有几个问题？", True),
    ("庆阳市文联被反馈的问题分哪几个方面，每个方面多少个？", True),
    ("庆阳文联巡察发现的问题分成哪几个方面，一共多少个问题？", True),
    ("庆阳文联问题包括哪些方面？各方面问题数是多少？", True),
    ("庆阳文联通报里问题是按哪几个方面列的？", False),
])
def test_the_groups_named_by_the_unit_answer_which_aspects(dev_index, question, summed):
    abstained, said = answered(dev_index, question)
    assert not abstained
    assert "(7个问题)" in said and "(2个问题)" in said and "提高政治站位" not in said, said
    assert ("25个问题" in said) == summed, said


# --- requirements listed after 要, counted -------------------------------------------------------------------------------

def test_the_list_after_yao_is_counted_only_when_requirements_are_asked():
    assert required_listed(NINGBO, [(0, len(NINGBO))], "原话要求了几条？")[2] == 3
    assert required_listed(HUARONG, [(0, len(HUARONG))], "分线领导要做到几条")[2] == 4
    assert required_listed(NINGBO, [(0, len(NINGBO))], "开了几次常务会议") is None
    assert not required_asked("整改措施完成了几条") and not required_asked("巡察整改制定了多少条措施？")
    said = "深入学习贯彻习近平总书记关于党的自我革命的重要思想、关于巡视工作重要论述和习近平法治思想,切实扛牢责任。"
    assert required_listed(said, [(0, len(said))], "原话要求了几条？") is None
    stated = NINGBO + "会议提出3点要求。"
    assert required_count(stated, [(0, len(stated))], "讲了几点？") == 0
    assert count_said("原话要求了几条？", 3) == "（所列共3条。）"


@pytest.mark.parametrize("question, n", [
    ("宁波那份里有个“清仓式”的说法，是谁在什么会上提的，原话要求了几条？", 3),
    ("宁波那份报告里市长在常务会议上要求了几条？", 3),
    ("宁波那份里“治未病”那句话是谁说的，一共要求了几条", 3),
    ("宁波审计整改里市长指出要做到几条？", 3),
    ("华容通知里县政府分线领导对领办的任务要做到几条，原话怎么说", 4),
    ("华容那个通知里，分线领导对领办的重点工作任务要做到几条？", 4),
])
def test_a_count_of_listed_requirements_is_the_list_counted(dev_index, question, n):
    abstained, said = answered(dev_index, question)
    assert not abstained
    assert f"所列共{n}条" in said, said
