"""Evaluation metrics, computed from per-question results (the `ask --json` objects).

Definitions (also printed in the report):
- recall@k: share of a question's evidence strings found (whitespace- and width-insensitive:
  NFKC, so an OCR'd "，" matches a typed ",") inside its top-k contexts, averaged over answerable questions.
- hit@k: share of answerable questions with at least one evidence string in the top k.
- MRR@10: mean of 1/rank of the first context holding any evidence.
- citation precision: share of citations whose quote is verbatim in the cited notice
  and equals text[start:end].
- citation hit: share of answerable questions where a cited quote contains an evidence string.
- key-fact accuracy: share of the gold answer's numbers, dates and 《》 names found in the answer, both sides
  width-insensitive the same way as the evidence check (NFKC: a typed 《…（党组）…》 matches the notice's (党组)).
- char F1: character-bag F1 of answer vs gold answer.
- refusal: share of unanswerable questions abstained on; false refusal: share of
  answerable questions abstained on.
- fact numbers: share of `fact` questions whose answer carries every number of the gold
  answer (key_fact_accuracy == 1), reported as `fact_numbers_all`.
- draft examples hit: share of `draft` questions whose drafting examples (the similar
  problems' measures from `app.py draft`) include a gold evidence string.

Example:
    >>> norm("a b\\n c")
    'abc'
"""
from __future__ import annotations

import re
import statistics
import unicodedata
from collections import Counter

ANSWERABLE = ("fact", "measure", "section", "cross", "draft")
KEY_FACT = re.compile(r"\d+(?:\.\d+)?|《[^》]+》")


def norm(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def evidence_ranks(item: dict, contexts: list[dict]) -> list[int | None]:
    """For each evidence string: the 1-based rank of the first context holding it (None if none)."""
    ranks = []
    for ev in item.get("evidence", []):
        e = norm(ev)
        ranks.append(next((c["rank"] for c in contexts if e in norm(c["text"])), None))
    return ranks


def key_facts(text: str) -> set[str]:
    return set(KEY_FACT.findall(text))


def char_f1(pred: str, gold: str) -> float:
    p, g = Counter(norm(pred)), Counter(norm(gold))
    common = sum((p & g).values())
    if not common:
        return 0.0
    prec, rec = common / sum(p.values()), common / sum(g.values())
    return 2 * prec * rec / (prec + rec)


def score_result(item: dict, result: dict, k: int, notice_texts: dict[str, str]) -> dict:
    """Per-question scores; `notice_texts` maps doc file name -> cleaned text."""
    ranks = evidence_ranks(item, result["contexts"])
    found_k = [r is not None and r <= k for r in ranks]
    cites = result.get("citations", [])
    verbatim = [c["quote"] and notice_texts.get(c["doc"], "")[c["start"]:c["end"]] == c["quote"] for c in cites]
    evs = [norm(e) for e in item.get("evidence", [])]
    cite_hit = any(e and e in norm(c["quote"]) for c in cites for e in evs)
    gold_facts = key_facts(unicodedata.normalize("NFKC", item.get("answer", "")))
    said = unicodedata.normalize("NFKC", result["answer"])
    facts = (sum(1 for f in gold_facts if f in said) / len(gold_facts)) if gold_facts else None
    first = min((r for r in ranks if r is not None), default=None)
    return {
        "recall": (sum(found_k) / len(found_k)) if found_k else None,
        "hit": any(found_k) if found_k else None,
        "rr": (1.0 / first) if first is not None and first <= 10 else 0.0,
        "citations_ok": sum(verbatim), "citations": len(cites),
        "cite_hit": cite_hit, "key_facts": facts,
        "f1": char_f1(result["answer"], item.get("answer", "")),
        "abstained": bool(result.get("abstained")),
    }


def _mean(values) -> float | None:
    values = [v for v in values if v is not None]
    return round(sum(values) / len(values), 4) if values else None


def _pct(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    s = sorted(values)
    return round(s[min(len(s) - 1, int(round(q * (len(s) - 1))))], 1)


def aggregate(rows: list[dict]) -> dict:
    """rows: {'type', 'scores', 'latency_ms'} per question -> metrics dict (overall and per type)."""
    def block(sub: list[dict]) -> dict:
        ans = [r for r in sub if r["type"] != "unanswerable"]
        una = [r for r in sub if r["type"] == "unanswerable"]
        n_cites = sum(r["scores"]["citations"] for r in sub)
        return {
            "n": len(sub),
            "recall_at_k": _mean(r["scores"]["recall"] for r in ans),
            "hit_at_k": _mean(float(r["scores"]["hit"]) for r in ans if r["scores"]["hit"] is not None),
            "mrr_at_10": _mean(r["scores"]["rr"] for r in ans),
            "citation_precision": round(sum(r["scores"]["citations_ok"] for r in sub) / n_cites, 4) if n_cites else None,
            "citation_hit": _mean(float(r["scores"]["cite_hit"]) for r in ans),
            "key_fact_accuracy": _mean(r["scores"]["key_facts"] for r in ans),
            "char_f1": _mean(r["scores"]["f1"] for r in ans),
            "refusal_rate": _mean(float(r["scores"]["abstained"]) for r in una),
            "false_refusal_rate": _mean(float(r["scores"]["abstained"]) for r in ans),
            "fact_numbers_all": _mean(float(r["scores"]["key_facts"] == 1.0) for r in ans
                                      if r["type"] == "fact" and r["scores"]["key_facts"] is not None),
            "draft_examples_hit": _mean(float(r["scores"]["draft_examples_hit"]) for r in sub
                                        if "draft_examples_hit" in r["scores"]),
            "latency_p50_ms": _pct([r["latency_ms"] for r in sub], 0.5),
            "latency_p95_ms": _pct([r["latency_ms"] for r in sub], 0.95),
        }
    types = sorted({r["type"] for r in rows})
    out = {"overall": block(rows), "by_type": {t: block([r for r in rows if r["type"] == t]) for t in types},
           "latency_median_ms": round(statistics.median([r["latency_ms"] for r in rows]), 1) if rows else 0.0}
    splits = sorted({r.get("split") or "" for r in rows} - {""})
    if splits:   # Q&A items tagged dev/test (tune on dev, report test)
        out["by_split"] = {s: block([r for r in rows if r.get("split") == s]) for s in splits}
    return out
