"""Which heading a measures question names: staff name a topic by the OBJECT of a notice's heading clause, with a verb
of their own (the notice heads "(二)全面对照检查,明确整改任务", staff ask "为明确整改任务做了哪些事"; "二是加强组织领导,
健全工作机制", staff ask "工作机制是怎么建的"). Notices head their parts and 一是 items with clauses of a two-character
verb and its object (压实整改责任, 健全工作机制, 强化组织领导): the object, said by the question, points at the part.

Example:
    >>> heading_object_named("工作机制是怎么建的", "二是加强组织领导,健全工作机制。")
    True
    >>> heading_object_named("工作机制是怎么建的", "一是统一思想认识,落实整改责任。")
    False
"""
from __future__ import annotations

import re

from retrieval.index.opened import Index
from retrieval.parse import inline_items
from retrieval.records import section_at
from retrieval.search.rank import Hit

MARKER = re.compile(r"^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、是]|\d{1,2}[.、．])\s*")
CLAUSE = re.compile(r"[^,，;；、。:：]+")
VERB = 2         # characters of the verb heading a clause (健全, 明确, 压实)
MIN_OBJECT = 4   # characters of the object the question must say (工作机制, 整改任务): a two-character word names no part
MAX_CLAUSE = 12  # a heading's clause is short; a sentence's long clause is no heading


def heading_object_named(question: str, heading: str) -> bool:
    """Whether QUESTION says the object of a clause of HEADING (a part's title or an item's lead), as written."""
    return bool(named_clause(question, heading))


def named_clause(question: str, heading: str) -> str:
    """The clause of HEADING whose object QUESTION says (健全工作机制 for 工作机制是怎么建的), "" when none."""
    m = MARKER.match(heading)
    body = heading[m.end():] if m else heading
    return next((c.strip() for c in CLAUSE.findall(body)
                 if VERB + MIN_OBJECT <= len(c.strip()) <= MAX_CLAUSE and c.strip()[VERB:] in question), "")


def heading_named(index: Index, hit: Hit, a: int, b: int, question: str) -> str:
    """The heading clause whose object QUESTION says, for the sentence at A..B of HIT's notice: of the sentence itself
    as an item's lead (二是加强组织领导,健全工作机制。), or of the title of the part it sits in ((二)全面对照检查,明确整改任务);
    "" when none."""
    rec = index.records[hit.notice_id]
    sentence = rec.notice.text[a:b]
    sec = section_at(rec.sections, a)
    return (named_clause(question, sentence) if MARKER.match(sentence) else "") or \
        (named_clause(question, sec.title) if sec is not None else "")


def objects_named(index: Index, notice_id: str, question: str) -> frozenset[str]:
    """The objects of the notice's heading clauses (part titles, 一是 item leads) that QUESTION says, with their verb
    when it says the verb too (明确整改任务): a sentence writing one of them verbatim (压实巡察整改责任 for 整改责任) speaks
    of the named topic as much as the part headed by it."""
    rec = index.records[notice_id]
    heads = [s.title for s in rec.sections] + [rec.notice.text[it.start:it.end] for it in inline_items(rec.notice.text)]
    return frozenset(c if c in question else c[VERB:] for h in heads for c in [named_clause(question, h[:80])] if c)
