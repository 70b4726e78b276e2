"""A run of sibling headings that name themselves by the unit staff count them in: 第二个方面 of a notice whose groups
read (一)…方面(7个问题) (二)…方面(11个问题) while its top parts read 一、提高政治站位 二、加强组织领导 is the run's second
heading (genre/data/structure_questions.toml [position] group_units, unit_tail).

Example:
    >>> [s.marker for s in unit_named_level(fuller_outline(index, "d31_qingyang-literary-federation-inspection"), "方面")]
    ['(一)', '(二)', '(三)', '(四)']
"""
from __future__ import annotations

from genre.structure_questions import load_structure_questions
from retrieval.parse import Section
from retrieval.search.outline import top_parts

MIN_RUN = 2   # a run of one heading is no set counted by position


def _named(heading: str, unit: str) -> bool:
    """Whether HEADING ends in UNIT, before its bracketed count or closing mark.

    >>> _named("聚焦基层党组织建设方面(5个问题)", "方面"), _named("加强组织领导,靠实主体责任", "方面")
    (True, False)
    """
    tail = load_structure_questions().unit_tail.search(heading)
    return heading[:tail.start() if tail else len(heading)].endswith(unit)


def unit_named_level(secs: list[Section], unit: str) -> list[Section]:
    """The first run of siblings (same parent and marker kind) every heading of which ends in UNIT, when the top parts
    are not named so; [] otherwise (the top parts then answer 第N个方面 as before)."""
    if not unit or any(_named(s.heading, unit) for s in top_parts(secs)):
        return []
    for sec in secs:
        run = [s for s in secs if s.parent == sec.parent and s.kind == sec.kind and s.kind != "enum"]
        if sec.parent >= 0 and len(run) >= MIN_RUN and all(_named(s.heading, unit) for s in run):
            return run
    return []
