"""Requirements a sentence lists after 要 without counting them, asked as a count (genre/data/questions.toml
[required_listed]): 原话要求了几条 against 指出,要高度重视…文章、坚决推动问题“清仓式”整改、增强前端感知“治未病”作用 -> 3.

Example:
    >>> t = "市长指出,要高度重视审计“下半篇”文章、坚决推动问题“清仓式”整改、增强前端感知“治未病”作用。"
    >>> required_listed(t, [(0, len(t))], "原话要求了几条？")[2]
    3
"""
from __future__ import annotations

import functools
import re

from genre.data_files import section_patterns

JOINS = re.compile(r"[、；;]")


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    return section_patterns("questions.toml", "required_listed", ("asks", "list"))


def required_asked(question: str) -> bool:
    """Whether QUESTION asks how many requirements or points are made (要求了几条, 提了几点要求).

    >>> required_asked("原话要求了几条？"), required_asked("提了几点要求"), required_asked("开了几次会")
    (True, True, False)
    """
    return bool(_patterns()["asks"].search(question))


def required_listed(text: str, spans: list[tuple[int, int]], question: str) -> tuple[int, int, int] | None:
    """(start, end, count) of the 、- or ；-joined list after 要 in the first of SPANS holding one, when QUESTION asks a
    count of requirements; None otherwise (no count is guessed)."""
    if not required_asked(question):
        return None
    for a, b in spans:
        m = _patterns()["list"].search(text, a, b)
        if m:
            joins = JOINS.findall(m.group(1))
            mark = "；" if any(j in "；;" for j in joins) else "、"
            return m.start(1), m.end(1), len([j for j in joins if (j in "；;") == (mark == "；")]) + 1
    return None


def required_holder(text: str, spans: list[tuple[int, int]], question: str) -> list[tuple[int, int]]:
    """[the first of SPANS holding the list after 要] when QUESTION asks a count of requirements and none of SPANS states
    a count of its own (讲了几点 asks no figure, so no clause leads without it); [] otherwise.

    >>> t = "市长指出,要高度重视审计“下半篇”文章、坚决推动问题“清仓式”整改、增强前端感知“治未病”作用。"
    >>> required_holder(t, [(0, len(t))], "市长讲了几点？"), required_holder(t, [(0, len(t))], "开了几次会")
    ([(0, 47)], [])
    """
    if not required_count(text, spans, question):
        return []
    found = required_listed(text, spans, question)
    if not found:
        return []
    a, b = next((a, b) for a, b in spans if a <= found[0] < b)
    return [(a, len(text[:b].rstrip().rstrip("。；;")))]   # the clause ends are the lead's own


STATED = re.compile(r"[\d一二两三四五六七八九十]+\s*[条点项]")   # 提出3点要求: the notice counts them itself


def required_count(text: str, spans: list[tuple[int, int]], question: str) -> int:
    """The number of requirements listed after 要 in the quoted SPANS when QUESTION asks how many and no quoted span
    states a count of its own; 0 otherwise.

    >>> t = "市长指出,要高度重视审计“下半篇”文章、坚决推动问题“清仓式”整改、增强前端感知“治未病”作用。"
    >>> required_count(t, [(0, len(t))], "市长讲了几点？"), required_count(t + "提出3点要求。", [(0, len(t) + 7)], "讲了几点？")
    (3, 0)
    """
    if not spans or any(STATED.search(text, a, b) for a, b in spans):
        return 0
    found = required_listed(text, spans, question)
    return found[2] if found else 0
