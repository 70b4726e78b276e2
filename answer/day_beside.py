"""A day asked beside figures of another kind in one line (开了几次党组会、细化了多少条措施、哪天反馈的): the figures' lead
holds no day, so the ask of the day is answered on its own, in the notice the reply quotes, and its lead follows
(genre asking.toml [day_beside], genre/day_beside.py).

Example:
    >>> day_clauses("厦门体育局开了几次党组会、细化了多少条措施、哪天反馈的")
    ['哪天反馈的']
    >>> day_clauses("厦门体育局巡察意见哪天反馈的")   # the day is all that is asked
    []
"""
from __future__ import annotations

import re
from dataclasses import replace

from answer.extractive import composed_reply
from answer.routed import routed_reply
from answer.prepared import Prepared, Reply, prepare
from genre.day_beside import day_beside
from genre.questions import load_questions
from retrieval.index.opened import Index

MARKER = re.compile(r"\[(\d+)\]")


def day_clauses(question: str) -> list[str]:
    """The clauses of QUESTION that ask a day, when another clause asks a figure of another kind (a count, a sum);
    [] when the day is all that is asked or no day is asked.

    >>> day_clauses("市公安局先后开了几次党委会，巡察组哪天反馈的意见")
    ['巡察组哪天反馈的意见']
    >>> day_clauses("巡察从哪天到哪天，一共几天")   # a span: its days are the figures asked
    []
    """
    beside = day_beside()
    q = load_questions()
    parts = [c.strip() for c in beside.split.split(question) if c.strip()]
    days = [c for c in parts if q.asks_date.search(c) and not beside.not_day.search(c)]
    others = [c for c in parts if c not in days and q.asks_quantity.search(c)]
    if not days or not others or beside.span.search(question):
        return []
    return days


def with_day_beside(index: Index, p: Prepared, reply: Reply) -> Reply:
    """REPLY followed by the answer to the day it leaves unsaid, when the question asks a day beside other figures
    (day_clauses) and REPLY's lead writes no day; REPLY as it is otherwise (a day ask that finds no dated lead adds
    nothing)."""
    beside = day_beside()
    if reply.abstained or not reply.citations or beside.written_day.search(reply.lead or reply.text):
        return reply
    asked = day_clauses(p.question)
    if not asked:
        return reply
    sub = prepare(index, "，".join(asked), p.scope, k=len(p.hits) or 5, named_by_user=True)
    other = routed_reply(index, sub) or composed_reply(index, sub)
    own = {c.notice_id for c in reply.citations}
    if (other.abstained or not other.citations or not beside.written_day.search(other.lead)
            or other.citations[0].notice_id not in own):
        return reply
    shift = len(reply.citations)
    moved = lambda s: MARKER.sub(lambda m: f"[{int(m.group(1)) + shift}]", s)
    cites = reply.citations + tuple(replace(c, n=c.n + shift) for c in other.citations)
    lead = "\n".join(x for x in (reply.lead, moved(other.lead)) if x)
    return Reply(reply.text + "\n" + moved(other.text), False, cites, lead, reply.contexts)
