"""A deadline's clause led by the step its sentence sets before it (genre steps.toml [deadline_step]).

Example:
    >>> t = "单位要将方案报县政府分管领导审查签字后,于2021年3月15日前报县政府督查室备案。"
    >>> t[slice(*step_led(t, t.index("于"), t.index("。")))]
    '单位要将方案报县政府分管领导审查签字后,于2021年3月15日前报县政府督查室备案'
"""
from __future__ import annotations

import re

from genre.data_files import compile_re, get, section

FILE = "steps.toml"
DEADLINE = compile_re(get(section(FILE, "deadline_step"), "deadline", str, FILE, "deadline_step"), FILE,
                      "deadline_step.deadline")
AFTER = compile_re(get(section(FILE, "deadline_step"), "after", str, FILE, "deadline_step"), FILE, "deadline_step.after")
JOIN = re.compile(r"[，,]\s*$")   # the two clauses of one sentence
CLAUSE_START = re.compile(r"[，,。；;：:！!？?\n]")


def step_led(text: str, start: int, stop: int) -> tuple[int, int]:
    """The span TEXT[start:stop] of a lead clause, widened back over the clause before it when the lead is a deadline
    (于…前报…) and that clause, in the same sentence, ends in …后 (the step done first); unchanged otherwise.

    >>> step_led("报县政府审查后,于3月15日前报备案。", 8, 18), step_led("已审查,于3月15日前报备案。", 4, 14)
    ((0, 18), (4, 14))
    """
    if not DEADLINE.match(text[start:stop]):
        return start, stop
    joined = JOIN.search(text, 0, start)
    if not joined or not AFTER.search(text, 0, joined.start()):
        return start, stop
    begin = max((m.end() for m in CLAUSE_START.finditer(text, 0, joined.start())), default=0)
    return begin + len(text[begin:joined.start()]) - len(text[begin:joined.start()].lstrip()), stop
