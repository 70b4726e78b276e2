"""A date the question states for checking (genre/data/figures.toml [checked_date]): 是2024年1月中旬反馈的？
巡察是2023年9月底开始的吧. Each claim with its year, month and the days its rounding word allows.

Example:
    >>> c = date_claims("湘潭市妇联是2024年1月中旬被反馈的吧？")[0]
    >>> (c.text, c.year, c.month, c.days, c.act)
    ('2024年1月中旬', 2024, 1, (10, 19), '被反馈')
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from genre.data_files import compile_re, get, section

FILE = "figures.toml"
WHERE = "checked_date"


@dataclass(frozen=True)
class CheckedDate:
    claim: re.Pattern[str]
    claim_after: re.Pattern[str]                # the step named first: 反馈是7月底吗
    ask_as: str
    years: dict[str, int]                       # 第二年 -> 1 (years after the round's first day)
    month_parts: dict[str, tuple[int, int]]     # 中旬 -> (10, 19): days from the month's first
    day_parts: dict[str, tuple[int, int]]       # 前后 -> (-3, 3) around a stated day
    year_parts: dict[str, tuple[int, int]]      # 年初 -> (1, 3): months
    holds: str
    fails: str
    page: str                                   # a failing claim that is the page's own publication day


@dataclass(frozen=True)
class DateClaim:
    text: str                  # as typed: 2024年1月中旬
    start: int                 # the date alone (是 and the step words stay in the ask)
    end: int
    year: int | None           # a year typed in digits
    rel: str                   # a year named from the round's own (第二年) or from today (去年), else ""
    month: int | None
    days: tuple[int, int]      # days allowed, counted from the month's first day (0); for a year part, months
    act: str                   # the words naming the step: 被反馈, 开始


@functools.cache
def load_checked_date() -> CheckedDate:
    """The [checked_date] table of figures.toml, read once."""
    sec = section(FILE, WHERE)

    def pairs(key: str) -> dict[str, tuple[int, int]]:
        return {w: (int(lo), int(hi)) for w, (lo, hi) in get(sec, key, dict, FILE, WHERE).items()}

    said = get(sec, "said", dict, FILE, WHERE)
    return CheckedDate(compile_re(get(sec, "claim", str, FILE, WHERE), FILE, WHERE + ".claim"),
                       compile_re(get(sec, "claim_after", str, FILE, WHERE), FILE, WHERE + ".claim_after"),
                       get(sec, "ask_as", str, FILE, WHERE),
                       {w: int(n) for w, n in get(sec, "years", dict, FILE, WHERE).items()},
                       pairs("month_parts"), pairs("day_parts"), pairs("year_parts"),
                       get(said, "holds", str, FILE, WHERE + ".said"), get(said, "fails", str, FILE, WHERE + ".said"),
                       get(said, "page", str, FILE, WHERE + ".said"))


def date_claims(question: str) -> tuple[DateClaim, ...]:
    """The dates QUESTION states in a 是…的 sentence, each with the days its rounding allows.

    >>> [(c.text, c.rel, c.month, c.days) for c in date_claims("是第二年3月反馈的吧？")]
    [('第二年3月', '第二年', 3, (0, 31))]
    >>> date_claims("2024年1月反馈了几个问题？")
    ()
    >>> [(c.text, c.act) for c in date_claims("是3月18号到6月6号被巡察的，反馈是7月底吗")]
    [('7月底', '反馈')]
    """
    cd = load_checked_date()
    out = []
    found = sorted([*cd.claim.finditer(question), *cd.claim_after.finditer(question)], key=lambda m: m.start("claim"))
    for m in found:
        part, day = m.group("part") or "", m.group("day")
        if m.group("ypart"):
            days = cd.year_parts[m.group("ypart")]
        elif day:
            lo, hi = cd.day_parts.get(part, (0, 0))
            days = (int(day) - 1 + lo, int(day) - 1 + hi)
        else:
            days = cd.month_parts[part]
        out.append(DateClaim(m.group("claim"), m.start("claim"), m.end("claim"),
                             int(m.group("year")) if m.group("year") else None, m.group("rel") or "",
                             int(m.group("month")) if m.group("month") else None, days, m.group("act")))
    return tuple(out)


def date_holds(claim: DateClaim, day: dt.date, first: dt.date | None) -> bool:
    """Whether DAY (the notice's) falls within CLAIM; FIRST the round's first day, for a year named from it (第二年).

    >>> c = date_claims("是2024年1月中旬反馈的？")[0]
    >>> date_holds(c, dt.date(2024, 1, 17), None), date_holds(c, dt.date(2024, 1, 4), None)
    (True, False)
    """
    cd = load_checked_date()
    year = claim.year
    if year is None and claim.rel in cd.years and first is not None:
        year = first.year + cd.years[claim.rel]
    if year is not None and claim.month is None:   # 2024年年初: months
        return day.year == year and claim.days[0] <= day.month <= claim.days[1]
    if claim.month is None:
        return claim.days[0] <= day.month <= claim.days[1]
    base = dt.date(year if year is not None else day.year, claim.month, 1)
    offset = (day - base).days
    return claim.days[0] <= offset <= claim.days[1] and (year is not None or abs(offset) < 62)
