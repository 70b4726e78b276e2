"""A document a notice only mentions by its kind (胜山镇、市文广局出台了议事决策制度), asked by its name or its issue day
(genre/documents.py): neither is stated, said with the clause that mentions it.

Example:
    >>> document_unstated("胜山镇出台的议事决策制度叫什么名字，哪天印发的", ["在审计期间,胜山镇、市文广局出台了议事决策制度;有些单位"])
    (0, '通报只提到“胜山镇、市文广局出台了议事决策制度”，没有写明其名称和印发日期。')
"""
from __future__ import annotations

import re

from genre.documents import document_asked

CLAUSE = re.compile(r"[^，,；;。：:\n]+")
TITLED = re.compile(r"《[^》]+》")
DATED = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}-\d{1,2}-\d{1,2}")
MIN_NAMED = 4   # a document found in a quote by at least this many last characters of its name (决策制度)


def document_unstated(question: str, quotes: list[str]) -> tuple[int, str] | None:
    """(the quote's index, why) when the question asks a document's name or issue day and a quote mentions the document
    with no title in 《》 (name asked) and no day (day asked) anywhere in it; None otherwise.

    >>> document_unstated("议事决策制度叫什么名字？", ["印发了《议事决策制度》"]), document_unstated("制度叫什么？", ["建立制度"])
    (None, None)
    """
    asked = document_asked(question)
    if asked is None:
        return None
    doc = asked.document
    tails = [doc[i:] for i in range(len(doc) - MIN_NAMED + 1)]   # longest first
    for i, quote in enumerate(quotes):
        clause = next((c.group() for t in tails for c in CLAUSE.finditer(quote) if t in c.group()), None)
        if clause is None:
            continue
        name_missing = asked.name and not TITLED.search(quote)
        day_missing = asked.day and not DATED.search(quote)
        if (name_missing or not asked.name) and (day_missing or not asked.day):
            what = "和".join(w for w, on in (("名称", asked.name), ("印发日期", asked.day)) if on)
            return i, f"通报只提到“{clause.strip()}”，没有写明其{what}。"
    return None
