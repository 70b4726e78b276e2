"""A period asked by its two days (几号到几号, 起止日期) where the quotes write no dated range: one day quoted (于2021年3月15日
前报备) is no period, and the reply says so (genre worked.toml [period_asked] by_days, range_written)."""
from __future__ import annotations

import functools
import re

from genre.data_files import compile_re, get, section

NO_RANGE = "通报没有写明起止日期。"


@functools.cache
def _pattern(key: str) -> re.Pattern[str]:
    return compile_re(get(section("worked.toml", "period_asked"), key, str, "worked.toml"), "worked.toml",
                      f"period_asked.{key}")


def range_unstated(question: str, quotes: list[str]) -> str:
    """NO_RANGE when QUESTION asks a period by its two days and none of QUOTES writes a dated range; "" otherwise.

    >>> range_unstated("华容县重点任务从几号到几号？", ["于2021年3月15日前报县政府督查室备案"])
    '通报没有写明起止日期。'
    >>> range_unstated("巡察从几号到几号？", ["2020年5月12日至2020年7月31日,市委第四巡察组开展了巡察"])
    ''
    >>> range_unstated("哪天反馈的？", ["于2021年3月15日前报县政府督查室备案"])
    ''
    """
    if not quotes or not _pattern("by_days").search(question):
        return ""
    return "" if any(_pattern("range_written").search(q) for q in quotes) else NO_RANGE
