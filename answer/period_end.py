"""Until when a stretch of rectification ran, asked beside its length (集中整改搞了多长时间，大概整改到什么时候): notices
write the length counted from the day dated before it in the same sentence (2024年5月16日…反馈了巡察意见,经过3个月集中整改),
so the end is worked out from both and said as approximate (genre worked.toml [period_end]).

Example:
    >>> period_end_note("集中整改搞了多长时间，大概整改到什么时候", "2024年5月16日,巡察组向我局反馈了巡察意见,经过3个月集中整改,现将情况公布")
    '（按上述日期推算，从2024年5月16日起3个月，约到2024年8月中旬。）'
"""
from __future__ import annotations

import calendar
import datetime as dt
import functools
import re

from answer.span_words import written
from answer.spans import lead_days
from genre.data_files import compile_re, get, section
from genre.worked import cn_number

FILE = "worked.toml"


@functools.cache
def _words() -> tuple[re.Pattern[str], re.Pattern[str], str, tuple[tuple[str, int, int], ...]]:
    s = section(FILE, "period_end")
    parts = tuple((str(n), int(a), int(b)) for n, a, b in get(s, "parts", list, FILE, "period_end"))
    return (compile_re(get(s, "asked", str, FILE, "period_end"), FILE, "period_end.asked"),
            compile_re(get(s, "length", str, FILE, "period_end"), FILE, "period_end.length"),
            get(s, "said", str, FILE, "period_end"), parts)


def _count(n: str) -> int:
    return int(n) if n.isdigit() else cn_number(n.replace("两", "二"))


def _plus_months(day: dt.date, months: int) -> dt.date:
    year, month = divmod(day.month - 1 + months, 12)
    year, month = day.year + year, month + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def period_end_note(question: str, quoted: str) -> str:
    """The approximate end of the stretch QUOTED states by its length, counted from the day QUOTED dates before it in the
    same sentence, when QUESTION asks until when it ran; "" when no end is asked, or no length or no day before it.

    >>> period_end_note("集中整改搞了几个月", "2024年5月16日反馈了巡察意见,经过3个月集中整改")
    ''
    >>> period_end_note("大概整改到什么时候", "经过3个月集中整改和有关规定")
    ''
    """
    asked, length, said, parts = _words()
    if not asked.search(question):
        return ""
    found = ((m, lead_days(quoted[quoted.rfind("。", 0, m.start()) + 1:m.start()])) for m in length.finditer(quoted))
    m, before = next(((m, b) for m, b in found if b), (None, []))
    if m is None:
        return ""
    start = before[-1].when
    end = _plus_months(start, _count(m.group("n")))
    part = next((name for name, a, b in parts if a <= end.day <= b), "")
    return said.format(start=written(start), length=f"{m.group('n')}个月", end=f"{end.year}年{end.month}月{part}")
