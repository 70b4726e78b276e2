"""Years a question names relative to the notice (genre/data/questions.toml [relative_year]: 今年要点, 巡察在前年, 去年几月
反馈, 2024年被巡察，第二年才反馈) and years it names as the notice's publication ([published_year]: 通报是2025年发的).

Example:
    >>> [(w.word, w.year) for w in relative_years("通报说巡察在前年，反馈是去年几月几号", 2025)]
    [('前年', 2023), ('去年', 2024)]
    >>> published_years("莆田司法局通报是2025年发的，说巡察在前年")
    (('2025', 8, 12),)
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre.data_files import compile_re, get, section

FILE = "questions.toml"
QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|「[^」]*」")   # a word the asker quotes is the notice's own (“今年8月”是哪年)
DIGIT_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年(?!度)")


@dataclass(frozen=True)
class RelativeYears:
    words: re.Pattern[str]          # every relative word, longest first, with its guards
    from_notice: dict[str, int]
    from_named: dict[str, int]
    dated_act: re.Pattern[str]
    note: str
    published: re.Pattern[str]
    undated_lag: int


@dataclass(frozen=True)
class RelativeYear:
    word: str
    start: int
    end: int
    year: int


@functools.cache
def load_relative_years() -> RelativeYears:
    """The [relative_year] and [published_year] tables of questions.toml, read once."""
    sec, pub = section(FILE, "relative_year"), section(FILE, "published_year")
    notice = {w: int(n) for w, n in get(sec, "from_notice", dict, FILE, "relative_year").items()}
    named = {w: int(n) for w, n in get(sec, "from_named", dict, FILE, "relative_year").items()}
    alts = "|".join(sorted(map(re.escape, {**notice, **named}), key=len, reverse=True))
    words = f"(?<!{get(sec, 'not_before', str, FILE, 'relative_year')})(?:{alts})(?!{get(sec, 'not_after', str, FILE, 'relative_year')})"
    return RelativeYears(compile_re(words, FILE, "relative_year.words"), notice, named,
                         compile_re(get(sec, "dated_act", str, FILE, "relative_year"), FILE, "relative_year.dated_act"),
                         get(sec, "note", str, FILE, "relative_year"),
                         compile_re(get(pub, "pattern", str, FILE, "published_year"), FILE, "published_year.pattern"),
                         int(get(pub, "undated_lag", int, FILE, "published_year")))


def relative_years(question: str, notice_year: int | None) -> list[RelativeYear]:
    """The relative years of QUESTION outside quotes, each resolved: from NOTICE_YEAR (今年/去年/前年; skipped when None) or
    from the year named last before it (次年/第二年/当年; skipped when none is).

    >>> [(w.word, w.year) for w in relative_years("2024年被巡察，第二年才反馈的吗", None)]
    [('第二年', 2025)]
    >>> relative_years("“今年8月”是哪年", 2023)
    []
    """
    rel = load_relative_years()
    quoted = [m.span() for m in QUOTED.finditer(question)]
    named = [(m.start(), int(m.group(1))) for m in DIGIT_YEAR.finditer(question)]
    out: list[RelativeYear] = []
    for m in rel.words.finditer(question):
        if any(a <= m.start() < b for a, b in quoted):
            continue
        if m.group() in rel.from_notice:
            year = None if notice_year is None else notice_year + rel.from_notice[m.group()]
        else:
            before = [(at, y) for at, y in named if at < m.start()] + [(w.start, w.year) for w in out]
            year = max(before)[1] + rel.from_named[m.group()] if before else None
        if year is not None:
            out.append(RelativeYear(m.group(), m.start(), m.end(), year))
    return out


def published_years(question: str) -> tuple[tuple[str, int, int], ...]:
    """The years QUESTION attaches to the notice's publication, with where each year stands (start, end of its digits).

    >>> published_years("2024年挂出来的那个通报里有几个问题"), published_years("2024年收回多少资金")
    ((('2024', 0, 4),), ())
    """
    return tuple((m.group("year"), m.start("year"), m.end("year")) for m in load_relative_years().published.finditer(question))


def latest_dated_year(text: str) -> int | None:
    """The latest year TEXT dates an act in (2025年1月21日反馈), deadlines (2025年6月底前) aside; None when none.

    >>> latest_dated_year("2024年2月20日至3月26日巡察，2025年1月21日反馈，2026年6月底前完成")
    2025
    """
    years = [int(y) for y in load_relative_years().dated_act.findall(text)]
    return max(years) if years else None
