"""Choose the drafting similarity threshold on dev-split data only (tests/data/notices-dev/SPLIT.tsv).

Positives: the hand-labelled problem statements (ledger_items[].problem) of dev notices, and on dev also
the 13 drafting requests of eval/qa.jsonl (the seeds are dev): real problems staff ask to draft for. Negatives: lines of the same dev notices that are no
problem at all (chrome, metadata lines, stated totals). Score = the best cosine similarity between the
request and a ledger problem of the knowledge base (ledger.draft.best_similarity). Test figures are printed for the
report only. Rule: a wrongly refused request costs staff more than an irrelevant draft they can ignore,
so the threshold is the highest that still keeps KEEP (95%) of the dev positives (midpoint to the next
lower dev score). Writes bench/draft_threshold.json.

    NOTICEQA_HOME=.cache/test-home .venv/bin/python bench/draft_threshold.py
"""
import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ledger.draft import best_similarity  # noqa: E402
from retrieval.index.opened import open_index  # noqa: E402
from retrieval.settings import load_settings  # noqa: E402


def samples(split: str) -> tuple[list[str], list[str]]:
    splits = {}
    for line in (ROOT / "tests/data/notices-dev/SPLIT.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, which = line.split("\t")[:2]
            splits[name] = which.strip()
    pos, neg = [], []
    for line in (ROOT / "tests/data/notices_dev_gold.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if splits.get(row["file"]) != split:
            continue
        pos += [it["problem"] for it in row["ledger_items"]]
        neg += row["chrome"] + row["metadata_lines"] + [t["raw"] for t in row.get("totals", [])]
    if split == "dev":
        for line in (ROOT / "eval/qa.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip() and json.loads(line)["type"] == "draft":
                pos.append(json.loads(line)["question"])
    return pos, [n for n in neg if n.strip()]


KEEP = 0.95


def balanced(t: float, pos: list[float], neg: list[float]) -> float:
    return (sum(p >= t for p in pos) / len(pos) + sum(n < t for n in neg) / len(neg)) / 2


def main() -> None:
    index = open_index(load_settings())
    figures = {}
    scored = {s: tuple([best_similarity(index, x) for x in xs] for xs in samples(s)) for s in ("dev", "test")}
    pos, neg = scored["dev"]
    cands = sorted(set(pos + neg))
    top = max(t for t in cands if sum(p >= t for p in pos) >= KEEP * len(pos))
    below = max((x for x in cands if x < top), default=top)
    threshold = math.floor((top + below) / 2 * 1000) / 1000   # rounded down: the kept positive stays kept
    figures["threshold"] = threshold
    for split, (p, n) in scored.items():
        figures[split] = {"positives": len(p), "negatives": len(n),
                          "balanced_accuracy": round(balanced(threshold, p, n), 3),
                          "positives_kept": round(sum(x >= threshold for x in p) / max(len(p), 1), 3),
                          "negatives_refused": round(sum(x < threshold for x in n) / max(len(n), 1), 3)}
    (ROOT / "bench" / "draft_threshold.json").write_text(json.dumps(figures, ensure_ascii=False, indent=1) + "\n",
                                                         encoding="utf-8")
    print(json.dumps(figures, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
