"""Measures asked by an aspect of the work (在思想层面是怎么抓整改的, genre measures.toml [[aspect]]): the 一是…二是… item
of the answering notice whose text uses most of the aspect's words answers, each of its sentences quoted.

    >>> aspect_asked("我们局党组在思想层面是怎么抓巡察整改的？").name, aspect_asked("怎么抓整改的？") is None
    ('思想认识', True)
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre.data_files import compile_re, entries, get
from retrieval.chunk import sentence_spans
from retrieval.index.opened import Index
from retrieval.search.rank import Hit

FILE = "measures.toml"
ITEM_SENTENCES = 4   # an item is quoted whole up to this many sentences (its title sentence first)
ITEM_CHARS = 800     # a leaf section longer than this is a part, not one item
LEAST_WORDS = 2      # the item answers when it uses at least this many of the aspect's words, more than any other item


@dataclass(frozen=True)
class Aspect:
    name: str
    asked: re.Pattern[str]
    words: tuple[str, ...]


@functools.lru_cache(maxsize=1)
def aspects() -> tuple[Aspect, ...]:
    return tuple(Aspect(get(e, "name", str, FILE, w), compile_re(get(e, "asked", str, FILE, w), FILE, w),
                        tuple(get(e, "words", list, FILE, w))) for w, e in entries(FILE, "aspect"))


def aspect_asked(question: str) -> Aspect | None:
    """The aspect QUESTION asks the measures of, None when it names none."""
    return next((a for a in aspects() if a.asked.search(question)), None)


def used(aspect: Aspect, text: str) -> int:
    """How many of ASPECT's words TEXT uses: used(思想认识, "深入学习…重要论述,深化理解认识") == 4."""
    return sum(w in text for w in aspect.words)


def aspect_item(index: Index, hits: list[Hit], question: str) -> list[tuple]:
    """Candidate tuples (1.0, rank, start, end, hit), the detail sentences of the leaf item (一是…, (一)…) of the top HITS'
    notice that uses most of the asked aspect's words, when it uses at least LEAST_WORDS of them and no other item as
    many; [] otherwise (no aspect asked, no such item)."""
    aspect = aspect_asked(question)
    if aspect is None or not hits:
        return []
    nid = hits[0].notice_id
    rec = index.records[nid]
    text = rec.notice.text
    near = [h for h in hits[:5] if h.notice_id == nid]
    items = [s for s in rec.sections if s.body_end == s.end and s.end - s.start <= ITEM_CHARS   # a leaf item: 一是…, (一)…
             and any(s.start < h.end and h.start < s.body_end for h in near)]
    scored = sorted(((used(aspect, text[s.start:s.body_end]), s) for s in items), key=lambda x: -x[0])
    if not scored or scored[0][0] < LEAST_WORDS or (len(scored) > 1 and scored[1][0] >= scored[0][0]):
        return []
    best = scored[0][1]
    hit = next(h for h in near if best.start < h.end and h.start < best.body_end)
    spans = sentence_spans(text, best.start, best.body_end, clauses=False)
    if len(spans) > 1 and spans[0][1] <= best.heading_end + 1:   # the item's title sentence: its detail answers
        spans = spans[1:]
    spans = spans[:ITEM_SENTENCES]
    return [(1.0, hit.rank, a, b, hit) for a, b in spans]
