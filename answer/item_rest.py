"""The rest of the 一是 item an anchor sentence sits in, when the question names the item by its title: an item's
sentences are one measure (一是强化警示宣传。3次专题解读。创新文化建设,上墙公示。 asked 怎么宣传的), so a measures reply
quoting the anchor and then the siblings' openings (二是…, 三是…) reads the anchor on to its item's end rather than
dropping the item's later sentences (round 151).

Example:
    >>> t = "整改情况:一是强化宣传。3次专题解读。创新文化建设,上墙公示。二是专人督导。"
    >>> t[slice(*item_rest(t, t.index("3次"), t.index("创新"), 160, ("宣传",), []))]
    '3次专题解读。创新文化建设,上墙公示。'
"""
from __future__ import annotations

from collections.abc import Iterable

from genre.questions import load_questions
from retrieval.chunk import sentence_spans


def item_rest(text: str, a0: int, b0: int, limit: int, words: Iterable[str],
              taken: list[tuple[int, int]]) -> tuple[int, int]:
    """The anchor sentence A0..B0 read on over the sentences after it in its paragraph up to the next item, a sentence
    already TAKEN or LIMIT characters from A0, when it sits in the detail of a 一是 run's item whose title sentence
    holds one of the question's WORDS the anchor does not (the question names the item by its title); A0..B0
    otherwise.

    >>> t = "整改情况:一是强化宣传。3次专题解读。创新文化建设。二是专人督导。"
    >>> item_rest(t, t.index("3次"), t.index("创新"), 160, ("督导",), []) == (t.index("3次"), t.index("创新"))
    True
    """
    items = load_questions().enum_item   # 一是 / （1） / ① … (genre questions.toml [enum_item])
    start = text.rfind("\n", 0, a0) + 1
    end = text.find("\n", b0) if "\n" in text[b0:] else len(text)
    spans = sentence_spans(text, start, end, clauses=False)
    title = next((text[a:b] for a, b in reversed(spans) if a < a0 and items.match(text[a:b])), "")
    if not any(w in title and w not in text[a0:b0] for w in words):
        return a0, b0
    for a, b in spans:
        if a < b0:
            continue
        if items.match(text[a:b]) or b - a0 > limit or any(x < b and a < y for x, y in taken):
            break
        b0 = b
    return a0, b0
