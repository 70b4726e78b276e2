"""Questions answered while another user's upload is ingested: inline (in the server process) vs a
child process at lower CPU priority (NOTICEQA_INGEST=process, the web default).

A home with the five seeds is built once; for each mode a copy of it ingests the 40 notices of
tests/data/notices-dev (their vectors are not in the copy's cache, so they are embedded) while the
server process keeps asking the seed questions. Writes bench/results/ingest_load.{json,md}.

    $ .venv/bin/python bench/bench_ingest_load.py
"""
from __future__ import annotations

import json
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from answer.ask import ask  # noqa: E402
from eval.harness import DEFAULT_QA, load_qa  # noqa: E402
from retrieval.index.background import ingest_in_child  # noqa: E402
from retrieval.index.build import ingest  # noqa: E402
from retrieval.index.opened import open_index  # noqa: E402
from retrieval.settings import load_settings  # noqa: E402

DEV = ROOT / "tests" / "data" / "notices-dev"


def asking_while(run, index, questions: list[str]) -> dict:
    """Ask questions in this process until `run()` (in a thread) returns; latency figures."""
    done = threading.Event()
    took: dict = {}

    def work() -> None:
        t = time.perf_counter()
        run()
        took["ingest_s"] = round(time.perf_counter() - t, 1)
        done.set()

    threading.Thread(target=work, daemon=True).start()
    lat, i = [], 0
    while not done.is_set():
        t = time.perf_counter()
        ask(index, questions[i % len(questions)])
        lat.append((time.perf_counter() - t) * 1000)
        i += 1
    return {**took, **_figures(lat)}


def _figures(lat: list[float]) -> dict:
    lat = sorted(lat)
    return {"questions": len(lat), "ask_p50_ms": round(statistics.median(lat), 1),
            "ask_p95_ms": round(lat[int(0.95 * (len(lat) - 1))], 1)}


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="noticeqa-ingest-load-"))
    base = work / "base"
    ingest([ROOT / "corpus"], load_settings({"NOTICEQA_HOME": str(base)}))
    questions = [q["question"] for q in load_qa(DEFAULT_QA)]
    index = open_index(load_settings({"NOTICEQA_HOME": str(base)}))
    for q in questions[:10]:
        ask(index, q)   # warm
    t_end = time.perf_counter() + 20
    idle = []
    while time.perf_counter() < t_end:
        t = time.perf_counter()
        ask(index, questions[len(idle) % len(questions)])
        idle.append((time.perf_counter() - t) * 1000)
    rows = {"idle": _figures(idle)}
    for mode, runner in (("inline", ingest), ("process", ingest_in_child)):
        home = work / mode
        shutil.copytree(base, home)
        settings = load_settings({"NOTICEQA_HOME": str(home)})
        rows[f"during ingest ({mode})"] = asking_while(lambda: runner([DEV], settings), index, questions)
    shutil.rmtree(work, ignore_errors=True)
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "ingest_load.json").write_text(json.dumps(rows, indent=2, ensure_ascii=False), encoding="utf-8")
    md = ["| condition | questions asked | ask p50 ms | ask p95 ms | ingest s |", "|---|---|---|---|---|"]
    md += [f"| {k} | {v['questions']} | {v['ask_p50_ms']} | {v['ask_p95_ms']} | {v.get('ingest_s', '')} |"
           for k, v in rows.items()]
    (out / "ingest_load.md").write_text("\n".join(md) + "\n", encoding="utf-8")
    print("\n".join(md))


if __name__ == "__main__":
    main()
