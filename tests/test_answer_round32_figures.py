"""Round 32 (session 14, h_probe_num "figures"): fact answers that carry every asked figure, in asking styles of my own
over the dev notices (several figures of different kinds in one line, staff words, a figure inside an item pointed at by
its place, 哪年哪月, 大概/差不多, two steps' days asked with one word), fixed by kind.

- genre asking.toml [day_beside], genre/day_beside.py, answer/day_beside.py: a day asked beside counts in one line (开了几次
  党组会、细化了多少条措施、哪天反馈的) is answered on its own in the notice the counts are quoted from; its lead follows.
- genre questions.toml [asks_reporter]: a month or year asked of a report's reading (哪年哪月在人大常委会上作的, 几月份向人大
  常委会报告的) is answered by the subtitle's date, as 哪天 was.
- genre structure_questions.toml [figure_within], genre/figure_within.py, answer/extractive.py item_figure_reply: a figure
  asked inside an item pointed at by its place (第二部分第一个问题里，中心组学习开了几次) is answered from the item's own
  sentences, not by its heading.
- genre questions.toml [asking]: hedges on the asked figure (差不多, 大概, 大约, 左右) frame the ask; 差不多 no longer weighs as
  the rarest word and refuses.
- genre worked.toml [steps_each], genre/steps_each.py (read by answer/lead.py wanted): two steps joined before one date word
  (进驻和反馈分别是哪天) ask two days, each quoted.
"""
from __future__ import annotations

import pytest

from answer.day_beside import day_clauses
from answer.lead import wanted
from genre.figure_within import figure_within_ask
from genre.questions import load_questions
from genre.steps_each import joined_steps
from tests.conftest import dev_files


@pytest.mark.parametrize(("question", "days"), [
    ("厦门体育局开了几次党组会、细化了多少条措施、哪天反馈的", ["哪天反馈的"]),
    ("绵阳司法局巡察整改定了几个方案，巡察是哪天反馈的", ["巡察是哪天反馈的"]),
    ("市公安局先后开了几次党委会，巡察组哪天反馈的意见", ["巡察组哪天反馈的意见"]),
    ("枣庄社科联开了几次会研究整改，巡察哪天进驻的", ["巡察哪天进驻的"]),
    ("芦淞区司法局巡察一共反馈多少问题，立行立改的几个，哪天反馈的", ["哪天反馈的"]),
])
def test_a_day_asked_beside_counts_is_its_own_clause(question, days):
    assert day_clauses(question) == days


@pytest.mark.parametrize("question", [
    "厦门体育局巡察意见哪天反馈的",           # the day alone
    "巡察从哪天到哪天，一共几天",             # a span: its days are its figures
    "开了几次会，巡察持续了多久",             # no day asked
    "中山一院被巡察了多少天，反馈隔了多久",   # a gap
])
def test_no_day_beside_other_figures(question):
    assert day_clauses(question) == []


@pytest.mark.parametrize("question", [
    "广东2020年度审计整改报告是哪年哪月在人大常委会上作的",
    "慈溪2017年度审计整改报告是几月份在人大常委会上作的",
    "广州2024年度审计整改报告哪年哪月向人大常委会报告的",
    "瑞金2020年度审计整改是哪年几月在人大常委会会议上报告的",
    "广东2020年度审计整改情况是哪年几月向省人大常委会汇报的",
])
def test_a_month_asked_of_a_reports_reading_asks_the_reporter(question):
    assert load_questions().asks_reporter.search(question)


@pytest.mark.parametrize(("question", "asked"), [
    ("芦淞区司法局第二部分第一个问题里，中心组学习开了几次", "芦淞区司法局，中心组学习开了几次"),
    ("利州法院第一部分第二个问题，填报了多少条事项", "利州法院，填报了多少条事项"),
    ("利州法院第一部分第一条里，支部学习开了几次", "利州法院，支部学习开了几次"),
    ("利州法院第一部分第二个问题里，几次在大会上解读“三个规定”", "利州法院，几次在大会上解读“三个规定”"),
    ("芦淞区司法局第二部分第一条，中心组学习搞了多少次", "芦淞区司法局，中心组学习搞了多少次"),
])
def test_a_figure_inside_an_item_is_asked_without_the_positions(question, asked):
    assert figure_within_ask(question) == asked


@pytest.mark.parametrize("question", [
    "芦淞区司法局第二部分有几个问题", "第一部分第二个问题讲的是什么", "第二部分分了几条", "第三部分一共多少项",
    "第一部分第二条整改完了吗", "第一方面有多少个问题？", "第二部分列了几个方面", "中心组学习开了几次",
    "庆阳文联通报第三部分按哪几个方面写的，各几个问题", "第二部分几个方面分别有多少条措施",
])
def test_the_items_own_points_or_no_position_ask_no_figure_within(question):
    assert figure_within_ask(question) is None


@pytest.mark.parametrize(("question", "steps"), [
    ("中山一院巡察开始和反馈分别是哪天？", 2),
    ("利州法院巡察进驻和反馈分别是哪天？", 2),
    ("绵阳司法局巡察进驻、反馈各在哪天", 2),
    ("枣庄社科联进驻和反馈分别是什么时候", 2),
    ("厦门体育局巡察开始、结束和反馈各是哪天", 3),
    ("巡察组哪天反馈的？", 0),
    ("反馈以后过了多久才公布？", 0),
    ("巡察是哪天开始的，反馈又是几月", 0),
])
def test_steps_joined_before_one_date_word_are_each_asked(question, steps):
    assert joined_steps(question) == steps


def test_joined_steps_ask_as_many_days():
    assert wanted("利州法院巡察进驻和反馈分别是哪天？") == (0, 2)


@pytest.fixture(scope="module")
def figures_index(tmp_path_factory):
    from tests.conftest import small_index
    return small_index(tmp_path_factory, "figures32", dev_files(
        "d01_", "d05_", "d08_", "d11_", "d16_", "d17_", "d19_", "d25_", "d26_", "d32_", "d34_", "d35_", "d37_", "d38_",
        "d40_"))


def _answered(index, question):
    from answer.ask import ask
    return ask(index, question, index.settings)


@pytest.mark.parametrize(("question", "figures"), [
    ("厦门体育局巡察整改开了几次党组会、细化了多少条措施、哪天反馈的", ["7次", "239条", "2020年4月9日"]),
    ("芦淞区司法局巡察一共反馈多少问题，立行立改的几个，哪天反馈的", ["29个", "4个", "2024年9月6日"]),
    ("绵阳司法局巡察整改定了几个方案，巡察是哪天反馈的", ["1个总方案", "2个专项方案", "7月24日"]),
    ("市公安局巡察整改先后开了几次党委会，巡察组哪天反馈的意见", ["8次", "2025年1月8日"]),
    ("枣庄社科联开了几次会研究整改，巡察哪天进驻的", ["9次", "2022年11月18日"]),
])
def test_a_day_asked_beside_counts_is_quoted_after_them(figures_index, question, figures):
    a = _answered(figures_index, question)
    assert not a.abstained and all(f in a.lead for f in figures), a.answer


@pytest.mark.parametrize(("question", "day"), [
    ("广东2020年度审计整改报告是哪年哪月在人大常委会上作的", "2022年7月27日"),
    ("慈溪2017年度审计整改报告是几月份在人大常委会上作的", "11月22日"),
    ("广州2024年度审计整改报告哪年哪月向人大常委会报告的", "2025年12月30日"),
    ("瑞金2020年度审计整改是哪年几月在人大常委会会议上报告的", "20211228日"),
    ("广东2020年度审计整改情况是哪年几月向省人大常委会汇报的", "2022年7月27日"),
])
def test_a_month_asked_of_a_reports_reading_is_its_subtitle_date(figures_index, question, day):
    a = _answered(figures_index, question)
    assert not a.abstained and day in a.answer, a.answer


@pytest.mark.parametrize(("question", "figure"), [
    ("芦淞区司法局第二部分第一个问题里，中心组学习开了几次", "10次"),
    ("利州法院第一部分第二个问题，填报了多少条事项", "595条"),
    ("利州法院第一部分第一条里，支部学习开了几次", "4次"),
    ("利州法院第一部分第二个问题里，几次在大会上解读“三个规定”", "3次"),
    ("芦淞区司法局反馈问题整改部分第一个问题，全年开展了几次中心组学习", "10次"),
])
def test_a_figure_inside_an_item_is_quoted_from_the_item(figures_index, question, figure):
    a = _answered(figures_index, question)
    assert not a.abstained and figure in a.lead, a.answer


@pytest.mark.parametrize(("question", "figure"), [
    ("朔州科技局反馈的问题差不多有多少个", "33个"),
    ("鲤城区社科联反馈的问题差不多有几个", "11个"),
    ("芦淞区司法局反馈问题差不多有多少个", "29个"),
    ("厦门体育局细化了多少条措施左右", "239条"),
    ("遂宁科技局差不多建了多少个制度", "13个"),
])
def test_a_hedged_count_is_answered(figures_index, question, figure):
    a = _answered(figures_index, question)
    assert not a.abstained and figure in a.answer, a.answer


@pytest.mark.parametrize(("question", "days"), [
    ("中山一院巡察进驻和反馈分别是哪天", ["2024年9月23日", "2025年1月13日"]),
    ("利州法院巡察进驻和反馈分别是哪天", ["2024年10月16日", "2025年1月3日"]),
    ("枣庄社科联进驻和反馈分别是什么时候", ["2022年11月18日", "3月3日"]),
    ("绵阳司法局巡察进驻、反馈各在哪天", ["2024年5月7日", "7月24日"]),
    ("中山一院巡察开始和反馈分别是哪天", ["2024年9月23日", "2025年1月13日"]),
])
def test_two_steps_asked_with_one_date_word_are_each_dated(figures_index, question, days):
    a = _answered(figures_index, question)
    assert not a.abstained and all(d in a.lead for d in days), a.answer
