"""Dense search, exact in memory vs Chroma's HNSW: how close HNSW comes and what each costs.

1. The seed index (corpus/, real vectors): for every question of eval/qa.jsonl, the share of the
   exact 50 nearest chunks that HNSW returns (recall@50), how often HNSW's first is the true first,
   and the median query time of each.
2. Cost by size (synthetic unit vectors, 512 dims, in a fresh embedded collection): reading the
   vectors at open (what `open_index` does up to NOTICEQA_EXACT_DENSE_MAX), their memory, and the
   median query time of each search.

Writes bench/results/dense.json and bench/results/dense.md.

    $ .venv/bin/python bench/bench_dense.py [--sizes 1000 5000 20000]
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.harness import DEFAULT_QA, load_qa  # noqa: E402
from retrieval.index import vectors as vectorstore  # noqa: E402
from retrieval.index.build import ingest  # noqa: E402
from retrieval.index.opened import open_index  # noqa: E402
from retrieval.settings import load_settings  # noqa: E402

K = 50
OUT = ROOT / "bench" / "results"


def _ms(fn, repeat: int = 1) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        fn()
    return (time.perf_counter() - start) * 1000 / repeat


def seed_index(home: Path) -> dict:
    settings = load_settings({"NOTICEQA_HOME": str(home)})
    ingest([ROOT / "corpus"], settings)
    index = open_index(settings)
    recall, first, t_exact, t_hnsw = [], [], [], []
    for qa in load_qa(DEFAULT_QA):
        qv = index.embedder.embed_query(qa["question"])
        exact = [index.vector_ids[r] for r, _ in vectorstore.nearest_rows(index.dense, qv, K)]
        approx = [v for v, _ in vectorstore.query(index.collection, qv, K)]
        recall.append(len(set(exact) & set(approx)) / K)
        first.append(float(exact[0] == approx[0]))
        t_exact.append(_ms(lambda: vectorstore.nearest_rows(index.dense, qv, K), 5))
        t_hnsw.append(_ms(lambda: vectorstore.query(index.collection, qv, K), 5))
    return {"vectors": len(index.chunks), "questions": len(recall),
            "hnsw_recall_at_50_mean": round(statistics.mean(recall), 4),
            "hnsw_recall_at_50_min": round(min(recall), 4),
            "hnsw_first_is_true_first": round(statistics.mean(first), 4),
            "exact_query_ms_median": round(statistics.median(t_exact), 3),
            "hnsw_query_ms_median": round(statistics.median(t_hnsw), 3)}


def by_size(home: Path, size: int) -> dict:
    settings = load_settings({"NOTICEQA_HOME": str(home), "CHROMA_COLLECTION": f"size{size}"})
    col = vectorstore.open_collection(settings, f"size{size}", create=True)
    rng = np.random.default_rng(size)
    vecs = rng.standard_normal((size, 512)).astype(np.float32)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    ids = [f"v{i}" for i in range(size)]
    vectorstore.upsert(col, ids, vecs, [{"n": i} for i in range(size)])
    start = time.perf_counter()
    matrix = vectorstore.read_vectors(col, ids)
    read_s = time.perf_counter() - start
    queries = rng.standard_normal((20, 512)).astype(np.float32)
    t_exact = [_ms(lambda: vectorstore.nearest_rows(matrix, q, K)) for q in queries]
    t_hnsw = [_ms(lambda: vectorstore.query(col, q, K)) for q in queries]
    return {"vectors": size, "read_at_open_s": round(read_s, 2), "memory_mb": round(matrix.nbytes / 2**20, 1),
            "exact_query_ms_median": round(statistics.median(t_exact), 2),
            "hnsw_query_ms_median": round(statistics.median(t_hnsw), 2)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 5000, 20000])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        seeds = seed_index(Path(tmp) / "seeds")
        sizes = [by_size(Path(tmp) / "sizes", n) for n in args.sizes]
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "dense.json").write_text(json.dumps({"seeds": seeds, "sizes": sizes}, indent=2), encoding="utf-8")
    lines = ["# Dense search: exact in memory vs Chroma HNSW", "",
             f"Seed index ({seeds['vectors']} vectors, {seeds['questions']} questions of eval/qa.jsonl): "
             f"HNSW recall@50 mean {seeds['hnsw_recall_at_50_mean']} (min {seeds['hnsw_recall_at_50_min']}), "
             f"HNSW's first is the true first in {seeds['hnsw_first_is_true_first']:.0%}; median query "
             f"exact {seeds['exact_query_ms_median']} ms, HNSW {seeds['hnsw_query_ms_median']} ms.", "",
             "| vectors | read at open (s) | memory (MB) | exact query median (ms) | HNSW query median (ms) |",
             "|---|---|---|---|---|"]
    lines += [f"| {s['vectors']} | {s['read_at_open_s']} | {s['memory_mb']} | {s['exact_query_ms_median']} | "
              f"{s['hnsw_query_ms_median']} |" for s in sizes]
    (OUT / "dense.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
