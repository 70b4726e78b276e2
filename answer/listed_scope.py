"""The notice asked when a question in the asker's own voice names none (我们局为整改建了几个机制？排第三的是哪个;
市局党委整改用的三张清单是哪三张): self-reference words name the asker's agency, not a subject, so the notice whose
content fits is the one asked: the notices listing the set asked by its place, or naming the set asked by its count.

Example:
    >>> listed_holders(index, "我们局整改领导小组下设几个组？第二个是什么组")
    ('d25_suining-science-tech-bureau-inspection',)
"""
from __future__ import annotations

import re

from answer.led import SET_SAID
from answer.listed import CLAUSE, members
from genre.data_files import compile_re, read_toml
from genre.nth import load_nth
from genre.questions import load_questions
from retrieval.index.opened import Index
from retrieval.parse import cn_to_int
from retrieval.search.scope import Scope


def thing_end(question: str) -> tuple[int, str]:
    """(the place asked, the character every member of the set asked ends with) for a question asking the N-th member
    of a set it names by the thing counted or named after the place (几个机制？排第三的是哪个 -> (3, '制')); (0, '')
    when it asks no place or names no thing (明确几项？第三项是什么: 项 is a classifier, no thing).

    >>> thing_end("我们局为整改建了几个机制？排第三的是哪个"), thing_end("整改方案要明确几项？第三项是什么")
    ((3, '制'), (0, ''))
    """
    nth, q = load_nth(), load_questions()
    asked = nth.position.search(question)
    if not asked:
        return 0, ""
    counted = q.members_counted.search(question, 0, asked.start())
    thing = counted.group(1) if counted and counted.group(1) not in q.members_classifiers else ""
    thing = thing[:nth.unnamed_thing_chars] or (asked.group("kind") or "")
    n = asked.group("n")
    place = int(n) if n.isdigit() else cn_to_int(n.replace("两", "二"))
    return (place, thing[-1]) if thing else (0, "")


def listed_holders(index: Index, question: str) -> tuple[str, ...]:
    """The notices holding a set of at least the place asked members, every member ending as the thing asked does
    (thing_end: …机制, …组), in index order; () when the question asks no such set or no notice, or every, holds one."""
    place, end = thing_end(question)
    if not end:
        return ()
    nth = load_nth()
    holders = []
    for nid, record in index.records.items():
        text = record.notice.text
        for clause in CLAUSE.finditer(text):
            if any(len(items) >= max(place, 2) and all(it.endswith(end) for it in items)
                   for items in (members(m.group(2)) for m in nth.list.finditer(clause.group()))):
                holders.append(nid)
                break
    return tuple(holders) if len(holders) < len(index.records) else ()


_SET = read_toml("led_sets.toml")["named_set"]


def set_holders(index: Index, question: str) -> tuple[str, ...]:
    """The notices naming a set of the count and kind the question names and asks which it is (三张清单是哪三张 ->
    根据问题、任务、责任“三张清单”, 建立了…“三清单”: genre led_sets.toml [named_set] said), in index order; () when it names
    none, or no notice or every notice names it."""
    said = SET_SAID.search(question)
    if not said:
        return ()
    named = compile_re(_SET["named"].replace("{kind}", re.escape(said.group(2))), "led_sets.toml", "named_set.named")
    holders = tuple(nid for nid, r in index.records.items()
                    if any(m.group().startswith(said.group(1)) for m in named.finditer(r.notice.text)))
    return holders if len(holders) < len(index.records) else ()


def listed_scope(index: Index, question: str, scope: Scope) -> Scope:
    """SCOPE, or, when it names and keeps no notice, the notices holding the set asked (listed_holders, set_holders)
    preferred alike."""
    if scope.notice_ids or scope.reason or scope.preferred or scope.groups:
        return scope
    holders = listed_holders(index, question) or set_holders(index, question)
    return Scope((), "", (), tuple((nid, 1.0) for nid in holders)) if holders else scope
