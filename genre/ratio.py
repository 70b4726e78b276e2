"""A ratio of two notices' counts asked across them (genre/data/comparisons.toml [ratio]): the thing counted named
between the two names (甲被反馈的问题数是乙的几倍), asked of each notice as its count, the multiple or share worked out.

Example:
    >>> between_ask("被反馈的问题数是", "的几倍？")
    '被反馈的问题有多少'
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre.comparisons import load_comparisons
from genre.cross import load_cross
from genre.data_files import compile_re, get, section

FILE = "comparisons.toml"
HAN = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class Ratio:
    asked: re.Pattern[str]      # 的几倍 / 的百分之几: the ratio asked after the second name, group `times` a multiple
    relating: re.Pattern[str]   # 问题数是 / 问题比: the relating word closing the words between the names
    written: str                # 有多少: how each notice is asked its count
    beside_join: re.Pattern[str]    # 跟/和/与 closing the words after the first name: the second set beside it
    beside_after: re.Pattern[str]   # 的措施条数比 / 相比: the second name's own name of the thing and the comparing word


@functools.cache
def load_ratio() -> Ratio:
    """Read [ratio] once; raises GenreDataError naming the key."""
    s = section(FILE, "ratio")
    return Ratio(compile_re(get(s, "asked", str, FILE, "ratio"), FILE, "ratio.asked"),
                 compile_re(get(s, "relating", str, FILE, "ratio.relating"), FILE, "ratio.relating"),
                 get(s, "written", str, FILE, "ratio"),
                 compile_re(get(s, "beside_join", str, FILE, "ratio"), FILE, "ratio.beside_join"),
                 compile_re(get(s, "beside_after", str, FILE, "ratio"), FILE, "ratio.beside_after"))


def ratio_asked(question: str) -> str:
    """'倍' when QUESTION asks a multiple (几倍), '%' a share (百分之几, 几成), '' neither.

    >>> ratio_asked("甲的问题数是乙的几倍"), ratio_asked("甲的措施是乙的百分之几"), ratio_asked("甲比乙多几个")
    ('倍', '%', '')
    """
    m = load_ratio().asked.search(question)
    return "" if m is None else ("倍" if m.group("times") else "%")


def between_ask(between: str, after: str) -> str | None:
    """The ask each notice answers when the thing compared is named BETWEEN the two names and AFTER the second holds the
    relation alone (的几倍, 多几个): the thing asked as a count; None otherwise.

    >>> between_ask("被反馈的问题比", "多几个？"), between_ask("的巡察", "各持续了多久？")
    ('被反馈的问题有多少', None)
    """
    r = load_ratio()
    m = r.relating.search(between.rstrip("，, "))
    thing = between.rstrip("，, ")[:m.start()].lstrip("的") if m else ""
    if len(HAN.findall(thing)) < 2:
        return None
    rest = load_cross().more_gap.sub("", r.asked.sub("", after))
    return thing + r.written if len(HAN.findall(rest)) < 2 else None


def beside_ask(between: str, after: str) -> str | None:
    """The ask each notice answers when the second is set BESIDE the first by a joining word and 比 (甲细化出来的整改措施
    条数，跟乙的措施条数比，各是多少): the thing named after the first name, with the ask after 比 (or `written` when
    that ask only relates the two, 谁多); None otherwise.

    >>> beside_ask("）细化出来的整改措施条数，跟", "的措施条数比，各是多少？")
    '细化出来的整改措施条数，各是多少？'
    >>> beside_ask("反馈的问题数和", "的问题数相比，谁多？"), beside_ask("和", "各开了几次会"), beside_ask("一院和", "比，谁待得久")
    ('反馈的问题数有多少', None, None)
    """
    r = load_ratio()
    join, compared = r.beside_join.search(between), r.beside_after.search(after)
    if not join or not compared:
        return None
    thing = re.sub(r"^[^\u4e00-\u9fff]+|^的", "", between[:join.start()])
    if len(HAN.findall(thing)) < 2:
        return None
    ask = after[compared.end():]
    rest = load_cross().more_gap.sub("", r.asked.sub("", ask))
    related = load_comparisons().more.sub("", rest)   # 谁多, 哪家更少: the relation alone
    return thing + "，" + ask if len(HAN.findall(related)) >= 2 else thing + r.written
