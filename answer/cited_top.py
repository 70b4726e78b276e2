"""The contexts a composed answer shows: the search in rank order, with the passage of a quote the first few miss.

A composed answer quotes the top contexts' sentences, so its contexts stay in the search's order (answer/quoted.py
says why they are not reordered). But a question of two asks (区科协先开了什么会？整改台账怎么管的？) gets its second
ask answered by a sentence of its own (answer/each_ask.py, answer/asks.py), often from a passage the first SHOWN
contexts do not hold; the reader, checking that quote against the contexts, would not find it. So each such quote's
passage (the search's own later hit when it holds the quote, else the notice's chunks around it) takes the place of
the lowest-ranked of the first SHOWN that holds no quote, up to MAX_ADDED, the search's best staying in view.
SHOWN is the caller's: `ask`'s `shown` (its k unless told, the contexts the CLI lists; the eval harness retrieves ten
for MRR@10 but passes the k it scores recall at).

Example:
    >>> [h.chunk.id for h in cited_top(index, hits, citations, shown=5)][:5]   # the 7th hit holds the second ask's quote
    [hits[0].chunk.id, hits[1].chunk.id, hits[2].chunk.id, hits[3].chunk.id, hits[6].chunk.id]
"""
from __future__ import annotations

from dataclasses import replace

from answer.quoted import holds, passage
from retrieval.index.opened import Index
from retrieval.records import Citation
from retrieval.search.rank import Hit

MAX_ADDED = 2   # passages moved in for asks beyond the first: two at most, so the search's best stay in view


def cited_top(index: Index, hits: tuple[Hit, ...], citations: tuple[Citation, ...], shown: int) -> tuple[Hit, ...]:
    """HITS with the passage of each quote none of the first SHOWN holds moved into them (in the order quoted) in place
    of the lowest-ranked holding no quote, never one of the first SHOWN - MAX_ADDED; HITS unchanged when the first
    SHOWN hold every quote."""
    top = list(hits[:shown])
    cites = [c for c in citations if c.notice_id in index.records]
    moved: list[Hit] = []
    for c in cites:
        if any(holds(h, c) for h in top):
            continue
        free = [i for i in range(len(top) - 1, shown - MAX_ADDED - 1, -1)
                if top[i] not in moved and not any(holds(top[i], q) for q in cites)]
        hit = next((h for h in hits[shown:] if holds(h, c)), None) or passage(index, c)
        if not free or hit is None:
            continue
        top[free[0]] = hit
        moved.append(hit)
    if not moved:
        return hits
    kept = [h for h in top if h not in moved]
    rest = [h for h in hits if h not in kept and h not in moved]
    return tuple(replace(h, rank=i + 1) for i, h in enumerate(kept + moved + rest))
