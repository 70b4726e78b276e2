"""A figure echoed back across two notices (遂宁科技局整改中完善了13个制度，瑞金审计整改出台的规章制度是不是也是这个数？):
the first notice is asked its count of what the asker states (完善了多少个制度), the second its count of what is named before
the echo (出台的规章制度有多少), and the echo is answered from the two counts quoted (genre comparisons.toml [echoed]).

Example:
    >>> echoed_asks("遂宁科技局整改中完善了13个制度，瑞金审计整改出台的规章制度是不是也是这个数？", "遂宁、瑞金、科技局")
    ('整改中完善了多少个制度', '审计整改出台的规章制度有多少')
"""
from __future__ import annotations

import re

from answer.cross import side_name_spans, cross_count
from genre.cross import load_cross
from genre.echoed import echo_asked, load_echoed

SAME = "是，两边一样，都是{a}{unit}。"
NOT_SAME = "不是：{x}{a}{unit}，{y}{b}{unit}，相差{gap}{unit}。"
MORE = "是，{y}{b}{unit}，比{x}{a}{unit}{way}{gap}{unit}。"
NOT_MORE = "不是：{y}{b}{unit}，{x}{a}{unit}，{said}。"


def echoed_asks(question: str, names: str) -> tuple[str, str] | None:
    """(the first notice's ask, the second's) when QUESTION states a count after the first name and echoes it back
    after the second (也是这个数吧, 是不是比这个多); None otherwise."""
    spans = side_name_spans(question, names)
    if len(spans) != 2:
        return None
    e = load_echoed()
    first = load_cross().join.sub("", question[spans[0][1]:spans[1][0]]).lstrip("的")
    second = question[spans[1][1]:]
    stated = e.stated.search(first)
    if not echo_asked(second) or stated is None:
        return None
    first_ask = first[:stated.start()] + "多少" + stated.group(2) + first[stated.end():]
    echo = e.same.search(second) or e.more.search(second)
    second_ask = re.sub(r"[，,。？?；;\s]+$", "", second[:echo.start()]).lstrip("的") + e.written
    return first_ask.strip("，,。？? "), second_ask


def echoed_note(question: str, sides: list[tuple[str, str]]) -> str:
    """The echo of QUESTION answered from SIDES ((whose, the lead it quotes) per side, the first side first): the same
    count, or more or fewer, said from the two counts; "" when no echo is asked or a side quotes no count in one unit.

    >>> echoed_note("甲13个，乙是不是也是这个数？", [("甲", "制度13个"), ("乙", "出台13个规章制度")])
    '是，两边一样，都是13个。'
    >>> echoed_note("甲13个，乙是不是比这个多？", [("甲", "制度13个"), ("乙", "出台11个规章制度")])
    '不是：乙11个，甲13个，少2个。'
    """
    asked = echo_asked(question)
    counts = [cross_count(lead) for _, lead in sides]
    if not asked or len(sides) != 2 or not all(counts) or counts[0][1] != counts[1][1]:
        return ""
    (a, unit), (b, _) = counts
    x, y = sides[0][0], sides[1][0]
    gap = abs(b - a)
    if asked == "same":
        return SAME.format(a=a, unit=unit) if a == b else NOT_SAME.format(x=x, y=y, a=a, b=b, unit=unit, gap=gap)
    holds = b > a if asked == "more" else b < a
    if holds:
        return MORE.format(x=x, y=y, a=a, b=b, unit=unit, way="多" if b > a else "少", gap=gap)
    said = "一样多" if a == b else f"{'多' if b > a else '少'}{gap}{unit}"
    return NOT_MORE.format(x=x, y=y, a=a, b=b, unit=unit, said=said)
