"""Round 43 (session 16, h_figures43): averages the lead got wrong or left out, diagnosed on set fresh39, fixed by kind.

- answer/averages.py: in 平均每个A几B the dividend is the figure counted in B's unit (几条: 整改措施14条), never a count
  in another unit (3个方面) when the lead's clause lacks one: then the quoted sentence is read (14条 stands later in it);
  几个 stays any counter's word.
- answer/averages.py: an average per month/year (平均一个月多少, 每月平均几条) over a stated period (1—3月 = 3个月,
  genre worked.toml [average_period]) is worked out, said as worked out.
Questions where nothing can be worked (no period stated, no count in the unit asked) gain no figure.
Each probed in wordings of my own over real dev-notice text (tests/data/notices-dev).
"""
from __future__ import annotations

import pytest

from answer.averages import average_note, period_count
from tests.conftest import dev_files, dev_text, sentence_holding

LICHENG = sentence_holding(dev_text("d35_"), "整改措施14条")
LEAD_CLAUSE = "对巡察反馈的3个方面6项共11个问题"
LIZHOU = sentence_holding(dev_text("d37_"), "累计填报事项595条")


@pytest.mark.parametrize("question", [
    "鲤城社科联反馈的问题，平均每个问题几条措施",
    "社科联整改措施平均一个问题有几条",
    "每个问题平均对应几条整改措施",
    "鲤城社科联14条措施摊到11个问题上，平均每个问题几条",
    "区社科联巡察整改平均下来每个问题定了几条措施",
])
def test_an_average_in_the_unit_asked_divides_the_count_in_that_unit(question):
    assert average_note(question, LEAD_CLAUSE) == ""   # the lead's clause holds no count in 条: nothing from 3个方面
    note = average_note(question, LICHENG)
    assert "14条整改措施/11个问题" in note and "14÷11≈1.27" in note and note.startswith("（按通报数字推算"), note


@pytest.mark.parametrize("question", [
    "利州法院一到三月填报了多少条，平均一个月多少",
    "利州法院廉政事项1—3月平均每月填报几条",
    "利州法院一季度填报的事项一个月平均多少条",
    "利州法院平均每个月填报多少条事项",
    "利州法院1到3月填报事项平均下来每月多少",
])
def test_an_average_per_month_over_a_stated_period(question):
    note = average_note(question, LIZHOU)
    assert "595条填报事项/3个月" in note and "595÷3≈198.33" in note and note.startswith("（按通报数字推算"), note


def test_periods_are_counted_with_both_ends():
    assert period_count("月", "2025年1—3月累计填报事项595条").n == 3
    assert period_count("年", "2019—2021年共查处问题12个").n == 3
    assert period_count("年份", "2025年3月累计填报") is None


@pytest.mark.parametrize(("question", "lead"), [
    ("鲤城社科联平均每个月整改几条", LICHENG),   # no period stated: no month count to divide by
    ("利州法院平均每个问题几条", LIZHOU),   # no count of 问题 stated
    ("利州法院平均每年填报多少条", LIZHOU),   # a period of months, not of years
])
def test_nothing_to_work_gains_no_figure(question, lead):
    assert average_note(question, lead) == ""


@pytest.fixture(scope="module")
def average_index(tmp_path_factory):
    from tests.conftest import small_index
    return small_index(tmp_path_factory, "figures43", dev_files("d35_", "d37_", "d31_"))


@pytest.mark.parametrize(("question", "said"), [
    ("鲤城社科联反馈是几个方面几项几个问题 措施14条平均每个问题几条", "14÷11≈1.27"),
    ("社科联整改措施平均一个问题有几条", "14÷11≈1.27"),
    ("利州法院一到三月填报了多少条 平均一个月多少", "595÷3≈198.33"),
    ("利州法院平均每个月填报多少条事项", "595÷3≈198.33"),
])
def test_averages_end_to_end(average_index, question, said):
    from answer.ask import ask
    answer = ask(average_index, question, average_index.settings)
    assert said in answer.answer and "3÷11" not in answer.answer and not answer.abstained, answer.answer


@pytest.fixture(scope="module")
def report_index(tmp_path_factory):
    from tests.conftest import small_index
    return small_index(tmp_path_factory, "figures43r", dev_files("d40_", "d17_", "d35_"))


@pytest.mark.parametrize("question", [
    "广东审计厅3月29日报告突出问题到7月27日报告整改 隔几天",
    "省审计厅3月29日向常委会报告和7月27日那次报告之间相隔多少天",
    "广东审计整改报告，从3月29日第四十一次会议到7月27日作报告过了多久",
    "广东审计厅今年3月29日到7月27日两次报告间隔几天",
    "广东省审计厅7月27日的整改报告距离3月29日那次报告有多少天",
])
def test_a_gap_up_to_the_day_the_report_was_read_is_worked(report_index, question):
    """The question names the subtitle's day (——2022年7月27日在…会议上): the report being made; the opening's 今年3月29日
    is read in the report's year."""
    from answer.ask import ask
    answer = ask(report_index, question, report_index.settings)
    assert "从2022年3月29日到2022年7月27日相隔120天" in answer.answer and not answer.abstained, answer.answer


@pytest.mark.parametrize("question", [
    "广东审计厅3月29日报告到8月1日隔几天",   # 8月1日 is no day the notice dates
])
def test_a_gap_to_a_day_the_notice_never_dates_gains_no_figure(report_index, question):
    from answer.ask import ask
    answer = ask(report_index, question, report_index.settings)
    assert "相隔" not in answer.answer, answer.answer


@pytest.mark.parametrize("question", [
    "慈溪审计整改报告 第十四次会议开完到作报告隔了多少天 谁报告的",
    "慈溪审计整改报告是第十四次常委会后多少天作的报告",
    "慈溪审计局从第十四次会议到作这份整改报告过了多久，是谁作的报告",
    "慈溪市审计整改，第十四次会议后隔了几天才作报告",
    "慈溪审计局出具整改清单的第十四次会议，距作整改报告相隔多少天",
    "慈溪审计整改报告第十四次会议开完过了几天作的报告",
])
def test_a_gap_from_a_session_named_by_its_ordinal_to_the_report(report_index, question):
    """The opening dates the session named (2018年7月30日…第十四次会议后), the subtitle the report's own (2018年11月22日)."""
    from answer.ask import ask
    answer = ask(report_index, question, report_index.settings)
    assert "第十四次会议后" in answer.answer and "从2018年7月30日到2018年11月22日相隔115天" in answer.answer, answer.answer


@pytest.mark.parametrize("question", [
    "慈溪审计整改报告第二十次会议开完到作报告隔了多少天",   # no session the notice dates
    "慈溪审计整改是在第十六次会议上报告的吗，谁报告的",   # the report's own session: no gap asked
])
def test_a_session_not_dated_or_no_gap_asked_gains_no_gap(report_index, question):
    from answer.ask import ask
    answer = ask(report_index, question, report_index.settings)
    assert "相隔" not in answer.answer, answer.answer


def test_session_clause_reads_the_ordinal_asked():
    from answer.session_day import session_clause
    text = dev_text("d17_")
    a, b = session_clause("第十四次会议开完到作报告隔了多少天", text, text[:40])
    assert text[a:b] == "2018年7月30日市十七届人大常委会第十四次会议后"
    assert session_clause("第十六次会议到作报告隔了多少天", text, text[:40]) is None   # the subtitle's own session


@pytest.fixture(scope="module")
def points_index(tmp_path_factory):
    from tests.conftest import small_index
    return small_index(tmp_path_factory, "figures43p", dev_files("d23_", "d35_"))


@pytest.mark.parametrize(("question", "said"), [
    ("浙江家庭医生签约，居民和重点人群覆盖率目标各多少，差几个点", "相差43个百分点"),
    ("浙江重点人群签约覆盖率比居民签约覆盖率高几个点", "相差43个百分点"),
    ("家庭医生签约覆盖率，居民和重点人群目标差多少个点", "相差43个百分点"),
    ("浙江居民签约覆盖率目标比重点人群低多少个点", "相差43个百分点"),
    ("浙江家庭医生居民签约和重点人群签约覆盖率相差几个点", "相差43个百分点"),
    ("浙江居民健康素养水平目标比心理健康素养高几个点", "相差14个百分点"),
])
def test_points_asked_as_staff_say_them_are_percentage_points(points_index, question, said):
    """几个点 is staff's 百分点: the two rates lead (not a count in 个, 培育…样板50个) and their difference is worked."""
    from answer.ask import ask
    answer = ask(points_index, question, points_index.settings)
    assert said in answer.answer and "50个" not in answer.answer.split("\n")[0], answer.answer


def test_points_against_a_year_not_stated_gain_no_figure(points_index):
    from answer.ask import ask
    answer = ask(points_index, "浙江家庭医生签约覆盖率比去年提高了几个点", points_index.settings)
    assert "百分点" not in answer.answer, answer.answer


def test_points_are_no_count_of_ge():
    from genre.questions import load_questions
    q = load_questions()
    assert not q.asked_unit.findall("差几个点") and q.asks_rate.search("差几个点")
    assert q.asked_unit.findall("几个问题") == ["个"] and not q.asks_rate.search("巡察组几点进驻的")


@pytest.mark.parametrize("question", [
    "广东审计厅7月27日报告到网站发布隔几天",
    "广东审计整改报告7月27日报告后多久挂网",
    "广东审计厅整改报告7月27日作完，到发布日期相隔多少天",
    "省审计厅7月27日那份报告离网上发布过了几天",
    "广东审计整改报告7月27日报告的，隔了多久才发布",
])
def test_a_gap_from_the_report_named_by_its_day_to_publication(report_index, question):
    """The subtitle's day named (7月27日) is the report being made: the gap to the page's date runs from it, not from a
    day the opening quotes (今年3月29日)."""
    from answer.ask import ask
    answer = ask(report_index, question, report_index.settings)
    assert "从2022年7月27日到2022年10月9日（发布）相隔74天" in answer.answer and "从2022年3月29日" not in answer.answer, answer.answer
