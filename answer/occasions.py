"""Each day a notice dates the asked meeting on, when it holds it more than once ("警示教育大会是哪天开的？" where the
notice dates one on 2023年7月25日 and another on 2023年8月30日): the lead names each, not the first alone.

Example:
    >>> t = "整改情况:2023年7月25日召开局警示教育大会,分析形势。2023年8月30日,组织全系统警示教育大会,深刻剖析案例。"
    >>> a, b = t.index("2023年7月25日"), t.index(",分析")
    >>> [t[x:y] for x, y in each_occasion(t, [(a, b)], "警示教育大会是哪天开的？")]
    ['2023年7月25日召开局警示教育大会', '2023年8月30日,组织全系统警示教育大会']
"""
from __future__ import annotations

import re

from answer.lead_asked import wanted
from genre.questions import load_questions
from genre.marks import SENTENCE

CLAUSE_END = re.compile(r"[，,；;：:。！？!?\n]")
DAY = re.compile(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日")   # a day, the meeting's own date
DAY_TO_NAME = 30   # the day stands this close before the meeting it dates (2023年8月30日,组织全市…警示教育大会)
MORE = 3           # at most this many further occasions are named


def each_occasion(text: str, found: list[tuple[int, int]] | None, question: str) -> list[tuple[int, int]] | None:
    """FOUND (the lead's clauses) with a clause for each other day TEXT dates the meeting the question asks the day
    of (genre questions.toml [asks_date] meeting), in the notice's order: a meeting held more than once has a day
    for each; FOUND as it is when one date alone is asked of no such meeting, one occasion is named
    ([asks_date] one_occasion: 第二次, 最近一次), or the notice dates it once.
    """
    q = load_questions()
    meeting = q.dated_meeting.search(question)
    if not found or not meeting or wanted(question) != (0, 1) or q.one_occasion.search(question):
        return found
    name = meeting.group(1)
    held = "".join(text[a:b] for a, b in found)
    days = set(DAY.findall(held))
    added: list[tuple[int, int]] = []
    for s in SENTENCE.finditer(text):
        for m in re.finditer(re.escape(name), s.group()):
            at = s.start() + m.start()
            day = _day_before(text, s.start(), at)
            if day is None or text[day[0]:day[1]] in days or any(a <= at < b for a, b in found + added):
                continue
            stop = CLAUSE_END.search(text, at + len(name), s.end())
            added.append((day[0], stop.start() if stop else s.end()))
            days.add(text[day[0]:day[1]])
    return sorted(found + added[:MORE]) if added else found


def _day_before(text: str, start: int, at: int) -> tuple[int, int] | None:
    """The span of the last day written within DAY_TO_NAME characters before AT (not before START), no sentence end
    between; None when there is none.

    >>> t = "2023年8月30日,组织全系统警示教育大会"
    >>> _day_before(t, 0, t.index("警示"))
    (0, 10)
    """
    days = [m.span() for m in DAY.finditer(text, max(start, at - DAY_TO_NAME), at)]
    return days[-1] if days else None
