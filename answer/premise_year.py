"""A year the question binds to a thing (对2017年经责审计那21个问题) that the notice dates under another year only
(对2016年经责审计提出的21个问题): the answer opens correcting it, the clause writing the true year cited (genre
premises.toml [premise_year]).

Example:
    >>> t = "附海镇通过制订“三张单子”,对2016年经责审计提出的21个问题进行持续整改,已清理用地款1.05亿元。"
    >>> year_check("对2017年经责审计那21个问题清了多少用地款", t)
    PremiseCheck(said='不对，通报写的是2016年，不是2017年：', start=14, end=38)
"""
from __future__ import annotations

import re

from answer.premise_open import PremiseCheck, opened_with
from answer.prepared import Reply
from genre.premises import load_premise_year
from retrieval.index.opened import Index

CLAUSE_END = "，,。；;？?！!\n"


def year_check(question: str, text: str) -> PremiseCheck | None:
    """The correction of the first year QUESTION binds to a thing TEXT writes under another year only (None when the
    notice writes the thing under the stated year, or under none)."""
    py = load_premise_year()
    for m in py.stated.finditer(question):
        year, thing = m.group("year"), m.group("thing")[:py.same_chars]
        if year + "年" + thing[:py.stated_chars] in text:
            continue
        found = next((f for f in re.finditer(r"((?:19|20)\d{2})年" + re.escape(thing), text) if f.group(1) != year), None)
        if found is None or _spans(py.covers.search(text, max(0, found.start() - 8), found.start()), found, year):
            continue
        start = max(text.rfind(c, 0, found.start()) for c in CLAUSE_END) + 1
        ends = [i for i in (text.find(c, found.end()) for c in CLAUSE_END) if i >= 0]
        return PremiseCheck(py.fails.format(written=found.group(1), asked=year), start, min(ends, default=len(text)))
    return None


def _spans(first: re.Match[str] | None, found: re.Match[str], year: str) -> bool:
    """Whether the span of years FIRST opens before FOUND's year holds YEAR (2023-2025年 holds 2023 and 2024).

    >>> t = "制定了2023-2025年供热旧管网三年改造计划"
    >>> f = re.search(r"(2025)年供热", t)
    >>> _spans(load_premise_year().covers.search(t, 0, f.start()), f, "2024")
    True
    """
    return first is not None and int(first.group(1)) <= int(year) <= int(found.group(1))


def with_year_check(index: Index, question: str, reply: Reply, scope_note: str) -> Reply:
    """REPLY opened with the correction of a year QUESTION binds to a thing the cited notice dates otherwise; REPLY
    when there is nothing to correct."""
    if reply.abstained or not reply.citations:
        return reply
    nid = reply.citations[0].notice_id
    check = year_check(question, index.records[nid].notice.text)
    return reply if check is None else opened_with(index, nid, check, reply, scope_note)
