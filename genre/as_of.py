"""As-of frames (genre/data/steps.toml [as_of]): the moment a notice's figures hold at, written 截至/截止/到/至 + a date
or a "now" word (截至2025年11月底, 截止当前, 到目前为止, 至今), and the moment asked (数据截止到哪天, 统计到哪天为止).

Example:
    >>> without_as_of("截止到2025年11月底完成了多少个问题？")
    '完成了多少个问题？'
    >>> asks_as_of("广州审计整改报告的数据截止到什么时候？"), asks_as_of("整改时限截止到哪天？")
    (True, False)
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre.data_files import compile_re, get, section

FILE = "steps.toml"
KEY = "as_of"


@dataclass(frozen=True)
class AsOf:
    frame: re.Pattern[str]       # a lead and the date or now word it holds at (截至2025年11月底, 截止当前, 至今)
    asked: re.Pattern[str]       # the moment asked (截至什么时候, 数据截止到哪天, 统计到哪天为止)


@functools.cache
def as_of() -> AsOf:
    """The patterns of steps.toml [as_of], read once; raises GenreDataError naming the key.

    >>> bool(as_of().frame.fullmatch("截至当年12月底")), bool(as_of().frame.fullmatch("到目前为止"))
    (True, True)
    """
    entry = section(FILE, KEY)
    part = {f: get(entry, f, str, FILE, KEY) for f in ("lead", "date", "now", "close", "not_after", "when", "asked")}
    frame = f"(?<!{part['not_after']})(?:{part['lead']})\\s*(?:{part['date']}|{part['now']})\\s*(?:{part['close']})?"
    asked = part["asked"].replace("WHEN", part["when"]).replace("LEAD", part["lead"])
    return AsOf(compile_re(frame, FILE, f"{KEY}.lead+date|now"), compile_re(asked, FILE, f"{KEY}.asked"))


def asks_as_of(question: str) -> bool:
    """Whether QUESTION asks the moment a notice's figures hold at.

    >>> asks_as_of("截至啥时候，400个问题改完多少"), asks_as_of("统计到哪天为止？"), asks_as_of("什么时候前完成？")
    (True, True, False)
    """
    return bool(as_of().asked.search(question))


def as_of_spans(text: str) -> list[tuple[int, int]]:
    """The spans of TEXT holding an as-of frame or the moment asked.

    >>> as_of_spans("截止到11月底完成了多少？数据截止到哪天？")
    [(0, 7), (13, 20)]
    """
    p = as_of()
    return sorted({m.span() for pat in (p.frame, p.asked) for m in pat.finditer(text)})


def outside_as_of(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match of PATTERN in TEXT overlapping no as-of span (a deadline asked, not the moment figures hold at).

    >>> deadline = re.compile("截止[^，]{0,6}?(?:到|几|哪)")
    >>> outside_as_of(deadline, "截止当前完成了几个？"), outside_as_of(deadline, "那1项截止到哪天？").group()
    (None, '截止到')
    """
    spans = as_of_spans(text)
    return next((m for m in pattern.finditer(text) if not any(a < m.end() and m.start() < b for a, b in spans)), None)


def without_as_of(question: str) -> str:
    """QUESTION with its as-of frames and as-of asks left out: what stays asks of the figures, not of a deadline.

    >>> without_as_of("截止当前完成了几个重点问题？"), without_as_of("数据截止到哪天？"), without_as_of("那1个问题截止到哪天？")
    ('完成了几个重点问题？', '？', '那1个问题截止到哪天？')
    """
    p = as_of()
    return p.frame.sub("", p.asked.sub("", question))


MONTH = re.compile(r"(?:(?P<year>(?:19|20)\d{2})\s*年)?\s*(?P<month>\d{1,2})\s*月")   # 2025年11月底, 6月底: a frame's month


@dataclass(frozen=True)
class Moment:
    """An as-of frame dated to a month: its words (截至2025年11月底), its year when written (None: 6月底, 今年6月) and month."""
    said: str
    year: int | None
    month: int


def frame_moments(text: str) -> list[Moment]:
    """The as-of frames of TEXT dated to a month, in order (a now word or a bare year end gives none).

    >>> [(m.said, m.year, m.month) for m in frame_moments("截至2025年11月底,400个问题已完成336个；截至目前完成5个")]
    [('截至2025年11月底', 2025, 11)]
    """
    found = []
    for m in as_of().frame.finditer(text):
        if d := MONTH.search(m.group()):
            found.append(Moment(m.group().strip(), int(d.group("year")) if d.group("year") else None, int(d.group("month"))))
    return found

