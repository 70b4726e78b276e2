"""Renamed notices: the dev notices and their questions with places and agency types swapped (eval/renamed.py),
answered through the normal harness beside the same questions on the notices as they are.

Index (a temporary NOTICEQA_HOME each): the 5 seeds of corpus/ + the dev-split notices of tests/data/notices-dev/
(never the test split), once as they are and once per seeded variant renamed. Questions: the dev questions of
eval/qa_unseen.jsonl except the held-out batches (HELD_OUT: never read or run here). Figures as bench_eval's.
Writes bench/results/renamed.json and renamed.md; `--out DIR` also writes the per-question diff (original
right, renamed wrong) to DIR/diff.jsonl.

    $ .venv/bin/python bench/bench_renamed.py [--seeds 0 1 2] [--out DIR] [--plans FILE] [--no-write]
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_eval import write_results  # noqa: E402
from bench.tune import HELD_OUT  # noqa: E402
from eval.harness import load_qa, run_eval  # noqa: E402
from eval.metrics import aggregate  # noqa: E402
from eval.renamed import Renaming, plan, rename_item, rename_text  # noqa: E402
from retrieval.index.build import ingest  # noqa: E402
from retrieval.index.opened import open_index  # noqa: E402
from retrieval.settings import load_settings  # noqa: E402

DEV_NOTICES = ROOT / "tests" / "data" / "notices-dev"
KEYS = ("recall_at_k", "citation_hit", "fact_numbers_all", "refusal_rate", "false_refusal_rate")
NAMES = {"recall_at_k": "recall@5", "citation_hit": "citation holds evidence", "fact_numbers_all": "numbers (all)",
         "refusal_rate": "out-of-corpus refused", "false_refusal_rate": "answerable refused"}


def dev_notices() -> dict[str, str]:
    """doc -> raw text of every dev-split notice of tests/data/notices-dev (the test split is never opened)."""
    rows = [line.split("\t") for line in (DEV_NOTICES / "SPLIT.tsv").read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    return {doc: (DEV_NOTICES / doc).read_text(encoding="utf-8") for doc, split in rows
            if split.strip() == "dev" and (DEV_NOTICES / doc).is_file()}


def dev_questions() -> list[dict]:
    return [q for q in load_qa(ROOT / "eval" / "qa_unseen.jsonl")
            if q.get("split") == "dev" and q.get("set", "first") not in HELD_OUT]


def right(row: dict) -> bool:
    """A question answered right: refused when out of corpus; else evidence found and cited, not refused,
    and every asked number given."""
    s = row["scores"]
    if row["type"] == "unanswerable":
        return s["abstained"]
    return (not s["abstained"] and s["recall"] != 0 and (row["type"] == "draft" or s["cite_hit"])
            and s["key_facts"] in (None, 1.0))


def _answer(folder: Path, items: list[dict]) -> list[dict]:
    with tempfile.TemporaryDirectory(prefix="renamed-home-") as home:
        settings = load_settings({"NOTICEQA_HOME": home})
        ingest([ROOT / "corpus", folder], settings)
        return run_eval(open_index(settings), items, k=5)[0]


def run_variant(notices: dict[str, str], items: list[dict], renaming: Renaming | None) -> tuple[list[dict], list[dict], int]:
    """(rows, the items asked, evidence strings not verbatim in their renamed notice) for one variant."""
    with tempfile.TemporaryDirectory(prefix="renamed-notices-") as tmp:
        folder = Path(tmp)
        texts = {}
        for doc, text in notices.items():
            new = renaming.files[doc] if renaming else doc
            texts[new] = rename_text(text, renaming, doc) if renaming else text
            (folder / new).write_text(texts[new], encoding="utf-8")
        asked = [rename_item(q, renaming) for q in items] if renaming else items
        lost = sum(1 for q in asked for e in q["evidence"]
                   if not any(e.replace(" ", "") in t.replace(" ", "") for t in texts.values()))
        return _answer(folder, asked), asked, lost


def figures(rows: list[dict]) -> dict:
    overall = aggregate(rows)["overall"]
    return {"questions": len(rows), **{k: overall[k] for k in KEYS}}


def markdown(result: dict) -> str:
    cols = ["original"] + [f"renamed (seed {s})" for s in result["seeds"]] + ["renamed, all seeds"]
    blocks = [result["original"]] + [v["figures"] for v in result["variants"]] + [result["renamed"]]
    lines = [f"Dev questions (held-out batches excluded): {result['original']['questions']}; index: 5 seeds + "
             f"{result['notices']} dev notices.", "",
             "| metric | " + " | ".join(cols) + " |", "|---|" + "---|" * len(cols)]
    lines += [f"| {NAMES[k]} | " + " | ".join("–" if b[k] is None else f"{b[k]:.3f}" for b in blocks) + " |" for k in KEYS]
    lines += ["", f"Right before renaming, wrong after (summed over seeds): {result['flipped_wrong']}; "
              f"wrong before, right after: {result['flipped_right']}. Evidence strings not verbatim in the "
              f"raw file: {result['original_evidence_lost']} before renaming, "
              f"{sum(v['evidence_lost'] for v in result['variants'])} after (all seeds).", ""]
    for v in result["variants"]:
        lines.append(f"- seed {v['seed']}: places {v['places']}; agency types {v['agencies']}")
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2])
    ap.add_argument("--out", type=Path, default=None, help="also write the per-question diff here")
    ap.add_argument("--no-write", action="store_true", help="print only, leave bench/results as it is")
    ap.add_argument("--plans", type=Path, default=None,
                    help="renamings saved here on the first run and reused after: a change to the genre's place "
                         "reading then cannot move the draws, so two versions of the product are compared on one renaming")
    args = ap.parse_args()
    notices, items = dev_notices(), dev_questions()
    fixed = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    base, _, base_lost = run_variant(notices, items, None)
    by_id = {r["id"]: r for r in base}
    variants, pooled, diff = [], [], []
    saved = {}
    if args.plans and args.plans.is_file():
        saved = {r["seed"]: Renaming(**r) for r in json.loads(args.plans.read_text(encoding="utf-8"))}
    for seed in args.seeds:
        renaming = saved.get(seed) or plan(notices, items, fixed, seed)
        saved[seed] = renaming
        rows, asked, lost = run_variant(notices, items, renaming)
        pooled += rows
        questions = {q["id"]: q for q in asked}
        for r in rows:
            before = by_id[r["id"]]
            if right(before) != right(r):
                diff.append({"seed": seed, "id": r["id"], "type": r["type"], "now_right": right(r),
                             "question": questions[r["id"]]["question"], "doc": questions[r["id"]]["doc"],
                             "before": before["answer"][:300], "after": r["answer"][:300],
                             "scores_before": before["scores"], "scores_after": r["scores"]})
        variants.append({"seed": seed, "figures": figures(rows), "evidence_lost": lost,
                         "places": len(renaming.places), "agencies": renaming.agencies, "files": renaming.files})
    if args.plans and not args.plans.is_file():
        args.plans.write_text(json.dumps([asdict(r) for r in saved.values()], ensure_ascii=False), encoding="utf-8")
    result = {"seeds": args.seeds, "notices": len(notices), "original": figures(base), "original_evidence_lost": base_lost, "renamed": figures(pooled),
              "variants": variants, "flipped_wrong": sum(not d["now_right"] for d in diff),
              "flipped_right": sum(d["now_right"] for d in diff)}
    md = markdown(result)
    print(md)
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "diff.jsonl").write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in diff), encoding="utf-8")
    if not args.no_write:
        write_results("renamed", result, "# Renamed notices (bench/bench_renamed.py)\n\n" + md)


if __name__ == "__main__":
    main()
