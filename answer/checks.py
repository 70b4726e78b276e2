"""The refusal checks run on a reply before it is shown (answer.refusal.overruled), in the form a
refusal takes: the reason, then the related sentences once each.

Example:
    >>> checked_reply(index, prepare(index, "2019年公厕实际建成改造了多少座？", scope), reply, True).abstained
    True
"""
from __future__ import annotations

from dataclasses import replace

from answer.asks_checked import asks_checked
from answer.extractive import NO_ANSWER
from answer.prepared import Prepared, Reply
from answer.refusal import overruled
from retrieval.index.opened import Index
from retrieval.records import Citation


def checked_reply(index: Index, p: Prepared, reply: Reply, composed: bool) -> Reply:
    """The reply, or the refusal that replaces it when what is asked is not what it quotes (answer.refusal)."""
    why = overruled(index, p.question, p.q_tokens, reply.citations, p.hits, composed)
    if why is None:
        return reply
    apart = asks_checked(index, p, reply, composed, why.message)   # 几号挂网的？第几次会议: each ask checked on its own
    if apart is not None:
        return apart
    if not why.citations:
        return Reply(why.message + NO_ANSWER, True, ())
    shown = outer_spans(why.citations)
    return Reply(why.message + "相关表述：" + "".join(f"{c.quote}[{c.n}]" for c in shown), True, shown)


def outer_spans(cites: tuple[Citation, ...]) -> tuple[Citation, ...]:
    """The citations whose span no other citation of the same notice holds (a lead's clause inside its
    sentence), renumbered from 1: a refusal shows the related sentences once.

    >>> [c.n for c in outer_spans((Citation(1, "a", "a.txt", "", "", "x", 5, 6), Citation(2, "a", "a.txt", "", "", "wxy", 4, 7)))]
    [1]
    """
    def held(c: Citation) -> bool:
        return any(o is not c and o.notice_id == c.notice_id and o.start <= c.start and c.end <= o.end
                   and (o.start, o.end) != (c.start, c.end) for o in cites)
    kept = [c for c in cites if not held(c)]
    return tuple(replace(c, n=i + 1) for i, c in enumerate(kept))
