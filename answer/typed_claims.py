"""A figure the asker typed, quoted back as typed: a question is read in its plain written form (10次 read as 十次,
二十九个 as 29个: genre.asking.plain_question), but the note judging a claim quotes the asker's own words, so
“十次” is said “10次” when the asker typed 10次.

Example:
    >>> claims_as_typed("问题说的“十次”与通报不符，通报写的是8次。", "前后开了10次会推进吧？")
    '问题说的“10次”与通报不符，通报写的是8次。'
"""
from __future__ import annotations

import re

from genre.figures import dates_in_digits, large_counts_in_digits, small_counts_written

QUOTED = re.compile(r"“([^“”]{1,24})”")
SLACK = 6   # characters a typed form may run longer than its written one (二〇一九年度 against 2019年度)


def _written(text: str) -> str:
    return small_counts_written(large_counts_in_digits(dates_in_digits(text)))


def typed_span(typed: str, said: str) -> str:
    """The shortest piece of TYPED whose written form is SAID ("" when none is).

    >>> typed_span("前后开了10次会推进吧？", "十次"), typed_span("问题有二十九个吗", "29个"), typed_span("开会", "十次")
    ('10次', '二十九个', '')
    """
    best = ""
    for i in range(len(typed)):
        for j in range(i + 1, min(len(typed), i + len(said) + SLACK) + 1):
            if _written(typed[i:j]) == said and (not best or j - i < len(best)):
                best = typed[i:j]
                break
    return best


def claims_as_typed(note: str, typed: str) -> str:
    """NOTE with each quoted claim that TYPED (the question as typed) does not hold put back as typed; kept otherwise."""
    def back(m: re.Match[str]) -> str:
        said = m.group(1)
        if said in typed:
            return m.group()
        found = typed_span(typed, said)
        return f"“{found}”" if found else m.group()
    return QUOTED.sub(back, note)
