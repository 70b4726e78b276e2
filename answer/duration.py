"""How long rectification took, where a notice writes it as a duration before the act (经过3个月集中整改): the clause
leads the answer wherever the search ranked its sentence (genre questions.toml [asks_gap] rectified_stated)."""
from __future__ import annotations

import functools
import re

from genre.data_files import get, section
from genre.questions import load_questions

CLAUSE = re.compile(r"[^，,。；;：:！!？?\n]+")


@functools.cache
def _stated() -> re.Pattern[str]:
    return re.compile(get(section("questions.toml", "asks_gap"), "rectified_stated", str, "questions.toml", "asks_gap"))


def duration_stated(text: str) -> tuple[int, int] | None:
    """The span of TEXT's first clause stating how long rectification ran (经过3个月集中整改), or None.

    >>> t = "巡察组对我局开展了为期45天的政治巡察。2024年5月16日反馈了巡察意见,经过3个月集中整改和有关规定,现将情况公布:"
    >>> a, b = duration_stated(t); t[a:b]
    '经过3个月集中整改和有关规定'
    >>> duration_stated("巡察组对我局开展了为期45天的政治巡察。") is None
    True
    """
    for m in CLAUSE.finditer(text):
        if _stated().search(m.group()):
            return m.start(), m.end()
    return None


def duration_span(text: str, question: str) -> tuple[int, int] | None:
    """The clause of TEXT answering QUESTION when it asks how long rectification took (整改历时多久) and TEXT states
    the duration; None otherwise.

    >>> t = "2024年5月16日反馈了巡察意见,经过3个月集中整改,现将情况公布:"
    >>> a, b = duration_span(t, "惠济审批局整改花了多长时间？"); t[a:b]
    '经过3个月集中整改'
    >>> duration_span(t, "惠济审批局是哪天收到反馈的？") is None
    True
    """
    if not load_questions().asks_rectified_span.search(question):
        return None
    return duration_stated(text)
