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
from answer.spans import day_mended, lead_days, months_said, step_day
from answer.steps import read_days
from genre.steps import load_steps
from genre.worked import asked_steps, load_worked

WHEN = re.compile(r"(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?")


def order_note(question: str, quoted: list[str], delivered: str, published: str = "") -> str:
    """For an order asked (genre steps.toml [order] asks): the first two QUOTED clauses naming a meeting by its ordinal
    with a day or month before it, said earlier first (a report's 今年 read as the year DELIVERED); "" when not asked so,
    fewer than two are dated, or their months tie with no day to tell them apart; two steps of an inspection
    round asked instead are ordered by `step_order` (the notice's page date PUBLISHED for 公布).

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
        return step_order(question, read_days("".join(quoted), delivered), published)
    (n1, day1, full1, said1), (n2, day2, full2, said2) = sorted(dated[:2], key=lambda x: x[1])
    if day1 == day2 or (not (full1 and full2) and (day1.year, day1.month) == (day2.year, day2.month)):
        return ""
    return _order_said(_named(n1), said1, _named(n2), said2)


def step_order(question: str, quoted: str, published: str = "") -> str:
    """For an order asked of two steps of an inspection round (genre worked.toml [[step]]: 先反馈还是先公布, 进驻和反馈哪个
    在前): each step dated as spans date it from QUOTED (the page's date, PUBLISHED 2024-03-05, for 公布), said earlier
    first with the gap between them; "" when the question names fewer than two steps or QUOTED dates fewer.

    >>> step_order("反馈和进驻哪一个更早", "2023年4月20日至5月31日,巡察四组开展巡察,并于2024年1月4日反馈了巡察意见")
    '（按上述日期，开始（2023年4月20日）在前，反馈（2024年1月4日）在后，相隔259天（8个半月）。）'
    """
    if not load_steps().order_asks.search(question):
        return ""
    text = day_mended(quoted)
    days, public = lead_days(text), _iso(published)
    dated = [(day, step.label) for step in asked_steps(question)[:2] for day in [step_day(step, days, text, public)] if day]
    if len(dated) < 2 or dated[0][0] == dated[1][0]:
        return ""
    (day1, label1), (day2, label2) = sorted(dated)
    n = (day2 - day1).days
    months = f"（{months_said(n)}）" if n >= load_worked().months_from else ""
    return _order_said(label1, _written(day1), label2, _written(day2), f"相隔{n}天{months}")


def _order_said(first: str, first_day: str, second: str, second_day: str, gap: str = "") -> str:
    """The order said, one wording for meetings and steps alike: （按上述日期，A（day）在前，B（day）在后[，gap]。）"""
    return f"（按上述日期，{first}（{first_day}）在前，{second}（{second_day}）在后{'，' + gap if gap else ''}。）"


def _iso(published: str) -> dt.date | None:
    """A page's date (2024-03-05) as a day, None when it has none."""
    m = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", published or "")
    return dt.date(*map(int, m.groups())) if m else None


def _written(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _named(n: int) -> str:
    """第N次会议 in Chinese numerals as reports write it (第十四次会议, 第四十一次会议)."""
    digits = "零一二三四五六七八九"
    tens, ones = divmod(n, 10)
    written = (f"{digits[tens] if tens > 1 else ''}十" if tens else "") + (digits[ones] if ones or not tens else "")
    return f"第{written}次会议"
