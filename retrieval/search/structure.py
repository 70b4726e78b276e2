"""Questions about a notice's structure are looked up in the section tree, not by similarity.

Recognised: "第三部分讲的是什么" / "第二大类" (top level), "第（十二）部分" / "第十二个方面" (second
level `(十二)`), "第12项整改" (numbered item `12.`), "工作任务的第五块" (the fifth child
of the section named 工作任务), "最后一部分", "分成/分哪几部分" (all top-level parts), and "第三条" of a
通知 that lists its requirements as top-level parts (no numbered items).

Example:
    >>> structural_sections(index, "东丽区通报第三部分是什么内容？", ("tj-dongli-…",))
    [Section(marker='三、', heading='立行立改相关整改事项落实情况', …)]
"""
from __future__ import annotations

import re

from genre.structure_questions import load_structure_questions
from retrieval.index.opened import Index
from retrieval.parse import InlineItem, Section, cn_to_int, inline_items

ASKED = load_structure_questions()   # how staff point at a part (genre/data/structure_questions.toml)
MAX_ENUM = 8   # items of one 一是…二是 run quoted at most


def _named(secs: list[Section], words: str) -> list[Section]:
    """Sections whose heading holds the longest tail of `words` ("通报开头的总体情况" -> 总体情况)."""
    for i in range(len(words) - 1):
        hits = [s for s in secs if words[i:] in s.heading]
        if hits:
            return hits
    return []


def _top(sections: list[Section]) -> list[Section]:
    """Top-level parts; an attachment's own parts count as the document's parts."""
    top = [s for s in sections if s.depth == 1 and s.kind != "attach"]
    attached = [s for s in sections if s.depth == 2 and s.kind == "cn_dun"]
    return top + attached


def structural_sections(index: Index, question: str, notice_ids: tuple[str, ...]) -> list[Section]:
    """Sections the question points at by position, in the scoped notices (all if none)."""
    ids = notice_ids or tuple(index.records)
    found: list[Section] = []
    counted = bool(ASKED.counted_parts.search(question))
    for nid in ids:
        secs = list(index.records[nid].sections)
        stated = counted and bool(ASKED.parts_stated.search(index.records[nid].notice.text))
        found += _lookup(secs, question, outline=not stated)   # "问题有几个方面": the notice's own count answers
    return found


def _holder(secs: list[Section], question: str) -> Section | None:
    """The section a "前三条/有哪几条" question points at: 第二部分(第一方面), 讲X的部分, or the
    heading the words before the ask name ("巡察发现的问题，前两大类" -> 一、巡察发现的问题)."""
    m = ASKED.part.search(question)
    if m:
        part = next((s for s in _top(secs) if s.number == cn_to_int(m.group(1))), None)
        inner = ASKED.part.search(question, m.end())
        if part is not None and inner:
            return next((c for c in secs if c.parent == part.index and c.number == cn_to_int(inner.group(1))), part)
        return part
    about = ASKED.about_part.search(question) or ASKED.before_ask.search(question)
    named = _named(secs, about.group(1)) if about else []
    return next((s for s in named if any(c.parent == s.index for c in secs)), None)


def _first_items(secs: list[Section], question: str) -> list[Section]:
    """"前三条是什么" / "有哪几条": the pointed section's heading and its first N (or all) children;
    the notice's first N parts when no section is named, all of them when the whole notice is ("通知里有哪几条")."""
    m = ASKED.first_n.search(question)
    if not m and not ASKED.all_items.search(question):
        return []
    n = cn_to_int(m.group(1).replace("两", "二")) if m else len(secs)
    holder = _holder(secs, question)
    if holder is None:
        before = ASKED.before_ask.search(question)
        whole = bool(before and ASKED.whole_notice.search(before.group(1)))   # "通知里提了哪几条": its parts
        return _top(secs)[:n] if m or whole else []
    return [holder] + [c for c in secs if c.parent == holder.index][:n]


def _item_within(secs: list[Section], question: str, part: re.Match[str]) -> list[Section]:
    """"第二部分“思想认识有差距”下面第二个问题": the Nth child asked after a part, of the heading quoted with it
    inside that part (its 2.), else of the part itself (第二部分下面第一项: its (一)); [] when none is asked or found."""
    item = ASKED.item.search(question, part.end())
    top = next((s for s in _top(secs) if s.number == cn_to_int(part.group(1))), None)
    if not item or top is None:
        return []
    quoted = ASKED.quoted.search(question, part.end(), item.start())
    holders = [s for s in secs if top.start <= s.start < top.end and quoted and quoted.group(1) in s.heading] or [top]
    n = cn_to_int(item.group(1))
    return [s for s in secs if s.parent == holders[0].index and s.number == n and s.kind != "enum"][:1]


def _lookup(secs: list[Section], question: str, outline: bool = True) -> list[Section]:
    """The sections the question points at; `outline`: whether "分成几个方面" may be answered by the outline."""
    first = _first_items(secs, question)
    if first:
        return first
    quoted = ASKED.quoted.search(question)
    if quoted and ASKED.which_items.search(question):  # “推动改革促进发展”的事项从哪条开始 -> first and last such items
        named = [s for s in secs if quoted.group(1) in s.heading and s.kind != "enum"]
        named = [s for s in named if named and s.kind == named[0].kind and s.parent == named[0].parent]
        return named[:1] + named[-1:] if len(named) > 1 else named
    if outline and ASKED.outline.search(question):
        parent = ASKED.outline_parent.search(question)
        holders = _named(secs, parent.group(1)) if parent else []
        children = [c for h in holders[:1] for c in secs if c.parent == h.index and c.kind != "enum"]
        return children or _top(secs)
    if ASKED.last.search(question):
        top = [s for s in secs if s.depth == 1]
        return top[-1:]
    m = ASKED.paren.search(question)
    if m and re.search(r"部分|方面|项|条|块", question):
        n = cn_to_int(m.group(1))
        return [s for s in secs if s.kind == "cn_paren" and s.number == n][:2]
    m = ASKED.part.search(question)
    if m:
        n = cn_to_int(m.group(1))
        inner = _item_within(secs, question, m)
        if inner:
            return inner
        parent = ASKED.parent_name.search(question[:m.start() + 1])
        if parent:
            holders = _named(secs, parent.group(1))
            children = [c for h in holders for c in secs if c.parent == h.index and c.number == n and c.kind != "enum"]
            if children:
                return children[:1]
        return [s for s in _top(secs) if s.number == n][:2]
    m = ASKED.item.search(question)
    if m:
        n = cn_to_int(m.group(1))
        items = [s for s in secs if s.kind in ("ar_dot", "ar_half") and s.number == n][:2]
        if items or any(s.kind in ("ar_dot", "ar_half") for s in secs):
            return items
        return [s for s in _top(secs) if s.number == n][:1]   # a 通知 lists its requirements as 一、二、三、: "第三条"
    return []


def enumerated_items(index: Index, question: str, notice_id: str) -> list[InlineItem]:
    """The 一是/二是… items a question asks for by their markers: the first run (from 一是 on) inside the
    part the question points at (第一部分, 讲X的部分), else the notice's first run; inline items count
    too (一是…。二是…。 inside one paragraph). [] when the question names no 一是…二是.

    >>> [i.marker for i in enumerated_items(index, "广元市委整改通报第一部分下面的“一是”“二是”分别是什么？", "d14_…")]
    ['一是', '二是']
    """
    if not ASKED.enumerated.search(question) or notice_id not in index.records:
        return []
    rec = index.records[notice_id]
    holder = _holder(list(rec.sections), question)
    lo, hi = (holder.start, holder.end) if holder else (0, len(rec.notice.text))
    run: list[InlineItem] = []
    for it in inline_items(rec.notice.text):
        if not lo <= it.start < hi:
            continue
        if it.number == 1 and run:
            break
        if it.number == 1 or (run and it.number == run[-1].number + 1):
            run.append(it)
    return run[:MAX_ENUM]

