"""Questions about a notice's structure are looked up in the section tree, not by similarity.

Recognised: "第三部分讲的是什么" / "第二大类" (top level), "第（十二）部分" / "第十二个方面" (second level `(十二)`), "第12项
整改" (numbered item `12.`), "工作任务的第五块" (the fifth child of the section named 工作任务), "最后一部分", "分成/分哪几
部分" (all top-level parts; retrieval.search.listed: not a thing a sentence lists), "第三条" of a 通知's top parts.
Example:
    >>> structural_sections(index, "东丽区通报第三部分是什么内容？", ("tj-dongli-…",))
    [Section(marker='三、', heading='立行立改相关整改事项落实情况', …)]
"""
from __future__ import annotations

import re

from genre.structure_questions import load_structure_questions, restarted_asks
from retrieval.index.opened import Index
from retrieval.parse import Section, cn_to_int
from retrieval.search.held import children, first_items, heading_tail, named_sections
from retrieval.search.listed import lists_named_thing
from retrieval.search.outline import fuller_outline, in_body, top_parts
from retrieval.search.unit_named import unit_named_level
from retrieval.search.walk import positions, resolve, walk

ASKED = load_structure_questions()   # how staff point at a part (genre/data/structure_questions.toml)
WIDTH = str.maketrans("，；：（）！？", ",;:()!?")   # notices mix half- and full-width marks; staff type full-width


def structural_sections(index: Index, question: str, notice_ids: tuple[str, ...]) -> list[Section]:
    """Sections the question points at by position, in the scoped notices (all if none)."""
    quoted = ASKED.quoted.search(question)   # “坚持问题导向”下面分了几个方面: that part's own division
    ids = notice_ids or tuple(nid for nid in index.records if quoted and any(
        quoted.group(1) in s.heading for s in index.records[nid].sections)) or tuple(index.records)
    found: list[Section] = []   # no notice named but a heading quoted (“主要目标指标”里排第五个): the notices holding it
    counted = bool(ASKED.counted_parts.search(question))
    for nid in ids:
        secs = fuller_outline(index, nid)
        named = bool(quoted and any(quoted.group(1) in s.heading for s in secs))
        text = index.records[nid].notice.text   # 问题有几个方面: its stated count; 责任链包括哪几个方面: the listing sentence
        got = _lookup(secs, question, outline=not ((counted and not named and bool(ASKED.parts_stated.search(text)))
                                                   or lists_named_thing(text, secs, question)))
        found += in_body(list(index.records[nid].sections), secs, _with_outline_ask(secs, question, got))
    return found


def _with_outline_ask(secs: list[Section], question: str, got: list[Section]) -> list[Section]:
    """GOT with the top parts first when the line's first ask is the whole outline (分几大部分) and a later ask points at a
    part by position (第一部分下面讲了哪几条): staff ask the parts, then go into one; both asks are answered."""
    asks = [a for a in re.split(r"(?<=[？?])", question) if a.strip()]
    if len(asks) < 2 or not got or not ASKED.outline.search(asks[0]) or positions(asks[0])[0] \
            or not positions("".join(asks[1:]))[0]:
        return got
    tops = top_parts(secs)
    return tops + [s for s in got if s not in tops]


def _walks(secs: list[Section], question: str, outline: bool = True) -> tuple[list[Section], bool]:
    """walk over each ask of a line that walks from the top again (第一部分叫什么，最后一点是什么，第二部分叫什么)."""
    asks = restarted_asks(question)
    walks = [walk(secs, ask, outline) for ask in asks or (question,)]
    found = [w[0] or (_lookup(secs, ask, outline=False) if asks else []) for w, ask in zip(walks, asks or (question,))]
    return [s for f in found for s in f] if all(found) else [], any(w[1] for w in walks)


def _beside(secs: list[Section], question: str) -> list[Section]:
    """"总体要求之后的下一部分讲什么？它的第一项呢": the part next to (or before) the one named by its heading, at
    the same level, then the positions asked after it walked down from it; [] when none is asked or found."""
    m = ASKED.relative.search(question)
    named = [s for s in named_sections(secs, next(g for g in m.groups() if g)) if s.kind != "enum"] if m else []
    if not named:
        return []
    here = named[0]
    level = [s for s in secs if s.parent == here.parent and s.kind == here.kind]
    at = level.index(here) + (1 if m.group(1) or m.group(2) else -1)
    if not 0 <= at < len(level):
        return []
    chain = list(ASKED.position.finditer(question, m.end()))
    below = resolve(secs, children(secs, level[at]), chain)[0] if chain else []
    return [level[at]] + below


def _after_quoted(secs: list[Section], question: str, quoted: re.Match[str] | None) -> list[Section]:
    """The parts after the one a question quotes by its heading, at its level (“强化责任落实”后面几条要求的标题依次是: 二、三、
    四、), as after a position ([position] rest_after); [] when none is asked or the heading is not found."""
    if not quoted or not ASKED.rest_after.search(question[quoted.end():]):
        return []
    words = quoted.group(1).translate(WIDTH)
    named = next((s for s in secs if words in s.heading.translate(WIDTH) and s.kind != "enum"), None)
    if named is None:
        return []
    level = [s for s in secs if s.parent == named.parent and s.kind == named.kind]
    return level[level.index(named) + 1:]


def _item_within(secs: list[Section], question: str, part: re.Match[str]) -> list[Section]:
    """"第二部分“思想认识有差距”下面第二个问题": the Nth child asked after a part, of the heading quoted with it
    inside that part (its 2.), else of the part itself (第二部分下面第一项: its (一)); [] when none is asked or found."""
    item = ASKED.item.search(question, part.end())
    top = next((s for s in top_parts(secs) if s.number == cn_to_int(part.group(1))), None)
    if not item or top is None:
        return []
    quoted = ASKED.quoted.search(question, part.end(), item.start())
    holders = [s for s in secs if top.start <= s.start < top.end and quoted and quoted.group(1) in s.heading] or [top]
    n = cn_to_int(item.group(1))
    return [s for s in secs if s.parent == holders[0].index and s.number == n and s.kind != "enum"][:1]


def _placed_outline(secs: list[Section], question: str) -> list[Section]:
    """The outline of one top part named by its position alone (庆阳文联通报第三部分按哪几个方面写的，各几个问题; 第二部分分
    哪几个方面): its child headings (the findings groups (一)…方面(7个问题)); [] when the outline is not asked so, more
    than one position is named, or the part has no child headings (genre structure_questions.toml outline, part)."""
    placed = ASKED.part.search(question)
    if not placed or not ASKED.outline.search(question, placed.end()) or len(positions(question)[0]) != 1:
        return []
    holders = [s for s in top_parts(secs) if s.number == cn_to_int(placed.group(1))][:1]
    return [c for h in holders for c in secs if c.parent == h.index and c.kind != "enum"]


def _findings_groups(secs: list[Section]) -> list[Section]:
    """The groups under a notice's only top part when its heading names problems (一、巡察发现的问题 > (一)(二)): the
    类/方面 of problems asked (问题分了几大类); [] otherwise (genre structure_questions.toml [position] findings_heading).

    >>> [s.marker for s in _findings_groups(fuller_outline(index, "d20_jieyang-police-bureau-inspection-findings"))]
    ['(一)', '(二)']
    """
    tops = top_parts(secs)
    if len(tops) != 1 or not ASKED.findings_heading.search(tops[0].heading):
        return []
    return [c for c in children(secs, tops[0]) if c.kind != "enum"]


def _lookup(secs: list[Section], question: str, outline: bool = True) -> list[Section]:
    """The sections the question points at; `outline`: whether "分成几个方面" may be answered by the outline."""
    quoted = ASKED.quoted.search(question)
    asked = ASKED.named_before.search(question) if ASKED.which_items.search(question) else None
    if asked:   # 基层党组织建设是第几个方面 (inside “坚持问题导向”): the heading holding those words, with its marker
        within = [s for s in secs if quoted and quoted.group(1) in s.heading][:1]
        inside = [s for s in secs if not within or within[0].start < s.start < within[0].end]
        found = [s for s in named_sections(inside, asked.group(1)) if s.kind != "enum"]
        if found and len(asked.group(1)) - len(heading_tail(inside, asked.group(1))) <= len(asked.group(1)) // 2:
            return found[:1]
    if quoted and ASKED.which_items.search(question):  # “推动改革促进发展”的事项从哪条开始 -> first and last such items;
        holding = [s for s in secs if quoted.group(1).translate(WIDTH) in s.heading.translate(WIDTH)]   # “压实责任抓整改”是第几条 -> 二是…, before any
        named = [s for s in holding if s.kind != "enum"] or holding   # part it is asked within; an 一是 item when no
        named = [s for s in named if s.kind == named[0].kind and s.parent == named[0].parent]   # numbered heading holds it
        if named:
            return named[:1] + named[-1:] if len(named) > 1 else named
    beside = _beside(secs, question)
    if beside:
        return beside
    after = _after_quoted(secs, question, quoted)
    if after:
        return after
    marked = ASKED.marker_quoted.search(question)
    if marked:   # “一、”的标题: the part with that marker, the top-most first
        mark = marked.group(1).translate(WIDTH).replace("．", ".")
        found = sorted((s for s in secs if s.marker.translate(WIDTH).replace("．", ".") == mark), key=lambda s: s.depth)
        kids = [c for c in secs if found and c.parent == found[0].index and c.kind != "enum"]
        if kids and ASKED.marker_divided.match(question, marked.end()):   # “一、”下面分成哪几个（一）（二）: its items too
            return found[:1] + kids
        if found:
            return found[:1]
    placed = _placed_outline(secs, question) if outline else []
    if placed:   # 第三部分按哪几个方面写的: that part's own outline
        return placed
    named = ASKED.named_walked.search(question) if ASKED.counted_items.search(question) else None
    kids = [c for h in named_sections(secs, named.group(1))[:1] for c in secs if c.parent == h.index and c.kind != "enum"] \
        if named else []
    if kids:   # 思想认识有差距这一类下面列了哪些问题: the items under the heading named (structure_questions.toml counted_items)
        return kids
    walked, missing = _walks(secs, question, outline)
    if walked or missing:   # a part the notice lacks: not the part above it
        return walked
    listed = ASKED.listed_positions.search(question)
    if listed:   # 一、二、三、四条各讲什么: each of those top parts
        numbers = {cn_to_int(n) for n in re.findall(r"[一二三四五六七八九十]{1,3}", listed.group())}
        found = [s for s in top_parts(secs) if s.number in numbers]
        if found:
            return found
    first = first_items(secs, question)
    if first:
        return first
    if outline and ASKED.outline.search(question):
        parent = ASKED.outline_parent.search(question)
        holders = ([s for s in secs if quoted and quoted.group(1) in s.heading]
                   or (named_sections(secs, parent.group(1)) if parent else []))   # a quoted heading names the part first
        kids = [c for h in holders[:1] for c in secs if c.parent == h.index and c.kind != "enum"]
        unit = ASKED.group_units.search(ASKED.outline.search(question).group())   # 问题按哪几个方面列的: the run of
        return kids or unit_named_level(secs, unit.group() if unit else "") or top_parts(secs)   # …方面(7个问题) groups
    if outline and ASKED.outline_classes.search(question) and (groups := _findings_groups(secs)):
        return groups   # 问题分了几大类: the groups under a findings notice's only part
    if last := ASKED.last.search(question):   # 最后一个方面 of groups headed …方面(2个问题): that run's last
        unit = ASKED.group_units.search(last.group(0))
        top = unit_named_level(secs, unit.group() if unit else "") or [s for s in secs if s.depth == 1]
        return top[-1:]
    if ASKED.last_item.search(question) and not any(s.kind in ("ar_dot", "ar_half") for s in secs):
        return [s for s in secs if s.depth == 1][-1:]   # 最后一条 of a 通知 listing its requirements as 一、二、
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
            holders = named_sections(secs, parent.group(1))
            kids = [c for h in holders for c in secs if c.parent == h.index and c.number == n and c.kind != "enum"]
            if kids:
                return kids[:1]
        unit = ASKED.group_units.search(m.group(0))   # 第二个方面 of groups headed …方面(11个问题): that run's second
        return [s for s in unit_named_level(secs, unit.group() if unit else "") or top_parts(secs) if s.number == n][:2]
    m = ASKED.item.search(question)
    if m:
        n = cn_to_int(m.group(1))
        items = [s for s in secs if s.kind in ("ar_dot", "ar_half") and s.number == n][:2]
        if items or any(s.kind in ("ar_dot", "ar_half") for s in secs):
            return items
        return [s for s in top_parts(secs) if s.number == n][:1]   # a 通知 lists its requirements as 一、二、三、: "第三条"
    return []


def missing_part(index: Index, question: str, notice_id: str) -> bool:
    """Whether the question walks to a part the notice does not have (第二部分第五个方面 of a notice with three), or asks
    a numbered problem past the count of all of them (第八个问题 of a notice numbering three: problem_beyond)."""
    rec = index.records.get(notice_id)
    if rec is None:
        return False
    secs = fuller_outline(index, notice_id)
    return _walks(secs, question)[1] or problem_beyond(secs, question)


def problem_beyond(secs: list[Section], question: str) -> bool:
    """Whether QUESTION asks a problem by its place (第八个问题: structure_questions.toml [item] problem) past the count of
    the notice's numbered items (1. 2. 3.); False when it asks none or the notice numbers none.

    >>> problem_beyond(fuller_outline(index, "d37_lizhou-district-court-inspection"), "第八个问题的整改情况是什么")
    True
    """
    m = ASKED.item_problem.search(question)
    numbered = [s for s in secs if s.kind in ("ar_dot", "ar_half")]
    return bool(m and numbered) and cn_to_int(m.group(1)) > len(numbered)
