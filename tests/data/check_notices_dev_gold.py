"""Check tests/data/notices_dev_gold.jsonl against the notice files.

Plain Python, no project imports. Run from anywhere:
    python3 tests/data/check_notices_dev_gold.py
Exits non-zero and lists every failure if any verbatim field is not an exact
substring of its notice file, or if the structure is wrong.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "notices_dev_gold.jsonl")
NOTICES = os.path.join(HERE, "notices-dev")

KEYS = ["file", "title", "issuer", "issuer_from", "date", "date_raw", "doc_number",
        "index_number", "chrome", "metadata_lines", "body_start", "outline",
        "ledger_items", "totals", "kind", "notes"]
KINDS = {"rectification_progress", "audit_rectification", "work_plan",
         "inspection_findings", "supervision_rectification"}
ISSUER_FROM = {"title", "label", "signature", "preamble"}
LEVELS = {1, 2}
TOTAL_INT_KEYS = {"problems", "measures", "done", "basically_done", "in_progress",
                  "not_done", "long_term", "tasks", "cases", "people", "partial",
                  "stage_done", "rules"}


def main():
    errors = []

    def err(f, msg):
        errors.append("%s: %s" % (f, msg))

    with open(GOLD, encoding="utf-8") as fh:
        lines = [ln for ln in fh.read().split("\n") if ln.strip()]
    records = [json.loads(ln) for ln in lines]

    files = sorted(f for f in os.listdir(NOTICES) if re.match(r"d\d\d_.*\.txt$", f))
    seen = [r["file"] for r in records]
    if sorted(seen) != files:
        errors.append("gold files %d != notice files %d (missing %s, extra %s)" % (
            len(seen), len(files), sorted(set(files) - set(seen)), sorted(set(seen) - set(files))))
    if len(set(seen)) != len(seen):
        errors.append("duplicate file entries")

    for r in records:
        f = r["file"]
        path = os.path.join(NOTICES, f)
        if not os.path.exists(path):
            err(f, "file not found")
            continue
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        file_lines = [ln.strip() for ln in text.split("\n")]

        for k in KEYS:
            if k not in r:
                err(f, "missing key %s" % k)

        def sub(label, s, allow_none=True):
            if s is None:
                if not allow_none:
                    err(f, "%s is null" % label)
                return
            if not isinstance(s, str) or not s:
                err(f, "%s is not a non-empty string: %r" % (label, s))
                return
            if s not in text:
                err(f, "%s not a substring: %r" % (label, s))

        def whole_line(label, s):
            if s not in file_lines:
                err(f, "%s is not a full stripped line: %r" % (label, s))

        # title (or its verbatim parts)
        if r.get("title_lines"):
            for i, part in enumerate(r["title_lines"]):
                sub("title_lines[%d]" % i, part, False)
                whole_line("title_lines[%d]" % i, part)
            if r["title"] != "".join(p.strip() for p in r["title_lines"]):
                err(f, "title is not the join of title_lines")
        else:
            sub("title", r["title"])

        for i, v in enumerate(r.get("title_variants", [])):
            sub("title_variants[%d]" % i, v, False)
            whole_line("title_variants[%d]" % i, v)

        sub("issuer", r["issuer"])
        for i, a in enumerate(r.get("issuer_alternatives", [])):
            sub("issuer_alternatives[%d]" % i, a, False)
        if (r["issuer"] is None) != (r["issuer_from"] is None):
            err(f, "issuer/issuer_from must both be null or both set")
        if r["issuer_from"] is not None and r["issuer_from"] not in ISSUER_FROM:
            err(f, "bad issuer_from %r" % r["issuer_from"])

        sub("date_raw", r["date_raw"])
        if r["date"] is not None:
            if not re.match(r"^\d{4}-\d\d-\d\d$", r["date"]):
                err(f, "bad date %r" % r["date"])
            if r["date_raw"] is None:
                err(f, "date without date_raw")
            else:
                digits = re.findall(r"\d+", r["date_raw"])
                y, m, d = r["date"].split("-")
                if not digits[:3] or [int(x) for x in digits[:3]] != [int(y), int(m), int(d)]:
                    err(f, "date %s does not match date_raw %r" % (r["date"], r["date_raw"]))
        elif r["date_raw"] is not None:
            err(f, "date_raw without date")
        if r.get("date_signed") is not None:
            sub("date_signed_raw", r.get("date_signed_raw"), False)

        sub("doc_number", r["doc_number"])
        sub("index_number", r["index_number"])

        for i, c in enumerate(r["chrome"]):
            sub("chrome[%d]" % i, c, False)
            whole_line("chrome[%d]" % i, c)
        for i, c in enumerate(r["metadata_lines"]):
            sub("metadata_lines[%d]" % i, c, False)
            whole_line("metadata_lines[%d]" % i, c)
        for i, c in enumerate(r.get("page_outline", [])):   # a page's table of contents, kept above the title
            sub("page_outline[%d]" % i, c, False)
            whole_line("page_outline[%d]" % i, c)
        if set(r["chrome"]) & set(r["metadata_lines"]):
            err(f, "a line is both chrome and metadata")

        sub("body_start", r["body_start"], False)

        pos = -1
        for i, o in enumerate(r["outline"]):
            if o.get("level") not in LEVELS:
                err(f, "outline[%d] bad level" % i)
            sub("outline[%d].heading" % i, o.get("heading"), False)
            if not o.get("heading", "").startswith(o.get("marker") or "\0"):
                err(f, "outline[%d] heading does not start with its marker" % i)
            p = text.find(o.get("heading", ""), pos + 1)
            if p < 0:
                err(f, "outline[%d] out of document order: %r" % (i, o.get("heading")))
            else:
                pos = p

        for i, it in enumerate(r.get("inline_items", [])):
            sub("inline_items[%d].text" % i, it.get("text"), False)
            if not it.get("text", "").startswith(it.get("marker") or "\0"):
                err(f, "inline_items[%d] text does not start with its marker" % i)

        for i, it in enumerate(r["ledger_items"]):
            for k in ("problem", "status", "measures", "fields", "kind"):
                if k not in it:
                    err(f, "ledger_items[%d] missing %s" % (i, k))
            sub("ledger_items[%d].problem" % i, it.get("problem"), False)
            if it.get("parent") is not None:
                sub("ledger_items[%d].parent" % i, it["parent"], False)
            for j, m in enumerate(it.get("measures", [])):
                sub("ledger_items[%d].measures[%d]" % (i, j), m, False)
            for k, v in it.get("fields", {}).items():
                sub("ledger_items[%d].fields[%s]" % (i, k), v, False)
            if it.get("status"):
                sub("ledger_items[%d].status" % i, it["status"], False)

        for i, t in enumerate(r["totals"]):
            sub("totals[%d].raw" % i, t.get("raw"), False)
            for k, v in t.items():
                if k in TOTAL_INT_KEYS:
                    if not isinstance(v, int):
                        err(f, "totals[%d].%s not int" % (i, k))
                    elif str(v) not in t["raw"]:
                        err(f, "totals[%d].%s=%d not in raw" % (i, k, v))
                elif k == "amount":
                    if v not in t["raw"]:
                        err(f, "totals[%d].amount not in raw" % i)
                elif k not in ("raw", "scope", "note"):
                    err(f, "totals[%d] unknown key %s" % (i, k))

        if r["kind"] not in KINDS:
            err(f, "bad kind %r" % r["kind"])
        if r["title"] is not None and "\n" in r["title"]:
            err(f, "title has a line break")

    for e in errors:
        print("FAIL", e)
    print("%d records, %d failures" % (len(records), len(errors)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
