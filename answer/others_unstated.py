"""A count asked of the others beside the one a notice counts (枣庄社科联党组一把手开了9次会，那其他班子成员各开了多少次?):
refused when no sentence of the notice writes those others with a count in the asked unit; the figure the notice does
state is quoted, never passed off as the others' (genre claims.toml [others_asked]).

Example:
    >>> others_unstated("那其他班子成员各开了多少次？", ["党组主要负责同志主持召开党组会议9次。班子成员以身作则。"])
    '通报没有写明其他班子成员的次数。'
"""
from __future__ import annotations

import functools
import re

from genre.data_files import compile_re, get, section

FILE = "claims.toml"
NOT_STATED = "通报没有写明其他{who}的{unit}。"
SENTENCE = re.compile(r"[^。；;！!？?\n]+")


@functools.cache
def _rules() -> tuple[re.Pattern[str], str, int]:
    s = section(FILE, "others_asked")
    return (compile_re(get(s, "asked", str, FILE, "others_asked"), FILE, "others_asked.asked"),
            get(s, "stated", str, FILE, "others_asked"), get(s, "span", int, FILE, "others_asked"))


def others_unstated(question: str, texts: list[str]) -> str:
    """The refusal when QUESTION asks a count of the others (其他班子成员) and no sentence of TEXTS (the answering
    notices) writes them with a count in the asked unit; "" otherwise.

    >>> others_unstated("其他班子成员各开了多少次？", ["班子成员分别召开分管领域会议12次。"])
    ''
    >>> others_unstated("其他班子成员各负责什么？", ["班子成员以身作则。"])   # no count asked
    ''
    """
    asked, stated, span = _rules()
    m = asked.search(question)
    if m is None:
        return ""
    who, unit = m.group("who"), m.group("unit") or ""
    count = re.compile(stated + (re.escape(unit) if unit else r"[次项条件人名场回个]"))
    for text in texts:
        for s in SENTENCE.finditer(text):
            for at in (i.start() for i in re.finditer(re.escape(who), s.group())):
                if count.search(s.group()[max(0, at - span):at + len(who) + span]):
                    return ""
    return NOT_STATED.format(who=who, unit=unit + "数" if unit else "数字")
