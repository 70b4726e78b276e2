"""A sum of named parts held against another part (基层党组织建设那块和巡视巡察审计整改那块各有几个问题？两块加起来比群众身边
腐败那块少几个？): the notice states each part's count in its heading (answer/totals.py sums the parts named), and the part
named after 比 is read among the same headings by its words; the sum's difference from it is said as worked out
(genre worked.toml [parts_total] against).

Example:
    >>> t = "(一)甲乙方面(3个问题)\\n(二)群众身边腐败问题方面(11个问题)\\n(三)基层党组织建设方面(5个问题)\\n(四)审计整改方面(2个问题)"
    >>> summed_against(t, [(t.index("(三)"), t.index("(四)") - 1), (t.index("(四)"), len(t))], "群众身边腐败")[1]
    '比“(二)群众身边腐败问题方面”11个问题少4个'
"""
from __future__ import annotations

import re

from genre.figures import arabic
from genre.parts_asked import parts_count
from genre.questions import load_questions

HEADING = re.compile(r"^[(（][一二三四五六七八九十]+[)）]", re.MULTILINE)   # a part's heading: (二)…方面(11个问题)


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def sum_against_asked(question: str, against: re.Match[str] | None) -> str | None:
    """QUESTION with its ask against a part (比…那块少几个) read as the sum's ask (一共多少) when it also asks a sum of
    parts (加起来比…少几个); None otherwise.

    >>> from genre.parts_asked import _parts_total
    >>> q = "两块加起来比群众身边腐败那块少几个"
    >>> sum_against_asked(q, _parts_total()["against"].search(q))
    '两块加起来一共多少个'
    """
    if against is None or not load_questions().asks_sum.search(question[:against.start()]):
        return None
    return question[:against.start()] + "一共多少" + question[against.end():]


def summed_against(text: str, spans: list[tuple[int, int]], other: str) -> tuple[tuple[int, int], str] | None:
    """(the span of the heading OTHER names, the sum of SPANS' counts said against its count), the heading being the one
    of the same kind, not summed, sharing most word pairs with OTHER; None when none or two fit as well."""
    counts = [next(parts_count().finditer(arabic(text[a:b])), None) for a, b in spans]
    if any(m is None for m in counts):
        return None
    total = sum(int(m.group("n") or m.group("n2")) for m in counts)
    ends = [(m.start(), text.find("\n", m.start())) for m in HEADING.finditer(text)]
    lines = [(a, len(text) if b < 0 else b) for a, b in ends if not any(a == s for s, _ in spans)]
    fits = [(len(_bigrams(other) & _bigrams(text[a:b])), a, b) for a, b in lines]
    best = max((f for f, _, _ in fits), default=0)
    if best == 0 or sum(f == best for f, _, _ in fits) > 1:
        return None
    _, a, b = next(f for f in fits if f[0] == best)
    m = next(parts_count().finditer(arabic(text[a:b])), None)
    if m is None:
        return None
    n, unit, noun = (int(m.group("n")), m.group("unit"), m.group("noun")) if m.group("n") else \
        (int(m.group("n2")), m.group("unit2"), m.group("noun2"))
    name = text[a:a + m.start()].rstrip("(（ ")
    word = "少" if total < n else "多"
    return (a, b), f"比“{name}”{n}{unit}{noun}{word}{abs(n - total)}{unit}" if total != n else f"与“{name}”{n}{unit}{noun}相同"
