"""A premise's check opening the answer (对，… / 不对，不是…), the notice's clause stating the true value cited first
and the reply's own citations renumbered after it; shared by the premise checks (answer/premise_body.py,
answer/premise_number.py).

Example:
    >>> renumbered("已清理用地款1.05亿元[1]，见[2]")
    '已清理用地款1.05亿元[2]，见[3]'
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from answer.forms import cite
from answer.prepared import Reply
from retrieval.index.opened import Index

MARKER = re.compile(r"\[(\d+)\]")


@dataclass(frozen=True)
class PremiseCheck:
    said: str    # 对， / 不对，不是“区委巡查组”，  said before the cited clause
    start: int   # the clause stating the true value, in the notice's text
    end: int


def renumbered(text: str) -> str:
    """TEXT with each citation mark moved one up (a citation is put before them)."""
    return MARKER.sub(lambda m: f"[{int(m.group(1)) + 1}]", text)


def opened_with(index: Index, nid: str, check: PremiseCheck, reply: Reply, scope_note: str) -> Reply:
    """REPLY opened with CHECK: its words, then the clause of notice NID it cites as [1], the scope note kept first."""
    added = cite(index, nid, check.start, check.end, 1)
    shifted = renumbered(reply.text)
    head = scope_note if scope_note and shifted.startswith(scope_note) else ""
    text = head + check.said + added.quote + "[1]。" + shifted[len(head):]
    cites = (added,) + tuple(replace(c, n=c.n + 1) for c in reply.citations)
    return replace(reply, text=text, citations=cites)
