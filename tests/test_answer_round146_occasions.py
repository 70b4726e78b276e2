"""Round 146: occasions named by their month, several actors asked each, two notices' metadata side by side.

Behaviours:
- a report to the people's congress named by the month it was made (那年3月先向人大常委会…报了, 到7月底正式报告) is the
  meeting the notice dates in that month (steps.toml [month_meeting]); a month with its part (7月底) names the report's
  own subtitle day it holds, a part it misses (7月初) does not (answer/spans.py names_day); the gap is worked out;
- actors asked as a list (市级牵头部门、区县和具体实施单位分别担什么责) are each answered by the clause it opens, a scope
  after the last (在审计整改里) dropped, a bracketed name (区(县、市)政府) kept whole (claims.toml [each_actor]);
- two notices' metadata side by side are named by the label every answer uses (the title, else the issuer and file,
  never the bare file name), and a damaged day's reading (原文“20211228日”…) follows the side holding it;
- a responsibility system asked as 责任制 is read in the 负责制 a notice writes (names.toml [[same]]);
- a sentence the notice's text ends in, cut short, whose clauses another sentence writes whole is marked down so the
  whole copy answers; a cut sentence written nowhere else is left as it is (weights.CUT_OFF_PENALTY);
- by how much, asked right after which of two spans is longer (哪边隔得久、久几天), is worked out across the notices, no
  figure of either side's own quoted for it (comparisons.toml [longer] by_how_much).
"""
from __future__ import annotations

import datetime as dt
import re

import pytest

from answer.actors import actor_clauses, asked_actors
from answer.ask import ask
from answer.metadata import report_lines
from answer.steps import first_day
from answer.spans import names_day
from genre.steps import load_steps
from tests.conftest import dev_files, dev_text, small_index


def _subtitle_day(prefix: str) -> str:
    text = dev_text(prefix)
    return next(d for a, b in report_lines(text)[:2] for d in [first_day(text[a:b])] if d)


@pytest.mark.parametrize("question, months", [
    ("那年3月先向人大常委会第几次会议报了突出问题整改？到7月底正式报告隔了多少天？", ["3", "7"]),
    ("3月份向人大汇报突出问题整改，到7月正式作整改报告，中间隔了多久？", ["3", "7"]),
    ("3月底先报的那次是第几次会议？离7月那次隔了多少天", ["3", "7"]),   # named with the meeting, as before
])
def test_a_report_named_by_its_month_is_an_occasion(question, months):
    assert [m.group("month") for m in load_steps().month_meeting.finditer(question)] == months


def test_an_occasion_by_month_is_no_inspection_step():
    assert not list(load_steps().month_meeting.finditer("3月底进驻，7月反馈隔了多少天"))


def test_a_month_and_its_part_name_the_subtitles_day():
    day = _subtitle_day("d40_")   # the report's own day, read from its subtitle
    month, dom = map(int, re.fullmatch(r"\d{4}年(\d+)月(\d+)日", day).groups())
    part = next(p for p, a, b in load_steps().month_parts if a <= dom <= b)
    other = next(p for p, a, b in load_steps().month_parts if not a <= dom <= b)
    assert names_day(f"3月29日先报了突出问题，到{month}月{part}正式报告隔了多少天", day)
    assert not names_day(f"3月29日先报了突出问题，到{month}月{other}正式报告隔了多少天", day)
    assert not names_day(f"到{month % 12 + 1}月{part}正式报告隔了多少天", day)


@pytest.fixture(scope="module")
def reports_index(tmp_path_factory):
    return small_index(tmp_path_factory, "r146-reports", dev_files("d40_", "d01_", "d17_", "d02_"))


def _gap_days(text: str) -> tuple[str, str, int]:
    m = re.search(r"从(\d{4}年\d+月\d+日)到(\d{4}年\d+月\d+日)相隔(\d+)天", text)
    assert m, text
    return m.group(1), m.group(2), int(m.group(3))


@pytest.mark.integration
@pytest.mark.parametrize("question", [
    "广东2020年度审计整改，省审计厅那年3月先向人大常委会报了突出问题整改，到7月底正式报告隔了多少天？",
    "广东2020年度审计整改，3月份向人大汇报突出问题整改，到7月正式作整改报告，中间隔了多久？",
    "广东2020年度审计整改，3月29日先向人大常委会报了突出问题整改，到7月底正式报告隔了多少天？",
])
def test_the_gap_between_occasions_named_by_month_is_worked_out(reports_index, question):
    a = ask(reports_index, question)
    day = _subtitle_day("d40_")
    start, end, n = _gap_days(a.answer)
    assert end == day and start.startswith(day[:5]) and "3月" in start
    ymd = [tuple(map(int, re.findall(r"\d+", d))) for d in (start, end)]
    assert (dt.date(*ymd[1]) - dt.date(*ymd[0])).days == n
    assert any(day[5:] in c.quote.replace(" ", "") or day in c.quote for c in a.citations)   # the subtitle is quoted


def test_actors_asked_as_a_list_are_each_found():
    assert asked_actors("市级牵头部门、区县和具体实施单位在审计整改里分别担什么责？") == ("市级牵头部门", "区县", "具体实施单位")
    assert asked_actors("市级牵头部门、区(县、市)政府和具体实施单位各起什么作用") == ("市级牵头部门", "区(县、市)政府", "具体实施单位")
    assert asked_actors("区县市政府和具体实施单位各做了什么") == ("区县市政府", "具体实施单位")   # two, as before


def test_each_listed_actor_leads_with_the_clause_it_opens():
    text = dev_text("d02_")
    got = [text[a:b] for a, b in actor_clauses(text, "宁波那份报告说市级牵头部门、区县和具体实施单位在审计整改里分别担什么责？")]
    assert [g[:4] for g in got] == ["市级牵头", "区(县、", "具体实施"], got
    assert all("责任" in g for g in got)   # each its own duty, not the part that holds them


@pytest.mark.integration
def test_three_actors_answered_end_to_end(reports_index):
    a = ask(reports_index, "宁波那份报告说市级牵头部门、区县和具体实施单位在审计整改里分别担什么责？")
    assert [c.quote[:4] for c in a.citations[:3]] == ["市级牵头", "区(县、", "具体实施"], a.answer


@pytest.mark.integration
def test_two_notices_metadata_side_by_side_are_labelled_and_noted_per_side(reports_index):
    a = ask(reports_index, "瑞金和慈溪的审计整改报告分别是哪天在人大常委会上作的？")
    sides = a.answer.split("\n")
    assert len(sides) == 2 and all(s.startswith("《") for s in sides), a.answer
    assert not re.search(r"《d\d\d_", a.answer)   # never the bare file name
    assert "慈溪" in sides[1].split("》")[0]       # an untitled notice: its issuer names it
    damaged = [s for s in sides if "20211228日" in s]
    assert len(damaged) == 1 and "缺“年”“月”字" in damaged[0] and "缺“年”“月”字" not in a.answer.replace(damaged[0], "")


def test_a_responsibility_system_is_read_in_the_notices_word():
    from genre.same_names import notice_worded
    text = dev_text("d13_")
    assert "责任制" not in text and "负责制" in text   # this notice writes 负责制 only
    assert "负责制" in notice_worded("华容县政府重点工作任务落实用的是什么责任制？", (text,))



def test_a_cut_sentence_is_marked_down_only_as_a_copy_of_a_whole_one():
    from answer.measures import cut_off
    text = dev_text("d10_")
    body = text.rstrip()
    start = body.rfind("。") + 1   # the page ends mid-sentence (…民主生活会,班), its clauses written whole before
    assert cut_off(text, start, len(body))
    for prefix in ("d01_", "d13_"):   # truncated pages whose cut sentence is written nowhere else: left as they are
        other = dev_text(prefix).rstrip()
        assert not cut_off(other, other.rfind("。") + 1, len(other))


@pytest.fixture(scope="module")
def approvals_index(tmp_path_factory):
    return small_index(tmp_path_factory, "r146-approvals", dev_files("d10_", "d05_", "d26_"))


@pytest.mark.integration
def test_the_act_written_whole_answers_what_was_done(approvals_index):
    a = ask(approvals_index, "惠济区审批局有没有专门开巡察整改民主生活会？会上干了啥？")
    whole = [c for c in a.citations if "民主生活会" in c.quote and "批评" in c.quote]
    assert whole and not a.abstained, a.answer   # what the meeting did, written whole


def test_by_how_much_after_which_is_longer_is_worked_out_not_quoted():
    from answer.lead_asked import wanted
    from genre.longer import as_length
    side = as_length("从巡察结束到收到反馈各隔了多少天？哪边隔得久、久几天？")
    assert "久几天" not in side and wanted(side)[0] == 0   # no figure of the notice's own is asked


@pytest.fixture(scope="module")
def rounds_index(tmp_path_factory):
    return small_index(tmp_path_factory, "r146-rounds", dev_files("d37_", "d19_"))


@pytest.mark.integration
def test_each_side_quotes_its_dated_steps_only(rounds_index):
    a = ask(rounds_index, "利州区法院和市公安局，两边从巡察结束到收到反馈各隔了多少天？哪边隔得久、久几天？")
    lead = a.answer.split("（按上述日期推算")[0]
    assert not re.search(r"\d+条", lead), a.answer   # no count of another thing led with
    assert "相隔" in a.answer and "长" in a.answer.split("\n")[-1]   # each gap, then which is longer and by how much
