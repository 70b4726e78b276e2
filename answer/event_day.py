"""The day of a meeting held after a step, asked as a gap (反馈后多少天开的专题民主生活会), where no quote dates that meeting:
the gap between two other steps is no answer (genre questions.toml [event_day])."""
from __future__ import annotations

import functools
import re

from genre.data_files import get, section

FILE = "questions.toml"
SENTENCE = re.compile(r"[^。；;！!？?\n]+")
NO_DAY = "通报没有写明“{event}”是哪天开的，算不出相隔多少天。"


@functools.cache
def _pattern(key: str) -> re.Pattern[str]:
    return re.compile(get(section(FILE, "event_day"), key, str, FILE, "event_day"))


def event_day_unstated(question: str, quotes: list[str]) -> str:
    """Why a gap up to a meeting QUESTION names cannot be worked out from QUOTES (no sentence naming the
    meeting writes a day); "" when no such gap is asked or a quote dates it.

    >>> event_day_unstated("湘潭妇联收到反馈后多少天开的专题民主生活会", ["2024年1月17日,市委第三巡察组反馈了巡察意见"])
    '通报没有写明“专题民主生活会”是哪天开的，算不出相隔多少天。'
    >>> event_day_unstated("反馈后几天召开的动员会", ["1月20日,局党组召开巡察整改动员会"])
    ''
    >>> event_day_unstated("巡察结束后多少天反馈的", ["2024年1月17日反馈了巡察意见"])
    ''
    """
    asked = _pattern("asked").search(question)
    if not asked or not quotes:
        return ""
    event = asked.group("event")
    core = event[-4:] if event.endswith("会议") else event[-3:]   # 民主生活会 -> 生活会, 党组会议 -> 党组会议
    for quote in quotes:
        for sentence in SENTENCE.finditer(quote):
            if core in sentence.group() and _pattern("dated").search(sentence.group()):
                return ""
    return NO_DAY.format(event=event)
