"""The rest of the 一是 item an anchor sentence sits in: an item's sentences are one measure (一是强化警示宣传。3次专题解读。
创新文化建设,上墙公示。), so a measures reply quoting the anchor and then the siblings' openings (二是…, 三是…) reads the
anchor on to its item's end rather than dropping the item's later sentences (round 151).

Example:
    >>> t = "整改情况:一是强化宣传。3次专题解读。创新文化建设,上墙公示。二是专人督导。"
    >>> t[slice(*item_rest(t, t.index("3次"), t.index("创新"), 160))]
    '3次专题解读。创新文化建设,上墙公示。'
"""
from __future__ import annotations

from genre.questions import load_questions
from retrieval.chunk import sentence_spans


def item_rest(text: str, a0: int, b0: int, limit: int) -> tuple[int, int]:
    """The anchor sentence A0..B0 read on over the sentences after it in its paragraph up to the next item, within
    LIMIT characters from A0, when an item of a 一是 run opens at or before it in that paragraph; A0..B0 otherwise.

    >>> item_rest("召开党组会。研究整改方案。", 0, 6, 160)
    (0, 6)
    """
    items = load_questions().enum_item   # 一是 / （1） / ① … (genre questions.toml [enum_item])
    start = text.rfind("\n", 0, a0) + 1
    end = text.find("\n", b0) if "\n" in text[b0:] else len(text)
    spans = sentence_spans(text, start, end, clauses=False)
    if not any(items.match(text[a:b]) for a, b in spans if a <= a0):
        return a0, b0
    for a, b in spans:
        if a < b0:
            continue
        if items.match(text[a:b]) or b - a0 > limit:
            break
        b0 = b
    return a0, b0
