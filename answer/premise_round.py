"""The round of inspection a question states hedged as its premise (这是五届市委第二轮巡察吧？), held against the round
the notice writes in its title or opening; the check opens the answer, the line writing the round cited, and the other
asks are answered after it (genre premises.toml [premise_round]). A round named plainly picks its notice instead
(answer/named_detail.py).

Example:
    >>> t = "中共庆阳市文联党组关于五届市委第一轮巡察整改进展情况的通报\\n正文"
    >>> round_check("这是五届市委第二轮巡察吧？巡察前制定了什么方案？", t)
    PremiseCheck(said='不对，不是“五届市委第二轮”，', start=0, end=29, more=())
"""
from __future__ import annotations

import re

from answer.named_detail import ROUND, round_value
from answer.premise_open import PremiseCheck, opened_with
from answer.prepared import Reply
from genre.premises import load_premise_round
from retrieval.index.opened import Index

LINE_END = "\n。；;"


def stated_round(question: str) -> re.Match[str] | None:
    """The round QUESTION states hedged (第二轮巡察吧), None when it states none or names one plainly.

    >>> stated_round("是第三轮巡视对吧，开了几次会").group(2), stated_round("第七轮巡视整改通报里开了几次会")
    ('三', None)
    """
    return next((m for m in ROUND.finditer(question) if load_premise_round().hedge.match(question[m.end():])), None)


def round_check(question: str, text: str) -> PremiseCheck | None:
    """The check of the round QUESTION states hedged against the first round TEXT writes of the same term (五届); None
    when none is stated or the notice writes no round."""
    asked = stated_round(question)
    if asked is None:
        return None
    term, number = round_value(asked)
    found = next((m for m in ROUND.finditer(text) if term is None or not m.group(1) or round_value(m)[0] == term), None)
    if found is None:
        return None
    pr = load_premise_round()
    said = pr.holds if round_value(found)[1] == number else pr.fails.format(asked=asked.group().strip())
    start = max(text.rfind(c, 0, found.start()) for c in LINE_END) + 1
    ends = [i for i in (text.find(c, found.end()) for c in LINE_END) if i >= 0]
    return PremiseCheck(said, start, min(ends, default=len(text)))


def with_round_check(index: Index, question: str, reply: Reply, scope_note: str) -> Reply:
    """REPLY opened with the check of the round QUESTION states hedged against the round the cited notice writes;
    REPLY when there is nothing to check."""
    if reply.abstained or not reply.citations:
        return reply
    nid = reply.citations[0].notice_id
    check = round_check(question, index.records[nid].notice.text)
    return reply if check is None else opened_with(index, nid, check, reply, scope_note)
