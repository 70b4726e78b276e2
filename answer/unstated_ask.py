"""A question typed as several asks (一共反馈了多少个问题？是哪天反馈的？) whose figure ask the answering notice never
states: the other asks are answered as they were, but the reply says first which ask the notice does not state and
stands as abstained, so it never reads as complete.

Staff ask the count of problems fed back, or a target figure, beside a day, a 文号 or a meeting's frequency; a notice
that writes none of that count answers only the rest. The figure ask is read alone in the notice the reply quotes
(as answer.each_ask reads each ask), and counts as unstated when that reading finds no clause holding its figure in
the whole notice (answer.extractive.NOT_STATED) and the reply's own quotes hold none either (answer.lead.lead_spans).

Example:
    >>> unstated_note(["广元这轮巡视一共反馈了多少个问题？"])
    '通报中没有写明所问的“广元这轮巡视一共反馈了多少个问题”。其余所问如下：'
"""
from __future__ import annotations

from dataclasses import replace

from answer.asks import ask_clauses
from answer.extractive import NOT_STATED, composed_reply
from answer.lead import lead_spans
from answer.lead_asked import wanted
from answer.metadata import meta_answer
from answer.prepared import Prepared, Reply, prepare
from answer.routed import routed_reply
from answer.sentences import asked_units
from retrieval.index.opened import Index

NOTE = "通报中没有写明所问的{asks}。其余所问如下："
END_MARKS = "？?；;。！! "


def unstated_note(asks: list[str]) -> str:
    """The note naming the ASKS the notice does not state, each quoted as typed without its end mark."""
    return NOTE.format(asks="、".join(f"“{a.strip().rstrip(END_MARKS)}”" for a in asks))


def unstated_asks(index: Index, p: Prepared, reply: Reply) -> list[str]:
    """The figure asks of P's question (two asks or more) that the notice REPLY cites first states nowhere: read
    alone there they find no clause holding their figure, and no clause REPLY quotes holds it; [] when the question
    asks one thing, REPLY abstains or every ask is stated."""
    clauses = ask_clauses(p.question)
    if len(clauses) < 2 or reply.abstained or not reply.citations:
        return []
    nid = reply.citations[0].notice_id
    scope = replace(p.scope, notice_ids=(nid,), groups=())
    text = index.records[nid].notice.text
    quoted = [(c.start, c.end) for c in reply.citations if c.notice_id == nid]
    out = []
    for clause in clauses:
        figures, dates = wanted(clause)
        if not figures or dates or meta_answer(index, clause, (nid,)) is not None:
            continue   # a day or a 文号 asked: their own checks say when the notice does not write them
        sub = prepare(index, clause, scope, k=len(p.hits) or 5, named_by_user=True)
        if routed_reply(index, sub) is not None:
            continue   # read off the outline or the metadata: stated there
        alone = composed_reply(index, sub)
        if not (alone.abstained and alone.text.startswith(NOT_STATED)):
            continue
        if lead_spans(text, quoted, clause, sub.q_tokens, asked_units(clause)):
            continue   # the reply's own quotes hold the figure (read with the other asks)
        out.append(clause)
    return out if len(out) < len(clauses) else []


def with_unstated_asks(index: Index, p: Prepared, reply: Reply) -> Reply:
    """REPLY opened by the note naming the asks its notice does not state (unstated_asks), and abstained; REPLY as it
    is when every ask is stated."""
    missing = unstated_asks(index, p, reply)
    if not missing:
        return reply
    head = p.scope_note if p.scope_note and reply.text.startswith(p.scope_note) else ""
    text = head + unstated_note(missing) + "\n" + reply.text[len(head):]
    return Reply(text, True, reply.citations, reply.lead, reply.contexts)
