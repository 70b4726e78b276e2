"""The place a notice is from, asked at a level it does not name ("是桂林哪个城区的"), and the caution for a notice
naming no place of its own: checks that read the notice's own scope (retrieval.search.profile), split from
answer.refusal.

Example:
    >>> unstated_place("这份区科协巡察整改通报是桂林哪个城区的？", frozenset())
    '城区'
"""
from __future__ import annotations

from genre.places import place_chain
from genre.questions import load_questions
from retrieval.index.opened import Index
from retrieval.records import Citation
from retrieval.search.profile import notice_profile
from retrieval.search.scope import Scope

LEVEL_ASKED = {"省": ("province",), "市": ("city", "county"), "区": ("county",), "县": ("county",),
               "城区": ("county",)}   # the level word asked -> division levels that answer it ("" = any place)


def unstated_place(question: str, own_codes: frozenset[str]) -> str | None:
    """The level word of a place the question asks a notice to be from ("城区" in "是桂林哪个城区的"),
    "" for "哪里的", when the notice (its own division codes) does not name its place at that level;
    None when the question does not ask or the notice names it.

    >>> unstated_place("这份区科协巡察整改通报是桂林哪个城区的？", frozenset())
    '城区'
    """
    asked = load_questions().asks_place.search(question)
    if not asked:
        return None
    level = asked.group(1) or ""
    levels = LEVEL_ASKED.get(level, ())
    named = any(not levels or place_chain(code)[0].level in levels for code in own_codes)
    return None if named else level


def unplaced_note(index: Index, scope: Scope, cites: tuple[Citation, ...]) -> str:
    """A caution when the answering notice names no place of its own but the question names one: it
    may be another place's notice of the same kind ("" otherwise).

    >>> unplaced_note(index, scope_for("绵阳市司法局制定了几个方案？", notices), cites)
    '（《市司法局党组（d05_….txt）》没有写明所属地区，不能确定就是“绵阳市、司法局”的通报。）'
    """
    if not cites or cites[0].notice_id not in scope.unplaced:
        return ""
    label = notice_profile(index.records[cites[0].notice_id].notice).label
    return f"（《{label}》没有写明所属地区，不能确定就是“{scope.reason}”的通报。）"
