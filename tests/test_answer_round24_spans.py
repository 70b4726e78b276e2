"""Round 24, several asks typed on one line (session 12, task spans27): staff hold asks apart by a comma, 、 or a space
only (中山一院 巡察多少天 反馈哪天). A span ask ends at the first of these after it (genre worked.toml spans.ask_ends), so
a step another ask names (哪天反馈, 通报哪天发的) is no end of its span: 巡察多少天 is the range counted with both ends;
a gap is asked only by the ask joining two steps (巡完隔多久才反馈, 巡察结束到反馈隔了几天). Five wordings of my own
and the failing dev wordings, on real dev-notice text (tests/data/notices-dev).
"""
from __future__ import annotations

import pytest

from answer.spans import ask_piece, gap_note
from answer.steps import published_day_note
from genre.questions import load_questions
from genre.worked import parts_asking
from tests.conftest import dev_text, sentence_holding

GUANGYUAN = dev_text("d14_")
XIANGTAN = dev_text("d28_")
ZHONGSHAN = dev_text("d38_")
PUTIAN = dev_text("d07_")


def _lead(text: str, *holding: str) -> str:
    return "。".join(sentence_holding(text, h) for h in holding)


G_LEAD = _lead(GUANGYUAN, "2024年8月27日至11月22日", "2024年12月27日")
X_LEAD = _lead(XIANGTAN, "2023年10月11日至12月1日", "2024年1月17日")
Z_LEAD = _lead(ZHONGSHAN, "2024年9月23日至2024年12月20日", "2025年1月13日")
P_LEAD = sentence_holding(PUTIAN, "2023年4月20日至5月31日")


@pytest.mark.parametrize(("question", "lead", "said"), [
    ("广元市委被巡视了多少天，哪个巡视组，哪天反馈", G_LEAD, "共88天"),
    ("湘潭妇联 巡察哪天到哪天 几天 哪天反馈 哪个组", X_LEAD, "共52天"),
    ("中山一院 巡察多少天 反馈哪天", Z_LEAD, "共89天"),
    ("湘潭妇联被巡察了多少天、哪天反馈的", X_LEAD, "共52天"),
    ("广元市委 巡视了几天 哪个组反馈的", G_LEAD, "共88天"),
    ("中山一院巡察用了多少天，什么时候反馈", Z_LEAD, "共89天"),
])
def test_a_length_asked_beside_a_feedback_ask_is_the_span(question, lead, said):
    note = gap_note(question, lead)
    assert said in note and "相隔" in note and "（反馈）" not in note


@pytest.mark.parametrize(("question", "lead", "said"), [
    ("莆田市司法局 巡察结束到反馈隔了几天 通报哪天发的", P_LEAD, "到2024年1月4日（反馈）相隔218天"),
    ("区科协被巡察了几天，巡完隔多久才反馈", X_LEAD, "到2024年1月17日（反馈）相隔47天"),
    ("中山一院 巡察持续了几天 巡完多少天反馈", Z_LEAD, "到2025年1月13日（反馈）相隔24天"),
])
def test_a_gap_is_asked_by_the_ask_joining_two_steps(question, lead, said):
    assert said in gap_note(question, lead, "2025-02-17")


def test_the_ask_piece_stops_at_the_next_ask():
    assert ask_piece("广元市委被巡视了多少天，哪个巡视组，哪天反馈") == "广元市委被巡视了多少天"
    assert ask_piece("巡察结束后隔了多久才反馈") == "巡察结束后隔了多久才反馈"
    assert parts_asking("巡了多少天 反馈以后多少天公布的", load_questions().asks_gap) == ["巡了多少天", "反馈以后多少天公布的"]


def test_a_publication_day_asked_after_a_space_is_said():
    assert "2025年2月17日" in published_day_note("莆田市司法局 巡察结束到反馈隔了几天 通报哪天发的", "2025-02-17")
