"""The causes of the problems asked of a notice that states none (庆阳市文联通报里问题原因是什么): notices analysing causes
write them in a clause or part of their own (究其原因, 原因主要是…, a part headed 查找问题根源); one that only reports the act
of analysing (剖析根源, 深挖原因) or names no cause is refused, saying it does not analyse them (genre questions.toml
[causes_unstated]).
"""
from __future__ import annotations

import functools
import re

from genre.data_files import get, section

FILE = "questions.toml"
NO_CAUSE = "通报没有分析问题产生的原因：只写了发现的问题和整改情况，没有写明原因或根源。"
HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．])[^\n]{0,30}$", re.M)


@functools.cache
def _pattern(key: str) -> re.Pattern[str]:
    return re.compile(get(section(FILE, "causes_unstated"), key, str, FILE, "causes_unstated"))


def causes_written(text: str) -> bool:
    """Whether TEXT states causes: a word of cause outside an act of analysing, or in a numbered heading.

    >>> causes_written("深入剖析问题产生的原因,诚恳开展批评和自我批评。")
    False
    >>> causes_written("究其原因,主要是思想认识不到位。")
    True
    >>> causes_written("二、查找问题根源,明确整改方向\\n一是认识不够深入。")
    True
    """
    headings = [(m.start(), m.end()) for m in HEADING.finditer(text)]
    acts = [(m.start(), m.end()) for m in _pattern("act").finditer(text)]
    for m in _pattern("cause").finditer(text):
        if any(a <= m.start() < b for a, b in headings):
            return True
        if not any(a <= m.start() < b for a, b in acts):
            return True
    return False


def causes_unstated(question: str, texts: list[str]) -> str:
    """NO_CAUSE when QUESTION asks the causes of the problems and none of TEXTS (the answering notices) states any;
    "" otherwise.

    >>> causes_unstated("巡察发现的问题原因是什么？", ["(四)落实巡视巡察、审计反馈问题整改方面(2个问题)"])
    '通报没有分析问题产生的原因：只写了发现的问题和整改情况，没有写明原因或根源。'
    >>> causes_unstated("整改措施有哪些？", ["一是加强组织领导。"])
    ''
    """
    if not texts or not _pattern("asked").search(question):
        return ""
    return "" if any(causes_written(t) for t in texts) else NO_CAUSE
