"""Notes on single dates a lead quotes, split from answer/spans.py: a quoted date held against a day the question names
(是不是比期限还晚), and the year a quoted day carries from the text before it.

Example:
    >>> compared_day_note("要求3月15日前报备，通知是哪天公开的？是不是比期限还晚？", "公开日期:2021-03-23")
    '（按上述日期推算，2021年3月23日比2021年3月15日晚8天。）'
"""
from __future__ import annotations

import datetime as dt
import re

from answer.spans import DAY, ISO_DAY, _written
from genre.worked import load_worked


def compared_day_note(question: str, quoted: str) -> str:
    """For a date held against a day the question names (3月15日前报备…通知是哪天公开的？是不是比期限还晚？): the first date
    QUOTED (a metadata date 2021-03-23 or 2021年3月23日) compared with that day, the named day's year carried from the
    quoted date when it has none; "" when no day is named or no comparing is asked.

    >>> compared_day_note("要求3月15日前报备，通知是哪天公开的？是不是比期限还晚？", "公开日期:2021-03-23")
    '（按上述日期推算，2021年3月23日比2021年3月15日晚8天。）'
    """
    named = DAY.search(question)
    said = ISO_DAY.search(quoted) or DAY.search(quoted)
    if not named or not said or not load_worked().compared_day.search(question) or not said.group(1):
        return ""
    try:
        when = dt.date(*map(int, said.groups()))
        day = dt.date(int(named.group(1) or when.year), int(named.group(2)), int(named.group(3)))
    except ValueError:
        return ""
    n = (when - day).days
    how = f"晚{n}天" if n > 0 else f"早{-n}天" if n < 0 else "是同一天"
    return f"（按上述日期推算，{_written(when)}比{_written(day)}{how}。）"


CARRIED_YEAR = 300   # characters before a quoted day searched for the year it carries


def year_note(text: str, start: int, quote: str) -> str:
    """For a day quoted without its year ("3月3日,市委巡察组…反馈"): the year the notice wrote last before it (notices drop
    the year a day shares with the date before it), said as carried over; "" when the quote has a year or none is near.

    >>> t = "2022年11月18日至2023年1月18日,市委第五巡察组开展了巡察。3月3日,市委巡察组反馈了巡察意见。"
    >>> year_note(t, t.index("3月3日"), "3月3日,市委巡察组反馈了巡察意见")
    '（“3月3日”即2023年3月3日，年份承上文。）'
    """
    day = DAY.search(quote)
    if not day or day.group(1) or re.search(r"\d{4}\s*年|今年|去年|明年", quote):
        return ""
    years = re.findall(r"((?:19|20)\d{2})\s*年(?!度)", text[max(0, start - CARRIED_YEAR):start])
    return f"（“{day.group()}”即{years[-1]}年{day.group()}，年份承上文。）" if years else ""
