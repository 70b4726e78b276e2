"""How a unit regards the rectification, asked (把这次巡视整改定位成什么, 看作什么): the clause 把 + the work + 作为/当作/视为 +
what it is held to be answers, the one whose work the question names most (genre questions.toml [framed_as]).

Example:
    >>> t = "把做好巡视整改作为政治检验,作为自觉行动。把省委巡视整改作为政治忠诚的重要检验、深化自我革命的具体行动,扎实做好。"
    >>> a, b = framed_clause(t, "广元市委把这次省委巡视整改定位成什么？"); t[a:b]
    '把省委巡视整改作为政治忠诚的重要检验、深化自我革命的具体行动'
"""
from __future__ import annotations

import functools
import re

from genre.data_files import get, section

FILE = "questions.toml"


@functools.cache
def _pattern(key: str) -> re.Pattern[str]:
    return re.compile(get(section(FILE, "framed_as"), key, str, FILE, "framed_as"))


def framed_asked(question: str) -> bool:
    """Whether QUESTION asks what the work is regarded as: `framed_asked("把整改看作什么？")` is True."""
    return bool(_pattern("asked").search(question))


def framed_clauses(text: str, question: str, start: int = 0) -> list[tuple[int, int]]:
    """(start, end) in TEXT (from START) of each 把…作为… clause whose work shares most two-character pieces with
    QUESTION (several when they tie: 把做好巡视整改作为… and 把省委巡视整改作为… for 把巡视整改当成什么), each with the
    further 作为… clauses that follow it; [] when QUESTION asks no such thing or TEXT holds no such clause."""
    if not framed_asked(question):
        return []
    pieces = {question[i:i + 2] for i in range(len(question) - 1)}
    scored: list[tuple[int, tuple[int, int]]] = []
    for m in _pattern("clause").finditer(text, start):
        work, end = m.group("work"), m.end()
        while more := _pattern("more").match(text, end):   # …的政治检验,作为…的自觉行动: one regard after another
            end = more.end()
        scored.append((sum(work[i:i + 2] in pieces for i in range(len(work) - 1)), (m.start(), end)))
    top = max((s for s, _ in scored), default=0)
    return [span for s, span in scored if s == top]


def framed_clause(text: str, question: str, start: int = 0) -> tuple[int, int] | None:
    """The first of `framed_clauses`, or None."""
    return next(iter(framed_clauses(text, question, start)), None)
