"""Round 53 (session 16, h_cross53): two notices named by one agency word and two places, or by their events as nouns.

- answer/ranked.py asked_day: a page header's dashed day (时间: 2023-08-09, 发布时间:2024-09-19 17:46) dates the
  publication when no other step is asked (哪个先挂网, 谁先发布), so the order is worked from the two headers.
- genre comparisons.toml [longer]: 长 right after an organ's word (哪个局长) is a post, not a length asked;
  questions.toml [asks_reporter]: the reporter asked by his post (哪个局长做的) is answered from the byline, each side as
  the one-notice who-ask is.
- answer/cross.py side_asks/_dated (comparisons.toml [cross] noun_act): events named as nouns before a relation of days
  (湖北司法厅的巡视反馈和莆田司法局的通报发布，是不是同一天) are each asked by their day (通报什么时候发布).
Each probed in wordings of my own over real dev-notice text (tests/data/notices-dev).
"""
from __future__ import annotations

from datetime import date

import pytest

from answer.cross import side_asks
from answer.ranked import asked_day
from genre.longer import longer_asked
from tests.conftest import dev_files


def test_a_header_day_dates_publication_only():
    assert asked_day("哪个先挂网", "发布时间:2024-09-19 17:46") == date(2024, 9, 19)
    assert asked_day("谁先收到反馈", "时间: 2023-08-09") is None


def test_a_post_is_no_length():
    assert not longer_asked("瑞金和慈溪两个审计局的整改报告分别是哪个局长做的")
    assert longer_asked("绵阳和莆田两个司法局，哪家的巡察组待得更久")


@pytest.mark.parametrize(("question", "names", "asks"), [
    ("湖北司法厅的巡视反馈和莆田司法局的通报发布，是不是同一天", "湖北、莆田、司法厅、司法局", ("巡视什么时候反馈", "通报什么时候发布")),
    ("湘潭妇联的巡察反馈跟鲤城社科联的巡察开始，是同一天吗", "湘潭、鲤城、妇联、社科联", ("巡察什么时候反馈", "巡察什么时候开始")),
])
def test_events_named_as_nouns_asked_by_their_days(question, names, asks):
    assert side_asks(question, names) == asks


@pytest.fixture(scope="module")
def cross_index(tmp_path_factory):
    from tests.conftest import small_index
    return small_index(tmp_path_factory, "cross53", dev_files("d01_", "d04_", "d05_", "d07_", "d17_", "d25_", "d26_",
                                                              "d28_", "d32_", "d34_", "d35_", "d40_"), keyword_only=False)


def _ask(index, question):
    from answer.ask import ask
    return ask(index, question, index.settings)


@pytest.mark.parametrize(("question", "said"), [
    ("枣庄社科联和鲤城社科联的通报，谁先挂到网上的？", ("2023-08-09", "2024-09-19", "早407天")),
    ("鲤城和枣庄两个社科联的通报哪个先上网", ("2023-08-09", "2024-09-19", "早407天")),
    ("厦门体育局和枣庄社科联的整改通报哪个先发布，早多少天", ("2020-11-16", "2023-08-09", "早996天")),
    ("慈溪和瑞金两个审计局，整改报告是哪位局长做的", ("俞金华", "李火生")),
    ("瑞金和慈溪两个审计局的整改报告分别是哪个局长做的", ("李火生", "俞金华")),
    ("瑞金审计局和广东审计厅的整改报告各是哪个领导作的", ("李火生", "马学斌")),
    ("湖北司法厅的巡视反馈和莆田司法局的通报发布，是不是同一天", ("2025年2月17日", "2025年02月17日", "是同一天")),
    ("湘潭妇联的巡察反馈跟鲤城社科联的巡察开始，是同一天吗", ("2024年1月17日", "2024年1月4日", "不是同一天", "早13天")),
    ("厦门体育局的通报挂网和枣庄社科联的通报挂网，相差多少天", ("2020-11-16", "2023-08-09", "晚996天")),
])
def test_each_side_answered_as_one_notice_and_the_relation_worked(cross_index, question, said):
    answer = _ask(cross_index, question)
    assert all(s in answer.answer for s in said) and not answer.abstained, answer.answer
    assert len({c.notice_id for c in answer.citations}) == 2
    assert "长短" not in answer.answer


@pytest.mark.parametrize(("question", "silent"), [
    ("厦门体育局和遂宁科技局的通报哪个先挂网", "遂宁"),
    ("朔州科技局和枣庄社科联的通报谁先发布", "朔州"),
])
def test_a_side_stating_no_day_is_said_to_state_none(cross_index, question, silent):
    answer = _ask(cross_index, question)
    assert "没有写明所问的日期" in answer.answer and silent in answer.answer.splitlines()[-1], answer.answer
    assert "推算" not in answer.answer, answer.answer
