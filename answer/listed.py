"""Whether the quotes of a reply list the things a count is asked of, so the listing itself is their count: outline
items quoted one by one (一、…, (二)…, 3.…), as a structure answer quotes a notice's headings.

Example:
    >>> outline_listed(["一、提高政治站位,统一思想认识", "二、加强组织领导,靠实主体责任"])
    True
"""
from __future__ import annotations

import re

OUTLINE_ITEM = re.compile(r"\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d+[.、．](?!\d))")   # 一、 (一) 1.


def outline_listed(quotes: list[str]) -> bool:
    """Whether the QUOTES are two or more outline items, each opening with its marker (一、…, (二)…): the listing counts them.

    >>> outline_listed(["一、提高政治站位,统一思想认识", "二、加强组织领导,靠实主体责任"]), outline_listed(["反映的400个问题"])
    (True, False)
    """
    return sum(bool(OUTLINE_ITEM.match(t)) for t in quotes) >= 2
