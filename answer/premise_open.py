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
    more: tuple[tuple[int, int], ...] = ()   # further lines stating it (a subtitle wrapped over two lines), each cited


def renumbered(text: str, by: int = 1) -> str:
    """TEXT with each citation mark moved BY up (citations are put before them)."""
    return MARKER.sub(lambda m: f"[{int(m.group(1)) + by}]", text)


def opened_with(index: Index, nid: str, check: PremiseCheck, reply: Reply, scope_note: str) -> Reply:
    """REPLY opened with CHECK: its words, then the clause of notice NID it cites as [1] (and its further lines as [2]…),
    the scope note kept first."""
    added = tuple(cite(index, nid, a, b, i + 1) for i, (a, b) in enumerate(((check.start, check.end),) + check.more))
    shifted = renumbered(reply.text, len(added))
    head = scope_note if scope_note and shifted.startswith(scope_note) else ""
    said = "".join(f"{c.quote}[{c.n}]" for c in added)
    text = head + check.said + said + "。" + shifted[len(head):]
    cites = added + tuple(replace(c, n=c.n + len(added)) for c in reply.citations)
    return replace(reply, text=text, citations=cites)
