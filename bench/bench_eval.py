"""Answer quality by split, ours beside the baselines, in one run.

- `seeds`: eval/qa.jsonl over an index of the five seed notices (corpus/), as before.
- `dev` / `test`: eval/qa_unseen.jsonl over an index of the seeds plus the 40 notices of other
  agencies (tests/data/notices-dev/); tune on `dev` only, report `test`.

Writes bench/results/eval.json and bench/results/eval.md (`--only dev` runs one split, for tuning).

    $ .venv/bin/python bench/bench_eval.py [--only dev|test|seeds] [--set freshN|first] [--no-baselines] [--out DIR]

`--set fresh` keeps only the questions of eval/qa_unseen.jsonl marked "set": "fresh" (written before the
system was run on them: the honest generalisation figure; `--set fresh2` … `--set fresh6` the later such
batches); `--set first` keeps the ones without a "set".
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.baselines import RETRIEVERS, run_baseline  # noqa: E402
from eval.harness import DEFAULT_QA, load_qa, run_eval, write_reports  # noqa: E402
from retrieval.index.build import ingest  # noqa: E402
from retrieval.index.opened import open_index  # noqa: E402
from eval.check_qa_unseen import SETS  # noqa: E402
from retrieval.settings import load_settings  # noqa: E402

UNSEEN_QA = ROOT / "eval" / "qa_unseen.jsonl"
HELD_OUT = frozenset({"fresh49", "fresh54", "fresh56", "fresh60", "fresh68"})  # dev questions written blind to check that fixes generalise: never tuned on
DEV_NOTICES = ROOT / "tests" / "data" / "notices-dev"
KEYS = ("recall_at_k", "hit_at_k", "mrr_at_10", "citation_hit", "key_fact_accuracy", "fact_numbers_all",
        "refusal_rate", "false_refusal_rate", "latency_p50_ms")
NAMES = {"ours": "ours", "bm25-300": "BM25, 300-char chunks", "dense-only": "dense only",
         "langchain-naive": "plain LangChain"}


def _index(paths: list[Path], home: Path):
    settings = load_settings({"NOTICEQA_HOME": str(home)})
    ingest(paths, settings)
    return open_index(settings)


def in_set(item: dict, name: str | None) -> bool:
    """Whether a question belongs to the chosen batch: in_set({'set': 'fresh'}, 'fresh') -> True."""
    if name is None:
        return True
    return item.get("set", "first") == name


def run(only: str | None, baselines: bool, out: Path | None, batch: str | None = None,
        without: frozenset[str] = frozenset()) -> dict:
    cache = ROOT / ".cache"
    cache.mkdir(exist_ok=True)
    plans = [("seeds", [ROOT / "corpus"], DEFAULT_QA, None),
             ("dev", [ROOT / "corpus", DEV_NOTICES], UNSEEN_QA, "dev"),
             ("test", [ROOT / "corpus", DEV_NOTICES], UNSEEN_QA, "test")]
    figures: dict = {}
    indexes: dict = {}
    for split, paths, qa, tag in plans:
        if only and split != only:
            continue
        key = tuple(paths)
        if key not in indexes:   # one home per corpus, kept under .cache/ between runs (ingest is idempotent)
            home = cache / ("bench-eval-" + "-".join(p.name for p in paths))
            indexes[key] = _index(paths, home)
        index = indexes[key]
        items = [i for i in load_qa(qa) if tag is None or i.get("split") == tag]
        if tag is not None:
            items = [i for i in items if in_set(i, batch) and i.get("set", "first") not in without]
        rows, ours = run_eval(index, items, k=5)
        if out:
            write_reports(out / split, rows, ours, 5, qa)
        figures[split] = {"questions": len(items), "ours": {k: ours["overall"][k] for k in KEYS}}
        if baselines:
            for name in RETRIEVERS:
                b = run_baseline(name, index, items, k=5)[1]["overall"]
                figures[split][RETRIEVERS[name][1]] = {k: b[k] for k in KEYS}
    return figures


def markdown(figures: dict) -> str:
    lines = []
    for split, f in figures.items():
        systems = [s for s in NAMES if s in f]
        lines += [f"### {split} ({f['questions']} questions)", "",
                  "| metric | " + " | ".join(NAMES[s] for s in systems) + " |",
                  "|---|" + "---|" * len(systems)]
        for k in KEYS:
            lines.append(f"| {k} | " + " | ".join("" if f[s][k] is None else str(f[s][k]) for s in systems) + " |")
        lines.append("")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", choices=("seeds", "dev", "test"))
    ap.add_argument("--set", dest="batch", choices=(*sorted(SETS, key=lambda s: (len(s), s)), "first"),
                    help="only the questions of this batch of eval/qa_unseen.jsonl")
    ap.add_argument("--without-held-out", action="store_true",
                    help="leave out the held-out blind batch (HELD_OUT) while fixing")
    ap.add_argument("--no-baselines", action="store_true")
    ap.add_argument("--out", type=Path, default=None, help="also write full eval reports per split here")
    args = ap.parse_args()
    without = HELD_OUT if args.without_held_out else frozenset()
    figures = run(args.only, not args.no_baselines, args.out, args.batch, without)
    md = markdown(figures)
    print(md)
    if not args.only and not args.batch and not without:
        write_results("eval", figures, md)


def write_results(stem: str, data: dict, md: str) -> None:
    """bench/results/STEM.json and STEM.md: write_results('formats', {...}, '| format | …')."""
    res = ROOT / "bench" / "results"
    res.mkdir(parents=True, exist_ok=True)
    (res / f"{stem}.json").write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    (res / f"{stem}.md").write_text(md, encoding="utf-8")


if __name__ == "__main__":
    main()
