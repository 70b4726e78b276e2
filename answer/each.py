"""Kinds asked each (总方案和专项方案各几个, 方面和单位分别多少个): the clause counting each kind leads, one clause when it
counts both (反映涉及4个方面、29个单位), two when the notice counts them in two clauses of one sentence (研究制定1个总方案,
2个专项方案). A kind is found by the longest end of its name written right after a count (1个总方案) or right before
one (批示6次): 专项方案 is not 总方案 though both end in 方案.

Example:
    >>> t = "研究制定1个总方案,2个专项方案"
    >>> [t[a:b] for a, b in kinds_clauses(t, [(1.0, 0, 9, {"1"}), (0.9, 10, 16, {"2"})], "总方案和专项方案各几个", 2)]
    ['研究制定1个总方案', '2个专项方案']
"""
from __future__ import annotations

import re
from os.path import commonprefix

from answer.parts import part_asked

COUNT = r"\d+(?:\.\d+)?\s*(?:余|多)?\s*[个项条件次名人家类批起处张份套本种笔]?"


def counted_end(kind: str, clause: str, shared: int = 0) -> int:
    """The length of the longest end of KIND (two characters or more, longer than the SHARED end of the other kind) CLAUSE
    writes beside a count; 0 when none.

    >>> counted_end("专项方案", "研究制定1个总方案"), counted_end("审计报告反映的方面", "反映涉及4个方面、29个单位")
    (0, 2)
    """
    for size in range(len(kind), max(1, shared), -1):
        end = re.escape(kind[-size:])
        if re.search(COUNT + end + "|" + end + r"\s*\d", clause):
            return size
    return 0


def kinds_clauses(text: str, scored: list[tuple], question: str, figures: int) -> list[tuple[int, int]] | None:
    """For kinds asked each: the spans of the clauses (SCORED best first: score, start, stop, counts, …) counting each
    kind by the longest end of its name; None when not asked so, more is asked than the kinds (FIGURES, the figures
    asked: 有几家？独立支部和联合支部各多少？) or a kind is counted by no clause."""
    ask = part_asked(question)
    if ask is None or len(ask.parts) < 2 or figures != len(ask.parts):
        return None
    shared = len(commonprefix([ask.parts[0][::-1], ask.parts[1][::-1]]))   # 独立支部, 联合支部: 支部 tells neither
    chosen = []
    for kind in ask.parts:
        fits = [(counted_end(kind, text[s[1]:s[2]], shared), -i) for i, s in enumerate(scored) if s[3]]
        best = max(fits, default=(0, 0))
        if best[0] == 0:
            return None
        chosen.append(scored[-best[1]])
    return sorted({(s[1], s[2]) for s in chosen})
