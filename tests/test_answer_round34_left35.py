"""Round 35 (session 15, h_left35): four small kinds left by earlier rounds, read at the level of the convention.

- A count of parts asked with one of them by position (正文提了几条要求，第三条是什么): the count is of the level the
  position is walked in, so a 通知's top parts answer, each named, and the count and the part are said
  (retrieval/search/walk.py, answer/notes.py counted_position_note; d13 华容).
- A count of points a leader made asked with no figure (讲了几点, 提了几点要求，分别是什么): the sentence holding the list
  after 要 leads, counted by the same reader as 原话要求了几条 (genre/required_listed.py required_holder; d02 宁波).
- A span over February of a leap year (2024年2月20日至3月26日): the worked note says 2024年2月有29天 (genre worked.toml
  spans.leap_said, answer/span_words.py; d29 区科协).
- A period counted in several units (每两个月, 每三个月, 每两周): the times a year are the unit's over that count
  (genre worked.toml [frequency] said, genre/frequency.py).
The questions are probes of our own, in several wordings each, on real notice text.
"""
from __future__ import annotations

import datetime as dt

import pytest

from answer.ask import ask
from answer.frequency import frequency_note
from answer.span_words import gap_said, leap_said
from answer.spans import gap_note
from genre.frequency import periods
from genre.required_listed import required_holder
from tests.conftest import dev_files, small_index

NOTICES = ("d02_", "d13_", "d29_")
NINGBO = "汤飞帆市长在市政府常务会议上专题研究部署各类重大审计问题整改落实工作时指出,要高度重视审计“下半篇”文章、坚决推动" \
         "问题“清仓式”整改、增强前端感知“治未病”作用。"
KEXIE = "2024年2月20日至3月26日,区委巡察二组对区科学技术协会(以下简称区科协)开展了巡察,并于2025年1月21日反馈了巡察意见"


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    return small_index(tmp_path_factory, "left35", dev_files(*NOTICES))


def answered(index, question):
    a = ask(index, question, index.settings)
    return a.abstained, a.answer


# --- a count of parts and one of them --------------------------------------------------------------------------------

@pytest.mark.parametrize("question, said", [
    ("文号“华政发2021年2号”那个通知，正文提了几条要求，第三条是什么", "（共4条，第三条是“三、加强调度协调”。）"),
    ("华容县政府重点工作任务的通知一共几条要求？第二条是什么", "（共4条，第二条是“二、细化工作方案”。）"),
    ("华容那份通知提了几点要求，最后一点是什么", "（共4点，最后一点是“四、严格督查考核”。）"),
    ("华容县重点工作任务通知有几条？第四条讲什么", "（共4条，第四条是“四、严格督查考核”。）"),
    ("华容印发重点工作任务时提了几条要求？其中第一条是啥", "（共4条，第一条是“一、强化责任落实”。）"),
])
def test_a_count_of_parts_asked_with_one_names_them_all(dev_index, question, said):
    abstained, answer = answered(dev_index, question)
    assert not abstained
    assert said in answer, answer
    assert all(h in answer for h in ("一、强化责任落实", "二、细化工作方案", "三、加强调度协调", "四、严格督查考核")), answer


def test_one_part_asked_alone_is_still_that_part(dev_index):
    _, answer = answered(dev_index, "华容重点工作任务通知第三条是什么")
    assert "三、加强调度协调" in answer and "一、强化责任落实" not in answer and "（共" not in answer


# --- a count of points a leader made -----------------------------------------------------------------------------------

def test_the_list_holder_leads_only_for_a_count_of_requirements():
    assert required_holder(NINGBO, [(0, len(NINGBO))], "市长讲了几点？") == [(0, len(NINGBO) - 1)]
    assert required_holder(NINGBO, [(0, len(NINGBO))], "开了几次会？") == []
    stated = NINGBO + "会议提出3点要求。"
    assert required_holder(stated, [(0, len(stated))], "讲了几点？") == []


@pytest.mark.parametrize("question", [
    "宁波市长在常务会议上讲了几点",
    "汤飞帆市长在常务会议上提了几点要求，分别是什么",
    "宁波市政府常务会议上市长强调了几点？",
    "宁波2021年度审计整改报告里，汤飞帆在常务会议上说了几点",
    "宁波审计整改报告中，市长专题研究部署重大审计问题整改时指出了几点要求",
])
def test_a_count_of_points_a_leader_made_is_the_list_counted(dev_index, question):
    abstained, answer = answered(dev_index, question)
    assert not abstained
    assert "（所列共3点。）" in answer and "增强前端感知“治未病”作用[1]" in answer, answer


# --- a leap February inside a counted span -----------------------------------------------------------------------------

def test_a_leap_february_is_said_only_when_the_span_holds_it():
    assert leap_said(dt.date(2024, 2, 20), dt.date(2024, 3, 26)) == "；2024年2月有29天"
    assert leap_said(dt.date(2024, 2, 29), dt.date(2024, 2, 29)) == "；2024年2月有29天"
    assert leap_said(dt.date(2024, 3, 1), dt.date(2025, 1, 21)) == ""
    assert leap_said(dt.date(2023, 2, 1), dt.date(2023, 3, 31)) == ""   # 2023 is no leap year
    assert leap_said(dt.date(2023, 12, 1), dt.date(2028, 3, 1)) == "；2024年2月有29天；2028年2月有29天"
    assert gap_said(dt.date(2024, 1, 4), dt.date(2024, 3, 18), "巡察开始", "反馈").endswith("相隔74天（2个半月；2024年2月有29天）")


@pytest.mark.parametrize("question", [
    "区委巡察二组在我们区科协巡了多少天",
    "区科协被巡察了几天，巡完隔多久才反馈",
    "区科协那次巡察前后一共多少天？",
    "科协被巡察了多长时间",
    "区委巡察二组在科协待了几天",
])
def test_a_span_over_a_leap_february_says_its_days(question):
    note = gap_note(question, KEXIE)
    assert "2024年2月20日至3月26日首尾两天都算共36天（两日相隔35天；2024年2月有29天）" in note, note


def test_the_answer_says_the_leap_february(dev_index):
    abstained, answer = answered(dev_index, "区委巡察二组巡的那个区科协，巡察是去年几月到几月、几天？今年几号反馈")
    assert not abstained and "2024年2月有29天" in answer, answer


# --- a period counted in several units ----------------------------------------------------------------------------------

def test_a_period_of_several_units_recurs_that_many_times_fewer():
    assert periods("每两个月召开一次") == [("两个月", 6)]
    assert periods("每三个月向市审计局报告整改进度") == [("三个月", 4)]
    assert periods("局机关纪委每两周收集汇总巡视整改落实情况台账") == [("两周", 26)]
    assert periods("每2个月通报一次") == [("2个月", 6)]
    assert periods("每两年轮换一次") == [("两年", 0)]
    assert periods("每个月") == [("月", 12)] and periods("每季度召开工作会议") == [("季度", 4)]


@pytest.mark.parametrize("question, quoted, said", [
    ("整改进度多久报告一次", "每三个月向市审计局报告整改进度", "每三个月一次，一年4次"),
    ("整改进度一年要报几次", "每三个月向市审计局报告整改进度", "每三个月一次，一年4次"),
    ("整改落实情况台账多长时间收集汇总一次", "局机关纪委每两周收集汇总巡视整改落实情况台账", "每两周一次，一年26次"),
    ("联席会议多久开一次", "联席会议每两个月召开一次", "每两个月一次，一年6次"),
    ("联席会议一年开几次", "联席会议每两个月召开一次", "每两个月一次，一年6次"),
    ("干部交流多久轮换一次", "干部交流每两年轮换一次", "每两年一次。"),
])
def test_a_frequency_of_several_units_is_worked_out(question, quoted, said):
    assert said in frequency_note(question, quoted)
