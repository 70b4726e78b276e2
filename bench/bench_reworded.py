"""Reworded questions: the dev and seed questions typed in other words (eval/reworded.py), answered through the
normal harness on the normal indexes beside the questions as written.

Indexes: as bench/bench_eval.py's (the 5 seeds + the 40 notices of tests/data/notices-dev for the dev questions,
the seeds alone for eval/qa.jsonl; kept under .cache/). Questions: the dev questions of eval/qa_unseen.jsonl
except the held-out batches (HELD_OUT: never read or run here; no `test` question) and the seed questions.
Figures as bench_eval's, per rule; a flip is a question right as written and wrong reworded (bench_renamed.right).
Writes bench/results/reworded.json and reworded.md; `--out DIR` also writes every flip to DIR/flips.jsonl.

    $ .venv/bin/python bench/bench_reworded.py [--seeds 0] [--out DIR] [--no-write]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_eval import write_results  # noqa: E402
from bench.bench_renamed import KEYS, NAMES, figures, right  # noqa: E402
from eval.harness import DEFAULT_QA, load_qa, run_eval  # noqa: E402
from eval.reworded import load_rules, variants  # noqa: E402
from retrieval.index.build import ingest  # noqa: E402
from retrieval.index.opened import open_index  # noqa: E402
from retrieval.settings import load_settings  # noqa: E402

UNSEEN_QA = ROOT / "eval" / "qa_unseen.jsonl"
DEV_NOTICES = ROOT / "tests" / "data" / "notices-dev"
from bench.tune import HELD_OUT  # noqa: E402  (one list of the held-out batches)


def dev_questions() -> list[dict]:
    """The dev questions of the batches that may be read (never a held-out batch, never the test split)."""
    return [q for q in load_qa(UNSEEN_QA) if q.get("split") == "dev" and q.get("set", "first") not in HELD_OUT]


def _index(paths: list[Path]):
    """The index bench_eval uses for these folders (same home under .cache/, ingest is idempotent)."""
    home = ROOT / ".cache" / ("bench-eval-" + "-".join(p.name for p in paths))
    settings = load_settings({"NOTICEQA_HOME": str(home)})
    ingest(paths, settings)
    return open_index(settings)


def compare(index, items: list[dict], seeds: list[int]) -> tuple[dict, list[dict]]:
    """(figures: original, reworded, per rule with flips; the flips) for ITEMS and their variants."""
    rules = load_rules()
    base = run_eval(index, items, k=5)[0]
    by_id = {r["id"]: r for r in base}
    asked = [v for s in seeds for q in items for v in variants(q, rules, s)]
    for n, v in enumerate(asked):   # ids unique over seeds: '<id>~<rule>#<n>'
        v["id"] = f"{v['id']}#{n}"
    rows = run_eval(index, asked, k=5)[0]
    flips, per_rule = [], {}
    for v, r in zip(asked, rows):
        before = by_id[v["id"].split("~")[0]]
        rule = per_rule.setdefault(v["rule"], {"rows": [], "wrong": 0, "right": 0})
        rule["rows"].append(r)
        if right(before) != right(r):
            rule["right" if right(r) else "wrong"] += 1
            flips.append({"rule": v["rule"], "id": v["id"], "type": v["type"], "now_right": right(r),
                          "original": v["original"], "question": v["question"], "mixed": v.get("mixed", []),
                          "before": before["answer"][:300], "after": r["answer"][:300],
                          "scores_before": before["scores"], "scores_after": r["scores"]})
    out = {"original": figures(base), "reworded": figures(rows),
           "original_right": sum(map(right, base)), "variants": len(rows),
           "flipped_wrong": sum(not f["now_right"] for f in flips), "flipped_right": sum(f["now_right"] for f in flips),
           "rules": {name: {"variants": len(v["rows"]), "flipped_wrong": v["wrong"], "flipped_right": v["right"],
                            **figures(v["rows"])} for name, v in sorted(per_rule.items())}}
    return out, flips


def _fmt(block: dict) -> str:
    return " / ".join("–" if block[k] is None else f"{block[k]:.3f}" for k in KEYS)


def markdown(result: dict) -> str:
    lines = [f"Seeds of the draws: {result['seeds']}. Figures: " + " / ".join(NAMES[k] for k in KEYS) + ".", ""]
    for split, f in result["splits"].items():
        lines += [f"### {split}: {f['original']['questions']} questions, {f['variants']} variants", "",
                  "| | questions | figures |", "|---|---|---|",
                  f"| as written | {f['original']['questions']} | {_fmt(f['original'])} |",
                  f"| reworded (all variants) | {f['variants']} | {_fmt(f['reworded'])} |", "",
                  f"Right as written, wrong reworded: {f['flipped_wrong']}; wrong as written, right reworded: "
                  f"{f['flipped_right']}.", "",
                  "| rule | variants | right → wrong | wrong → right | figures of the variants |", "|---|---|---|---|---|"]
        lines += [f"| {name} | {r['variants']} | {r['flipped_wrong']} | {r['flipped_right']} | {_fmt(r)} |"
                  for name, r in f["rules"].items()]
        lines.append("")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", type=int, nargs="+", default=[0])
    ap.add_argument("--only", choices=("dev", "seeds"), default=None)
    ap.add_argument("--out", type=Path, default=None, help="also write every flip to DIR/flips.jsonl")
    ap.add_argument("--no-write", action="store_true", help="print only, leave bench/results as it is")
    args = ap.parse_args()
    plans = [("dev", [ROOT / "corpus", DEV_NOTICES], dev_questions), ("seeds", [ROOT / "corpus"], lambda: load_qa(DEFAULT_QA))]
    result, flips = {"seeds": args.seeds, "splits": {}}, []
    for split, paths, questions in plans:
        if args.only and split != args.only:
            continue
        result["splits"][split], found = compare(_index(paths), questions(), args.seeds)
        flips += [{"split": split, **f} for f in found]
    md = markdown(result)
    print(md)
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "flips.jsonl").write_text("".join(json.dumps(f, ensure_ascii=False) + "\n" for f in flips), encoding="utf-8")
    if not args.no_write and not args.only:
        write_results("reworded", result, "# Reworded questions (bench/bench_reworded.py)\n\n" + md)


if __name__ == "__main__":
    main()
