"""Round 80 (session 17), in wordings of my own over dev notices.

- Days typed as a form or keyboard writes them (2024/06/16, 2025.3.17, 2023-01-06, 5.16那天, 24年8月24号) are read as
  the written day before any cue (asking.toml [typed_date], [short_year] before_month; genre/asking.py typed_days);
  figures (1.05亿, 3.5%) stay.
- What happened on a day: the clause dated that day answers; a day the notice dates no clause is refused, naming the
  days it does date (questions.toml [day_event]; answer/day_event.py).
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.day_event import day_unevented, days_dated
from genre.asking import plain_question, typed_days
from tests.conftest import dev_files, small_index

MIANYANG = "根据市委统一部署,2024年5月7日至6月7日,市委第五巡察组对市司法局党组开展了巡察。7月24日,市委第五巡察组向市司法局党组反馈了巡察意见。"


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    paths = dev_files("d02_", "d04_", "d05_", "d07_", "d10_", "d11_", "d34_")
    return small_index(tmp_path_factory, "dates80", paths)


def _ask(index, question: str):
    return ask(index, question, index.settings)


# -- days typed in other forms ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("typed, written", [
    ("惠济审批局2024/06/16那天怎么了", "2024年6月16日"),
    ("湖北司法厅2025.2.17反馈的吗", "2025年2月17日"),
    ("宁波审计那份是2023-01-06发布的吗", "2023年1月6日"),
    ("绵阳司法局7.24那天干了什么", "7月24日"),
    ("莆田司法局24年1月4号反馈的吗", "2024年1月4号"),
    ("嘉兴文广旅25年3月18号开始巡察的吗", "2025年3月18号"),
    ("枣庄社科联3/3那天是什么事", "3月3日"),
])
def test_typed_days_are_read_written(typed, written):
    assert written in plain_question(typed)


@pytest.mark.parametrize("figure", ["完成1.05亿元", "占比3.5%", "提高2.5倍", "得分3.12分", "近10年来", "运行30年以上"])
def test_figures_are_no_days(figure):
    assert typed_days(figure) == figure
    assert plain_question(figure + "吗").startswith(figure)


# -- what happened on a day ------------------------------------------------------------------------------------------

def test_days_dated_and_a_day_unevented():
    assert days_dated(MIANYANG) == [("2024", 5, 7), ("", 6, 7), ("", 7, 24)]
    assert "7月24日" in day_unevented("2024年8月24日那天开的是什么会？", [MIANYANG])
    assert day_unevented("7月24日那天干了什么？", [MIANYANG]) == ""
    assert day_unevented("7月24日反馈了几个问题？", [MIANYANG]) == ""   # no event of the day asked


@pytest.mark.parametrize("question, wanted", [
    ("绵阳市司法局7.24那天干了什么", "7月24日,市委第五巡察组向市司法局党组反馈了巡察意见"),
    ("莆田市司法局2024/01/04那天发生了什么", "于2024年1月4日反馈了巡察意见"),
    ("湖北省司法厅25年2月17号那天做了什么", "2025年2月17日反馈了巡视意见"),
    ("枣庄社科联3.3那天是什么事", "3月3日,市委巡察组向市社科联党组反馈了巡察意见"),
    ("惠济区行政审批局2024年5月16号当天巡察组干了啥", "2024年5月16日,区委第一巡察组向我局反馈了巡察意见"),
])
def test_the_clause_dated_that_day_answers(dev_index, question, wanted):
    a = _ask(dev_index, question)
    assert not a.abstained and wanted in a.answer, a.answer


@pytest.mark.parametrize("question, day, dated", [
    ("嘉兴市文化广电旅游局2025/04/01那天巡察组干了啥", "2025年4月1日", "6月6日"),
    ("莆田市司法局23年6月8号那天开了什么会", "2023年6月8日", "2024年1月4日"),
    ("绵阳市司法局2024.8.24那天开的是什么会", "2024年8月24日", "7月24日"),
    ("湖北省司法厅2025年3月17日当天发生了什么", "2025年3月17日", "2025年2月17日"),
])
def test_a_day_no_clause_dates_is_refused_naming_the_days(dev_index, question, day, dated):
    a = _ask(dev_index, question)
    assert a.abstained and f"没有写明{day}那天的事" in a.answer and dated in a.answer, a.answer


# -- a gap after the range's end, the asker's own days stated before it --------------------------------------------

@pytest.mark.parametrize("question, wanted", [
    ("莆田市司法局2023年4月20号开始被巡察，到24年1月4号才反馈，巡察结束后隔了多少天", "从2023年5月31日（巡察结束）到2024年1月4日（反馈）相隔218天"),
    ("绵阳市司法局24年5月7号开始巡察，7月24号反馈，巡察结束后隔了几天", "从2024年6月7日（巡察结束）到2024年7月24日（反馈）相隔47天"),
    ("嘉兴文广旅25年3月18号进驻，7月31号反馈的，巡察结束后相隔多少天", "从2025年6月6日（巡察结束）到2025年7月31日（反馈）相隔55天"),
    ("湖北省司法厅2024年11月7日开始被巡视，2025年2月17日反馈，巡视结束后隔了多久", "从2024年12月31日（巡视结束）到2025年2月17日（反馈）相隔48天"),
    ("惠济区行政审批局从2024/03/05开始被巡察，到2024/05/16反馈，巡察结束以后隔了多少天", "从2024年4月18日（巡察结束）到2024年5月16日（反馈）相隔28天"),
])
def test_a_gap_after_the_end_reads_the_range_end(dev_index, question, wanted):
    a = _ask(dev_index, question)
    assert not a.abstained and wanted in a.answer, a.answer
