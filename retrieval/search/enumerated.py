"""The 一是/二是… items a question asks for by their markers (前三个“是”分别讲什么), inside the part it points at.

Example:
    >>> [i.marker for i in enumerated_items(index, "广元市委整改通报第一部分下面的“一是”“二是”分别是什么？", "d14_…")]
    ['一是', '二是']
"""
from __future__ import annotations

from genre.structure_questions import load_structure_questions
from retrieval.index.opened import Index
from retrieval.parse import InlineItem, cn_to_int, inline_items
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
    run: list[InlineItem] = []
    for it in inline_items(rec.notice.text):
        if not lo <= it.start < hi:
            continue
        if it.number == 1 and run:
            break
        if it.number == 1 or (run and it.number == run[-1].number + 1):
            run.append(it)
    return run[:min(first, MAX_ENUM)]


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
