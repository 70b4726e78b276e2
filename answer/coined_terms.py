"""The sentence that coined a quoted term, read with a measure referring back to it (genre coined.toml [coined]).

A notice names what it sets up by a quoted term (建立了问题清单、整改清单、责任清单“三清单”) and a later measure uses
that name alone (对照“三清单”建立了整改工作台账): quoting the later one, the earlier sentence says what the term holds.

    >>> t = "二是建立了问题清单、整改清单“两清单”。三是对照“两清单”建立台账。"
    >>> [t[a:b] for a, b in coined_before(t, [(t.index("三是"), len(t))])]
    ['二是建立了问题清单、整改清单“两清单”。']
"""
from __future__ import annotations

from genre.data_files import compile_re, read_toml
from retrieval.chunk import sentence_spans

REFERS = compile_re(read_toml("coined.toml")["coined"]["refers"], "coined.toml", "coined.refers")


def coined_before(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of each sentence before SPANS that first wrote a quoted term one of SPANS refers back to, and
    that no span already holds; [] when none refers back.

    >>> coined_before("对照“两清单”建立台账。", [(0, 12)])
    []
    """
    out: list[tuple[int, int]] = []
    for a, b in spans:
        for m in REFERS.finditer(text, a, b):
            first = text.find(m.group(1))
            if first < 0 or first >= m.start(1) or any(x <= first < y for x, y in spans + out):
                continue
            line = text.rfind("\n", 0, first) + 1
            end = text.find("\n", first)
            held = next(((x, y) for x, y in sentence_spans(text, line, len(text) if end < 0 else end, clauses=False)
                         if x <= first < y), None)
            if held is not None:
                out.append(held)
    return out
