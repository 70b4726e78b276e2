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
    above it), 'less' (stays below it), 'reach' (reaches it: 达到, 不少于, 够, 十个以上), 'within' (does not pass it:
    十个以内) or 'equal' (a count stated and asked yes-or-no: 开了八次没有)."""
    value: int
    words: str
    unit: str
    compare: str
    sense: str


@functools.cache
def _threshold() -> dict[str, re.Pattern[str]]:
    return section_patterns(FILE, "threshold", ("pattern", "more", "less", "asked", "stated", "reach_bound"))


def named_threshold(question: str) -> Threshold | None:
    """The count a yes-or-no question holds a figure against (有没有超过十次, 够不够20人); None when it names none.

    >>> named_threshold("推进整改开了几次会，有没有超过十次").value, named_threshold("开了几次会？"), named_threshold("超过十次的有哪些？")
    (10, None, None)
    >>> named_threshold("谈话提醒的人数是不是不少于20人？").sense
    'reach'
    >>> [(t.value, t.words, t.sense) for t in map(named_threshold, ("推进会先后开了八次没有？", "问题有没有十个以上？"))]
    [(8, '八次', 'equal'), (10, '十个以上', 'reach')]
    >>> named_threshold("那三个问题整改完了没有？"), named_threshold("第八次会议开了没有？")
    (None, None)
    >>> named_threshold("反馈问题33个，是不是都完成了？"), named_threshold("制度是不是四十五项？").words
    (None, '四十五项')
    """
    pats = _threshold()
    if not pats["asked"].search(question):
        return None
    m = _named(question)
    if m is None:
        return None
    raw = m.group("n")
    value = int(raw) if raw.isdigit() else cn_number(raw.replace("两", "二")) if "百" not in raw else 0
    if value <= 0:
        return None
    if "cmp" not in m.groupdict():   # 开了八次没有, 有没有十个以上: a count stated, its bound after it
        bound = m.group("bound") or ""
        sense = ("reach" if pats["reach_bound"].fullmatch(bound) else "within") if bound else "equal"
        return Threshold(value, raw + m.group("unit") + bound, m.group("unit"), "", sense)
    cmp = m.group("cmp")
    sense = "more" if pats["more"].fullmatch(cmp) else "less" if pats["less"].fullmatch(cmp) else "reach"   # 不少于: reach
    return Threshold(value, raw + m.group("unit"), m.group("unit"), cmp, sense)


def _named(question: str) -> re.Match[str] | None:
    """The count QUESTION names after a word of comparing (超过十次), else the count it states and asks yes-or-no of at
    its clause's end (开了八次没有, 有没有十个以上)."""
    pats = _threshold()
    return pats["pattern"].search(question) or next(
        (m for m in pats["stated"].finditer(question) if m.group("pre") or m.group("end")), None)


def without_threshold(question: str) -> str:
    """QUESTION with the count it names as a threshold left out (it is not looked for in the notices' words).

    >>> without_threshold("开会的次数是不是超过十次了"), without_threshold("开了几次会？")
    ('开会的次数是不是了', '开了几次会？')
    >>> without_threshold("党委会是不是开了八次？"), without_threshold("推进会先后开了八次没有？")
    ('党委会开了？', '推进会先后开了？')
    """
    if named_threshold(question) is None:
        return question
    m = _named(question)
    if "pre" in m.groupdict() and m.group("pre"):   # 是不是开了八次: the asking word and the count, not the act between
        return question[:m.start()] + question[m.end("ask"):m.start("n")] + question[m.end():]
    return question[:m.start()] + question[m.end():]
