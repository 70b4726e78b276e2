"""A document number (文号) the question states hedged as its premise (要点文号是浙卫发〔2023〕1号吧), held against the
number of the same issuer code the cited notice writes; the check opens the answer, the line holding the true number
cited (genre premises.toml [premise_number]).

Example:
    >>> t = "标题\\n浙卫发〔2023〕10号\\n各市卫生健康委："
    >>> number_check("浙江省卫健委2023要点文号是浙卫发〔2023〕1号吧", t)
    PremiseCheck(said='不对，不是“浙卫发〔2023〕1号”，', start=3, end=15, more=())
"""
from __future__ import annotations

import re

from answer.asks import _doc_numbers
from answer.premise_open import PremiseCheck, opened_with
from answer.prepared import Reply
from genre.premises import load_premise_number
from retrieval.index.opened import Index

CLAUSE_END = "，,。；;？?！!\n"


def stated_number(question: str) -> re.Match[str] | None:
    """The 文号 QUESTION states hedged as a premise (None when it states none, or names a document by it plainly).

    >>> stated_number("记得方案是遂科技党组〔2020〕21号，对吧").group("serial")
    '21'
    >>> stated_number("文号是湘妇发〔2024〕3号的那份，第三条是什么") is None
    True
    >>> stated_number("这份要点是浙卫发10号文吧？方案管哪几年").group("serial")   # staff shorthand, no year
    '10'
    """
    pn, value = load_premise_number(), re.compile(_doc_numbers()[1])
    for m in [*value.finditer(question), *pn.shorthand.finditer(question)]:
        rest = question[m.end():]
        before = re.split(f"[{CLAUSE_END}]", question[:m.start("year")])[-1]
        if pn.hedge.match(rest) or pn.hedge.match(rest.lstrip("，,")) or pn.frame_before.search(before):
            return m
    return None


def _prefix(m: re.Match[str]) -> str:
    return re.sub(r"\s", "", m.group("prefix"))


def _issuer(stated: str, written: str) -> bool:
    """Whether two issuer codes are one: the notice's code ends the stated one's words (是浙卫发 against 浙卫发)."""
    return stated.endswith(written) or written.endswith(stated)


def number_check(question: str, text: str) -> PremiseCheck | None:
    """The check of the 文号 QUESTION states against the number of the same issuer code TEXT writes first (None when
    the question states none or the notice writes no number of that issuer)."""
    asked = stated_number(question)
    if asked is None:
        return None
    value = re.compile(_doc_numbers()[1])
    found = next((m for m in value.finditer(text) if _issuer(_prefix(asked), _prefix(m))), None)
    if found is None:
        return None
    holds = asked.group("year") in ("", found.group("year")) and int(asked.group("serial")) == int(found.group("serial"))
    start = max(text.rfind(c, 0, found.start()) for c in CLAUSE_END) + 1
    ends = [i for i in (text.find(c, found.end()) for c in CLAUSE_END) if i >= 0]
    end = min(ends, default=len(text))
    said, written = _prefix(asked), _prefix(found)
    typed = (written if said.endswith(written) else said) + asked.group()[asked.end("prefix") - asked.start():]
    pn = load_premise_number()
    return PremiseCheck(pn.holds if holds else pn.fails.format(asked=typed), start, end)


def with_number_check(index: Index, question: str, reply: Reply, scope_note: str) -> Reply:
    """REPLY opened with the check of the 文号 QUESTION states (对，… / 不对，不是…), the notice's line holding the
    number cited first; REPLY when there is nothing to check."""
    if reply.abstained or not reply.citations:
        return reply
    nid = reply.citations[0].notice_id
    check = number_check(question, index.records[nid].notice.text)
    return reply if check is None else opened_with(index, nid, check, reply, scope_note)
