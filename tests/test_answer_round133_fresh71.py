"""Round 133 (fresh71 batch): how staff ask, as in the plain mix of the newest blind batch.

Behaviours:
- A gap between two steps guessed with a hedge and then asked exactly in days after a question mark
  (进驻…到反馈意见差不多4个月吧？具体多少天？) is a gap ask: the two dates are worked out into days and the guess checked.
- The group's arrival named with no 从 before it (8月底进驻广元，到反馈意见多少天) still names the gap's two steps.
- 从A到B, 前后具体多少天 (a comma, 前后 and 具体 between the steps and the count) asks the same gap.
- 截止 before counting words (截止到什么时候统计的) asks the as-of day the notice states, not a deadline of its items.
- 办得/弄得/搞得 (现在办得怎么样) frame a how-far ask, never a subject word the quotes must hold (已全部办结 answers).
"""
from __future__ import annotations

import re

from answer.lead_asked import wanted
from answer.spans import gap_note
from answer.verify import asked_spans, neutral_question, span_note
from tests.conftest import dev_text


def _opening(prefix: str) -> str:
    return re.split(r"按照", dev_text(prefix), maxsplit=1)[0]


def test_hedged_months_then_exact_days_is_a_gap():
    q = "省委第四巡视组8月底进驻广元，到反馈意见差不多4个月吧？具体多少天？"
    assert wanted(q) == (0, 2)
    assert [c.text for c in asked_spans(q)] == ["差不多4个月"]
    assert "多少个月" not in neutral_question(q)
    lead = _opening("d14_")
    assert "相隔122天" in gap_note(neutral_question(q), lead)
    assert "一致" in span_note(q, lead)


def test_arrival_without_from_names_the_steps():
    q = "省委第四巡视组8月底进驻广元，到反馈意见多少天？"
    assert wanted(q) == (0, 2)
    assert "相隔122天" in gap_note(q, _opening("d14_"))


def test_comma_then_qianhou_exact_days():
    lead = _opening("d29_")
    for q in ("区科协从巡察组进驻到反馈，前后具体多少天？", "区科协从巡察组进驻到反馈，前后差不多一年吧？具体多少天？"):
        assert wanted(q) == (0, 2), q
        assert "相隔336天" in gap_note(neutral_question(q) or q, lead), q


def test_plain_months_count_is_no_gap():
    assert wanted("整改了3个月，发现了几个问题？")[1] == 0


def test_as_of_day_asked_with_jiezhi_is_no_deadline():
    """截止到什么时候统计的 asks the day the figures are counted up to (截至2025年11月底), stated by the notice; a deadline
    asked with 截止 (截止到哪天完成) is still one."""
    from answer.member_detail import member_asked
    from genre.data_files import section_patterns
    deadline = section_patterns("claims.toml", "member_detail", ("deadline",))["deadline"]
    assert not deadline.search("广州2024年度审计整改是截止到什么时候统计的")
    assert deadline.search("那1个问题整改截止到哪天")
    assert member_asked("那1个问题截止到什么时候统计的？") is None or not member_asked("那1个问题截止到什么时候统计的？").deadline


def test_handled_how_words_frame_the_ask():
    """办得怎么样 frames a how-far ask: 办得 is a framing word (never counted when judging whether a passage covers the
    question), so the clause stating 已全部办结 covers it."""
    from genre.questions import load_questions
    asking = load_questions().asking
    assert {"办得", "弄得", "搞得"} <= asking
    assert "办结" not in asking   # the result word notices write stays a subject word
