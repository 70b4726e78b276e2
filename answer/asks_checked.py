"""A question typed as several asks (几号挂到网上的？审议报告的是第几次会议？) whose whole reading is refused: each ask is
checked on its own, so one ask the notice does not state, or one check that a word of the other ask sets off, does not
refuse the asks the notice answers.

The refusal checks (answer.refusal) read the whole question against the reply's quotes: a day asked in one ask meets
the month quoted for the other (几号 against 今年8月), a premise's value (截至10月底的吧) meets the figure asked beside
it. Read apart, an ask whose check passes on the reply's quotes, or on its own reading in the notice the reply cites
(its own search there, routed or composed), stands; an ask refused both ways is named with the reason, the rest is
answered after it. A later ask pointing into what the first named (第三个是什么, 下面头两条: questions.toml
[nth_member] position, asking.toml [leans_back]) is one ask with it, checked whole. An ask checking a premise hedged
(是截至10月底的吧？: premises.toml [premise_body] hedge) and refused is answered 不对 with the reason, which says what
the notice writes instead, and the reply stands; any other ask refused leaves the reply abstained, so it never reads
as complete. When every ask is refused the whole refusal stands.

Example:
    >>> refused_note([("广州那个整改数字是截至10月底的吧？", "通报只写了截至2025年11月底的数字。", True)])
    '关于“广州那个整改数字是截至10月底的吧”：不对，通报只写了截至2025年11月底的数字。其余所问如下：'
"""
from __future__ import annotations

import re
from dataclasses import replace

from answer.asks import ask_clauses
from answer.extractive import composed_reply
from answer.prepared import Prepared, Reply, prepare
from answer.qualified import NOT_STATED as QUALIFIED_UNSTATED
from answer.refusal import overruled
from answer.routed import routed_reply
from genre.asking import leans_back
from genre.nth import load_nth
from genre.premises import load_premise_body
from retrieval.index.opened import Index

END_MARKS = "？?；;。！! "
NOTE = "关于“{ask}”：{said}"
REST = "其余所问如下："
FALSE_PREMISE = "不对，"   # a hedged premise the notice's quotes contradict (premise_open's 不对，不是… form)
# A figure refused as another thing's (answer.qualified: 燕园那些闲置资产盘活了吗？租出去收了多少租金？) whose qualifier
# stands in one ask and whose figure in a later one that points back to it (租出去: those assets): the asks are one, and
# when each passes alone the whole refusal stands (session 23 review).
QUALIFIED = re.compile(re.escape(QUALIFIED_UNSTATED.split("{thing}")[0]) + ".+?" +
                       re.escape(QUALIFIED_UNSTATED.split("{thing}")[1].split("{said}")[0]))


def refused_note(refused: list[tuple[str, str, bool]]) -> str:
    """The note naming each refused ask (as typed, without its end mark) with its reason, 不对 before the reason of
    a premise: REFUSED holds (ask, reason, is_premise)."""
    said = "".join(NOTE.format(ask=a.strip().rstrip(END_MARKS), said=(FALSE_PREMISE if premise else "") + why)
                   for a, why, premise in refused)
    return said + REST


def _refusal(index: Index, p: Prepared, clause: str, reply: Reply, composed: bool) -> str | None:
    """Why CLAUSE read alone is refused: on REPLY's quotes, then on its own reading in the notice REPLY cites first;
    None when either reading stands."""
    own = prepare(index, clause, p.scope, k=len(p.hits) or 5, named_by_user=True)
    why = overruled(index, clause, own.q_tokens, reply.citations, p.hits, composed)
    if why is None:
        return None
    focus = (reply.citations[0].notice_id,)
    sub = prepare(index, clause, replace(p.scope, notice_ids=focus, groups=()), k=len(p.hits) or 5, named_by_user=True)
    routed = routed_reply(index, sub)
    alone = routed or composed_reply(index, sub)
    if (not alone.abstained and alone.citations
            and overruled(index, clause, sub.q_tokens, alone.citations, sub.hits, routed is None) is None):
        return None
    return why.message


def asks_checked(index: Index, p: Prepared, reply: Reply, composed: bool, whole: str = "") -> Reply | None:
    """REPLY as it stands when each ask of P's question (two or more) read apart passes the checks, or opened by the
    note naming the asks refused (abstained unless each is a hedged premise); None when the question asks one thing,
    REPLY quotes nothing, every ask is refused, or WHOLE (the whole question's refusal) is a qualified figure's that no
    ask sets off alone (the whole refusal stands)."""
    clauses = ask_clauses(p.question)
    if len(clauses) < 2 or not reply.citations or reply.abstained:
        return None
    if any(leans_back(c) or load_nth().position.search(c) for c in clauses[1:]):
        return None   # 几个数据平台？第三个是什么平台: the later ask names a member of the first's set, one ask together
    hedge = load_premise_body().hedge
    refused = []
    for clause in clauses:
        why = _refusal(index, p, clause, reply, composed)
        if why is not None:
            refused.append((clause, why, bool(hedge.search(clause))))
    if len(refused) == len(clauses):
        return None
    if not refused:
        return None if QUALIFIED.match(whole) else reply
    head = p.scope_note if p.scope_note and reply.text.startswith(p.scope_note) else ""
    text = head + refused_note(refused) + "\n" + reply.text[len(head):]
    return Reply(text, not all(premise for _, _, premise in refused), reply.citations, reply.lead, reply.contexts)
