"""A one-notice reply in the order answer.ask composes it, shared by ask and by each side of a comparison
(遂宁和朔州两家科技局，领导小组的组长各是谁？来巡的都是哪个巡察组？): the routed answer and the body asks beside its metadata
(answer.asks) or the composed one with a document number asked, then the day asked beside counts (answer.day_beside),
the refusal checks (answer.checks) and every further ask its own cited clause (answer.each_ask). Without them a side's
second ask, or its date, is quoted from whatever passage answered the first ask.

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


def composed_first(index: Index, p: Prepared) -> Reply:
    """The reply composed from P's passages (answer.extractive), with the document number when one is asked."""
    return with_document_number(index, p, composed_reply(index, p))


def settled_reply(index: Index, p: Prepared, reply: Reply, composed: bool, checked: bool = True) -> Reply:
    """REPLY with the day asked beside its counts, then (when CHECKED: not for a draft, which quotes similar notices'
    items) the refusal checks and each further ask's clause after them: the reply kept is the one checked."""
    reply = with_day_beside(index, p, reply)
    if reply.abstained or not checked:
        return reply
    return with_each_ask(index, p, checked_reply(index, p, reply, composed))


def side_reply(index: Index, sub: Prepared) -> Reply:
    """The reply to SUB (one side's ask, scoped to its notice) as answer.ask composes a one-notice question's."""
    routed = routed_reply(index, sub)
    first = with_body_asks(index, sub, routed) if routed is not None else composed_first(index, sub)
    return settled_reply(index, sub, first, routed is None)


def side_contexts(index: Index, sub: Prepared, reply: Reply) -> tuple[Hit, ...]:
    """The passages SUB's search found, those REPLY quotes first (answer.quoted): a side's second ask is quoted from a
    passage of its own, and the comparison shows each side's passages in turn, so the quoted ones must lead."""
    return quoted_contexts(index, sub.hits, reply.citations) if reply.citations else sub.hits
