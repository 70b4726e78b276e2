"""The day of a meeting held after a step, asked as a gap (反馈后多少天开的专题民主生活会), where no quote dates that meeting:
the gap between two other steps is no answer (genre questions.toml [event_day]); asked outright (那次常委会会议是几月几号)
of a notice naming the meeting in no dated sentence, the other steps' days are no answer either."""
from __future__ import annotations

import functools
import re

from genre.data_files import get, section

FILE = "questions.toml"
SENTENCE = re.compile(r"[^。；;！!？?\n]+")
NO_DAY = "通报没有写明“{event}”是哪天开的，算不出相隔多少天。"
NO_MEETING_DAY = "通报中没有相关信息：只写了召开“{event}”，没有写是哪天开的。"


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
    core = _core(event)
    for quote in quotes:
        for sentence in SENTENCE.finditer(quote):
            if core in sentence.group() and _pattern("dated").search(sentence.group()):
                return ""
    return NO_DAY.format(event=event)


def _core(event: str) -> str:
    """The meeting's own words, its asker's prefix left out: 民主生活会 -> 生活会, 市委常委会会议 -> 委会会议."""
    return event[-4:] if event.endswith("会议") else event[-3:]


def meeting_day_unstated(question: str, texts: list[str]) -> str:
    """Why the day QUESTION asks of a meeting (那次常委会会议是几月几号) is not written: TEXTS (the answering notices) name
    the meeting, and no sentence naming it writes a day (a month or year, asked 什么时候开的); "" otherwise.

    >>> t = ["2024年12月27日,省委第四巡视组反馈了巡视意见。反馈后,迅速召开市委常委会会议,研究部署整改工作。"]
    >>> meeting_day_unstated("收到反馈后开的那次常委会会议是几月几号", t)
    '通报中没有相关信息：只写了召开“常委会会议”，没有写是哪天开的。'
    >>> meeting_day_unstated("整改动员会是哪天开的", ["2024年1月20日,局党组召开巡察整改动员会。"])
    ''
    >>> meeting_day_unstated("民主生活会是哪天开的", ["2024年1月20日,局党组召开巡察整改动员会。"])   # never named
    ''
    """
    day, when = _pattern("asked_day").search(question), _pattern("asked_when").search(question)
    asked = day or when
    if not asked or not texts:
        return ""
    event = asked.group("event")
    dated = _pattern("dated") if day else _pattern("dated_when")
    naming = [s.group() for t in texts for s in SENTENCE.finditer(t) if _core(event) in s.group()]
    if not naming or any(dated.search(s) for s in naming):
        return ""
    return NO_MEETING_DAY.format(event=event)
