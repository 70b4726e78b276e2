"""A figure asked in another unit than the notice writes it (genre/data/worked.toml [converted]): the unit asked and
each unit's kind and size in its kind's base unit.

Example:
    >>> unit_asked("收回清退的违规资金换算成元是多少"), unit_asked("折合多少万元"), unit_asked("改造了几条管网")
    ('元', '万元', '')
    >>> load_converted().scales["万元"]
    ('money', 10000)
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre.data_files import compile_re, get, section
from genre.errors import GenreDataError

FILE = "worked.toml"


@dataclass(frozen=True)
class Converted:
    asked: tuple[re.Pattern[str], ...]          # each with group `unit`, the unit asked
    scales: dict[str, tuple[str, int]]          # unit -> (kind, size in the kind's base unit)


@functools.cache
def load_converted() -> Converted:
    """Read worked.toml [converted] once; raises GenreDataError naming the key."""
    data = section(FILE, "converted")
    asked = tuple(compile_re(p, FILE, "converted.asked") for p in get(data, "asked", list, FILE, "converted"))
    scales: dict[str, tuple[str, int]] = {}
    for unit, pair in get(data, "scales", dict, FILE, "converted").items():
        if not (isinstance(pair, list) and len(pair) == 2 and isinstance(pair[0], str) and isinstance(pair[1], int)):
            raise GenreDataError(f"genre/data/{FILE}: converted.scales.{unit}: expected [kind, size]")
        scales[unit] = (pair[0], pair[1])
    return Converted(asked, scales)


def unit_asked(question: str) -> str:
    """The unit QUESTION asks a figure in (换算成元, 折合多少万元, 多少元), or "" when it names none to convert into.

    >>> unit_asked("清理的用地款合多少万元"), unit_asked("一共多少个问题")
    ('万元', '')
    """
    for pattern in load_converted().asked:
        m = pattern.search(question)
        if m:
            return m.group("unit")
    return ""


def without_unit_asked(question: str) -> str:
    """QUESTION with the words asking a unit to convert into left out (折合多少亿元, 换算成元): they name no kind of the
    figure asked, and the notice need not write them.

    >>> without_unit_asked("问题资金折合多少亿元"), without_unit_asked("收回的资金换算成元是多少")
    ('问题资金', '收回的资金是多少')
    """
    for pattern in load_converted().asked:
        question = pattern.sub("", question)
    return question
