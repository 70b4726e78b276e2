"""A figure asked of a part of a year (genre claims.toml [asked_period]): 一季度改造了多少公里 asks that quarter's figure, and a
quoted 2023年改造了639公里 or 截至目前已完成122公里 is the year's or the date's. The quoted sentences (or the headings over
them) must name the period asked, as a quarter, a half or its months (a whole year, 2024年全年: the year alone);
otherwise the reply is refused. A month asked as of (截至2025年6月底) earlier than every as-of frame of the quotes
(截至2025年11月底) is refused likewise, the notice's frame named (as_of_unstated, round 93). Refusal checks hooked into
answer.refusal.overruled.

Example:
    >>> period_unstated("一季度改造燃气旧管网多少公里？", ["2023年改造了639公里"])
    '通报没有写明“一季度”的数字。'
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from genre.as_of import Moment, frame_moments
from genre.data_files import compile_re, get, section
from genre.questions import load_questions

_FILE = "claims.toml"
CLAUSE = re.compile(r"[^，,。；;？?！!]+")   # the clauses of a question; the period must stand in one asking a figure
NOT_STATED = "通报没有写明“{period}”的数字。"
RELATIVE_YEAR = re.compile(r"今年|去年|本年|当年|上年|次年")   # a year named from the notice's date: not judged here
FRAME_ONLY = "通报只写了{said}的数字，没有写明{asked}的数字。"


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
    >>> period_unstated("2024年全年填报了多少条", ["2025年1—3月累计填报事项595条", "2024年10月16日至11月15日巡察"])
    '通报没有写明“2024年全年”的数字。'
    >>> period_unstated("2024年全年填报了多少条", ["2024年,全年填报事项595条"])
    ''
    """
    asks = load_questions().asks_quantity
    said = "\n".join(quotes)
    for clause in CLAUSE.findall(question):
        if not asks.search(clause):
            continue   # 2024年下半年…巡视的那个地级市，巡视组待了多久: the period names the notice, no figure is asked of it
        for p in periods():
            if (m := p.asked.search(clause)) and not _said(p, m).search(said):
                return NOT_STATED.format(period=m.group())
    return ""


def _said(period: Period, asked: re.Match[str]) -> re.Pattern[str]:
    """How a notice writes the period ASKED: its `said`, with YEAR the year asked when the period names one (2024年全年)."""
    year = asked.groupdict().get("year")
    return re.compile(period.said.pattern.replace("YEAR", year)) if year else period.said


def as_of_unstated(question: str, quotes: list[str]) -> str:
    """Why a reply quoting QUOTES must not stand when QUESTION asks a figure as of a month (截至2025年6月底完成了多少) earlier
    than every month the quotes' figures hold at (截至2025年11月底): the notice reports that figure only for its own frame,
    said; "" when the quotes date no frame, one is the month asked, or the month asked is later (到年底前 covers 11月底).

    >>> as_of_unstated("截至2025年6月底完成了多少个问题？", ["截至2025年11月底,400个问题已完成整改336个"])
    '通报只写了截至2025年11月底的数字，没有写明截至2025年6月底的数字。'
    >>> as_of_unstated("截至11月底完成了多少", ["截至2025年11月底,已完成336个"]), as_of_unstated("到12月底完成几个", ["截至2025年11月底"])
    ('', '')
    """
    asks = load_questions().asks_quantity
    held = [m for t in quotes for m in frame_moments(t)]
    if not held:
        return ""
    if not asks.search(question):
        return ""   # a frame heads the whole ask (截至2025年10月，400个问题完成了多少): any clause may hold it
    for asked in frame_moments(question):
        if not RELATIVE_YEAR.search(asked.said) and all(_earlier(asked, h) for h in held):
            said = "、".join(dict.fromkeys(h.said for h in held))
            return FRAME_ONLY.format(said=said, asked=asked.said)
    return ""


def _earlier(asked: Moment, held: Moment) -> bool:
    """Whether the month ASKED comes before the month HELD (a year left out is the other's)."""
    year = asked.year or held.year or 0
    return (year, asked.month) < (held.year or year, held.month)
