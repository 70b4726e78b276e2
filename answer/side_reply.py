"""One side of a comparison answered as a one-notice question of the same asks (遂宁和朔州两家科技局，领导小组的组长
各是谁？来巡的都是哪个巡察组？): each notice compared gets the passes a question about it alone gets, in the same order as
answer.ask: the routed answer and the body asks beside its metadata (answer.asks), the day asked beside counts
(answer.day_beside), the refusal checks (answer.checks), then every further ask its own cited clause (answer.each_ask).
Without them a side's second ask, or its date, is quoted from whatever passage answered the first ask.

Example:
    >>> r = side_reply(index, prepare(index, "巡察整改领导小组的组长是谁？来巡的是哪个巡察组？", Scope(("d25",), "")))
    >>> len(r.citations) >= 2
    True
"""
from __future__ import annotations

from answer.asks import with_body_asks, with_document_number
from answer.checks import checked_reply
from answer.day_beside import with_day_beside
from answer.each_ask import with_each_ask
from answer.extractive import composed_reply
from answer.prepared import Prepared, Reply
from answer.quoted import quoted_contexts
from answer.routed import routed_reply
from retrieval.index.opened import Index
from retrieval.search.rank import Hit


def side_reply(index: Index, sub: Prepared) -> Reply:
    """The reply to SUB (one side's ask, scoped to its notice) as answer.ask composes a one-notice question's: routed
    (with the body asks it leaves) or composed (with a document number asked), the day asked beside, checked, and each
    further ask's clause after it."""
    routed = routed_reply(index, sub)
    reply = with_body_asks(index, sub, routed) if routed is not None else \
        with_document_number(index, sub, composed_reply(index, sub))
    reply = with_day_beside(index, sub, reply)
    reply = checked_reply(index, sub, reply, routed is None)
    return reply if reply.abstained else with_each_ask(index, sub, reply)


def side_contexts(index: Index, sub: Prepared, reply: Reply) -> tuple[Hit, ...]:
    """The passages SUB's search found, those REPLY quotes first (answer.quoted): a side's second ask is quoted from a
    passage of its own, and the comparison shows each side's passages in turn, so the quoted ones must lead."""
    return quoted_contexts(index, sub.hits, reply.citations) if reply.citations else sub.hits
