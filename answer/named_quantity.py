"""A figure asked by the name of what it measures (一般公共预算收入是多少, 每千人口执业（助理）医师数的目标定的多少) of a notice
that never writes that name's head (genre questions.toml [named_quantity]): the figures it does quote measure other
things (400个问题, 会议15次), so the reply is refused. A check of answer.unstated.unfilled_slot.

Example:
    >>> quantity_unnamed("2024年市本级一般公共预算收入是多少？", ["反映的400个问题,已完成整改336个"], "反映的400个问题")
    '2024年市本级一般公共预算收入'
"""
from __future__ import annotations

import functools
import re

from answer.qualified import notice_naming_spans
from genre.data_files import get, section, section_patterns
from genre.staff_words import in_notice_words
from retrieval.index.keywords import _jieba

_KEY = "named_quantity"
NAME_END = re.compile(r"[的里，,]")   # 审计报告里的X: the name is what follows the last of these
NUMERAL = re.compile(r"[\d两一二三四五六七八九十]")   # 这两个目标: a count of the asks, no name
NOT_STATED = "通报中没有写明“{thing}”的数字。"


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    return section_patterns("questions.toml", _KEY, ("frame", "skip"))


@functools.cache
def _words(name: str) -> frozenset[str]:
    return frozenset(get(section("questions.toml", _KEY), name, list, "questions.toml", _KEY))


def asked_name(question: str) -> tuple[str, str] | None:
    """(the name as asked, its head) of the figure QUESTION asks by name with a copula or target word before 多少; None
    when it asks none, a rate, a worked figure or a document's number, or the head names no thing (总数, 准确数).

    >>> asked_name("浙江卫健2023要点里，每千人口执业（助理）医师数的目标定的多少？")
    ('每千人口执业（助理）医师数', '医师')
    >>> asked_name("广州审计整改完成率是多少？"), asked_name("庆阳文联4个方面的反馈问题，总数是多少？")
    (None, None)
    """
    p = _patterns()
    m = p["frame"].search(in_notice_words(question))
    if not m or p["skip"].search(m.group(1)):
        return None
    name = NAME_END.split(m.group(1))[-1]
    if len(name) < 2:
        return None
    _jieba()
    import jieba.posseg
    named = notice_naming_spans(name)   # a place, an agency or a year names the notice or its period, not the thing
    words, at = [], 0
    for w, flag in jieba.posseg.cut(name):
        if len(w) >= 2 and not NUMERAL.search(w) and not any(a < at + len(w) and at < b for a, b in named):
            words.append((w, flag))
        at += len(w)
    if not words or words[-1][0] in _words("measure_words") or words[-1][1] in _words("not_head_flags"):
        return None
    head = words[-1][0]
    return name, head[:-1] if head.endswith("数") and len(head) > 2 else head   # 床位数 → 床位


def quantity_unnamed(question: str, quotes: list[str], text: str) -> str:
    """The name of the figure QUESTION asks (answer.named_quantity.asked_name) when neither QUOTES nor TEXT, the answering
    notice, write its head; "" otherwise (and when TEXT is unknown).

    >>> quantity_unnamed("每千人口床位数要达到多少？", ["每千人口床位数达6张"], "每千人口床位数达6张")
    ''
    """
    asked = asked_name(question) if text else None
    if asked is None:
        return ""
    name, head = asked
    return "" if any(head in t for t in quotes) or head in text else name
