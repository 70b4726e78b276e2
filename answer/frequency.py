"""How often an act recurs, asked (多长时间评一次, 一年下来评几回) and answered by the clause stating its period (每季评选优秀
个人), with the times a year worked out and said as such (genre/data/worked.toml [frequency]).

Example:
    >>> frequency_note("优秀个人多长时间评一次？一年下来评几回", "每月评选出优秀单位,每季评选优秀个人")
    '（按通报所写频次推算：每季一次，一年4次。）'
"""
from __future__ import annotations

import re

from genre.frequency import frequency_asked, periods, without_frequency

CLAUSE = re.compile(r"[^，,；;。：:\n]+")   # a clause of a sentence


def _asked_pairs(question: str) -> set[str]:
    """The two-character pieces of QUESTION outside its ask of frequency (优秀个人 of 优秀个人多长时间评一次)."""
    rest = without_frequency(question)
    return {rest[i:i + 2] for i in range(len(rest) - 1) if re.fullmatch(r"[\u4e00-\u9fff]{2}", rest[i:i + 2])}


def frequency_span(text: str, spans: list[tuple[int, int]], question: str) -> tuple[int, int] | None:
    """For how often asked: the clause of SPANS in TEXT stating a period (每季…) that shares most with the question's
    words (优秀个人), None when not asked or no such clause names what is asked.

    >>> t = "每月评选出优秀单位,每季评选优秀个人,争取各项考核"; frequency_span(t, [(0, len(t))], "优秀个人多久评一次")
    (10, 18)
    """
    if not frequency_asked(question):
        return None
    pairs = _asked_pairs(question)
    found = []   # (-pieces shared, order, start, end)
    for a, b in spans:
        for m in CLAUSE.finditer(text, a, b):
            shared = sum(p in m.group() for p in pairs)
            if shared and periods(m.group()):
                found.append((-shared, len(found), m.start(), m.end()))
    return min(found)[2:] if found else None


def frequency_note(question: str, quoted: str) -> str:
    """The period the best QUOTED clause states and the times a year it makes, said as worked out; "" when how often is
    not asked or no quoted clause states a period.

    >>> frequency_note("湘潭妇联的工作例会多久开一次", "每月初召开工作例会"), frequency_note("开了几次会", "每月初召开工作例会")
    ('（按通报所写频次推算：每月一次，一年12次。）', '')
    >>> frequency_note("整改进度多久报告一次", "每两个月向市审计局报告整改进度")
    '（按通报所写频次推算：每两个月一次，一年6次。）'

    """
    span = frequency_span(quoted, [(0, len(quoted))], question)
    if span is None:
        return ""
    period, times = periods(quoted[span[0]:span[1]])[0]
    return f"（按通报所写频次推算：每{period}一次{f'，一年{times}次' if times else ''}。）"
