"""The section a "前三条/有哪几条" question points at, named by its position or the words of its heading, and the first
N parts or items below it (moved out of retrieval/search/structure.py, round 19).

Example:
    >>> [s.marker for s in first_items(secs, "绵阳司法局党组组织整改落实那一块，前三条分别是什么？")]
    ['(一)', '一是', '二是', '三是']
"""
from __future__ import annotations

import re

from genre.structure_questions import load_structure_questions
from retrieval.parse import Section, cn_to_int
from retrieval.search.outline import top_parts

ASKED = load_structure_questions()   # how staff point at a part (genre/data/structure_questions.toml)


def named_sections(secs: list[Section], words: str) -> list[Section]:
    """Sections whose heading holds the longest tail of `words` ("通报开头的总体情况" -> 总体情况)."""
    tail = heading_tail(secs, words)
    return [s for s in secs if tail and tail in s.heading]


def heading_tail(secs: list[Section], words: str) -> str:
    """The longest tail of WORDS a heading of SECS holds ("" when none holds two characters of it)."""
    return next((words[i:] for i in range(len(words) - 1) if any(words[i:] in s.heading for s in secs)), "")


def holder(secs: list[Section], question: str) -> Section | None:
    """The section a "前三条/有哪几条" question points at: 第二部分(第一方面), 讲X的部分, or the
    heading the words before the ask name ("巡察发现的问题，前两大类" -> 一、巡察发现的问题)."""
    m = ASKED.part.search(question)
    if m:
        top = top_parts(secs)
        if len(top) == 1 and ASKED.group_units.search(m.group(0)):   # 第一个大方面 of a findings notice: its (一)
            top = children(secs, top[0]) or top
        part = next((s for s in top if s.number == cn_to_int(m.group(1))), None)
        inner = ASKED.part.search(question, m.end())
        if part is not None and inner:
            return next((c for c in secs if c.parent == part.index and c.number == cn_to_int(inner.group(1))), part)
        return part
    quoted = ASKED.quoted.search(question)   # a heading quoted as seen (“思想认识有差距”下面前两个问题), however long
    about = ASKED.about_part.search(question) or ASKED.before_ask.search(question)
    words = (about.group(1) or about.group(2)) if about else ""
    named = ((named_sections(secs, quoted.group(1)) if quoted else []) + named_sections(secs, words)
             + named_sections(secs, closed_name(words)) if about or quoted else [])
    return next((s for s in named if any(c.parent == s.index for c in secs)), None)


def closed_name(words: str) -> str:
    """WORDS before a first-N ask without the words closing a heading's name (下面, 里, 的, 那块: structure_questions.toml
    [position] named_end) and the quotes staff put around a heading they saw, so the heading's words end them.

    >>> closed_name("芦淞区司法局通报里“思想认识有差距”下面")
    '芦淞区司法局通报里思想认识有差距'
    """
    return ASKED.named_end.sub("", re.sub(r"[“”\"]", "", words))


def first_items(secs: list[Section], question: str) -> list[Section]:
    """"前三条是什么" / "有哪几条": the pointed section's heading and its first N (or all) children;
    the notice's first N parts when no section is named, all of them when the whole notice is ("通知里有哪几条")."""
    m = ASKED.first_n.search(question)
    if not m and not ASKED.all_items.search(question):
        return []
    n = cn_to_int(m.group(1).replace("两", "二")) if m else len(secs)
    top = top_asked(question)
    held = None if top else holder(secs, question)
    if held is None:
        before = ASKED.before_ask.search(question)
        whole = bool(before and ASKED.whole_notice.search(before.group(1)))   # "通知里提了哪几条": its parts
        parts = top_parts(secs) if m or whole else []
        if len(parts) != 1 or top:   # 前三部分 of a notice with one: that part, not its (一)(二)
            return parts[:n]
        held = parts[0]   # a lone top part is no list either: its parts are asked
    return first_below(secs, held, n)


def top_asked(question: str) -> bool:
    """Whether the first N are asked in the notice's top-level parts (前三部分, 前两个大标题: structure_questions.toml
    [first_n] top), no part named by its position before them.

    >>> top_asked("湖北省司法厅整改通报前三部分的标题"), top_asked("第二部分前三条")
    (True, False)
    """
    m = ASKED.first_n.search(question)
    return bool(m and ASKED.first_n_top.search(m.group(0)) and not ASKED.part.search(question))


def first_below(secs: list[Section], held: Section, n: int) -> list[Section]:
    """HELD and its first N children; a lone child is no list, so the items asked are that child's own (一、 holding
    only (一): its 一是…三是).

    >>> [s.marker for s in first_below(secs, secs[0], 2)]   # 一、 > (一) > 一是 二是 三是
    ['(一)', '一是', '二是']
    """
    kids = [c for c in secs if c.parent == held.index]
    while n > 1 and len(kids) == 1 and (inner := [c for c in secs if c.parent == kids[0].index]):
        held, kids = kids[0], inner
    return [held] + kids[:n]


def children(secs: list[Section], sec: Section) -> list[Section]:
    """A section's parts: its headed children, else its 一是… items."""
    kids = [c for c in secs if c.parent == sec.index]
    return [c for c in kids if c.kind != "enum"] or kids
