"""A quoted slogan asked by the words around it (genre/data/questions.toml [slogan_named]): 考核评比争取的目标口号是怎么说的
of 争取各项考核评比“保五争三拼第一”, 要迭代升级的是什么健康行动 of 迭代升级“16819”健康行动.

Example:
    >>> t = "每季评选优秀个人,争取各项考核评比“保五争三拼第一”,各条线长板特色进一步彰显。迭代升级“16819”健康行动,加快打造。"
    >>> [t[a:b] for a, b in slogans_named(t, "考核评比争取的目标口号是怎么说的，要迭代升级的是什么健康行动")]
    ['争取各项考核评比“保五争三拼第一”', '迭代升级“16819”健康行动']
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre.asking import load_asking
from genre.data_files import compile_re, get, section

FILE = "questions.toml"
CLAUSE_END = "，,。；;？?！!\n"


@dataclass(frozen=True)
class SloganNamed:
    asks: re.Pattern[str]
    strong: re.Pattern[str]
    quote: re.Pattern[str]
    asking_words: re.Pattern[str]
    before: int
    after: int
    min_pairs: int


@functools.cache
def load_slogan_named() -> SloganNamed:
    """The [slogan_named] table of questions.toml, read once."""
    t = section(FILE, "slogan_named")
    pat = lambda k: compile_re(get(t, k, str, FILE, "slogan_named"), FILE, f"slogan_named.{k}")
    return SloganNamed(pat("asks"), pat("strong"), pat("quote"), pat("asking_words"),
                       get(t, "before", int, FILE, "slogan_named"), get(t, "after", int, FILE, "slogan_named"),
                       get(t, "min_pairs", int, FILE, "slogan_named"))


def _pairs(words: str) -> set[str]:
    """The pairs of adjacent characters of WORDS (考核评比 -> 考核, 核评, 评比)."""
    return {words[i:i + 2] for i in range(len(words) - 1)}


def _clause_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause of TEXT holding START..END: from the mark before START to the mark after END."""
    a = max(text.rfind(c, 0, start) for c in CLAUSE_END) + 1
    ends = [i for i in (text.find(c, end) for c in CLAUSE_END) if i >= 0]
    return a, min(ends) if ends else len(text)


def slogans_named(text: str, question: str, start: int = 0) -> list[tuple[int, int]]:
    """The clause of TEXT (after START) holding the quote each name-asking clause of QUESTION points at by the words
    around it, in the question's order; [] unless a clause writes a slogan word (口号, 叫什么) and finds its quote.

    >>> slogans_named("深化“最多跑一次”改革。", "深化的是什么改革？")
    []
    """
    s = load_slogan_named()
    if not s.strong.search(question):
        return []
    found: list[tuple[int, int]] = []
    strong_found = False
    for clause in re.split(f"[{CLAUSE_END}]", question):
        if not s.asks.search(clause):
            continue
        pairs = {p for p in _pairs(s.asking_words.sub("|", clause)) if "|" not in p}   # 考核评比争取: 考核, 评比, 争取…
        best: tuple[int, int, int] | None = None
        for m in s.quote.finditer(text, start):
            a, b = _clause_span(text, m.start(), m.end())
            around = text[max(a, m.start() - s.before):m.start()] + "|" + text[m.end():min(b, m.end() + s.after)]
            score = len(pairs & _pairs(around))
            if score >= s.min_pairs and (best is None or score > best[0]):
                best = (score, a, b)
        if best is not None:
            held = text[best[1]:best[2]]
            span = (best[1] + len(held) - len(held.lstrip()), best[2])
            if span not in found:
                found.append(span)
                strong_found = strong_found or bool(s.strong.search(clause))
    return found if strong_found else []


def asking_clauses(question: str) -> int:
    """How many clauses of QUESTION ask something (genre asking.toml asks): more than the slogans found leaves others.

    >>> asking_clauses("考核评比的口号是什么，全市域要打造什么")
    2
    """
    asks = load_asking().asks
    return sum(1 for c in re.split(f"[{CLAUSE_END}]", question) if c.strip() and asks.search(c))
