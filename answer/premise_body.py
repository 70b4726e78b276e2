"""The inspecting body a question states as its premise (那次是区委巡查组巡的吧？), held against the group the notice
names in the clause reporting the inspection; the check opens the answer, the clause cited (genre premises.toml
[premise_body]).

Example:
    >>> t = "2024年3月7日至5月7日,市委第一提级巡察组对区司法局党组开展了提级巡察。"
    >>> body_check("芦淞区司法局那次是区委巡查组巡的吧？", t)
    PremiseCheck(said='不对，不是“区委巡查组”，', start=0, end=38)
"""
from __future__ import annotations

import re

from answer.premise_open import PremiseCheck, opened_with
from answer.prepared import Reply
from genre.premises import load_premise_body
from retrieval.index.opened import Index

def stated_body(question: str) -> re.Match[str] | None:
    """The inspecting body QUESTION states hedged as a premise (None when it states none, or asks it plainly).

    >>> stated_body("鲤城社科联是市委巡察的吧？传达反馈意见开了几次会").group()
    '市委巡察'
    >>> stated_body("市委巡察组反馈了几个问题？") is None
    True
    """
    pb = load_premise_body()
    for m in pb.body.finditer(question):
        rest = re.split(r"[，,。？?；;]", question[m.end():], maxsplit=1)[0]
        if pb.hedge.search(question[m.end():m.end() + len(rest) + 1]) or pb.hedge_before.search(question[:m.start()]):
            return m
    return None


def _kind(word: str) -> str:
    same = load_premise_body().same_kind
    return same[0] if word in same else word


def body_check(question: str, text: str) -> PremiseCheck | None:
    """The check of the body QUESTION states against the group TEXT names first in a clause reporting the inspection
    (None when the question states none or the notice names none)."""
    asked = stated_body(question)
    pb = load_premise_body()
    named = pb.named.search(text)
    if named is None:
        return None
    if asked is None:
        return kind_check(question, text, named)
    body = pb.body.search(named.group("body"))
    holds = body is not None and body.group("level") == asked.group("level") and \
        _kind(body.group("kind")) == _kind(asked.group("kind"))
    tail = re.match(r"[^，,。？?；;]*?组", question[asked.end():])   # 区委巡查组 as typed, with its 组
    typed = asked.group() + (tail.group() if tail else "")
    number = pb.ordinal.search(typed)
    holds = holds and (number is None or number.group() in named.group("body"))   # 第二巡察组 against 第三
    said = pb.holds if holds else pb.fails.format(asked=typed)
    return PremiseCheck(said, *dated_frame(text, named.start(), named.end()))


def kind_check(question: str, text: str, named: re.Match[str]) -> PremiseCheck | None:
    """The check of the kind of inspection QUESTION states hedged (是常规巡察吧) or asks (是什么巡察) against the clause
    NAMED of TEXT (genre premises.toml [premise_body] kind_stated, kind_asked); None when it states or asks none.

    >>> t = "2023年10月11日至12月1日,市委第三巡察组对市妇联党组开展了常规巡察。"
    >>> kind_check("妇联那次是常规巡察吧？哪个组反馈的？", t, load_premise_body().named.search(t)).said
    '对，'
    """
    pb = load_premise_body()
    frame = dated_frame(text, named.start(), named.end())
    if pb.kind_asked.search(question):
        return PremiseCheck("", *frame)
    stated = next((m for m in pb.kind_stated.finditer(question)
                   if pb.hedge.search(re.split(r"[，,。？?；;]", question[m.end():], maxsplit=1)[0] + "？")), None)
    if stated is None:
        return None
    written = pb.kind_stated.search(named.group())
    if written is None:
        return PremiseCheck("", *frame)   # 开展了巡察: the notice writes no kind to hold it against
    said = pb.holds if written.group("kind") == stated.group("kind") else pb.fails.format(asked=stated.group())
    return PremiseCheck(said, *frame)


def dated_frame(text: str, start: int, end: int) -> tuple[int, int]:
    """START..END widened over the dated clauses next to it in its sentence (genre premises.toml [premise_body] dated):
    back to the first clause before it holding a day, on through the clauses right after it that each hold one, so the
    check states the inspection's own range and feedback day with the group.

    >>> t = "根据部署,2024年1月4日至2月2日,区委巡察二组对区社科联开展了巡察,并于2024年3月18日反馈了巡察意见。现予公布。"
    >>> a, b = dated_frame(t, t.index("区委"), t.index(",并于")); t[a:b]
    '2024年1月4日至2月2日,区委巡察二组对区社科联开展了巡察,并于2024年3月18日反馈了巡察意见'
    """
    pb = load_premise_body()
    begin = max((m.end() for m in pb.sentence_cut.finditer(text, 0, start)), default=0)
    stop = pb.sentence_cut.search(text, end)
    stop = stop.start() if stop else len(text)
    cuts = [begin] + [m.end() for m in pb.clause_cut.finditer(text, begin, start)]
    a = next((c for c, d in zip(cuts, cuts[1:] + [start]) if pb.dated.search(text[c:d])), start)   # the first dated clause
    b = end
    while b < stop:
        nxt = pb.clause_cut.search(text, b + 1, stop)
        piece_end = nxt.start() if nxt else stop
        if not pb.clause_cut.match(text, b) or not pb.dated.search(text[b:piece_end]):
            break
        b = piece_end
    return a, b


def with_body_check(index: Index, question: str, reply: Reply, scope_note: str) -> Reply:
    """REPLY opened with the check of the inspecting body QUESTION states (对，… / 不对，不是…), the notice's clause naming
    the group cited first and the reply's own citations renumbered after it; REPLY when there is nothing to check."""
    if reply.abstained or not reply.citations:
        return reply
    nid = reply.citations[0].notice_id
    text = index.records[nid].notice.text
    check = body_check(question, text)
    if check is None or not check.said and text[check.start:check.end] in reply.text:
        return reply   # a kind asked that the reply already quotes
    return opened_with(index, nid, check, reply, scope_note)
