"""The short cited lead an answer opens with: the clause that holds the asked figure or date.

"2023年燃气旧管网改造了多少公里？" is answered first by "2023年改造了639公里"[1], then by the
sentences it stands in. A figure the question itself gives ("那33个问题完成了多少") does not
answer it; when no quoted clause holds a new figure (or a date, when a date is asked), the notice
does not state what is asked.

Example:
    >>> lead_spans(text, [(a, b)], "2023年燃气旧管网改造了多少公里？", tokens)
    [(a + 14, a + 26)]
"""
from __future__ import annotations

import re

from genre.questions import load_questions
from retrieval import weights

CLAUSE = re.compile(r"[^，,；;：:。！？!?\n]+")
NUMBER = re.compile(r"\d+(?:\.\d+)?")
DATE = re.compile(r"\d{4}年\d{1,2}月(?:\d{1,2}日)?|\d{1,2}月\d{1,2}日|\d{4}年|\d{1,2}月")
NOT_COUNTS = re.compile(DATE.pattern + r"|\d+日|“[^”]*”|《[^》]*》|^\s*\d{1,2}[.、．]")   # "16819"健康行动, 1.标题
MIN_CLAUSE = 4        # shorter pieces ("其中") are no lead


def wanted(question: str) -> tuple[int, bool]:
    """(how many figures the question asks for, whether it asks for a date)."""
    q = load_questions()
    return len(q.asks_quantity.findall(question)), bool(q.asks_date.search(question))


def lead_spans(text: str, spans: list[tuple[int, int]], question: str, tokens: dict[str, float],
               units: list[str]) -> list[tuple[int, int]] | None:
    """Clause spans (verbatim, in `text`) that answer what is asked: [] when nothing is asked for
    a figure or a date, None when something is asked but no clause of the spans holds it."""
    figures, date = wanted(question)
    if not figures and not date:
        return []
    given = set(NUMBER.findall(question))
    specific = [forms for u, forms in load_questions().measure_units.items() if u in {re.sub(r"\\", "", x) for x in units}]
    unit = re.compile(r"\d(?:[\d.]*)(?:" + "|".join(units) + ")") if units else None
    total = sum(tokens.values()) or 1.0

    def cover(piece: str) -> float:
        return sum(w for t, w in tokens.items() if t in piece) / total

    scored = []
    for rank, (a, b) in enumerate(spans):
        for m in CLAUSE.finditer(text, a, b):
            clause = m.group().strip()
            if len(clause) < MIN_CLAUSE:
                continue
            counts = set(NUMBER.findall(NOT_COUNTS.sub(" ", clause)))   # years, dates, names, list markers
            if counts & given:   # the clause restates what the question gives ("33个问题"), not the answer
                continue
            new = counts
            has_date = bool(DATE.search(clause))
            if (figures and not new) or (date and not figures and not has_date):
                continue
            if figures and specific and not any(f in clause for forms in specific for f in forms):
                continue   # "多少公里" is not answered by "613件"
            score = cover(text[a:m.end()]) + weights.OWN_WEIGHT * cover(clause) + (weights.FIRST_BONUS if rank == 0 else 0.0)
            score += (1.0 if unit and unit.search(clause) else 0.0) + (0.5 if has_date and date else 0.0)
            start = m.start() + len(m.group()) - len(m.group().lstrip())
            scored.append((score, start, start + len(clause)))
    if not scored:
        return None
    scored.sort(key=lambda s: (-s[0], s[1]))
    picked = [scored[0]] + [s for s in scored[1:] if s[0] >= 0.5 * scored[0][0]][:max(0, figures - 1)]
    return sorted((a, b) for _, a, b in picked)
