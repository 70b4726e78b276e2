"""A notice's outline as structure questions read it: its sections, or the outline its page lists above the title.

A page may list the notice's outline above its title (a table of contents, kept by the loader); when the notice
itself is cut short on the page, that outline still names every part, so positions are walked on it and a part
the notice does hold is answered with the notice's own section.

Example:
    >>> [s.marker for s in top_parts(parse_sections("一、总体情况\n正文。\n二、主要任务\n正文。"))]
    ['一、', '二、']
"""
from __future__ import annotations

from retrieval.index.opened import Index
from retrieval.parse import Section, page_outline


def top_parts(sections: list[Section]) -> list[Section]:
    """Top-level parts; an attachment's own parts count as the document's parts."""
    top = [s for s in sections if s.depth == 1 and s.kind != "attach"]
    attached = [s for s in sections if s.depth == 2 and s.kind == "cn_dun"]
    return top + attached


def fuller_outline(index: Index, nid: str) -> list[Section]:
    """A notice's sections, or the outline its page lists above the title when that has more top-level parts (the
    notice itself cut short on the page: its outline still names every part)."""
    rec = index.records[nid]
    secs = list(rec.sections)
    listed = page_outline(rec.notice.text, rec.notice.header_end, nid)
    return listed if len(top_parts(listed)) > len(top_parts(secs)) else secs


def in_body(body: list[Section], secs: list[Section], got: list[Section]) -> list[Section]:
    """GOT (sections of SECS, maybe a page's outline) as the notice's own sections where it has them, the same marker
    at the same place (二、加强组织领导 of the outline is 二、加强组织领导,靠实主体责任 of the body)."""
    if secs == body:   # the notice's own sections: nothing to map
        return got

    def place(s: Section, tree: list[Section]) -> tuple:
        return (place(tree[s.parent], tree) if s.parent >= 0 else ()) + ((s.kind, s.number),)
    own = {place(s, body): s for s in body}
    return [own.get(place(s, secs), s) for s in got]
