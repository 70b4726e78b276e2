"""The 一是/二是… items a question asks for by their markers (前三个“是”分别讲什么), inside the part it points at.

Example:
    >>> [i.marker for i in enumerated_items(index, "广元市委整改通报第一部分下面的“一是”“二是”分别是什么？", "d14_…")]
    ['一是', '二是']
"""
from __future__ import annotations

from genre.structure_questions import load_structure_questions
from retrieval.index.opened import Index
from retrieval.parse import InlineItem, Section, cn_to_int, inline_runs
from retrieval.search.held import holder, named_sections

ASKED = load_structure_questions()   # how staff point at a part (genre/data/structure_questions.toml)
MAX_ENUM = 8   # items of one 一是…二是 run quoted at most


def enumerated_items(index: Index, question: str, notice_id: str) -> list[InlineItem]:
    """The 一是/二是… items a question asks for by their markers: the first run (from 一是 on) inside the
    part the question points at (第一部分, 讲X的部分), else the notice's first run; inline items count
    too (一是…。二是…。 inside one paragraph). [] when the question names no 一是…二是.

    >>> [i.marker for i in enumerated_items(index, "广元市委整改通报第一部分下面的“一是”“二是”分别是什么？", "d14_…")]
    ['一是', '二是']
    """
    asked = ASKED.enumerated.search(question)
    if not asked or notice_id not in index.records:
        return []
    first = cn_to_int(asked.group(1).replace("两", "二")) if asked.group(1) else MAX_ENUM   # 前三个“是”: the first three
    rec = index.records[notice_id]
    held = holder(list(rec.sections), question) or quoted_holder(list(rec.sections), question)
    lo, hi = (held.start, held.end) if held else (0, len(rec.notice.text))
    runs = [[i for i in r if i.start < hi] for r in inline_runs(rec.notice.text) if lo <= r[0].start < hi]
    run = next((r for r in runs if r[0].style == "enum"), runs[0] if runs else [])   # its own 一是 run first
    if not run and held is not None:
        run = heading_run(list(rec.sections), held)
    return run[:min(first, MAX_ENUM)]


def heading_run(secs: list[Section], held: Section, bodies: bool = False) -> list[InlineItem]:
    """The items a part numbers as headings of their own lines when it writes no inline run (（1）坚持政治统领…
    （2）… each opening a paragraph): the first run, from the part asked down, of two or more sibling headings of one
    kind numbered from 1 that hold no headings below them (items, as 一是 items are), each over its heading line (its
    whole paragraph with BODIES);
    [] when the part holds none.

    >>> [i.marker for i in heading_run(secs, secs[0])]   # 一、… > (一)党组组织… > （1）（2）（3）
    ['（1）', '（2）', '（3）']
    """
    parents = {s.parent for s in secs}
    for part in [held] + [s for s in secs if held.start <= s.start < held.end and s.depth > held.depth]:
        kids = [s for s in secs if s.parent == part.index]
        run = [k for k in kids if kids[0].number == 1 and k.kind == kids[0].kind]
        if len(run) >= 2 and not any(k.index in parents for k in run):
            return [InlineItem(k.marker, k.number, k.start, k.body_end if bodies else min(k.body_end, k.heading_end + 1), k.kind)
                    for k in run]
    return []


def quoted_holder(secs: list, question: str):
    """The section whose heading holds the words the question quotes (“党组组织巡察整改落实情况”下面分了几个“是”),
    a quoted marker (“一是”) aside; None when nothing quoted names a heading.

    >>> quoted_holder(secs, "“党组组织巡察整改落实情况”下面分了几个“是”").heading
    '党组组织巡察整改落实情况'
    """
    for m in ASKED.quoted.finditer(question):
        if ASKED.enumerated.fullmatch(m.group(1)) or m.group(1).endswith("是") and len(m.group(1)) <= 3:
            continue
        named = named_sections(secs, m.group(1))
        if named:
            return named[0]
    return None
