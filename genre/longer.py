"""Which of two notices' spans ran longer (genre/data/comparisons.toml [longer]): asked of each notice as how long its
own span ran, the longer worked out across the two; the words holding one notice against the other before the ask
([compared_by]: 跟中山一院比 …) are no words of it.

Example:
    >>> as_length(without_comparing("一院比 谁家巡察组驻的时间长"))
    '巡察组驻了多长时间'
"""
from __future__ import annotations

import functools
import re

from genre.data_files import compile_re, get, section
from genre.questions import load_questions

FILE = "comparisons.toml"


@functools.cache
def _longer() -> tuple[re.Pattern[str], str]:
    data = section(FILE, "longer")
    return compile_re(get(data, "pattern", str, FILE, "longer"), FILE, "longer.pattern"), \
        get(data, "written", str, FILE, "longer")


def longer_asked(question: str) -> bool:
    """Whether QUESTION asks which span ran longer (谁家…时间长, 哪家…更久)."""
    return bool(_longer()[0].search(question))


def as_length(ask: str) -> str:
    """ASK with which-is-longer asked as how long (谁家巡察组驻的时间长 -> 巡察组驻了多长时间); dropped when ASK asks the
    span already (巡察各持续了多久？哪家更长？).

    >>> as_length("巡察各持续了多久？哪家更长？"), as_length("进驻时间哪家长")
    ('巡察各持续了多久？？', '进驻了多长时间')
    >>> as_length("从巡察结束到收到反馈各隔了多少天？哪边隔得久、久几天？")
    '从巡察结束到收到反馈各隔了多少天？？'
    """
    pattern, written = _longer()
    m = pattern.search(ask)
    if m is None:
        return ask
    ask = ask[:m.end()] + _by_how_much().sub("", ask[m.end():], count=1)   # 、久几天: worked out, as the longer is
    rest = ask[:m.start()] + ask[m.end():]
    if load_questions().asks_gap.search(rest):
        return rest
    return _timed().sub("", ask[:m.start()]) + m.group("what") + written + ask[m.end():]   # 进驻时间哪家长: 进驻了多长时间


@functools.cache
def _by_how_much() -> re.Pattern[str]:
    return compile_re(get(section(FILE, "longer"), "by_how_much", str, FILE, "longer"), FILE, "longer.by_how_much")


@functools.cache
def _timed() -> re.Pattern[str]:
    return compile_re(get(section(FILE, "longer"), "timed", str, FILE, "longer"), FILE, "longer.timed")


@functools.cache
def _comparing() -> re.Pattern[str]:
    return compile_re(get(section(FILE, "compared_by"), "pattern", str, FILE, "compared_by"), FILE, "compared_by.pattern")


def without_name_rest(ask: str) -> str:
    """ASK without a short rest of the last name before its first pause (一院， of 中山一院), when enough is left; the
    caller knows that last name was a place (genre comparisons.toml [compared_by] name_rest).

    >>> without_name_rest("一院，哪家先收到反馈")
    '哪家先收到反馈'
    """
    rest = compile_re(get(section(FILE, "compared_by"), "name_rest", str, FILE, "compared_by"), FILE,
                      "compared_by.name_rest").sub("", ask, count=1)
    return rest if len(re.findall(r"[\u4e00-\u9fff]", rest)) >= 3 else ask


def without_comparing(ask: str) -> str:
    """ASK without the words before it that hold one notice against the other (一院比 …, 比，…), when enough is left.

    >>> without_comparing("比，巡察组谁待得久"), without_comparing("比上年多了多少")
    ('巡察组谁待得久', '比上年多了多少')
    """
    rest = _comparing().sub("", ask, count=1)
    return rest if len(re.findall(r"[\u4e00-\u9fff]", rest)) >= 3 else ask
