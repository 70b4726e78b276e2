"""Counts staff ask of what a notice names rather than counts (genre/data/worked.toml): how a stated count is grouped
(11个问题是怎么归类的: 3个方面6项共11个问题), and the units a notice groups by what they did (部分单位边审边改,…逍林镇…,
胜山镇、市文广局…: 边审边改的单位有几个).

Example:
    >>> grouping_asked("11个问题是怎么归类的")
    '个'
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre.data_files import compile_re, get, section
from genre.worked import FILE


@functools.lru_cache(maxsize=1)
def _count_grouped() -> re.Pattern[str]:
    return compile_re(get(section(FILE, "count_grouped"), "pattern", str, FILE, "count_grouped"), FILE, "count_grouped.pattern")


def grouping_asked(question: str) -> str:
    """The unit of a stated count QUESTION quotes and asks how it is grouped (11个问题是怎么归类的: 个), "" when none:
    one more figure asked, answered by the clause stating the count with its grouping (genre worked.toml [count_grouped]).

    >>> grouping_asked("11个问题是怎么归类的，后来开了几次会"), grouping_asked("那14条措施分成哪几块"), grouping_asked("有几个问题")
    ('个', '条', '')
    """
    m = _count_grouped().search(question)
    return re.match(r"\d+\s*(.)", m.group()).group(1) if m else ""


@dataclass(frozen=True)
class PracticeGroup:
    """Units a notice groups by what they did: the group's span in the text (部分单位边审边改 … up to the next group), its
    doing (边审边改) and the units named in its clauses (逍林镇, 胜山镇, 市文广局)."""
    start: int
    end: int
    practice: str
    members: tuple[str, ...]


@functools.lru_cache(maxsize=1)
def _practice() -> dict[str, re.Pattern[str]]:
    sec = section(FILE, "practice_group")
    return {k: compile_re(get(sec, k, str, FILE, "practice_group"), FILE, f"practice_group.{k}")
            for k in ("group", "member", "asked")}


def practice_asked(question: str) -> str:
    """The doing of the units whose count QUESTION asks (边审边改的单位一共有几个: …边审边改), "" when none.

    >>> practice_asked("慈溪审计报告里点到的边审边改的单位一共有几个？")[-4:], practice_asked("有几个单位")
    ('边审边改', '')
    """
    m = _practice()["asked"].search(question)
    return (m.group("practice") or m.group("practice2")) if m else ""


def practice_groups(text: str) -> list[PracticeGroup]:
    """The groups of units TEXT names by their doing, each up to the next group or the sentence's end (；/。).

    >>> t = "部分单位边审边改,在审计期间,甲镇清理往来款项15笔,乙镇、市文广局出台了制度;有些单位开展专项整治,丙集团自查。"
    >>> [(g.practice, g.members) for g in practice_groups(t)]
    [('边审边改', ('甲镇', '乙镇', '市文广局')), ('开展专项整治', ('丙集团',))]
    """
    pats = _practice()
    found = list(pats["group"].finditer(text))
    groups = []
    for i, m in enumerate(found):
        stop = re.compile(r"[；;。\n]").search(text, m.end())
        end = min(stop.start() if stop else len(text), found[i + 1].start() if i + 1 < len(found) else len(text))
        pieces = re.split(r"[,，、:：]", text[m.end():end])
        members = tuple(dict.fromkeys(n.group("name") for p in pieces for n in [pats["member"].match(p)] if n))
        end = m.start() + len(text[m.start():end].rstrip(",，、:： "))   # the clause, without the comma it ran on to
        groups.append(PracticeGroup(m.start(), end, m.group("practice"), members))
    return groups
