"""How a worked span is said: the days written whole (2024年2月20日), a range's last day without the year it shares, a
gap between two steps, days in months as staff say them, and the February of a leap year a span runs over (genre
worked.toml spans.leap_said), which staff counting by hand miscount. Used by answer/spans.py.

Example:
    >>> gap_said(dt.date(2024, 1, 17), dt.date(2024, 3, 5), "反馈", "公布")
    '从2024年1月17日（反馈）到2024年3月5日（公布）相隔48天（2024年2月有29天）'
"""
from __future__ import annotations

import calendar
import datetime as dt
import re

from genre.worked import load_worked

DAYS_A_MONTH = 30.44
YEAR_MONTHS = 12   # a span of a year and more is said in years and months too (约1年10个月)


def gap_said(start: dt.date, end: dt.date, start_label: str, end_label: str) -> str:
    """The gap from START to END, each day named by its step's label when given, in days (and months from
    worked.toml spans.months_from on), a leap February it runs over said.

    >>> gap_said(dt.date(2025, 6, 6), dt.date(2025, 7, 31), "巡察结束", "反馈")
    '从2025年6月6日（巡察结束）到2025年7月31日（反馈）相隔55天'
    """
    n = (end - start).days
    said = "；".join(x for x in (months_said(n) if n >= load_worked().months_from else "", leap_said(start, end)[1:]) if x)
    a = f"{written(start)}（{start_label}）" if start_label else written(start)
    b = f"{written(end)}（{end_label}）" if end_label else written(end)
    return f"从{a}到{b}相隔{n}天" + (f"（{said}）" if said else "")


def leap_said(first: dt.date, last: dt.date) -> str:
    """"；2024年2月有29天" for each leap year whose 29 February lies from FIRST to LAST (genre worked.toml
    spans.leap_said), "" when none does.

    >>> leap_said(dt.date(2024, 2, 20), dt.date(2024, 3, 26)), leap_said(dt.date(2024, 3, 26), dt.date(2025, 1, 21))
    ('；2024年2月有29天', '')
    """
    years = [y for y in range(first.year, last.year + 1) if calendar.isleap(y) and first <= dt.date(y, 2, 29) <= last]
    return "".join("；" + load_worked().leap_said.format(year=y) for y in years)


def written(day: dt.date) -> str:
    """DAY written whole, as notices write it: 2024年2月20日."""
    return f"{day.year}年{day.month}月{day.day}日"


def day_month(day: dt.date, before: dt.date) -> str:
    """A range's last day, its year dropped when it shares the first day's (2025年3月18日至6月6日)."""
    return f"{day.month}月{day.day}日" if day.year == before.year else written(day)


def months_said(days: int) -> str:
    """DAYS in months as staff say them: 约4个月 (whole), 3个多月, 5个半月, 3个半月多, 近10个月; never rounded up unsaid;
    a year and more in years and months too (近22个月，即近1年10个月), as staff say a long span.

    >>> [months_said(d) for d in (122, 110, 166, 218, 301)]
    ['约4个月', '3个半月多', '5个半月', '7个多月', '近10个月']
    >>> months_said(669), months_said(365), months_said(400)
    ('近22个月，即近1年10个月', '近12个月，即近1年', '13个多月，即1年1个多月')
    """
    said = _months(days)
    m = re.fullmatch(r"(约|近)?(\d+)个(多)?月", said)
    if m is None or int(m.group(2)) < YEAR_MONTHS:
        return said
    years, months = divmod(int(m.group(2)), YEAR_MONTHS)
    rest = f"{months}个{m.group(3) or ''}月" if months else ("多" if m.group(3) else "")
    return f"{said}，即{m.group(1) or ''}{years}年{rest}"


def _months(days: int) -> str:
    """DAYS in months alone (months_said)."""
    m = days / DAYS_A_MONTH
    whole, part = int(m), m - int(m)
    if part < 0.1:
        return f"约{whole}个月"
    if part < 0.4:
        return f"{whole}个多月"
    if part < 0.6:
        return f"{whole}个半月"
    if part < 0.85:
        return f"{whole}个半月多"
    return f"近{whole + 1}个月"
