#!/usr/bin/env python3
"""Checker for eval/qa_unseen.jsonl (questions over the 40 notices of tests/data/notices-dev).

Plain Python, no project imports. Run from anywhere:

    python3 eval/check_qa_unseen.py [path/to/qa_unseen.jsonl]

Exits 0 and prints counts when every check passes; exits 1 and lists the
problems otherwise.
"""
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
DATA = os.path.join(REPO, "tests", "data", "notices-dev")
QA = os.path.join(HERE, "qa_unseen.jsonl")

KEYS = {"id", "question", "answer", "evidence", "doc", "type", "split"}
# Optional: "set" names a batch written later (e.g. "fresh": written before the system was run on it).
OPTIONAL_KEYS = {"set"}
SETS = {"fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25", "fresh26", "fresh27", "fresh28", "fresh29", "fresh30", "fresh31", "fresh32", "fresh33", "fresh34", "fresh35", "fresh36", "fresh37", "fresh38", "fresh39", "fresh40", "fresh41", "fresh42", "fresh43", "fresh44", "fresh45", "fresh46", "fresh47", "fresh48", "fresh49", "fresh50", "fresh51", "fresh52", "fresh53", "fresh54", "fresh55", "fresh56", "fresh57", "fresh58", "fresh59", "fresh60", "fresh61", "fresh62", "fresh63", "fresh64", "fresh65", "fresh66", "fresh67", "fresh68", "fresh69", "fresh70", "fresh71", "fresh72", "fresh73", "fresh74", "fresh75", "fresh76"}
TYPES = ["fact", "measure", "section", "cross", "draft", "unanswerable"]
MIN_ITEMS = 140
MIN_UNANSWERABLE = 30
MIN_ANSWERABLE_PER_NOTICE = 2
# A question should paraphrase, not copy: it may not share a run of this many
# characters with the evidence it is answered by.
MAX_SHARED_RUN = 12


def load_split():
    split = {}
    with open(os.path.join(DATA, "SPLIT.tsv"), encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            name, value = line.split("\t")
            split[name] = value
    return split


def longest_shared_run(a, b):
    """Length of the longest common substring of a and b (small strings)."""
    best = 0
    prev = [0] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        cur = [0] * (len(b) + 1)
        ai = a[i - 1]
        for j in range(1, len(b) + 1):
            if ai == b[j - 1]:
                cur[j] = prev[j - 1] + 1
                if cur[j] > best:
                    best = cur[j]
        prev = cur
    return best


def main(path):
    split = load_split()
    notices = {n for n in split if n.startswith("d")}
    texts = {}
    for n in notices:
        with open(os.path.join(DATA, n), encoding="utf-8") as fh:
            texts[n] = fh.read()

    errors = []
    items = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                errors.append("line %d: blank line" % lineno)
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                errors.append("line %d: invalid JSON (%s)" % (lineno, exc))
                continue
            if not isinstance(obj, dict):
                errors.append("line %d: not a JSON object" % lineno)
                continue
            items.append((lineno, obj))

    seen = set()
    per_notice = collections.Counter()
    expected, prev_set = 1, None
    for lineno, it in items:
        where = "line %d (%s)" % (lineno, it.get("id"))
        keys = set(it) - (OPTIONAL_KEYS & set(it))
        if "set" in it and it["set"] not in SETS:
            errors.append("%s: set %r not allowed" % (where, it["set"]))
        if keys != KEYS:
            errors.append("%s: keys %s, expected %s" % (where, sorted(keys), sorted(KEYS)))
            continue
        iid = it["id"]
        if iid in seen:
            errors.append("%s: duplicate id" % where)
        seen.add(iid)
        # Ids run u001, u002, ... in order; a later batch (a new "set") may start at a round number (u501).
        num = int(iid[1:]) if isinstance(iid, str) and iid[:1] == "u" and iid[1:].isdigit() else None
        new_batch = it.get("set") != prev_set and num is not None and num > expected
        if num is None or (num != expected and not new_batch):
            errors.append("%s: id out of sequence, expected u%03d" % (where, expected))
        expected, prev_set = (num if num is not None else expected) + 1, it.get("set")
        for k in ("question", "answer"):
            if not isinstance(it[k], str) or not it[k].strip():
                errors.append("%s: empty %s" % (where, k))
        typ = it["type"]
        if typ not in TYPES:
            errors.append("%s: type %r not allowed" % (where, typ))
            continue
        ev = it["evidence"]
        if not isinstance(ev, list) or not all(isinstance(e, str) and e for e in ev):
            errors.append("%s: evidence must be a list of non-empty strings" % where)
            continue
        doc = it["doc"]
        docs = doc if isinstance(doc, list) else ([doc] if doc else [])
        if not isinstance(doc, (str, list)):
            errors.append("%s: doc must be a string or a list" % where)
            continue
        bad = [d for d in docs if d not in notices]
        if bad:
            errors.append("%s: unknown doc(s) %s" % (where, bad))
            continue
        if typ == "cross":
            if not isinstance(doc, list) or len(docs) < 2:
                errors.append("%s: cross item needs a doc list of 2+ notices" % where)
        elif isinstance(doc, list):
            errors.append("%s: only cross items take a doc list" % where)

        # split
        if docs:
            want = "test" if any(split[d] == "test" for d in docs) else "dev"
            if it["split"] != want:
                errors.append("%s: split %r, SPLIT.tsv gives %r" % (where, it["split"], want))
        elif it["split"] not in ("dev", "test"):
            errors.append("%s: split must be dev or test" % where)

        # evidence
        if typ == "unanswerable":
            if ev:
                errors.append("%s: unanswerable item with evidence" % where)
            if not it["answer"].startswith("通报中没有相关信息"):
                errors.append("%s: unanswerable answer should start with 通报中没有相关信息" % where)
            continue
        if not docs:
            errors.append("%s: answerable item without doc" % where)
            continue
        if not 1 <= len(ev) <= 3:
            errors.append("%s: %d evidence strings (want 1-3)" % (where, len(ev)))
        for e in ev:
            if "\n" in e:
                errors.append("%s: evidence contains a newline: %r" % (where, e))
            if not any(e in texts[d] for d in docs):
                errors.append("%s: evidence not found verbatim in %s: %r" % (where, docs, e))
            run = longest_shared_run(it["question"], e)
            if run >= MAX_SHARED_RUN:
                errors.append("%s: question copies %d chars of its evidence" % (where, run))
        if typ == "cross":
            for d in docs:
                if not any(e in texts[d] for e in ev):
                    errors.append("%s: no evidence string from %s" % (where, d))
        for d in docs:
            per_notice[d] += 1

    unans = sum(1 for _, it in items if it.get("type") == "unanswerable")
    if len(items) < MIN_ITEMS:
        errors.append("only %d items (need >= %d)" % (len(items), MIN_ITEMS))
    if unans < MIN_UNANSWERABLE:
        errors.append("only %d unanswerable items (need >= %d)" % (unans, MIN_UNANSWERABLE))
    for d in sorted(notices):
        if per_notice[d] < MIN_ANSWERABLE_PER_NOTICE:
            errors.append("%s: only %d answerable items" % (d, per_notice[d]))

    if errors:
        print("FAIL: %d problem(s)" % len(errors))
        for e in errors:
            print("  " + e)
        return 1

    table = collections.Counter((it["type"], it["split"]) for _, it in items)
    print("OK: %d items, %d unanswerable, all %d notices covered" % (len(items), unans, len(notices)))
    print("%-13s %5s %5s %5s" % ("type", "dev", "test", "all"))
    for t in TYPES:
        print("%-13s %5d %5d %5d" % (t, table[(t, "dev")], table[(t, "test")],
                                     table[(t, "dev")] + table[(t, "test")]))
    dev = sum(v for (t, s), v in table.items() if s == "dev")
    test = sum(v for (t, s), v in table.items() if s == "test")
    print("%-13s %5d %5d %5d" % ("total", dev, test, dev + test))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else QA))
