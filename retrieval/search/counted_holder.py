"""The part whose points are counted when the heading a question names has none of its own.

Staff point at a part by words of its heading (开头讲加强组织领导的那一部分，列了几个小点): the words may be those of a
point inside the part ((二)加强组织领导,压紧压实责任 under 一、加强对巡察整改的组织领导情况), which has no points of its
own. Its points asked, the named heading read as the part is the nearest one above it that has points: the part the
asker has in mind, not a point divided no further (a point asked by its position, 第二点下面有几个小点, is answered
"none" by answer/no_points.py; this is the heading named by its words only).

    >>> counted_holder([], []) is None
    True
"""
from __future__ import annotations

from retrieval.parse import Section
from retrieval.search.held import children, heading_tail


def counted_holder(secs: list[Section], named: list[Section], words: str = "") -> Section | None:
    """The first of NAMED when it has points, else the nearest section above it that has points and whose heading
    shares two characters running with the words the heading is named by (WORDS: 加强组织领导 and 一、加强对巡察整改的
    组织领导情况 share 组织, 领导: the asker retells the part, its point echoes it), else the first of NAMED (None when
    NAMED is empty)."""
    if not named:
        return None
    up, tail = named[0], heading_tail(secs, words) if words else ""
    if children(secs, up):
        return up
    pairs = {tail[i:i + 2] for i in range(len(tail) - 1)}
    while up.parent >= 0:
        up = secs[up.parent]
        if children(secs, up):
            return up if any(p in up.heading for p in pairs) else named[0]
    return named[0]
