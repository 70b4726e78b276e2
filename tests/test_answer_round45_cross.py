"""Round 45 (session 16, h_cross45): how two notices' figures and dates relate.

- genre comparisons.toml [cross], answer/cross.py side_asks: a question naming two notices and asking something after
  each name gives each notice its own ask (湖北司法厅收到巡视反馈那天，莆田司法局整改通报挂网那天); a second side with nothing
  of its own (…的呢) asks the first side's; an event named by its day (…那天) is asked as 什么时候 + the event.
- answer/cross.py cross_note: the relation asked across the two (是不是同一天, 正好, 了吗, 差几天) worked from the two days
  quoted, each labelled with its notice; a side that states no such day is said to state none, nothing worked.
- answer/ranked.py _counted: 谁多 / 多多少 with no kind of event named ranks the first count each side quotes, in one unit.
Each probed in wordings of my own over real dev-notice text (tests/data/notices-dev).
"""
from __future__ import annotations

from datetime import date

import pytest

from answer.cross import cross_count, cross_note, dashed_day, side_asks
from tests.conftest import dev_files


@pytest.mark.parametrize(("question", "names", "asks"), [
    ("湖北司法厅收到巡视反馈那天，莆田司法局整改通报挂网那天，是不是同一天", "湖北、莆田、司法厅、司法局",
     ("什么时候收到巡视反馈", "什么时候整改通报挂网")),
    ("绵阳司法局巡察开始那天，莆田司法局巡察开始了吗", "绵阳、莆田、司法局", ("什么时候巡察开始", "什么时候巡察开始")),
    ("遂宁科技局通报是哪天发布的，朔州科技局的呢", "遂宁、朔州、科技局", ("通报是哪天发布的", "通报是哪天发布的")),
    ("湘潭妇联收到反馈那天，鲤城社科联巡察开始了吗", "湘潭、鲤城、妇联、社科联", ("什么时候收到反馈", "什么时候巡察开始")),
])
def test_each_side_asks_its_own_event(question, names, asks):
    assert side_asks(question, names) == asks


@pytest.mark.parametrize(("question", "names"), [
    ("枣庄社科联和鲤城社科联，为整改各开了几次会，谁多", "枣庄、鲤城、社科联"),
    ("绵阳和莆田两个司法局，哪家的巡察组待得更久，多几天", "绵阳、莆田、司法局"),
    ("湖北司法厅和市公安局两份通报，推动整改开的会各是多少次", "湖北、司法厅、公安局"),
    ("广元市委被省委巡视和利州区法院被区委巡察，哪个先拿到反馈意见？", "广元、利州、市委、法院"),
    ("湖北司法厅跟市里的莆田司法局比，整改领导小组各由谁挂帅？", "湖北、莆田、司法厅、司法局"),
])
def test_names_standing_together_or_only_qualified_share_one_ask(question, names):
    assert side_asks(question, names) is None


def test_the_relation_is_worked_from_the_two_days():
    days = [("《甲》", date(2024, 1, 17)), ("《乙》", date(2024, 1, 4))]
    note = cross_note("甲收到反馈那天，乙巡察开始了吗", ("什么时候收到反馈", "什么时候巡察开始"), days)
    assert "巡察开始：2024年1月4日" in note and "早13天，在甲那天之前" in note
    assert "没有写明" in cross_note("甲那天，乙是不是同一天", ("什么时候挂网", "什么时候挂网"), [("《甲》", None), days[1]])
    assert cross_note("甲和乙各是哪天反馈的", ("a", "b"), days) == ""


def test_figures_as_quoted():
    assert cross_count("先后组织召开2次会议") == (2, "次")
    assert dashed_day("发布时间:2024-09-19 17:46") == date(2024, 9, 19)


@pytest.fixture(scope="module")
def cross_index(tmp_path_factory):
    from tests.conftest import small_index
    return small_index(tmp_path_factory, "cross45", dev_files("d04_", "d05_", "d07_", "d08_", "d25_", "d26_", "d28_",
                                                              "d32_", "d34_", "d35_"), keyword_only=False)


def _ask(index, question):
    from answer.ask import ask
    return ask(index, question, index.settings)


@pytest.mark.parametrize(("question", "said"), [
    ("湖北司法厅收到巡视反馈的那天，莆田司法局是不是正好发了整改通报？", ("2025年2月17日", "2025年02月17日", "是同一天")),
    ("湖北司法厅收到巡视反馈那天 和莆田司法局整改通报挂网那天 是不是同一天", ("2025年2月17日", "是同一天")),
    ("鲤城社科联巡察开始那天，莆田司法局是不是刚好收到巡察反馈", ("2024年1月4日", "是同一天")),
    ("湘潭妇联收到反馈那天，鲤城社科联巡察开始了吗", ("2024年1月17日", "2024年1月4日", "早13天", "那天之前")),
    ("绵阳司法局巡察开始那天，莆田司法局巡察开始了吗", ("2024年5月7日", "2023年4月20日", "莆田市司法局比绵阳市司法局早383天")),
    ("厦门体育局通报挂网那天，枣庄社科联通报挂网那天，差几天", ("2020-11-16", "2023-08-09", "晚996天")),
    ("湘潭妇联哪天收到巡察反馈，厦门体育局的呢，是同一天吗", ("2024年1月17日", "2020年4月9日", "不是同一天")),
    ("枣庄社科联和鲤城社科联，为整改开会各几次，谁多", ("9次", "2次", "多7次")),
    ("枣庄社科联开了几次会，鲤城社科联呢，谁多", ("9次", "2次", "多7次")),
    ("枣庄社科联为整改开会几次，鲤城社科联开会几次，多多少", ("9次", "2次", "多7次")),
])
def test_each_side_answered_and_the_relation_worked(cross_index, question, said):
    answer = _ask(cross_index, question)
    assert all(s in answer.answer for s in said) and not answer.abstained, answer.answer
    assert len({c.notice_id for c in answer.citations}) == 2


@pytest.mark.parametrize(("question", "silent"), [
    ("朔州科技局通报挂网那天，枣庄社科联通报挂网了吗", "朔州"),
    ("遂宁科技局通报是哪天发布的，朔州科技局的呢", "遂宁"),
    ("遂宁科技局开了几次会，枣庄社科联呢，谁多", "遂宁"),
])
def test_a_side_stating_no_figure_is_said_to_state_none(cross_index, question, silent):
    answer = _ask(cross_index, question)
    line = next(ln for ln in answer.answer.splitlines() if silent in ln.split("》")[0])
    assert "没有找到" in line or "没有写明" in answer.answer, answer.answer
    assert "按两份通报" not in answer.answer, answer.answer
