"""A question that asks two things at once, one of them a notice's metadata ("通报是哪天挂网的？巡察组又是哪天反馈
意见的？"): the metadata answer covers only its own ask, so the other asks are answered from the body and follow it.

Example:
    >>> ask_clauses("莆田市司法局的整改通报是哪天挂网的？巡察组又是哪天反馈意见的？")
    ['莆田市司法局的整改通报是哪天挂网的？', '巡察组又是哪天反馈意见的？']
"""
from __future__ import annotations

import re
from dataclasses import replace

from answer.extractive import Prepared, Reply, composed_reply, prepare, routed_reply
from answer.forms import meta_answer
from genre.asking import load_asking
from retrieval.index.opened import Index

MARKER = re.compile(r"\[(\d+)\]")
CLAUSE = re.compile(r"[^？?；;]+[？?；;]?")   # one ask: up to its question mark
HAN = re.compile(r"[\u4e00-\u9fff]")
MIN_ASK = 4   # Han characters an ask needs to stand alone ("哪天？" leans on the one before)


def ask_clauses(question: str) -> list[str]:
    """The asks of QUESTION, each up to its question mark, when it holds two or more that each ask with a question
    word (genre asking.toml particles.asks) and stand alone; [question] otherwise."""
    asks = load_asking().asks
    parts = [m.group() for m in CLAUSE.finditer(question) if m.group().strip()]
    if len(parts) >= 2 and all(asks.search(p) and len(HAN.findall(p)) >= MIN_ASK for p in parts):
        return parts
    return [question]


def with_body_asks(index: Index, p: Prepared, reply: Reply) -> Reply:
    """REPLY (a routed answer) followed by the answers to the asks of the question it does not cover, when it
    is a metadata answer and the question also asks something the metadata lines do not hold; REPLY as it is
    otherwise (a body ask that finds no answer adds nothing)."""
    clauses = ask_clauses(p.question)
    focus = p.scope.focus or tuple(h.notice_id for h in p.hits[:1])
    if len(clauses) < 2 or reply.abstained or not focus or meta_answer(index, p.question, focus) is None:
        return reply
    rest = [c for c in clauses if meta_answer(index, c, focus) is None]
    if not rest or len(rest) == len(clauses):
        return reply
    sub = prepare(index, "".join(rest), p.scope, k=len(p.hits) or 5, named_by_user=True)
    other = routed_reply(index, sub) or composed_reply(index, sub)
    if other.abstained or not other.citations:
        return reply
    shift = len(reply.citations)
    text = MARKER.sub(lambda m: f"[{int(m.group(1)) + shift}]", other.text)
    lead = MARKER.sub(lambda m: f"[{int(m.group(1)) + shift}]", other.lead)
    cites = reply.citations + tuple(replace(c, n=c.n + shift) for c in other.citations)
    return Reply(reply.text + "\n" + text, False, cites, "\n".join(x for x in (reply.lead, lead) if x))
