"""A difference in points asked of two rates (差几个点, 相差多少个百分点: genre/data/worked.toml [points_difference]):
how many characters of its own each rate's written name must share with the question to count as asked, and how
long a run of a name's head names it apart from another rate.

Example:
    >>> points_asked("签约覆盖率差几个点"), points_run() > 0
    ((2, '签约覆盖率差'), True)
"""
from __future__ import annotations

import functools
import re

from genre.data_files import compile_re, get, section

FILE = "worked.toml"


@functools.cache
def _points() -> tuple[re.Pattern[str], int, int]:
    table = section(FILE, "points_difference")
    return (compile_re(get(table, "asked", str, FILE, "points_difference"), FILE, "points_difference.asked"),
            get(table, "own_chars", int, FILE, "points_difference"), get(table, "own_run", int, FILE, "points_difference"))


def points_run() -> int:
    """How many characters of a rate's written name, from its head, written together in a question asking a difference
    in points name it apart from another rate whose name lacks them ([points_difference] own_run)."""
    return _points()[2]


def points_asked(question: str) -> tuple[int, str]:
    """How many characters of its own (not in the other's name) each of two rates' written names shares with a
    QUESTION asking a difference in points (差几个点, 相差多少个百分点) to count as asked, and the question without that
    ask (its 点 names no rate); (0, "") when no difference in points is asked ([points_difference]).

    >>> points_asked("签约覆盖率差几个点"), points_asked("差几个问题")
    ((2, '签约覆盖率差'), (0, ''))
    """
    asked, named, _ = _points()
    return (named, asked.sub("", question)) if asked.search(question) else (0, "")
