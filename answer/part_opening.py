"""A part's opening text, read with the measures under its sub-headings (answer/measures.py `measures_below`).

Rectification notices open a part (一、坚守政治责任…) with a paragraph of the whole approach, before its (一)(二)
sub-headings: the attitude (全面认领…意见建议) and the manner (即知即改、立整立改), or, in audit reports, what each
actor did clause by clause (市委…；市政府…；市审计局…积极落实“挂销号”…；相关单位…). Asked how the agency rectified,
that opening is part of the answer, not framing to drop:

- `opening_frames`: the anchor sits in a part's opening and the measures read are under its sub-headings: the
  opening is kept before them (its items do not crowd it out);
- `own_opening_clause`: the anchor sits under a sub-heading and the part above opens with a clause whose actor is the
  agency asked (市审计局认真贯彻…,积极落实…): that clause is quoted first.

    >>> opening_frames([], 0, [(5, 9)])
    False
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from retrieval.parse import Section
from retrieval.records import section_at

CLAUSE_END = re.compile(r"[;；。]")   # the opening's clauses, one actor each, end at ；or 。
ACTOR_REACH = 3   # the agency opens its clause: at most a level prefix (市, 区, 县) before its name


def opening_frames(sections: Sequence[Section], a0: int, picked: list[tuple[int, int]]) -> bool:
    """Whether A0 sits in the opening text of a part (above its first sub-heading) and some PICKED span lies under
    its sub-headings: the opening frames those measures.

    >>> opening_frames([], 3, [(10, 20)])
    False
    """
    sec = section_at(sections, a0)
    return (sec is not None and sec.body_end < sec.end and sec.heading_end <= a0 < sec.body_end
            and any(sec.body_end <= a < sec.end for a, _ in picked))


def own_opening_clause(sections: Sequence[Section], text: str, a0: int,
                       agencies: tuple[str, ...]) -> tuple[int, int] | None:
    """(start, end) of the clause of the opening of the part above A0's sub-part whose actor is one of AGENCIES
    (市审计局认真贯彻…,积极落实审计整改“挂销号”…制度,加强整改督查…), or None.

    >>> own_opening_clause([], "市审计局积极落实制度;", 0, ("审计局",)) is None
    True
    """
    sec = section_at(sections, a0)
    if not agencies or sec is None or sec.parent < 0:
        return None
    part = sections[sec.parent]
    a, end = part.heading_end, part.body_end
    while a < end:
        m = CLAUSE_END.search(text, a, end)
        b = m.end() if m else end
        clause = text[a:b]
        lead = len(clause) - len(clause.lstrip(" \u3000\n,，。"))
        if any(0 <= clause.find(g, lead) - lead <= ACTOR_REACH for g in agencies) and b - a - lead > 12:
            return a + lead, b
        a = b
    return None
