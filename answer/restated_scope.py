"""The notices asked when a question restates a whole by its count and names no notice (29个问题里还没彻底完成的有几个):
those stating that many of that thing (genre asking.toml [restated_count]); several alike: each a side of its own,
answered on its own and named (answer/compare.py), not one picked.

Example:
    >>> restated_scope(index, "29个问题里还没彻底完成的有几个，算什么状态", Scope((), "")).groups
    (('d08_lusong-justice-bureau-inspection',), ('tj-city-mgmt-commission-2024-inspection-rectification',))
"""
from __future__ import annotations

import functools
import re

from genre.data_files import compile_re, get, section
from genre.figures import arabic
from retrieval.index.opened import Index
from retrieval.search.scope import Scope

FILE = "asking.toml"


@functools.cache
def _entry() -> tuple[re.Pattern[str], str, re.Pattern[str], int]:
    """(the ask's pattern, the notices' wording with {n} and {thing}, the findings words, max_sides) of asking.toml
    [restated_count]."""
    entry = section(FILE, "restated_count")
    return (compile_re(get(entry, "pattern", str, FILE, "restated_count"), FILE, "restated_count.pattern"),
            get(entry, "stated", str, FILE, "restated_count"),
            compile_re(get(entry, "findings", str, FILE, "restated_count"), FILE, "restated_count.findings"),
            get(entry, "max_sides", int, FILE, "restated_count"))


def _states(text: str, said: re.Pattern[str], findings: re.Pattern[str]) -> bool:
    """Whether TEXT states the count SAID in a sentence naming the findings it counts (FINDINGS: 反馈, 指出 …).

    >>> _states("市委巡视共指出重点问题13个;具体问题29个。", re.compile("具体问题29个"), re.compile("指出"))
    True
    """
    for m in said.finditer(text):
        a = max(text.rfind(end, 0, m.start()) for end in "。！\n") + 1   # its sentence (；-parts share their verb)
        if findings.search(text, a, m.start()):
            return True
    return False


def restated_holders(index: Index, question: str) -> tuple[str, ...]:
    """The notices stating the count and thing QUESTION restates as the whole it asks within, in index order; () when
    it restates none, or more than max_sides notices state it.

    >>> restated_holders(index, "33个问题里已经完成整改的有几个")
    ('d26_shuozhou-science-tech-bureau-inspection',)
    """
    asked, stated, findings, most = _entry()
    m = asked.search(question)
    if not m:
        return ()
    thing = m.group("thing").removeprefix("具体")
    said = compile_re(stated.replace("{n}", m.group("n")).replace("{thing}", f"(?:具体)?{re.escape(thing)}"),
                      FILE, "restated_count.stated")
    holders = tuple(nid for nid, r in index.records.items()   # 二十九个问题 read as 29个问题 (genre figures.toml
                    if _states(arabic(r.notice.text), said, findings))   # [numerals])
    return holders if len(holders) <= most else ()


def restated_scope(index: Index, question: str, scope: Scope) -> Scope:
    """SCOPE, or, when it names and keeps no notice, the notices stating the whole the question restates
    (restated_holders): one preferred; several, each a side of its own (Scope.groups)."""
    if scope.notice_ids or scope.reason or scope.preferred or scope.groups:
        return scope
    holders = restated_holders(index, question)
    if not holders:
        return scope
    sides = tuple((nid,) for nid in holders) if len(holders) > 1 else ()
    return Scope((), "", sides, tuple((nid, 1.0) for nid in holders))
