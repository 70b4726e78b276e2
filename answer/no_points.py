"""A part's points counted where it has none: "第一部分第二点下面有几个小点" of an item the notice divides no further is
answered so, with the item's heading cited, not with the item's own text (genre structure_questions.toml
[counted_items] points_written).

Example: no_points_answer(index, "惠济审批局第一部分第二点下面有几个小点", [Section(2.坚持问题导向…)], "") gives
('第二点“2.坚持问题导向,认真落实巡察意见。”[1]下面没有再分小点。', False, (Citation(...),)).
"""
from __future__ import annotations

from answer.forms import cite, trim
from genre.structure_questions import load_structure_questions
from retrieval.index.opened import Index
from retrieval.parse import Section
from retrieval.search.walk import positions

ASKED = load_structure_questions()   # genre/data/structure_questions.toml


def no_points_answer(index: Index, question: str, sections: list[Section],
                     scope_note: str) -> tuple[str, bool, tuple] | None:
    """For a count (or list) of the points below the last position asked (第二点下面有几个小点, 第四部分有哪些小标题),
    answered by that one section alone (retrieval/search/walk.py lists the holder with its children): that it has
    none, its heading cited; None when more is asked, other sections answer or its text writes numbered points
    the outline did not read.

    >>> no_points_answer(index, "第一部分下面有几个小点", [two_sections], "") is None
    True
    """
    counted = ASKED.counted_items.search(question)
    chain = positions(question)[0]
    if not counted or not chain or counted.start() < chain[-1].end() or len(sections) != 1:
        return None
    sec = sections[0]
    nid = sec.id.rsplit("#", 1)[0]
    text = index.records[nid].notice.text
    if ASKED.points_written.search(text, sec.heading_end, sec.end):
        return None
    line_end = text.find("\n", sec.start, sec.end)
    a, b = trim(text, sec.start, min(sec.heading_end + 1, line_end if line_end >= 0 else sec.end))
    quoted = cite(index, nid, a, b, 1)
    return (scope_note + f"{chain[-1].group(0)}“{quoted.quote}”[1]下面没有再分小点（小标题），通报没有在其下列出子项。",
            False, (quoted,))
