"""A count staff hold a stated figure against (genre worked.toml [threshold]): 开会的次数是不是超过十次了 names the
threshold 十次, a yes-or-no judgment of the figure the notice states, never a thing to look for in the notice.

Example:
    >>> named_threshold("开会的次数是不是超过十次了")
    Threshold(value=10, words='十次', unit='次', compare='超过', sense='more')
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre.data_files import section_patterns
from genre.worked import FILE, cn_number


@dataclass(frozen=True)
class Threshold:
    """The count named (value, as written, its unit), the word comparing with it, and its sense: 'more' (passes only
    above it), 'less' (stays below it) or 'reach' (reaches it: 达到, 不少于, 够)."""
    value: int
    words: str
    unit: str
    compare: str
    sense: str


@functools.cache
def _threshold() -> dict[str, re.Pattern[str]]:
    return section_patterns(FILE, "threshold", ("pattern", "more", "less", "asked"))


def named_threshold(question: str) -> Threshold | None:
    """The count a yes-or-no question holds a figure against (有没有超过十次, 够不够20人); None when it names none.

    >>> named_threshold("推进整改开了几次会，有没有超过十次").value, named_threshold("开了几次会？"), named_threshold("超过十次的有哪些？")
    (10, None, None)
    >>> named_threshold("谈话提醒的人数是不是不少于20人？").sense
    'reach'
    """
    pats = _threshold()
    if not pats["asked"].search(question):
        return None
    m = pats["pattern"].search(question)
    if m is None:
        return None
    raw = m.group("n")
    value = int(raw) if raw.isdigit() else cn_number(raw.replace("两", "二")) if "百" not in raw else 0
    if value <= 0:
        return None
    cmp = m.group("cmp")
    sense = "more" if pats["more"].fullmatch(cmp) else "less" if pats["less"].fullmatch(cmp) else "reach"   # 不少于: reach
    return Threshold(value, raw + m.group("unit"), m.group("unit"), cmp, sense)


def without_threshold(question: str) -> str:
    """QUESTION with the count it names as a threshold left out (it is not looked for in the notices' words).

    >>> without_threshold("开会的次数是不是超过十次了"), without_threshold("开了几次会？")
    ('开会的次数是不是了', '开了几次会？')
    """
    if named_threshold(question) is None:
        return question
    m = _threshold()["pattern"].search(question)
    return question[:m.start()] + question[m.end():]
