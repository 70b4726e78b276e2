"""Baselines run on the same questions: plain BM25 over fixed 300-character chunks.

Its "answer" is the sentence of the top chunk sharing most question tokens, cited
verbatim, so every metric of eval/metrics.py applies to it unchanged.

Example:
    >>> rows, metrics = run_bm25_baseline(index, items, k=5)
"""
from __future__ import annotations

import time

import numpy as np

from eval.metrics import aggregate, score_result
from retrieval.chunk import sentence_spans
from retrieval.keywords import KeywordIndex, tokenize

WIDTH = 300


def fixed_chunks(index) -> list[tuple[str, int, int]]:
    """(doc, start, end) windows of WIDTH characters over every notice's cleaned text."""
    out = []
    for rec in index.records.values():
        text = rec.notice.text
        out += [(rec.notice.doc, a, min(a + WIDTH, len(text))) for a in range(0, len(text), WIDTH)]
    return out


def run_bm25_baseline(index, items: list[dict], k: int = 5) -> tuple[list[dict], dict]:
    texts = {r.notice.doc: r.notice.text for r in index.records.values()}
    titles = {r.notice.doc: r.notice.title for r in index.records.values()}
    chunks = fixed_chunks(index)
    kw = KeywordIndex.build([texts[d][a:b] for d, a, b in chunks])
    rows = []
    for item in items:
        t0 = time.perf_counter()
        scores = kw.scores(item["question"])
        top = [int(i) for i in np.argsort(-scores)[:max(k, 10)]]
        contexts = [{"rank": r + 1, "doc": chunks[i][0], "section": "", "text": texts[chunks[i][0]][chunks[i][1]:chunks[i][2]],
                     "score": float(scores[i])} for r, i in enumerate(top)]
        q = set(tokenize(item["question"]))
        citations, answer = [], ""
        if top:
            doc, a, b = chunks[top[0]]
            spans = sentence_spans(texts[doc], a, b)
            if spans:
                s, e = max(spans, key=lambda se: len(q & set(tokenize(texts[doc][se[0]:se[1]]))))
                answer = texts[doc][s:e] + "[1]"
                citations = [{"n": 1, "doc": doc, "title": titles[doc], "section": "", "quote": texts[doc][s:e],
                              "start": s, "end": e}]
        out = {"question": item["question"], "answer": answer, "abstained": False, "citations": citations,
               "contexts": contexts, "latency_ms": (time.perf_counter() - t0) * 1000, "mode": "bm25-300"}
        rows.append({"id": item["id"], "type": item["type"], **out, "scores": score_result(item, out, k, texts)})
    return rows, aggregate(rows)
