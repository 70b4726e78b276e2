"""A deadline the answer quotes held against the day the notice was made public (genre worked.toml [compared_day] and
the step `published`): asked 这个期限比发文公开早还是晚 of 于2021年3月15日前报…备案 on a page dated 2021-03-23, the days
between, said as worked out (the page's date is the day it was published, which its body never states).

Example:
    >>> deadline_published_note("最晚啥时候报？这个期限比发文公开早还是晚", "于2021年3月15日前报县政府督查室备案", "2021-03-23")
    '（按上述日期推算，期限2021年3月15日比公开日期2021年3月23日早8天。）'
"""
from __future__ import annotations

import datetime as dt
import re

from answer.spans import DAY, ISO_DAY
from genre.worked import asked_steps, load_worked


def deadline_published_note(question: str, quoted: str, published: str) -> str:
    """The first dated day QUOTED (with its year) against PUBLISHED (the page's date) when the question compares with
    the publication (早还是晚, 之前还是之后 … 公开/发布/挂网); "" otherwise.

    >>> deadline_published_note("期限是哪天？", "于2021年3月15日前报", "2021-03-23")
    ''
    >>> deadline_published_note("哪天反馈的？在通报公开之前多久？", "2023年3月3日,市委巡察组反馈", "2023-08-09")
    '（按上述日期推算，2023年3月3日比公开日期2023年8月9日早159天。）'
    """
    if not load_worked().compared_day.search(question) or not any(s.name == "published" for s in asked_steps(question)):
        return ""
    said, page = DAY.search(quoted), ISO_DAY.search(published or "")
    if not said or not said.group(1) or not page:
        return ""
    try:
        day, out = dt.date(*map(int, said.groups())), dt.date(*map(int, page.groups()))
    except ValueError:
        return ""
    n = (day - out).days
    how = f"晚{n}天" if n > 0 else f"早{-n}天" if n < 0 else "是同一天"
    label = "期限" if re.match(r"\s*(?:之|以)?前", quoted[said.end():]) else ""   # 3月15日前: a deadline
    return f"（按上述日期推算，{label}{day.year}年{day.month}月{day.day}日比公开日期{out.year}年{out.month}月{out.day}日{how}。）"
