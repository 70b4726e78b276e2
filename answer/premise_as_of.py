"""The moment a report's figures hold at, as a question states it for its premise (是截至10月底的吧？), held against the
as-of frames of the clauses the reply quotes; the check opens the answer, the frame written cited (genre premises.toml
[premise_as_of], steps.toml [as_of]).

Example:
    >>> as_of_said("广州那个整改数字是截至10月底的吧？已完成整改的占比是多少？", ["截至2025年11月底,400个问题已完成336个"])
    ('不对，不是“截至10月底”，', 0, 0, 11)
"""
from __future__ import annotations

from answer.asks import ask_clauses
from answer.premise_open import PremiseCheck, opened_with
from answer.prepared import Reply
from genre.as_of import Moment, frame_moments
from genre.premises import load_premise_as_of, load_premise_body
from retrieval.index.opened import Index


def _same(stated: Moment, held: Moment) -> bool:
    """Whether the month STATED is the month HELD (a year left out is the other's)."""
    return stated.month == held.month and (stated.year is None or held.year is None or stated.year == held.year)


def stated_moment(question: str) -> Moment | None:
    """The as-of month QUESTION states in a hedged ask (是截至10月底的吧), None when it states none."""
    hedge = load_premise_body().hedge
    clauses = ask_clauses(question)
    return next((m for c in (clauses if len(clauses) > 1 else [question]) if hedge.search(c)
                 for m in frame_moments(c)), None)


def as_of_said(question: str, quotes: list[str]) -> tuple[str, int, int, int] | None:
    """(the check said, the quote's index, the frame's start and end in it) of the month QUESTION states hedged against
    the frames QUOTES write; None when none is stated or no quote writes a dated frame."""
    stated = stated_moment(question)
    if stated is None:
        return None
    holds, fails = load_premise_as_of()
    held = [(i, m) for i, q in enumerate(quotes) for m in frame_moments(q)]
    if not held:
        return None
    i, m = next(((i, m) for i, m in held if _same(stated, m)), held[0])
    at = quotes[i].index(m.said)
    return (holds if _same(stated, m) else fails.format(asked=stated.said)), i, at, at + len(m.said)


def with_as_of_check(index: Index, question: str, reply: Reply, scope_note: str) -> Reply:
    """REPLY opened with the check of the as-of month QUESTION states (对，… / 不对，不是…), the frame written cited first
    and the reply's own citations renumbered after it; REPLY when there is nothing to check."""
    if reply.abstained or not reply.citations:
        return reply
    said = as_of_said(question, [c.quote for c in reply.citations])
    if said is None:
        return reply
    c = reply.citations[said[1]]
    return opened_with(index, c.notice_id, PremiseCheck(said[0], c.start + said[2], c.start + said[3]), reply, scope_note)
