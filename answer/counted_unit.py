"""A count asked in a measure the notice does not count by (genre figures.toml [counted_unit]): 多少人次 of a notice that
counts persons only (谈话提醒24人, 体检人数达1000万以上). Persons and person-times are two measures, so the reply is a
refusal that quotes the count the notice does give.

Example:
    >>> unit_unstated("谈话提醒了多少人次？", ["给予责令检查、批评教育、谈话提醒24人"], "…谈话提醒24人…")
    '通报没有按“人次”统计，只写了“给予责令检查、批评教育、谈话提醒24人”。'
"""
from __future__ import annotations

import functools
import re

from genre.data_files import compile_re, get, section
from genre.figures import arabic

FILE = "figures.toml"
NO_UNIT = "通报没有按“{unit}”统计，只写了“{clause}”。"
CLAUSE = re.compile(r"[^，,；;。：:]+")


@functools.cache
def _pairs() -> tuple[tuple[str, re.Pattern[str]], ...]:
    table = section(FILE, "counted_unit")
    return tuple((unit, compile_re(other, FILE, f"counted_unit.pairs.{unit}"))
                 for unit, other in get(table, "pairs", list, FILE, "counted_unit"))


def unit_unstated(question: str, quotes: list[str], text: str) -> str:
    """Why a reply must not stand when QUESTION asks a count in a unit (人次) the answering notice TEXT never writes while a
    quote states the count in the other measure (24人); "" otherwise (the notice counts in the unit asked, or no quote
    holds a count of the other measure).

    >>> unit_unstated("培训了多少人次？", ["培训干部300人次"], "培训干部300人次")
    ''
    """
    for unit, other in _pairs():
        if unit not in question or unit in text:
            continue
        clause = next((c.strip() for q in quotes for c in CLAUSE.findall(q) if other.search(arabic(c))), "")   # 二十四人 too
        if clause:
            return NO_UNIT.format(unit=unit, clause=clause)
    return ""
