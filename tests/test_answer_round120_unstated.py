"""Round 120 (session 23), the main ask of a question is a detail the notice does not write of a thing it names, in
wordings of my own over real dev notice text (tests/data/notices-dev).

The notice names the thing but not the detail asked: the person it only counts asked by unit with the ask first
(被记大过的是哪个单位的人), the one item partly done asked when it will be finished (预计什么时候全部完成), a meeting it says
was held asked its day (那次常委会会议是几月几号), groups it only counts asked how many meetings each held (各自开了几次会).
Each is refused, and beside another ask the other ask is still answered (answer/asks_checked.py). The top-level
items of a 通知 asked as 大条 (正文分了哪几大条) are its top parts, each named; the inspecting group asked by its number
as notices shorten it (区委巡察几组来的) is read from the opening sentence.
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.event_day import meeting_day_unstated
from answer.member_detail import member_asked, member_detail_unstated
from answer.persons import person_unnamed
from tests.conftest import dev_files, small_index

RUIJIN = "出台13个规章制度,对1人予以记大过处分,对2人予以提醒谈话,现将整改具体情况报告如下:"
LUSONG = "巡察组共反馈29个问题,其中已完成整改28个,阶段性完成整改1个;移交立行立改问题4个,已全部办结。"
XIAMEN = ("局党组认真履行巡察整改主体责任,成立了以局主要领导为组长的巡察整改工作领导小组,设立3个专项整改工作小组。"
          "局主要领导组织召开7次党组会议、12次巡察整改领导小组会议,专题研究巡察整改工作方案和具体整改措施。")
GUANGYUAN = ("2024年12月27日,省委第四巡视组向广元市委反馈了巡视意见。\n省委巡视反馈意见后,迅速召开市委常委会会议,"
             "传达学习省委第四巡视组巡视广元市反馈意见,研究部署巡视整改工作。")


@pytest.mark.parametrize("question", ["被记大过的是哪个单位的人？", "受处分的是什么职务的干部"])
def test_a_counted_person_asked_with_the_ask_first(question):
    assert person_unnamed(question, [RUIJIN])


def test_a_post_holder_asked_by_unit_is_no_counted_person():
    assert not person_unnamed("巡察组组长是哪个单位的人", [RUIJIN])


def test_the_partly_done_item_asked_when_it_will_be_finished():
    asked = member_asked("那1个阶段性完成的问题，预计什么时候全部完成？")
    assert asked is not None and (asked.thing, asked.deadline) == ("问题", True)
    why = member_detail_unstated("那1个阶段性完成的问题，预计什么时候全部完成？", LUSONG)
    assert why is not None and why[1] == "通报中没有相关信息：只写了“阶段性完成整改1个”，没有写是哪个问题及其完成时限。"


def test_a_detail_after_de_is_the_ask_not_the_thing():
    asked = member_asked("那2个问题整改的时限是什么")
    assert asked is not None and asked.deadline and "时限" not in asked.thing


def test_counted_groups_asked_their_meetings():
    why = member_detail_unstated("那3个专项整改工作小组各自开了几次会？", XIAMEN)
    assert why is not None and why[1] == "通报中没有相关信息：只写了“设立3个专项整改工作小组”，没有写各小组的开会次数。"


def test_counted_groups_whose_meetings_are_counted_are_answered():
    text = XIAMEN + "各专项整改工作小组分别召开会议5次、4次、3次。"
    assert member_detail_unstated("那3个专项整改工作小组各自开了几次会？", text) is None


def test_a_meeting_named_undated_is_refused():
    why = meeting_day_unstated("收到反馈后开的那次常委会会议是几月几号？", [GUANGYUAN])
    assert why == "通报中没有相关信息：只写了召开“常委会会议”，没有写是哪天开的。"


@pytest.mark.parametrize(("question", "text"), [
    ("那次常委会会议是几月几号？", "2025年1月3日,召开市委常委会会议,研究部署整改。"),     # dated in its sentence
    ("那次常委会会议什么时候开的？", "1月上旬召开市委常委会会议,研究部署整改。"),            # a month answers 什么时候
    ("专题民主生活会是哪天开的？", GUANGYUAN),                                           # never named: other checks
])
def test_a_meeting_day_left_to_answer(question, text):
    assert meeting_day_unstated(question, [text]) == ""


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    return small_index(tmp_path_factory, "r120", dev_files("d08_", "d13_", "d14_", "d32_", "d35_"))


def test_top_items_asked_as_big_items():
    from genre.structure_questions import load_structure_questions
    assert load_structure_questions().all_items.search("通知正文分了哪几大条？")


def test_the_body_divided_into_big_items_names_each_top_part(dev_index):
    a = ask(dev_index, "华容县那份重点任务通知正文分了哪几大条？")
    assert not a.abstained and [c.quote for c in a.citations][:2] == ["一、强化责任落实。", "二、细化工作方案。"]


@pytest.mark.parametrize(("question", "said", "other"), [
    ("芦淞区司法局那1个阶段性完成的问题，预计什么时候全部完成？巡察组一共反馈了几个问题？", "没有写是哪个问题及其完成时限", "29个问题"),
    ("广元市委收到反馈后开的那次常委会会议是几月几号？来巡视的是省委哪个巡视组？", "没有写是哪天开的", "省委第四巡视组"),
])
def test_the_unstated_main_ask_is_named_and_the_other_answered(dev_index, question, said, other):
    a = ask(dev_index, question)
    note, _, rest = a.answer.partition("其余所问如下：")
    assert a.abstained and said in note and other in rest


def test_counted_groups_asked_their_meetings_refused(dev_index):
    a = ask(dev_index, "厦门体育局那3个专项整改工作小组各自开了几次会？")
    assert a.abstained and "没有写各小组的开会次数" in a.answer and "合计" not in a.answer


def test_the_group_asked_by_its_short_number_is_the_opening(dev_index):
    a = ask(dev_index, "鲤城社科联主要领导说要把哪几样“摆进去”？这轮是区委巡察几组来的？")
    assert not a.abstained and "区委巡察二组" in a.answer and "把职责摆进去" in a.answer
