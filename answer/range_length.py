"""The length of the dated range a fact answer's lead quotes, worked out when the question asks the period (哪段时间,
哪天到哪天, 几号到几号, 哪天进、哪天走) but not its length in so many words: staff report the range with its days, counted
with both ends as notices count them (genre worked.toml [period_asked]).

Example:
    >>> range_length_note("巡察是哪段时间？", "2024年11月7日至12月31日,省委第三巡视组开展了巡视")
    '（按通报日期计算：2024年11月7日至12月31日首尾两天都算共55天。）'
"""
from __future__ import annotations

import functools
import re

from answer.span_words import day_month, written
from answer.span_threshold import span_threshold_note
from answer.spans import day_mended, lead_days
from genre.data_files import compile_re, get, section


@functools.cache
def _period_asked() -> re.Pattern[str]:
    """A period asked by its two ends (genre worked.toml [period_asked])."""
    return compile_re(get(section("worked.toml", "period_asked"), "pattern", str, "worked.toml"), "worked.toml",
                      "period_asked.pattern")


def range_length_note(question: str, quoted: str) -> str:
    """The days of the first dated range QUOTED holds, both ends counted, when QUESTION asks a period, or the range
    judged against a length QUESTION names (满不满45天: answer/span_threshold.py); "" otherwise.

    >>> range_length_note("几号到几号", "2025年6月5日至2025年8月8日,市委第四巡察组开展了巡察")
    '（按通报日期计算：2025年6月5日至8月8日首尾两天都算共65天。）'
    >>> range_length_note("几号到几号", "2025年8月8日反馈"), range_length_note("哪个组巡察的", "2025年6月5日至8月8日")
    ('', '')
    """
    held = span_threshold_note(question, quoted)   # 满不满45天: the range judged against the length named
    if held or not _period_asked().search(question):
        return held
    ranged = [d for d in lead_days(day_mended(quoted)) if d.range]
    if len(ranged) != 2:
        return ""
    first, last = ranged[0].when, ranged[1].when
    return f"（按通报日期计算：{written(first)}至{day_month(last, first)}首尾两天都算共{(last - first).days + 1}天。）"
