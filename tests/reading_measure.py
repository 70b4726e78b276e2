"""Reading figures on the 40 notices of other agencies (dev/test split) and the five seeds.

Measures what issue 13 asks: title, issuer and date right (of the notices that state them),
gold chrome lines left in any chunk, outline headings of the top two levels and inline 一是… items
(precision/recall against the gold), ledger items precision/recall and status against the gold,
stated totals read. Run:  .venv/bin/python tests/reading_measure.py [--show] [--only=dev,seeds]

Outline: a gold heading (level, marker+heading cut at 40) is found when a section of the same depth
has a label starting with it (or it with the label); precision counts every section of depth ≤ 2.
Inline items: a gold `text` is found when an inline item of `inline_items(text)` starts where it does.

A gold totals object counts when it states item counts (problems, measures, done, basically_done,
in_progress, partial, stage_done); it is read when one totals statement the reader returns lies
inside its `raw` span and gives the same total (when the gold has one) and the same status counts.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from genre import load_genre  # noqa: E402
from ledger.items import extract_ledger  # noqa: E402
from retrieval.chunk import chunk_notice  # noqa: E402
from retrieval.load import load_notice  # noqa: E402
from retrieval.parse import inline_items, parse_sections  # noqa: E402

DEV_DIR = ROOT / "tests" / "data" / "notices-dev"
GOLD = ROOT / "tests" / "data" / "notices_dev_gold.jsonl"
SEED_LEDGER = ROOT / "tests" / "data" / "ledger_gold.jsonl"   # 279 items of the five seeds
SEED_GOLD = {  # the seeds' title, issuer and date (tests/test_load.py EXPECTED_META)
    "tj-city-mgmt-commission-2024": ("天津市城市管理委员会党组关于十二届市委第三轮第一批巡视整改进展情况的通报",
                                     ("天津市城市管理委员会",), "2024-09-04"),
    "jinan-city-mgmt-bureau-2024": ("中共济南市城市管理局党组关于市委第三轮巡察集中整改进展情况的通报",
                                    ("济南市城市管理局",), "2024-04-08"),
    "tj-city-mgmt-commission-2019": ("市城市管理委关于印发2019年度工作要点和任务分解表的通知",
                                     ("天津市城市管理委员会",), None),
    "tj-govt-offices-admin-2021": ("中共天津市机关事务管理局党组关于巡视集中整改情况的公开",
                                   ("中共天津市机关事务管理局党组",), None),
    "tj-dongli-district-2022": ("东丽区关于十一届市委第九轮巡视整改进展情况的通报",
                                ("中共天津市东丽区委办公室",), "2022-08-16"),
}
STATUS_KEYS = {"done": "已完成", "basically_done": "基本完成", "in_progress": "正在整改", "partial": "正在整改",
               "stage_done": "基本完成"}


def norm(s: str) -> str:
    return re.sub(r"[\s\u3000]", "", s or "")


def split_of() -> dict[str, str]:
    rows = [ln.split("\t") for ln in (DEV_DIR / "SPLIT.tsv").read_text(encoding="utf-8").splitlines()
            if ln and not ln.startswith("#")]
    return {r[0]: r[1] for r in rows}


def gold_records() -> list[dict]:
    return [json.loads(ln) for ln in GOLD.read_text(encoding="utf-8").splitlines() if ln.strip()]


def _match_items(gold: list[dict], items: list) -> list[tuple[dict, object]]:
    used, pairs = set(), []
    for g in gold:
        gp = norm(g["problem"])
        for it in items:
            p = norm(it.problem)
            if it.id not in used and p and (p == gp or p in gp or gp in p):
                used.add(it.id)
                pairs.append((g, it))
                break
    return pairs


def _totals_read(notice_text: str, gold_totals: list[dict]) -> tuple[int, int, list[str]]:
    genre = load_genre()
    read = genre.read_totals(notice_text)
    asked = hit = 0
    missed = []
    for t in gold_totals:
        keys = set(t) & ({"problems", "measures"} | set(STATUS_KEYS))
        if not keys:
            continue
        asked += 1
        a = notice_text.find(t["raw"])
        b = a + len(t["raw"])
        want_total = t.get("problems", t.get("measures"))
        want = {}
        for k, status in STATUS_KEYS.items():
            if k in t:
                want[status] = want.get(status, 0) + t[k]
        ok = False
        for r in read:
            if a <= r.start < b:
                got = {}
                for s, n in r.counts:
                    got[s] = got.get(s, 0) + n
                if (want_total is None or r.total == want_total) and all(got.get(s) == n for s, n in want.items()):
                    ok = True
        hit += ok
        if not ok:
            missed.append(t["raw"][:60])
    return asked, hit, missed


def measure(show: bool = False, shown: tuple[str, ...] = ("dev", "test", "seeds")) -> dict[str, dict[str, float]]:
    """Figures per split: dev, test, seeds (misses printed with `show`, for the `shown` splits only)."""
    splits = split_of()
    acc: dict[str, dict[str, list]] = {}

    def add(split: str, key: str, ok: bool, what: str) -> None:
        acc.setdefault(split, {}).setdefault(key, []).append(ok)
        if show and not ok and split in shown:
            print(f"  [{split}] {key} MISS {what}")

    for g in gold_records():
        split = splits[g["file"]]
        n = load_notice(DEV_DIR / g["file"])
        _reading(split, n, g, add)
    seed_gold = [json.loads(ln) for ln in SEED_LEDGER.read_text(encoding="utf-8").splitlines() if ln.strip()]
    for path in sorted((ROOT / "corpus").glob("*.txt")):
        n = load_notice(path)
        key = next(k for k in SEED_GOLD if path.name.startswith(k))
        title, issuers, date = SEED_GOLD[key]
        add("seeds", "title", norm(n.title) == norm(title), f"{n.doc}: {n.title!r}")
        add("seeds", "issuer", n.issuer in issuers, f"{n.doc}: {n.issuer!r}")
        if date:
            add("seeds", "date", n.date == date, f"{n.doc}: {n.date!r}")
        gold = [g for g in seed_gold if g["doc"] == n.doc]
        items = extract_ledger(n, parse_sections(n.text, n.id, n.header_end))
        pairs = _match_items(gold, items)
        matched = {id(it) for _, it in pairs}
        for it in items:
            add("seeds", "ledger_precision", id(it) in matched, f"{n.doc}: extra item {it.problem[:40]!r}")
        got = {id(gi): it for gi, it in pairs}
        for gi in gold:
            add("seeds", "ledger_recall", id(gi) in got, f"{n.doc}: missed item {gi['problem'][:40]!r}")
            if id(gi) in got:
                add("seeds", "ledger_status", got[id(gi)].status == gi["status"], f"{n.doc}: status of {gi['problem'][:20]!r}")
    out = {}
    for split, keys in acc.items():
        out[split] = {k: (sum(v) / len(v) if v else 1.0, len(v)) for k, v in keys.items()}
    return out


def _reading(split: str, n, g: dict, add) -> None:
    if g["title"]:
        variants = {norm(g["title"])} | {norm(v) for v in g.get("title_variants", [])}
        add(split, "title", norm(n.title) in variants, f"{n.doc}: {n.title!r} want {g['title']!r}")
    issuers = {norm(g["issuer"])} | {norm(v) for v in g.get("issuer_alternatives", [])}
    add(split, "issuer", norm(n.issuer) in issuers, f"{n.doc}: {n.issuer!r} want {g['issuer']!r} ({g['issuer_from']})")
    if g["date"]:
        add(split, "date", n.date == g["date"], f"{n.doc}: {n.date!r} want {g['date']!r}")
    sections = parse_sections(n.text, n.id, n.header_end)
    chunks = chunk_notice(n.id, n.text, sections)
    chunk_lines = {ln.strip() for c in chunks for ln in c.text.split("\n")}
    for line in g["chrome"]:
        add(split, "chrome_not_chunked", line.strip() not in chunk_lines, f"{n.doc}: chrome {line!r}")
    for line in g.get("page_outline", []):   # a page's outline of the notice: kept above the title, never a section
        add(split, "page_outline_kept", line.strip() in chunk_lines and not any(s.start < n.header_end for s in sections),
            f"{n.doc}: page outline {line!r}")
    _outline(split, n, g, sections, add)
    items = extract_ledger(n, sections)
    pairs = _match_items(g["ledger_items"], items)
    matched = {id(it) for _, it in pairs}
    for it in items:
        add(split, "ledger_precision", id(it) in matched, f"{n.doc}: extra item {it.problem[:40]!r}")
    got = {id(gi): it for gi, it in pairs}
    for gi in g["ledger_items"]:
        add(split, "ledger_recall", id(gi) in got, f"{n.doc}: missed item {gi['problem'][:40]!r}")
        if id(gi) in got:
            have, want = got[id(gi)].status, gi["status"]
            same = have == want or (have and load_genre().normalise_status(have) == load_genre().normalise_status(want))
            add(split, "ledger_status", bool(same), f"{n.doc}: status {have!r} want {want!r}")
    asked, hit, missed = _totals_read(n.text, g["totals"])
    for i in range(asked):
        add(split, "totals_read", i < hit, f"{n.doc}: totals {missed[i - hit] if i >= hit else ''!r}")


def _same_heading(gold: str, label: str) -> bool:
    a, b = norm(gold).rstrip("。…"), norm(label).rstrip("。…")
    return min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a))


def _outline(split: str, n, g: dict, sections: list, add) -> None:
    tops = [s for s in sections if s.depth <= 2 and s.kind not in ("attach", "enum")]  # 一是: inline items
    for h in g["outline"]:
        ok = any(s.depth == h["level"] and _same_heading(h["heading"], s.marker + s.heading) for s in tops)
        add(split, "outline_recall", ok, f"{n.doc}: missed heading L{h['level']} {h['heading'][:30]!r}")
    for s in tops:
        ok = any(s.depth == h["level"] and _same_heading(h["heading"], s.marker + s.heading) for h in g["outline"])
        add(split, "outline_precision", ok, f"{n.doc}: extra heading L{s.depth} {(s.marker + s.heading)[:30]!r}")
    items = inline_items(n.text)
    starts = {it.start for it in items}
    wanted = []
    pos = 0
    for it in g.get("inline_items", []):
        at = n.text.find(it["text"], pos)
        pos = at + 1 if at >= 0 else pos
        wanted.append(at)
        add(split, "inline_recall", at in starts, f"{n.doc}: missed inline {it['text'][:20]!r}")
    for it in items:
        add(split, "inline_precision", it.start in wanted, f"{n.doc}: extra inline {n.text[it.start:it.end][:20]!r}")


def main() -> None:
    only = next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--only=")), "dev,test,seeds").split(",")
    figures = measure(show="--show" in sys.argv, shown=tuple(only))
    for split in only:
        row = "  ".join(f"{k} {v:.2f} (n={c})" for k, (v, c) in sorted(figures.get(split, {}).items()))
        print(f"{split:5s} {row}")


if __name__ == "__main__":
    main()
