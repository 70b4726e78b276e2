"""A dated range held against the length a yes-or-no question names (genre worked.toml [span_threshold]): asked
满不满45天 of 2024年9月9日至2024年10月24日, the judgment in the asker's words with both conventions of counting
(相差45天, 首尾都算46天), said as worked out.

Example:
    >>> span_threshold_note("巡察从9月9号到10月24号，满不满45天", "2024年9月9日至2024年10月24日,巡察组进行了巡察")
    '（按通报日期计算：满，2024年9月9日至10月24日起止日期相差45天（首尾都算为46天），满45天。）'
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from answer.span_words import day_month, written
from answer.spans import day_mended, lead_days
from genre.data_files import compile_re, get, section
from genre.thresholds import span_length_named
from genre.worked import cn_number

FILE = "worked.toml"


@dataclass(frozen=True)
class SpanAsked:
    """The length named (its words as written), in days or months, and the yes/no words of its asking word; MORE
    when only a span above the length is a yes (超过)."""
    words: str
    days: int
    months: int
    yes: str
    no: str
    more: bool


@functools.cache
def _table() -> tuple[tuple[tuple[str, str, str], ...], re.Pattern[str]]:
    """The [span_threshold] words of worked.toml, read once (its pattern: genre.thresholds.span_length_named)."""
    sec = section(FILE, "span_threshold")
    said = tuple(tuple(row) for row in get(sec, "said", list, FILE, "span_threshold"))
    return said, compile_re(get(sec, "more", str, FILE), FILE, "span_threshold.more")


def span_asked(question: str) -> SpanAsked | None:
    """The length QUESTION holds a span against (满不满45天, 够不够3个月, 有没有半年); None when it names none.

    >>> span_asked("满不满45天"), span_asked("有没有半年").months, span_asked("超没超过一个月").more
    (SpanAsked(words='45天', days=45, months=0, yes='满', no='不满', more=False), 6, True)
    >>> span_asked("巡察了多少天？")
    """
    said, more = _table()
    m = span_length_named(question)
    if m is None:
        return None
    raw, unit, ask = m.group("n"), m.group("unit"), m.group("ask")
    n = 0.5 if raw == "半" else int(raw) if raw.isdigit() else cn_number(raw.replace("两", "二"))
    if n <= 0:
        return None
    days = {"天": 1, "日": 1, "周": 7, "星期": 7}.get(unit, 0)
    months = {"月": 1, "年": 12}.get(unit, 0)
    words = m.group()[len(ask):].lstrip("了")
    yes, no = next(((y, n_) for key, y, n_ in said if key in ask), ("是", "否"))
    if days and n != int(n):   # 半周: no length staff name
        return None
    return SpanAsked(words, int(n * days), int(n * months) if months else 0, yes, no, bool(more.search(ask)))


def _months_on(day: dt.date, months: int) -> dt.date:
    """DAY MONTHS months on, the day kept or the month's last (1月31日 + 1个月 -> 2月28日)."""
    y, m = divmod(day.month - 1 + months, 12)
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(day.year + y, m + 1, d)
        except ValueError:
            continue
    return day


def _passes(first: dt.date, last: dt.date, asked: SpanAsked) -> bool:
    """Whether the span FIRST..LAST (its last day the end, as 相差 counts) reaches, or passes for MORE, the length."""
    end = first + dt.timedelta(days=asked.days) if asked.days else _months_on(first, asked.months)
    return last > end if asked.more else last >= end


def span_threshold_note(question: str, quoted: str) -> str:
    """The first dated range QUOTED holds judged against the length QUESTION names; "" when none is named or no
    range is quoted.

    >>> span_threshold_note("巡察够不够3个月？", "2025年6月5日至2025年8月8日,市委第四巡察组开展了巡察")
    '（按通报日期计算：不够，2025年6月5日至8月8日起止日期相差64天（首尾都算为65天），不够3个月。）'
    >>> span_threshold_note("超没超过45天", "2024年9月9日至2024年10月24日")[-39:]
    '相差45天（首尾都算为46天），按相差算没超过45天，首尾都算则超过45天。）'
    """
    asked = span_asked(question)
    if asked is None:
        return ""
    ranged = [d for d in lead_days(day_mended(quoted)) if d.range]
    if len(ranged) != 2:
        return ""
    first, last = ranged[0].when, ranged[1].when
    apart, whole = _passes(first, last, asked), _passes(first, last + dt.timedelta(days=1), asked)
    span = f"{written(first)}至{day_month(last, first)}起止日期相差{(last - first).days}天（首尾都算为{(last - first).days + 1}天）"
    if apart == whole:
        word = asked.yes if apart else asked.no
        return f"（按通报日期计算：{word}，{span}，{word}{asked.words}。）"
    return (f"（按通报日期计算：{span}，按相差算{asked.no}{asked.words}，"
            f"首尾都算则{asked.yes}{asked.words}。）")
