"""A date the question states for checking (genre figures.toml [checked_date]): 是2024年1月中旬反馈的？ The ask is put as
哪天 (answer/verify.py neutral_question), and the day the quoted clause gives the step named is held against the claim.

Example:
    >>> date_note("湘潭市妇联是2024年1月中旬被反馈的吧？", "2024年1月17日,市委第三巡察组反馈了巡察意见[1]")
    '问题说的“2024年1月中旬”与通报一致：2024年1月17日反馈。'
"""
from __future__ import annotations

import datetime as dt
import re

from answer.spans import day_mended, lead_days, step_day
from genre.checked_date import date_claims, date_holds, load_checked_date
from genre.worked import asked_steps


def date_note(question: str, quoted: str, published: str = "") -> str:
    """The judgement on each date QUESTION states, held against the day QUOTED gives the step the claim names ("" when
    the quote does not date it); a failing claim on PUBLISHED (the page's date, 2026-01-04) is said to be that.

    >>> "“2026年1月4日”是通报网页的发布日期（2026-01-04）" in date_note("是2026年1月4日在会上作的吧？", "——2025年12月30日在会议上[1]", "2026-01-04")
    True

    >>> date_note("是第二年3月反馈的吧？", "2023年4月20日至5月31日开展巡察,并于2024年1月4日反馈了巡察意见[1]")
    '问题说的“第二年3月”与通报不符：通报写的是2024年1月4日反馈。'
    """
    cd = load_checked_date()
    text = day_mended(quoted)
    days = lead_days(text)
    notes = []
    for c in date_claims(question):
        steps = asked_steps(c.act)
        if steps:
            day = step_day(steps[0], days, text, None)
            label = steps[0].label
        else:   # no step named (是2024年3月的吧): only a quote dating one day answers it
            day, label = (days[0].when if len(days) == 1 else None), ""
        if day is None:
            continue
        first = min((d.when for d in days), default=None)   # the round's first day, for 第二年
        said = cd.holds if date_holds(c, day, first) else cd.fails
        notes.append(said.format(claim=c.text, day=f"{day.year}年{day.month}月{day.day}日", act=label))
        page = _day(published)
        if said is cd.fails and page is not None and page != day and date_holds(c, page, first):
            notes.append(cd.page.format(claim=c.text, published=published))
    return "".join(notes)


def _day(published: str) -> dt.date | None:
    """The page's date PUBLISHED (2026-01-04) as a date; None when it is not one."""
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", published or "")
    return dt.date(*map(int, m.groups())) if m else None
