"""Drafting with an LLM: the same cited examples as `draft.py` feed prompts/draft.txt; every line
of the model's draft is verified against the example it cites (llm/verify.py).

Without an endpoint, or when the model fails or nothing it writes is supported, the extractive
draft is returned with a one-line notice.

Example:
    >>> d = draft_with_llm(index, "干部队伍建设有差距", settings)
    >>> d.draft.startswith("一是") or d.draft.startswith("（")
    True
"""
from __future__ import annotations

from dataclasses import replace

from ledger.draft import Draft, draft_measures
from llm.client import LLMUnavailable, complete, format_contexts
from llm.prompts import render
from llm.verify import Context, verify_reply
from retrieval.records import Citation
from retrieval.settings import Settings

NOTICE_FALLBACK = "（大模型起草未通过引用核验或暂时无法使用，以下为按原文整理的稿子。）\n"


def example_contexts(index, d: Draft) -> tuple[tuple[Context, ...], dict[int, int]]:
    """Numbered contexts (one per example measure, verbatim spans) and context n -> example n."""
    contexts, example_of = [], {}
    for e in d.similar:
        rec = index.records[e.item.notice_id]
        for m in e.item.measures:
            n = len(contexts) + 1
            contexts.append(Context(n, rec.notice.id, rec.notice.doc, rec.notice.title, e.item.section,
                                    m.start, m.end, rec.notice.text[m.start:m.end]))
            example_of[n] = e.n
    return tuple(contexts), example_of


def draft_with_llm(index, problem: str, settings: Settings) -> Draft:
    """A verified model-written draft from the cited examples, or the extractive draft."""
    d = draft_measures(index, problem)
    if not settings.llm_enabled or d.note:
        return d
    contexts, example_of = example_contexts(index, d)
    if not contexts:
        return d
    try:
        reply = complete(settings, render("draft", contexts=format_contexts(contexts), problem=problem))
    except LLMUnavailable:
        return replace(d, draft=NOTICE_FALLBACK + d.draft)
    texts = {c.notice_id: index.records[c.notice_id].notice.text for c in contexts}
    v = verify_reply(reply, contexts, texts)
    if not v.cited_claims:
        return replace(d, draft=NOTICE_FALLBACK + d.draft)
    by_span = {(c.notice_id, c.start): c for c in contexts}
    cites = []
    for c in v.citations:
        ctx = next((x for (nid, s), x in by_span.items() if nid == c.notice_id and x.start <= c.start < x.end), None)
        cites.append(Citation(c.n, c.notice_id, c.doc, c.title, ctx.section if ctx else c.section, c.quote, c.start, c.end,
                              example_of.get(ctx.n, 0) if ctx else 0, ""))
    return Draft(problem, d.similar, v.text, tuple(cites))
