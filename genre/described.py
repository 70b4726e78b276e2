"""A notice named by the inspection it reports (genre/data/described.toml [described_notice]).

Example:
    >>> described("2022年底被市委第五巡察组巡察的那个社科联，开了几次会")
    Described(year='2022', months=(10, 11, 12), start=False, group='市委第五巡察组', span=(0, 19))
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre.data_files import compile_re, get, section

FILE = "described.toml"
KEY = "described_notice"


@dataclass(frozen=True)
class Described:
    """What a question tells of a notice's inspection: its year, the months of the part of the year named (() = any),
    whether the start is meant (开始被巡察), the inspecting group as written ("" = none), and where it is said."""
    year: str
    months: tuple[int, ...]
    start: bool
    group: str
    span: tuple[int, int]


@dataclass(frozen=True)
class _Data:
    pattern: re.Pattern[str]
    group: re.Pattern[str]
    month: re.Pattern[str]
    joined: re.Pattern[str]
    named_group: re.Pattern[str]
    parts: tuple[tuple[str, tuple[int, ...]], ...]   # longest word first


@functools.cache
def _data() -> _Data:
    sec = section(FILE, KEY)
    parts = get(sec, "parts", dict, FILE, KEY)
    get(parts, "why", str, FILE, f"{KEY}.parts")
    table = tuple(sorted(((w, tuple(m)) for w, m in parts.items() if w != "why"), key=lambda p: -len(p[0])))
    return _Data(compile_re(get(sec, "pattern", str, FILE, KEY), FILE, f"{KEY}.pattern"),
                 compile_re(get(sec, "group", str, FILE, KEY), FILE, f"{KEY}.group"),
                 compile_re(get(sec, "month", str, FILE, KEY), FILE, f"{KEY}.month"),
                 compile_re(get(sec, "joined", str, FILE, KEY), FILE, f"{KEY}.joined"),
                 compile_re(get(sec, "named_group", str, FILE, KEY), FILE, f"{KEY}.named_group"), table)


def described(question: str) -> Described | None:
    """The inspection QUESTION names a notice by (2019年秋天被巡察的那个体育局), or None.

    >>> described("2024年秋天开始被市委第四巡察组常规巡察的那个科技局").start, described("2024年5月被巡察的那个市司法局和芦淞区司法局")
    (True, None)
    """
    data = _data()
    m = data.pattern.search(question)
    if not m or data.joined.match(question, m.end()):   # 那个市司法局和芦淞区司法局: several notices asked
        return None
    part = m.group("part")
    month = data.month.search(part)
    months = (_month(month.group("month")),) if month else next((ms for word, ms in data.parts if word in part), ())
    body = m.group("body")
    group = body if data.group.search(body) else ""
    return Described(m.group("year"), months, bool(m.group("start")), group, m.span())


def named_group(question: str) -> str:
    """The inspecting group QUESTION names with its committee (市委第五巡察组, 区委巡察二组), or "".

    >>> named_group("市委第五巡察组在我们局一共巡察了多少天？"), named_group("第五巡察组来了几天？")
    ('市委第五巡察组', '')
    """
    m = _data().named_group.search(question)
    return m.group() if m else ""


@functools.cache
def _quoted() -> re.Pattern[str]:
    """genre described.toml [quoted_notice], read once."""
    get(section(FILE, "quoted_notice"), "why", str, FILE, "quoted_notice")
    return compile_re(get(section(FILE, "quoted_notice"), "pattern", str, FILE, "quoted_notice"), FILE, "quoted_notice.pattern")


def quoted_notice(question: str) -> tuple[str, tuple[int, int]] | None:
    """The quoted phrase QUESTION names a notice by (“一化一海五优特”那份巡察发现问题) and the span naming it, or None.

    >>> quoted_notice("“16819”健康行动那份工作要点里，每季评什么"), quoted_notice("“三张清单”是什么")
    (('16819', (0, 13)), None)
    """
    m = _quoted().search(question)
    return (m.group("phrase"), m.span()) if m else None


def without_description(question: str) -> str:
    """QUESTION with the inspection it names a notice by left out, the agency kind kept: the description chooses the
    notice (retrieval.search.scope), it is not what is asked, so it is neither searched nor weighed.

    >>> without_description("2024年初被区委巡察二组巡察的那个社科联，11个问题是怎么归类的")
    '社科联，11个问题是怎么归类的'
    >>> without_description("“16819”健康行动那份工作要点里，每季评什么")
    '工作要点里，每季评什么'
    """
    d = described(question)
    q = question[:d.span[0]] + question[d.span[1]:] if d else question
    named = quoted_notice(q)   # “16819”健康行动那份工作要点: the quoted name chose the notice too
    return q[:named[1][0]] + q[named[1][1]:] if named else q


CN_DIGITS = "一二三四五六七八九"


def _month(written: str) -> int:
    """A month as written (3, 十一) as a number.

    >>> _month("十一"), _month("3")
    (11, 3)
    """
    if written.isdigit():
        return int(written)
    tens, _, ones = written.rpartition("十")
    return (10 * (CN_DIGITS.index(tens) + 1 if tens else 1) if "十" in written else 0) + (
        CN_DIGITS.index(ones) + 1 if ones else 0)
