"""Which notice an inspection described in a question fits (genre/described.py): its opening sentence dates the
inspection (2019年9月20日至10月26日,市委第四巡察组对…开展了巡察) and names the group.

Example:
    >>> fits(xiamen_sports_notice, described("2019年秋天被巡察的那个体育局"))
    True
"""
from __future__ import annotations

import re

from genre.described import Described
from genre.questions import load_questions
from retrieval.chunk import sentence_spans
from retrieval.load import Notice

OPENING_CHARS = 400   # a notice's framing sentence stands in its opening
RANGE = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*\d{1,2}\s*日?\s*[至到—–-]\s*"
                   r"(?:((?:19|20)\d{2})\s*年\s*)?(\d{1,2})\s*月")   # 2019年9月20日至10月26日: the inspection's range
ORDINAL = re.compile(r"第")


def framing(notice: Notice) -> str:
    """The sentences of a notice's opening that frame it (根据…部署,2024年9月9日至10月24日,市委第一巡察组对…进行了巡察。
    2025年1月8日,巡察组向…反馈了巡察意见): either date may name the notice (1月8日收到反馈的那家); "" when none frames."""
    text, start = notice.text, notice.header_end
    return "".join(text[a:b] for a, b in sentence_spans(text, start, min(len(text), start + OPENING_CHARS), clauses=False)
                   if load_questions().framing.search(text[a:b]))


def inspection_months(framed: str) -> tuple[tuple[str, int], ...]:
    """(year, month) of every month the first dated range of FRAMED runs through, start first.

    >>> inspection_months("2022年11月18日至2023年1月18日,市委第五巡察组对市社科联党组开展了常规巡察")
    (('2022', 11), ('2022', 12), ('2023', 1))
    """
    m = RANGE.search(framed)
    if not m:
        return ()
    year, month = int(m.group(1)), int(m.group(2))
    end_year, end_month = int(m.group(3) or year), int(m.group(4))
    months = []
    while (year, month) <= (end_year, end_month) and len(months) < 24:
        months.append((str(year), month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return tuple(months)


def fits(notice: Notice, asked: Described) -> bool:
    """Whether NOTICE's inspection is the one ASKED describes: its dated range holds the year (and a month of the part
    of the year named; the first month when the start is meant), and its opening names the group named."""
    framed = framing(notice)
    months = inspection_months(framed)[:1] if asked.start else inspection_months(framed)
    dated = any(y == asked.year and (not asked.months or m in asked.months) for y, m in months)
    return dated and (not asked.group or ORDINAL.sub("", asked.group) in ORDINAL.sub("", framed))


def described_fit(notices: list[Notice], asked: Described | None) -> tuple[str, ...]:
    """Ids of the NOTICES the described inspection fits (() when nothing is described)."""
    return tuple(n.id for n in notices if asked and fits(n, asked)) if asked else ()


def group_fit(notices: list[Notice], group: str) -> tuple[str, ...]:
    """Ids of the NOTICES whose opening names the inspecting GROUP (市委第五巡察组; 第 aside: 区委巡察二组 alike); () for "".

    >>> group_fit([mianyang_justice_notice], "市委第五巡察组")
    ('d05_mianyang-justice-bureau-inspection',)
    """
    if not group:
        return ()
    return tuple(n.id for n in notices if ORDINAL.sub("", group) in ORDINAL.sub("", framing(n)))
