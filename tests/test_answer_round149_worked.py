"""Round 149: figures worked out from two a sentence states among more, occasions named by month, posts asked in full.

Behaviours:
- a sum or a difference asked of two things named by their labels (追缴回来的和归还原渠道的加起来一共多少, 涉及金额和已经整改的
  资金之间还差多少万) where the sentence states more figures of the unit (涉及金额…整改资金…追缴资金…归还原资金渠道…) takes
  the figure each thing names (worked.toml [named_figures], answer/named_pair.py); a sum asked with no unit is in the
  unit the two share; a thing named as a list, or two things naming one figure alike, pick none;
- a figure worked out is written to the decimals of the figures it is worked from (35435.70, as the notice writes it);
- 和…(之间)还差多少 and 差额 ask a difference; 还差几个没完成 after one thing stays what is left (questions.toml
  [asked_unit] difference); 涉及 is no join inside a figure's name (涉及金额);
- a report named by its month with the bare verb after an adverb of order (7月又报, 再报) is an occasion, its gap worked
  out and each meeting quoted (steps.toml [month_meeting]);
- a level's party secretary asked by its committee (省委书记) is held by the short post written after the name in a
  report of that level (李希书记、王伟中省长), not by another level's (市委书记) (questions.toml [asks_holder]).
"""
from __future__ import annotations

import re

import pytest

from answer.ask import ask
from answer.combined import difference_note, named_figures, sum_note
from answer.named_pair import named_pair
from answer.persons import holder_unstated, short_post_named
from genre.questions import load_questions
from genre.steps import load_steps
from tests.conftest import dev_files, dev_text, small_index


def _sentence(prefix: str, opening: str) -> str:
    text = dev_text(prefix)
    a = text.index(opening)
    end = text.find("。", a)   # a notice cut short ends its last sentence without a full stop
    return text[a:end + 1 if end >= 0 else len(text)]


def _figures(text: str) -> dict[str, float]:
    return {m.group(1): float(m.group(1)) for m in re.finditer(r"(\d+(?:\.\d+)?)\s*万元", text)}


@pytest.fixture(scope="module")
def finance():   # a part's sentence stating six money figures, each after its label
    return _sentence("d01_", "财政部门(含自然资源局)预算执行问题")


@pytest.mark.parametrize("question, labels, sign", [
    ("瑞金财政部门整改的钱里，追缴回来的和归还原渠道的加起来一共多少？", ("追缴资金", "归还原资金渠道"), 1),
    ("追缴资金和归还原资金渠道两项合计多少万元？", ("追缴资金", "归还原资金渠道"), 1),
    ("涉及金额和已经整改的资金之间还差多少万？", ("涉及金额", "整改资金"), -1),
    ("涉及金额与整改资金相差多少万元", ("涉及金额", "整改资金"), -1),
])
def test_two_labelled_figures_among_more_are_worked_out(finance, question, labels, sign):
    values = [float(re.search(re.escape(label) + r"(\d+(?:\.\d+)?)\s*万元", finance).group(1)) for label in labels]
    note = (sum_note if sign > 0 else difference_note)(question, finance)
    result = values[0] + values[1] if sign > 0 else abs(values[0] - values[1])
    assert note.startswith("（按通报数字推算：") and f"{result:.2f}".rstrip("0").rstrip(".") + "万元" in note, note
    assert len(_figures(note)) == 3   # the two figures and the result, no third figure of the sentence


def test_the_gap_is_said_with_both_names(finance):
    note = difference_note("涉及金额和已经整改的资金之间还差多少万？", finance)
    assert "涉及金额" in note and "整改资金" in note


def test_things_named_alike_or_as_a_list_pick_no_pair(finance):
    assert named_figures("资金和资金渠道加起来一共多少", finance, ()) is None
    assert named_pair(("追缴资金、统筹盘活", "归还原渠道"), [("1", "万元", "追缴资金"), ("2", "万元", "归还原资金渠道")]) is None
    assert not sum_note("整改资金加起来一共多少？", finance)


def test_asks_of_a_difference():
    q = load_questions()
    assert q.asks_difference.search("问题资金和整改到位资金之间还差多少万元？")
    assert q.asks_difference.search("两项的差额是多少")
    assert not q.asks_difference.search("还差几个没完成？")


def _shown(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


@pytest.mark.parametrize("question", ["问题资金和整改到位资金之间还差多少万元？", "问题资金和整改到位资金的差额是多少"])
def test_summary_figures_by_their_labels(question):
    text = _sentence("d01_", "《审计报告》反映涉及4个方面")
    note = difference_note(question, text)
    stated = re.search(r"未整改资金(\d+(?:\.\d+)?)万元", text).group(1)   # the notice's own rest agrees, as written
    assert f"相差{stated}万元" in note, note   # to the cent, as the figures worked from (35435.70)


def test_a_name_written_whole_picks_its_figure():   # 未 alone is one character of its own; 未整改资金 is written whole
    text = _sentence("d01_", "《审计报告》反映涉及4个方面")
    whole = float(re.search(r"问题资金(\d+(?:\.\d+)?)万元", text).group(1))
    assert f"合计{_shown(whole)}万元" in sum_note("整改到位资金和未整改资金合计多少？", text)


def test_a_report_named_with_its_bare_verb_is_an_occasion():
    question = "广东审计厅3月份先向人大常委会报了突出问题整改，到7月又报全面整改情况，中间隔了多少天？"
    assert [m.group("month") for m in load_steps().month_meeting.finditer(question)] == ["3", "7"]
    assert [m.group("month") for m in load_steps().month_meeting.finditer("后来9月再报了一次")] == ["9"]
    assert not list(load_steps().month_meeting.finditer("3月底进驻，7月反馈隔了多少天"))
    assert not list(load_steps().month_meeting.finditer("6月底前上报整改方案"))   # a plan's deadline, no occasion


def test_a_secretary_asked_by_the_levels_committee():
    sentence = _sentence("d40_", "李希书记")
    assert short_post_named(sentence, "省委书记")
    assert not short_post_named(sentence, "市委书记")   # a province's report names no city's secretary
    assert holder_unstated("里面提到对审计整改作指示批示的省委书记和省长是谁？", [sentence]) == ""
    assert holder_unstated("里面提到的市委书记是谁？", [sentence]) == "市委书记"


@pytest.fixture(scope="module")
def reports_index(tmp_path_factory):
    return small_index(tmp_path_factory, "r149-reports", dev_files("d40_", "d01_", "d17_", "d02_"))


@pytest.mark.integration
def test_the_asked_sum_and_difference_end_to_end(reports_index, finance):
    a = ask(reports_index, "我在准备汇报，瑞金财政部门整改的钱里，追缴回来的和归还原渠道的加起来一共多少？")
    parts = [float(re.search(label + r"(\d+(?:\.\d+)?)", finance).group(1)) for label in ("追缴资金", "归还原资金渠道")]
    assert f"合计{sum(parts):.2f}".rstrip("0").rstrip(".") in a.answer
    a = ask(reports_index, "瑞金财政部门（含自然资源局）那块问题，涉及金额和已经整改的资金之间还差多少万？")
    assert "相差" in a.answer and not a.abstained


@pytest.mark.integration
def test_two_occasions_by_month_each_meeting_quoted(reports_index):
    a = ask(reports_index, "广东审计厅3月份先向人大常委会报了突出问题整改，到7月又报全面整改情况，中间隔了多少天？"
                           "两次各是第几次会议？")
    gap = re.search(r"从(\d{4})年(\d+)月(\d+)日到(\d{4})年(\d+)月(\d+)日相隔(\d+)天", a.answer)
    assert gap and gap.group(2) == "3" and gap.group(5) == "7", a.answer
    lead = a.answer.split("（按上述日期推算")[0]   # each occasion's meeting named in the quoted lead
    assert len(set(re.findall(r"第[一二三四五六七八九十]+次会议", lead))) == 2, lead


@pytest.mark.integration
def test_the_secretary_and_the_reporter_end_to_end(reports_index):
    a = ask(reports_index, "广东那份整改报告是谁作的？里面提到对审计整改作指示批示的省委书记和省长是谁？")
    assert not a.abstained and "书记" in a.answer and "省长" in a.answer
