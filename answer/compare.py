"""Comparisons ("莆田市司法局和芦淞区司法局，分别隔了多久？"): each notice compared answers the
question as if it had been asked about it alone (its own lead, quotes and refusal checks), and the
answers stand one after another under each notice's name.

Example:
    >>> r = compared_reply(index, prepare(index, "遂宁和朔州两个科技局各自建了多少制度？", scope))
    >>> r.text.splitlines()[0].startswith("《")
    True
"""
from __future__ import annotations

import re
from dataclasses import replace

from answer.checks import checked_reply
from answer.extractive import NO_ANSWER, Prepared, Reply, compared_notices, composed_reply, prepare, routed_reply
from retrieval.index.opened import Index
from retrieval.search.profile import notice_profile
from retrieval.search.scope import Scope

MARKER = re.compile(r"\[(\d+)\]")
SIDE_SILENT = "这份通报中没有找到能回答这个问题的内容。"


def compared_sides(p: Prepared) -> tuple[str, ...]:
    """One notice per entity the question compares: the best-ranked of its group (() when the
    question compares nothing, or every entity fell to the same notice)."""
    sides = tuple(dict.fromkeys(compared_notices(p)))
    return sides if len(sides) >= 2 else ()


def compared_reply(index: Index, p: Prepared, k: int = 5) -> Reply | None:
    """The comparison answered notice by notice, or None when the question compares nothing."""
    sides = compared_sides(p)
    if not sides:
        return None
    parts, cites, leads = [], [], []
    for nid in sides:
        sub = prepare(index, p.question, Scope((nid,), p.scope.reason), k=k, named_by_user=True)
        routed = routed_reply(index, sub)
        reply = checked_reply(index, sub, routed or composed_reply(index, sub), routed is None)
        name = f"《{notice_profile(index.records[nid].notice).label}》："
        if reply.abstained and not reply.citations:
            parts.append(name + SIDE_SILENT)
            continue
        shift = len(cites)
        parts.append(name + MARKER.sub(lambda m: f"[{int(m.group(1)) + shift}]", reply.text))
        cites += [replace(c, n=c.n + shift) for c in reply.citations]
        if reply.lead:
            leads.append(name + MARKER.sub(lambda m: f"[{int(m.group(1)) + shift}]", reply.lead))
    if not cites:
        return Reply(NO_ANSWER, True, ())
    return Reply("\n".join(parts), False, tuple(cites), "\n".join(leads))
