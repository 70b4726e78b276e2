"""A figure asked of a part of a year (genre claims.toml [asked_period]): 一季度改造了多少公里 asks that quarter's figure, and a
quoted 2023年改造了639公里 or 截至目前已完成122公里 is the year's or the date's. The quoted sentences (or the headings over
them) must name the period asked, as a quarter, a half or its months; otherwise the reply is refused. A refusal check
hooked into answer.refusal.overruled.

Example:
    >>> period_unstated("一季度改造燃气旧管网多少公里？", ["2023年改造了639公里"])
    '通报没有写明“一季度”的数字。'
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from genre.data_files import compile_re, get, section
from genre.questions import load_questions

_FILE = "claims.toml"
CLAUSE = re.compile(r"[^，,。；;？?！!]+")   # the clauses of a question; the period must stand in one asking a figure
NOT_STATED = "通报没有写明“{period}”的数字。"


@dataclass(frozen=True)
class Period:
    """A part of a year: how a question names it, and how a notice writes it."""
    asked: re.Pattern[str]
    said: re.Pattern[str]


@lru_cache(maxsize=1)
def periods() -> tuple[Period, ...]:
    """The periods of claims.toml [asked_period], in order.

    >>> bool(periods()[0].said.search("2025年1到3月份累计"))
    True
    """
    table = section(_FILE, "asked_period")
    return tuple(Period(compile_re(get(p, "asked", str, _FILE, "asked_period.period"), _FILE, "asked_period.asked"),
                        compile_re(get(p, "said", str, _FILE, "asked_period.period"), _FILE, "asked_period.said"))
                 for p in get(table, "period", list, _FILE, "asked_period"))


def period_unstated(question: str, quotes: list[str]) -> str:
    """Why a reply quoting QUOTES (sentences with their headings) must not stand when QUESTION asks a figure of a part of a
    year none of them writes, in a clause asking the figure; "" otherwise.

    >>> period_unstated("上半年收回多少资金", ["1至6月收回资金20万元"]), period_unstated("开了几次会", ["开会3次"])
    ('', '')
    >>> period_unstated("2024年下半年被巡视的那个市，巡视组待了多久", ["2024年8月27日至11月22日"])
    ''
    """
    asks = load_questions().asks_quantity
    said = "\n".join(quotes)
    for clause in CLAUSE.findall(question):
        if not asks.search(clause):
            continue   # 2024年下半年…巡视的那个地级市，巡视组待了多久: the period names the notice, no figure is asked of it
        for p in periods():
            if (m := p.asked.search(clause)) and not p.said.search(said):
                return NOT_STATED.format(period=m.group())
    return ""
