"""Crowded index: each dev notice beside a twin of another agency and place (the same text renamed by
eval/renamed.py), as users' knowledge bases hold their own notices beside those of agencies like theirs.

Index (a temporary NOTICEQA_HOME): the 5 seeds + the dev-split notices as they are + each renamed once (seed
given). Questions: the dev questions (held-out batches never read or run) asked as written, and renamed as their
twins'. A question is right as bench_renamed counts it AND, when it asks about one notice, its answer cites that
notice first and no twin of it: a twin says the same of another agency, so quoting it answers with another
agency's figures. Beside them the same questions on the uncrowded index (originals only); "flips" are questions
right there and wrong here. Writes bench/results/crowded.json and crowded.md.

    $ .venv/bin/python bench/bench_crowded.py [--seed 1] [--out DIR]
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_eval import write_results  # noqa: E402
from bench.bench_renamed import KEYS, NAMES, dev_notices, dev_questions, figures, right  # noqa: E402
from eval.harness import run_eval  # noqa: E402
from eval.renamed import plan, rename_item, rename_text  # noqa: E402
from retrieval.index.build import ingest  # noqa: E402
from retrieval.index.opened import open_index  # noqa: E402
from retrieval.settings import load_settings  # noqa: E402


def own_notice_first(row: dict, doc: str, twin: str) -> bool:
    """The answer quotes the asked notice first and never its twin (True for questions of no one notice)."""
    if not isinstance(doc, str) or not doc or row["type"] == "unanswerable" or row["scores"]["abstained"]:
        return True
    cites = row.get("citations", [])
    return bool(cites) and cites[0]["doc"] == doc and all(c["doc"] != twin for c in cites)


def _answer(files: dict[str, str], items: list[dict]) -> list[dict]:
    with tempfile.TemporaryDirectory(prefix="crowded-") as tmp:
        folder, home = Path(tmp) / "notices", Path(tmp) / "home"
        folder.mkdir()
        for name, text in files.items():
            (folder / name).write_text(text, encoding="utf-8")
        settings = load_settings({"NOTICEQA_HOME": str(home)})
        ingest([ROOT / "corpus", folder], settings)
        return run_eval(open_index(settings), items, k=5)[0]


def run(seed: int) -> tuple[dict, list[dict]]:
    notices, items = dev_notices(), dev_questions()
    fixed = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]
    renaming = plan(notices, items, fixed, seed)
    # a file name naming no place the renaming knows keeps its name: the twin then gets a suffix
    twins = {doc: renaming.files[doc] if renaming.files[doc] != doc else doc.replace(".txt", "-b.txt") for doc in notices}
    renaming = replace(renaming, files={**renaming.files, **twins})
    crowded = {**notices, **{twins[d]: rename_text(t, renaming, d) for d, t in notices.items()}}
    renamed_items = [rename_item(q, renaming) for q in items]
    alone = _answer(notices, items)
    rows = _answer(crowded, items + renamed_items)
    one = [q["doc"] if isinstance(q["doc"], str) else "" for q in items]   # a cross question asks two notices
    asked = {("o", q["id"]): (q, twins.get(d, "")) for q, d in zip(items, one)}
    asked.update({("r", q["id"]): (q, d) for q, d in zip(renamed_items, one)})
    result, diff = {"seed": seed, "notices": len(notices), "questions": len(items)}, []
    right_alone = {r["id"]: right(r) for r in alone}
    for label, part in (("original", rows[:len(items)]), ("renamed", rows[len(items):])):
        key = label[0]
        ok = []
        for r in part:
            q, twin = asked[(key, r["id"])]
            good = right(r) and own_notice_first(r, q["doc"], twin)
            ok.append(good)
            if right_alone[r["id"]] and not good:
                diff.append({"asked": label, "id": r["id"], "question": q["question"], "doc": q["doc"],
                             "cited": [c["doc"] for c in r.get("citations", [])][:4], "answer": r["answer"][:300]})
        result[label] = {**figures(part), "right": round(sum(ok) / len(ok), 4),
                         "twin_quoted": sum(1 for r in part if any(c["doc"] == asked[(key, r["id"])][1]
                                                                 for c in r.get("citations", [])))}
    result["alone"] = {**figures(alone), "right": round(sum(right_alone.values()) / len(alone), 4)}
    result["flips"] = len(diff)
    return result, diff


def markdown(result: dict) -> str:
    cols = ("alone", "original", "renamed")
    heads = ("dev notices alone", "crowded: questions as written", "crowded: questions renamed (the twins')")
    lines = [f"Index: 5 seeds + {result['notices']} dev notices + a renamed twin of each (seed {result['seed']}); "
             f"{result['questions']} dev questions (held-out batches excluded).", "",
             "| metric | " + " | ".join(heads) + " |", "|---|---|---|---|"]
    lines += [f"| {NAMES[k]} | " + " | ".join("–" if result[c][k] is None else f"{result[c][k]:.3f}" for c in cols) + " |"
              for k in KEYS]
    lines.append("| right, and the asked notice quoted first, never its twin | "
                 + " | ".join(f"{result[c]['right']:.3f}" for c in cols) + " |")
    lines.append("| answers quoting the twin | – | " + " | ".join(str(result[c]["twin_quoted"]) for c in cols[1:]) + " |")
    lines += ["", f"Right alone, wrong crowded: {result['flips']} (of {2 * result['questions']} asked)."]
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, default=None, help="also write the per-question flips here")
    args = ap.parse_args()
    result, diff = run(args.seed)
    md = markdown(result)
    print(md)
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "flips.jsonl").write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in diff),
                                             encoding="utf-8")
    write_results("crowded", result, "# Crowded index (bench/bench_crowded.py)\n\n" + md)


if __name__ == "__main__":
    main()
