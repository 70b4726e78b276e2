"""A day of the month asked where the quotes date the step by its month or a recurring time only (genre steps.toml
[day_of_month]): 宁波…人大常委会是8月几号开的 against "今年8月,市十六届人大常委会第四次会议听取…", 例会定在每月几号 against
"每月初召开工作例会". answer.unstated.unfilled_slot turns it into a refusal that quotes the month.

Example:
    >>> day_unstated("人大常委会是8月几号开的？", ["今年8月,市十六届人大常委会第四次会议听取和审议了审计工作报告"])
    '今年8月'
"""
from __future__ import annotations

import re

from genre.steps import load_steps

CLAUSES = re.compile(r"[^,，;；:：。]+")
NO_DAY = "通报没有写明具体是哪一天，只写了“{when}”。"


def day_unstated(question: str, quotes: list[str]) -> str:
    """The month or recurring time a quoted clause dates the step by (今年8月, 每月初) when QUESTION asks a day of the month
    (几号, 几日, 具体哪天, 8月哪天) and no quote writes a day; "" when no day is asked, a day is written, or no quote gives a
    month either (then another check says what is missing).

    >>> day_unstated("例会具体定在每月几号？", ["每月初召开工作例会"]), day_unstated("几号反馈的？", ["2025年1月13日,巡察组反馈"])
    ('每月初', '')
    """
    steps = load_steps()
    if not quotes or not steps.day_asked.search(question):
        return ""
    if any(steps.day_stated.search(t) for t in quotes):
        return ""
    return next((m.group().strip() for t in quotes for c in CLAUSES.findall(t) for m in [steps.month_only.search(c)] if m), "")
