"""Members of a listed set counted by a word their names hold (其中带“专项”两个字的有几个): the notice lists the set
(下设综合组、整改督察组、选人用人专项整改组、意识形态专项整改组) and counts no part of it, so the members holding the word are
counted from the list and named after the list's own count (genre questions.toml [holding_members]).

Example:
    >>> holding_note("下设了几个组？其中带“专项”两个字的有几个？", ["综合组、整改督察组、选人用人专项整改组、意识形态专项整改组"])
    '其中带“专项”的2个：选人用人专项整改组、意识形态专项整改组。'
"""
from __future__ import annotations

from answer.listed import members
from genre.holding_ask import holding_asked, without_holding  # noqa: F401 (the ask read where it is counted)

LIST_SEP = "、"   # how a notice joins the members of a set it lists
NOTE = "其中带“{word}”的{n}个：{names}。"


def holding_note(question: str, quotes: list[str]) -> str:
    """How many members of the first 、-list in QUOTES hold the word asked, and which ("" when none is asked or listed).

    >>> holding_note("其中带“机制”的有几个", ["建立了问题清单、整改清单"])
    ''
    """
    word = holding_asked(question)
    for quote in quotes if word else ():
        items = members(quote) if LIST_SEP in quote else []
        held = [m for m in items if word in m]
        if len(items) >= 2 and held:
            return NOTE.format(word=word, n=len(held), names="、".join(held))
    return ""
