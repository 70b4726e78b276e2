"""How many times an event of a kind was held, asked where the notice states no count of that kind (开了几次专题民主生活会
of a notice writing only 召开巡察整改专题民主生活会 and 7次党组会议): refused, never a sum of the other kinds' counts
(genre claims.toml [asked_event] count, stated).

Example:
    >>> event_count_unstated("一共开了几次专题民主生活会？", ["召开7次党组会议、12次领导小组会议。召开专题民主生活会。"])
    '通报没有写明“专题民主生活会”开了几次。'
"""
from __future__ import annotations

from genre.events import count_stated, event_counted

NO_COUNT = "通报没有写明“{event}”开了几次。"


def event_count_unstated(question: str, texts: list[str]) -> str:
    """The refusal when QUESTION asks how many times an event of a kind was held and none of TEXTS (the answering
    notices) writes a count beside a name of that kind; "" otherwise.

    >>> event_count_unstated("厦门体育局召开了几次党组会议？", ["局主要领导组织召开7次党组会议"])
    ''
    """
    asked = event_counted(question)
    if asked is None or any(count_stated(asked, t) for t in texts):
        return ""
    return NO_COUNT.format(event=asked.asked)
