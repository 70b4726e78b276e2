"""How Chinese notices and questions mark their sentences and clauses: the one place these patterns are written.

A sentence ends at 。；！？ (full or half width) or a line break; a clause also ends at ，：. 、 joins the members of a
list inside a clause, so it ends neither.

Example:
    >>> [m.group() for m in SENTENCE.finditer("共4条。已完成3条；1条推进中")]
    ['共4条', '已完成3条', '1条推进中']
    >>> [m.group() for m in CLAUSE.finditer("反馈问题29个，已完成28个、阶段性完成1个")]
    ['反馈问题29个', '已完成28个、阶段性完成1个']
"""
from __future__ import annotations

import re

SENTENCE = re.compile(r"[^。；;！!？?\n]+")        # a sentence without its closing mark
CLAUSE = re.compile(r"[^，,；;：:。！？!?\n]+")     # a clause without its closing mark (、 stays inside)


def sentence_at(text: str, pos: int) -> re.Match[str] | None:
    """The SENTENCE match of TEXT holding POS (its closing mark left out); None when POS is on a mark.

    >>> sentence_at("共4条。已完成3条；1条推进中", 6).group()
    '已完成3条'
    """
    return next((m for m in SENTENCE.finditer(text) if m.start() <= pos < m.end()), None)
