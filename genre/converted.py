"""A figure asked in another unit than the notice writes it (genre/data/worked.toml [converted]): the unit asked,
each unit's kind and size in its kind's base unit, the bare multipliers (1000万 of 人数), the words bounding a figure,
the rounding said; and a total asked where only a per-head figure is stated ([per_head]).

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
from decimal import Decimal

from genre.data_files import compile_re, get, section
from genre.errors import GenreDataError

FILE = "worked.toml"


@dataclass(frozen=True)
class Converted:
    converting: re.Pattern[str]                 # group `unit`, the unit asked after a verb of converting (换算成元)
    measured: re.Pattern[str]                   # group `unit`, the unit reckoned by (按亿元算, 用万元表示)
    plain: re.Pattern[str]                      # group `unit`, the unit asked after 多少 (多少元)
    spoken: re.Pattern[str]                     # group `unit` or `unit2`, a unit said in speech (几个亿, 多少亿)
    spoken_units: dict[str, str]                # 亿 -> 亿元
    unit_end: str                               # what may not follow a figure's unit (3人次)
    scales: dict[str, tuple[str, int]]          # unit -> (kind, size in the kind's base unit)
    multipliers: dict[str, int]                 # a bare 万/亿 -> its size
    bare_nouns: dict[str, tuple[str, ...]]      # kind -> the nouns naming a bare figure's kind (人数)
    before: tuple[str, ...]                     # words bounding a figure before it (至少), after it (以上), between (余)
    inner: tuple[str, ...]
    after: tuple[str, ...]
    decimals: int                               # rounding said after an exact figure with more decimals
    exact_decimals: int                         # more than this: the exact figure is not said (it never ends)
    rounded_digits: int                         # a rounding keeps at least this many significant digits (约0.012亿人)
    least: Decimal                              # a nonzero converted figure below this is not offered


@dataclass(frozen=True)
class PerHead:
    marker: re.Pattern[str]                     # 人均, 每人, 户均
    total: re.Pattern[str]                      # 总共, 一共, 全省


def _words(data: dict, key: str) -> tuple[str, ...]:
    return tuple(get(data, key, list, FILE, "converted.range"))


@functools.cache
def load_converted() -> Converted:
    """Read worked.toml [converted] once; raises GenreDataError naming the key."""
    data = section(FILE, "converted")
    scales: dict[str, tuple[str, int]] = {}
    for unit, pair in get(data, "scales", dict, FILE, "converted").items():
        if not (isinstance(pair, list) and len(pair) == 2 and isinstance(pair[0], str) and isinstance(pair[1], int)):
            raise GenreDataError(f"genre/data/{FILE}: converted.scales.{unit}: expected [kind, size]")
        scales[unit] = (pair[0], pair[1])
    units = "|".join(map(re.escape, sorted(scales, key=len, reverse=True)))
    patterns = {k: compile_re(get(data, k, str, FILE, "converted").replace("{units}", units), FILE, f"converted.{k}")
                for k in ("converting", "measured", "plain", "spoken")}
    bare, bounds = get(data, "bare", dict, FILE, "converted"), get(data, "range", dict, FILE, "converted")
    return Converted(
        **patterns, spoken_units=dict(get(data, "spoken_units", dict, FILE, "converted")),
        unit_end=get(data, "unit_end", str, FILE, "converted"), scales=scales,
        multipliers=dict(get(bare, "multipliers", dict, FILE, "converted.bare")),
        bare_nouns={k: tuple(v) for k, v in get(bare, "nouns", dict, FILE, "converted.bare").items()},
        before=_words(bounds, "before"), inner=_words(bounds, "inner"), after=_words(bounds, "after"),
        decimals=get(data, "decimals", int, FILE, "converted"),
        exact_decimals=get(data, "exact_decimals", int, FILE, "converted"),
        rounded_digits=get(data, "rounded_digits", int, FILE, "converted"),
        least=Decimal(get(data, "least", str, FILE, "converted")))


@functools.cache
def load_per_head() -> PerHead:
    """Read worked.toml [per_head] once."""
    data = section(FILE, "per_head")
    return PerHead(*(compile_re(get(data, k, str, FILE, "per_head"), FILE, f"per_head.{k}") for k in ("marker", "total")))


def unit_asked(question: str) -> str:
    """The unit QUESTION asks a figure in (换算成元, 折合多少万元, 按亿元算, 几个亿, 多少元), or "" when it names none to
    convert into.

    >>> unit_asked("清理的用地款合多少万元"), unit_asked("按亿元算大概几个亿"), unit_asked("换成亿人是多少")
    ('万元', '亿元', '亿人')
    >>> unit_asked("一共多少个问题"), unit_asked("处理了多少人次")
    ('', '')
    """
    c = load_converted()
    for pattern in (c.converting, c.measured, c.plain, c.spoken):
        m = pattern.search(question)
        if m:
            unit = m.group("unit") or m.group("unit2")   # spoken: 几个亿 or 多少亿
            return c.spoken_units.get(unit, unit)
    return ""


def kind_units(unit: str) -> tuple[str, ...]:
    """Every unit of the kind UNIT is of (元 -> 元, 万元, 亿元); () for a unit that converts into none.

    >>> kind_units("亿元")
    ('元', '万元', '亿元')
    """
    scales = load_converted().scales
    return tuple(u for u, (kind, _) in scales.items() if unit in scales and kind == scales[unit][0])


def converting_asked(question: str) -> bool:
    """Whether QUESTION asks a figure converted by a verb of converting (换算成元, 折合多少亿元) or a measure reckoned by
    (按亿元算, 几个亿): the words and the unit name no kind of figure the notice must write.

    >>> converting_asked("问题资金折合多少亿元"), converting_asked("钱数按亿元算是多少"), converting_asked("统筹盘活了多少元")
    (True, True, False)
    """
    c = load_converted()
    return any(p.search(question) for p in (c.converting, c.measured, c.spoken))
