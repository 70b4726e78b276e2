"""The distance of a step's day asked beside a span or a period (几号到几号，一共几天？反馈在哪天; 隔了多久反馈？通报又是哪天
挂出来的) from the step dated before it: staff weigh each step of an inspection round against the one before it (feedback
weeks after the inspection ends, the rectification published months after the feedback, as the rules set deadlines for
each), so the asked day's gap is worked out beside the asked span (genre worked.toml [[step]] names the steps).

Example:
    >>> asked_day_gap_note("几号到几号，一共几天？反馈在哪天", "2023年10月11日至12月1日开展了常规巡察；2024年1月17日反馈了巡察意见", "", "")
    '（按上述日期推算，从2023年12月1日（巡察结束）到2024年1月17日（反馈）相隔47天。）'
"""
from __future__ import annotations

import datetime as dt
import re

from answer.range_length import _period_asked
from answer.span_words import gap_said, written
from answer.spans import ACTS, day_mended, lead_days, step_day
from genre.questions import load_questions
from genre.worked import asked_steps, load_worked


def asked_day_gap_note(question: str, quoted: str, published: str, said: str) -> str:
    """The gap from the day QUOTED dates before the step whose day a clause of QUESTION asks (反馈在哪天, 通报哪天挂出来的)
    up to that day, when another clause asks a span or a period; "" when none, or when SAID (the notes already given)
    states that gap's days.

    >>> asked_day_gap_note("结束到反馈隔了多久？通报哪天发的", "2023年4月20日至5月31日开展巡察,并于2024年1月4日反馈了巡察意见", "2025-02-17", "")
    '（按上述日期推算，从2024年1月4日（反馈）到2025年2月17日（发布）相隔410天（13个半月；2024年2月有29天）。）'
    >>> asked_day_gap_note("反馈在哪天", "2023年10月11日至12月1日开展巡察；2024年1月17日反馈", "", "")
    ''
    """
    q = load_questions()
    clauses = [c for c in re.split(r"[，,？?；;。\s]+", question) if c.strip()]
    if not any(q.asks_gap.search(c) or _period_asked().search(c) for c in clauses):
        return ""
    days = lead_days(day_mended(quoted))
    when = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", published or "")
    public = dt.date(*map(int, when.groups())) if when else None
    steps = load_worked().steps
    for clause in clauses:
        if not q.asks_date.search(clause) or q.asks_gap.search(clause) or _period_asked().search(clause):
            continue
        asked = asked_steps(clause)
        if len(asked) != 1:
            continue
        end = step_day(asked[0], days, quoted, public)
        before = max((d for d in days if end and d.when < end), key=lambda d: d.when, default=None)
        if end is None or before is None or f"{written(end)}" in said and f"{written(before.when)}" in said:
            continue
        act = next((a for a in ACTS if a in quoted), "")
        start = next((s for s in steps if before.range and s.range == before.range), None)
        if start is None:
            start = next((s for s in steps if not s.range and s is not asked[0] and s.stated.search(quoted[before.end:before.end + 30])), None)
        label = "" if start is None else (f"{act}{start.label}" if start.range else start.label)
        return f"（按上述日期推算，{gap_said(before.when, end, label, asked[0].label)}。）"
    return ""
