"""What lies right under a finding named in the asker's words (X的那个问题，下面具体点的是什么; genre questions.toml
[below_finding]): the finding's heading line found by the question's words, the next line under it that is not a bare
field label (整改进展情况:) answers.

Example:
    >>> t = "1.关于“引领哲学社会科学工作还不够有为”的问题。\\n\\n针对“推动工作不够主动”的问题\\n\\n整改进展情况:\\n一是…"
    >>> a, b = below_finding(t, "引领工作不够有为那个问题，下面具体点的是什么", {"引领": 1.0, "有为": 1.0}, 0); t[a:b]
    '针对“推动工作不够主动”的问题'
"""
from __future__ import annotations

import functools
import re

from answer.measures import coverage
from genre import load_genre
from genre.data_files import get, section

FILE = "questions.toml"
LINE = re.compile(r"[^\n]+")


@functools.cache
def _asked() -> re.Pattern[str]:
    return re.compile(get(section(FILE, "below_finding"), "asked", str, FILE, "below_finding"))


def bare_label(sentence: str) -> bool:
    """Whether SENTENCE is only an item's field label with nothing after it (整改进展情况:), which answers nothing.

    >>> bare_label("整改进展情况:"), bare_label("整改情况:已完成。")
    (True, False)
    """
    return any((m := f.pattern.match(sentence)) and not sentence[m.end():].strip() for f in load_genre().item_fields)


def below_finding(text: str, question: str, q_tokens: dict[str, float], header_end: int) -> tuple[int, int] | None:
    """The line right under the finding heading of TEXT that QUESTION names best, when it asks what lies under it; None
    when no such thing is asked, no heading holds enough of its words, or the next line is a field (the finding has
    no particular point of its own)."""
    asked = _asked().search(question)
    if not asked:
        return None
    q_tokens = {t: w for t, w in q_tokens.items() if t not in asked.group()}   # the finding's words, not the ask's (下面)
    least = get(section(FILE, "below_finding"), "min_cover", float, FILE, "below_finding")
    lines = [m for m in LINE.finditer(text, header_end) if m.group().strip()]
    scored = [(coverage(q_tokens, m.group()), -i) for i, m in enumerate(lines[:-1])
              if any(f.pattern.search(m.group()) for f in load_genre().item_frames)]
    best = max(scored, default=(0.0, 0))
    if best[0] < least:
        return None
    at = -best[1]
    nxt = lines[at + 1]
    if any(f.pattern.match(nxt.group()) for f in load_genre().item_fields):
        return None
    a = nxt.start() + len(nxt.group()) - len(nxt.group().lstrip())
    return a, nxt.start() + len(nxt.group().rstrip())
