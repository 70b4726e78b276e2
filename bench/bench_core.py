"""Core benchmarks: ingest from scratch, re-ingest unchanged, warm `ask` latency, and our
pipeline beside plain BM25 on fixed 300-character chunks, all in one run.

Prints the figures and writes bench/results/core.json and bench/results/core.md.

    $ make bench        # or: .venv/bin/python bench/bench_core.py
"""
from __future__ import annotations

import json
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.baselines import run_baseline  # noqa: E402
from eval.harness import DEFAULT_QA, load_qa, run_eval  # noqa: E402
from retrieval.index.build import ingest  # noqa: E402
from retrieval.index.opened import open_index  # noqa: E402
from retrieval.settings import load_settings  # noqa: E402

KEYS = ("recall_at_k", "hit_at_k", "mrr_at_10", "citation_precision", "citation_hit", "key_fact_accuracy",
        "refusal_rate", "false_refusal_rate", "latency_p50_ms")


def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="noticeqa-bench-"))
    settings = load_settings({"NOTICEQA_HOME": str(home)})
    t = time.perf_counter()
    first = ingest([ROOT / "corpus"], settings)
    scratch = time.perf_counter() - t
    t = time.perf_counter()
    ingest([ROOT / "corpus"], settings)
    again = time.perf_counter() - t
    index = open_index(settings)
    items = load_qa(DEFAULT_QA)
    run_eval(index, items[:10], k=5)  # warm-up
    rows, ours = run_eval(index, items, k=5)
    bases = {name: run_baseline(name, index, items, k=5)[1] for name in ("bm25", "dense", "naive")}
    lat = [r["latency_ms"] for r in rows]
    figures = {
        "chunks": first.chunks, "ingest_scratch_s": round(scratch, 1), "reingest_unchanged_s": round(again, 2),
        "ask_p50_ms": round(statistics.median(lat), 1),
        "ask_p95_ms": round(sorted(lat)[int(0.95 * (len(lat) - 1))], 1),
        "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "questions": len(items),
        "embeddings": settings.embeddings,
        "ours": {k: ours["overall"][k] for k in KEYS},
        **{name: {k: b["overall"][k] for k in KEYS} for name, b in bases.items()},
    }
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "core.json").write_text(json.dumps(figures, indent=2), encoding="utf-8")
    md = ["| figure | value |", "|---|---|"] + [f"| {k} | {v} |" for k, v in figures.items() if not isinstance(v, dict)]
    md += ["", "| metric | ours | BM25, 300-char chunks | dense only | plain LangChain (splitter + Chroma) |",
           "|---|---|---|---|---|"]
    md += [f"| {k} | " + " | ".join(str(figures[n][k]) for n in ("ours", "bm25", "dense", "naive")) + " |" for k in KEYS]
    (out / "core.md").write_text("\n".join(md) + "\n", encoding="utf-8")
    print("\n".join(md))


if __name__ == "__main__":
    main()
