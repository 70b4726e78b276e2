"""The days of dated steps asked with one asking word (genre/data/worked.toml [steps_each]): 进驻和反馈分别是哪天.

Example:
    >>> joined_steps("利州法院巡察进驻和反馈分别是哪天？"), joined_steps("巡察组哪天反馈的？")
    (2, 0)
"""
from __future__ import annotations

import functools
import re

from genre.data_files import compile_re, get, section
from genre.questions import load_questions
from genre.worked import load_worked, question_parts

FILE = "worked.toml"
KEY = "steps_each"


@functools.cache
def _joined() -> re.Pattern[str]:
    return compile_re(get(section(FILE, KEY), "joined", str, FILE, KEY), FILE, f"{KEY}.joined")


def joined_steps(question: str) -> int:
    """How many steps an ask of QUESTION names joined side by side before its one date word (进驻和反馈分别是哪天: 2); 0
    when no ask joins two steps so.

    >>> joined_steps("中山一院巡察开始、结束和反馈各是哪天"), joined_steps("反馈以后过了多久才公布？")
    (3, 0)
    """
    asks, most = load_questions().asks_date, 0
    for part in question_parts(question):
        dated = list(asks.finditer(part))
        if len(dated) != 1:
            continue
        found = sorted((m.start(), m.end()) for step in load_worked().steps
                       for m in step.asked.finditer(part, 0, dated[0].start()))
        run = 1
        for (_, end), (start, _) in zip(found, found[1:]):
            run = run + 1 if _joined().fullmatch(part, end, start) else 1
            most = max(most, run) if run > 1 else most
    return most
