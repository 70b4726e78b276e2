"""Which of two dated meetings came first, said after their quoted clauses (genre steps.toml [order]): staff ask the
order (十四次会议和十六次会议哪个在前, 先是哪次会议审议的…后来又向哪次会议报告了…), the clauses are quoted earlier first
(answer/meetings.py) and the order said with the day or month each is dated by.

Example:
    >>> order_note("十四次会议和十六次会议哪个在前", ["2018年7月30日市十七届人大常委会第十四次会议后", "2018年11月22日在十七届人大常委会第十六次会议上"], "")
    '（按上述日期，第十四次会议（2018年7月30日）在前，第十六次会议（2018年11月22日）在后。）'
"""
from __future__ import annotations

import datetime as dt
import re

from answer.meetings import ordinal_value
from answer.steps import read_days
from genre.steps import load_steps

WHEN = re.compile(r"(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?")


def order_note(question: str, quoted: list[str], delivered: str) -> str:
    """For an order asked (genre steps.toml [order] asks): the first two QUOTED clauses naming a meeting by its ordinal
    with a day or month before it, said earlier first (a report's 今年 read as the year DELIVERED); "" when not asked so,
    fewer than two are dated, or their months tie with no day to tell them apart.

    >>> order_note("先是哪次会议审议的报告，后来又向哪次会议报告了整改？", ["2021年7月,第三十三次会议审议了报告", "今年3月29日,向第四十一次会议报告了整改"], "2022年7月27日")
    '（按上述日期，第三十三次会议（2021年7月）在前，第四十一次会议（2022年3月29日）在后。）'
    >>> order_note("十四次会议隔了多少天", ["2018年7月30日市十七届人大常委会第十四次会议后"], "")
    ''
    """
    steps = load_steps()
    if not steps.order_asks.search(question):
        return ""
    dated = []
    for quote in quoted:
        ordinal, when = steps.ordinal_end.search(quote), WHEN.search(read_days(quote, delivered))
        if ordinal and when and ordinal_value(ordinal.group()) not in [n for n, *_ in dated]:
            y, m, d = (int(g) if g else 0 for g in when.groups())
            dated.append((ordinal_value(ordinal.group()), dt.date(y, m, d or 1), bool(d), when.group()))
    if len(dated) < 2:
        return ""
    (n1, day1, full1, said1), (n2, day2, full2, said2) = sorted(dated[:2], key=lambda x: x[1])
    if day1 == day2 or (not (full1 and full2) and (day1.year, day1.month) == (day2.year, day2.month)):
        return ""
    return f"（按上述日期，{_named(n1)}（{said1}）在前，{_named(n2)}（{said2}）在后。）"


def _named(n: int) -> str:
    """第N次会议 in Chinese numerals as reports write it (第十四次会议, 第四十一次会议)."""
    digits = "零一二三四五六七八九"
    tens, ones = divmod(n, 10)
    written = (f"{digits[tens] if tens > 1 else ''}十" if tens else "") + (digits[ones] if ones or not tens else "")
    return f"第{written}次会议"
