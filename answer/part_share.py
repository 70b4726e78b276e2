"""One part's share of the parts' total, asked beside the total (四个方面一共多少问题，群众身边腐败那方面占百分之几): the
notice states each part's count in its heading and neither their sum nor any share, so the sum is worked out by
answer/totals.py and the named part's share of it here, said as worked out (genre worked.toml [parts_total] share).

Example:
    >>> share_asked("四个方面一共多少问题 群众身边腐败那方面占百分之几")
    ('四个方面一共多少问题', '群众身边腐败')
    >>> t = "(一)甲乙方面(7个问题)\\n(二)群众身边腐败问题方面(11个问题)"
    >>> part_share_note(t, [(0, 12), (13, 33)], "群众身边腐败")
    '（按通报数字推算：其中“(二)群众身边腐败问题方面”11个问题，11÷18，约占61.1%。）'
"""
from __future__ import annotations

import functools
import re

from answer.worked import share_said
from genre.data_files import compile_re, get, section
from genre.figures import arabic
from genre.parts_asked import parts_count

NOTE = "（按通报数字推算：其中“{name}”{n}{unit}{noun}，{n}÷{total}，{share}。）"


@functools.cache
def _pattern(key: str) -> re.Pattern[str]:
    """worked.toml [parts_total] KEY compiled (share, share_clauses, share_plain)."""
    return compile_re(get(section("worked.toml", "parts_total"), key, str, "worked.toml"), "worked.toml", f"parts_total.{key}")


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def share_asked(question: str) -> tuple[str, str] | None:
    """(the question without its share clause, the words naming the part) when one clause of QUESTION asks a part's share
    and another clause remains to ask the total; None otherwise.

    >>> share_asked("群众身边腐败那方面占百分之几") is None
    True
    """
    clauses = [c for c in _pattern("share_clauses").split(question) if c]
    asked = [i for i, c in enumerate(clauses) if _pattern("share").search(c)]
    if len(asked) != 1 or len(clauses) < 2:
        return None
    i = asked[0]
    part = _pattern("share_plain").sub("", clauses[i][:_pattern("share").search(clauses[i]).start()])
    if len(part) < 2:
        return None
    return "，".join(clauses[:i] + clauses[i + 1:]), part


def part_share_note(text: str, spans: list[tuple[int, int]], part: str) -> str:
    """The share of the heading among SPANS (the parts summed) that shares most words with PART, over the sum of their
    counts; "" when no heading shares a word with it, or two share as many."""
    counts = []
    for a, b in spans:
        held = arabic(text[a:b])   # 方面(七个问题) as 方面(7个问题) (genre figures.toml [numerals])
        m = next(parts_count().finditer(held), None)
        if m is None:
            return ""
        figure, unit = (m.group("n"), m.group("unit")) if m.group("n") else (m.group("n2"), m.group("unit2"))
        counts.append((held[:m.start()].strip().rstrip("(（ "), int(figure), unit, m.group("noun") or m.group("noun2")))
    fits = [len(_bigrams(part) & _bigrams(name)) for name, *_ in counts]
    best = max(fits, default=0)
    if best == 0 or fits.count(best) > 1:
        return ""
    name, n, unit, noun = counts[fits.index(best)]
    total = sum(c[1] for c in counts)
    return NOTE.format(name=name, n=n, unit=unit, noun=noun, total=total, share=share_said(n, total))
