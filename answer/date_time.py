"""The hour of publication asked (几点几分发的, 几点钟挂网的, 发布时间具体到几点): a page prints it beside its day on one
metadata line only (来源:华容县政府   2021-03-23 10:56), the other date labels carrying the day alone (生成日期:2021-03-23),
so the line printing a time answers.

Example:
    >>> timed_lines(["生成日期:2021-03-23", "来源:华容县政府   2021-03-23 10:56"], "网页上显示是几点几分发的？")
    ['来源:华容县政府   2021-03-23 10:56']
"""
from __future__ import annotations

import re

# How staff ask the time of day, not the day: 几点, 几时, 几分, 什么时间点, 具体时刻
TIME_ASKED = re.compile(r"几点|几时|几分|时间点|时刻")
# A time of day as pages print it right after the date: 2021-03-23 10:56, 2025年02月17日 17:21, 2023/4/26 17:10:05
TIME_PRINTED = re.compile(r"\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}日?\s*\d{1,2}:\d{2}(?::\d{2})?(?!\d)")


def timed_lines(lines: list[str], question: str) -> list[str]:
    """The LINES printing a time of day after a date when QUESTION asks the hour; [] otherwise.

    >>> timed_lines(["来源:华容县政府   2021-03-23 10:56"], "哪天发的？")
    []
    """
    if not TIME_ASKED.search(question):
        return []
    return [ln for ln in lines if TIME_PRINTED.search(ln)]
