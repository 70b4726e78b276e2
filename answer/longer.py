"""Which of two compared notices' spans ran longer, worked out from the length each side's lead says (共89天, 相隔410天)
when the question asks it (谁家巡察组驻的时间长: genre.longer).

Example:
    >>> longer_note("谁家巡察组驻的时间长", [("《甲》", "…首尾两天都算共31天（两日相隔30天）。"), ("《乙》", "…共89天（两日相隔88天）")])
    '（按两份通报的日期推算：《乙》89天，比《甲》31天长58天。）'
"""
from __future__ import annotations

import re

from genre.longer import longer_asked

LENGTH = re.compile(r"共(\d+)天|相隔(\d+)天")   # how the worked-out span of a side's lead says its days (answer.spans)


def longer_note(question: str, leads: list[tuple[str, str]]) -> str:
    """The longer of two sides' spans and by how many days, when asked; LEADS: (whose, its lead) per side. "" when not
    asked or a side's lead says no length."""
    if not longer_asked(question) or len(leads) != 2:
        return ""
    days = []
    for whose, lead in leads:
        m = LENGTH.search(lead)
        if m is None:
            return ""
        days.append((whose, int(m.group(1) or m.group(2))))
    (a, da), (b, db) = sorted(days, key=lambda x: -x[1])
    if da == db:
        return f"（按两份通报的日期推算：{a}与{b}一样长，都是{da}天。）"
    return f"（按两份通报的日期推算：{a}{da}天，比{b}{db}天长{da - db}天。）"
