"""What happened on a day the asker names (2024年6月16日那天巡察组干了什么), where the notice dates no clause that day: the
reply says so and names the days it does date (genre questions.toml [day_event])."""
from __future__ import annotations

import functools
import re

from genre.data_files import get, section

FILE = "questions.toml"
DAY = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})[日号]")
NO_EVENT = "通报中没有写明{day}那天的事。通报写到的日期是：{days}。"
MAX_DAYS = 6


@functools.cache
def _asked() -> re.Pattern[str]:
    return re.compile(get(section(FILE, "day_event"), "asked", str, FILE, "day_event"))


def days_dated(text: str) -> list[tuple[str, int, int]]:
    """The days TEXT writes, in order, each as (year or "", month, day); a day after a range's 至 carries no year.

    >>> days_dated("2024年5月7日至6月7日巡察，7月24日反馈")
    [('2024', 5, 7), ('', 6, 7), ('', 7, 24)]
    """
    return list(dict.fromkeys((m.group(1) or "", int(m.group(2)), int(m.group(3))) for m in DAY.finditer(text)))


def day_asked(question: str) -> bool:
    """QUESTION asks what happened on a day it names (the framing clause dating that day answers it).

    >>> day_asked("2025年2月17日那天做了什么？"), day_asked("整改做了什么？")
    (True, False)
    """
    return bool(_asked().search(question))


def day_unevented(question: str, texts: list[str]) -> str:
    """Why QUESTION, asking what happened on a day, has no answer in TEXTS (no clause dated that day); "" when
    no such ask is made or a text dates that day.

    >>> day_unevented("2024年6月16日那天巡察组干了什么？", ["2024年5月16日,区委第一巡察组反馈了巡察意见"])
    '通报中没有写明2024年6月16日那天的事。通报写到的日期是：2024年5月16日。'
    >>> day_unevented("3月3日是什么事？", ["3月3日,市委巡察组反馈了巡察意见"])
    ''
    >>> day_unevented("2021年9月15日那天干了什么？", ["2021915日,市人大常委会听取和审议了报告"])
    ''
    """
    asked = _asked().search(question)
    if not asked or not texts:
        return ""
    year, month, day = asked.group("y") or "", int(asked.group("m")), int(asked.group("d"))
    dated = [d for t in texts for d in days_dated(t)]
    if not dated or any(m == month and d == day and (not year or not y or y == year) for y, m, d in dated):
        return ""   # a notice writing no day in full (a garbled 2021915日) is not judged
    named = f"{year}年{month}月{day}日" if year else f"{month}月{day}日"
    shown = [f"{y}年{m}月{d}日" if y else f"{m}月{d}日" for y, m, d in dated[:MAX_DAYS]]
    return NO_EVENT.format(day=named, days="、".join(shown))
