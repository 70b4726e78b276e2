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
    converting: re.Pattern[str]                 # group `unit`, the unit asked after a verb of converting (换算成元)
    plain: re.Pattern[str]                      # group `unit`, the unit asked after 多少 (多少元)
    scales: dict[str, tuple[str, int]]          # unit -> (kind, size in the kind's base unit)


@functools.cache
def load_converted() -> Converted:
    """Read worked.toml [converted] once; raises GenreDataError naming the key."""
    data = section(FILE, "converted")
    converting, plain = (compile_re(get(data, k, str, FILE, "converted"), FILE, f"converted.{k}")
                         for k in ("converting", "plain"))
    scales: dict[str, tuple[str, int]] = {}
    for unit, pair in get(data, "scales", dict, FILE, "converted").items():
        if not (isinstance(pair, list) and len(pair) == 2 and isinstance(pair[0], str) and isinstance(pair[1], int)):
            raise GenreDataError(f"genre/data/{FILE}: converted.scales.{unit}: expected [kind, size]")
        scales[unit] = (pair[0], pair[1])
    return Converted(converting, plain, scales)


def unit_asked(question: str) -> str:
    """The unit QUESTION asks a figure in (换算成元, 折合多少万元, 多少元), or "" when it names none to convert into.

    >>> unit_asked("清理的用地款合多少万元"), unit_asked("一共多少个问题")
    ('万元', '')
    """
    for pattern in (load_converted().converting, load_converted().plain):
        m = pattern.search(question)
        if m:
            return m.group("unit")
    return ""


def converting_asked(question: str) -> bool:
    """Whether QUESTION asks a figure converted by a verb of converting (换算成元, 折合多少亿元): the verb and the unit name
    no kind of figure the notice must write.

    >>> converting_asked("问题资金折合多少亿元"), converting_asked("统筹盘活了多少元")
    (True, False)
    """
    return bool(load_converted().converting.search(question))
