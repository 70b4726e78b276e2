"""OCR benchmark: notices printed, scanned (noise, rotation, red stamp) and read back.

For each notice (the 5 seeds of corpus/, then dev-split notices of tests/data/notices-dev/):
take its first --max-pages printed pages (the notice's text up to there: both indexes hold the
same text), render them at --dpi, degrade each page (bench/scans.py), save an image-only PDF,
read it through the real loader (OCR, fresh cache) and measure
  - character error rate (CER) against the text file's cleaned text (NFKC, whitespace removed),
  - seconds per OCR'd page on this machine,
  - the share of eval questions on those notices (eval/qa.jsonl, eval/qa_unseen.jsonl split dev;
    only questions whose evidence lies in the kept pages) answered with a gold evidence string
    inside a citation (NFKC: OCR reads ',' as '，'), on the scanned index and on the text index.
Figures are given for the seeds and the dev notices side by side (medians per notice and totals).

Writes bench/results/ocr.json and bench/results/ocr.md.

Example:
    python bench/bench_ocr.py --seeds 5 --dev 27 --max-pages 8   # ~30 min on the shared 2 cores
    python bench/bench_ocr.py --seeds 1 --dev 0 --max-pages 0    # one seed, every page
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from answer.ask import ask  # noqa: E402
from bench.scans import char_error_rate, comparable, degrade, render_pages, scanned_pdf, text_of_pages  # noqa: E402
from eval.harness import load_qa  # noqa: E402
from retrieval.index.build import ingest  # noqa: E402
from retrieval.index.opened import open_index  # noqa: E402
from retrieval.load import PdfOptions, load_notice  # noqa: E402
from retrieval.settings import load_settings  # noqa: E402

DEV = ROOT / "tests/data/notices-dev"


def notices(seeds: int, dev: int) -> list[tuple[str, Path]]:
    """(group, file): the first `seeds` seeds and the first `dev` dev-split notices of notices-dev/."""
    split = (DEV / "SPLIT.tsv").read_text(encoding="utf-8").splitlines()
    dev_files = [DEV / ln.split("\t")[0] for ln in split
                 if ln and not ln.startswith("#") and ln.split("\t")[1].strip() == "dev"
                 and (DEV / ln.split("\t")[0]).is_file()]   # the seeds are listed as dev too; they live in corpus/
    return ([("seeds", f) for f in sorted((ROOT / "corpus").glob("*.txt"))[:seeds]]
            + [("dev", f) for f in dev_files[:dev]])


def docs_of(item: dict) -> set[str]:
    return set(item["doc"] if isinstance(item.get("doc"), list) else [item.get("doc")])


def cited(settings, items: list[dict]) -> dict[str, bool]:
    """Question id -> a gold evidence string lies inside a citation (NFKC)."""
    index = open_index(settings)
    out = {}
    for item in items:
        quotes = [comparable(c.quote) for c in ask(index, item["question"], settings).citations]
        out[item["id"]] = any(comparable(ev) in q for ev in item["evidence"] for q in quotes)
    return out


def summary(rows: list[dict], items: list[dict], hits: dict[str, dict[str, bool]]) -> dict:
    """Figures of one group of notices: CER (median per notice, weighted by length, worst), s/page, cited shares."""
    if not rows:
        return {}
    chars = sum(r["chars"] for r in rows)
    text = sum(hits["text"][it["id"]] for it in items) / len(items) if items else None
    scan = sum(hits["scan"][it["id"]] for it in items) / len(items) if items else None
    return {
        "notices": len(rows), "pages": sum(r["pages"] for r in rows),
        "cer_median": round(statistics.median(r["cer"] for r in rows), 4),
        "cer_weighted": round(sum(r["cer"] * r["chars"] for r in rows) / chars, 4),
        "cer_max": max(r["cer"] for r in rows),
        "seconds_per_page_median": round(statistics.median(r["seconds"] / r["pages"] for r in rows), 2),
        "seconds_per_page": round(sum(r["seconds"] for r in rows) / sum(r["pages"] for r in rows), 2),
        "questions": len(items),
        "cited_text": round(text, 3) if text is not None else None,
        "cited_scan": round(scan, 3) if scan is not None else None,
        "cited_ratio": round(scan / text, 3) if text else None,
    }


def markdown(result: dict) -> str:
    groups = [g for g in ("seeds", "dev", "all") if result[g]]
    cap = f"first {result['max_pages']} pages of each" if result["max_pages"] else "every page"
    lines = [f"# OCR benchmark ({result['at']})", "",
             f"{result['all']['notices']} notices ({cap}), {result['all']['pages']} pages scanned at {result['dpi']} dpi "
             "(noise, ±0.6° rotation, red stamp); targets: CER ≤ 2 %, cited ≥ 0.9 of the text figure.", "",
             "| figure | " + " | ".join(groups) + " |", "| --- |" + " --- |" * len(groups)]
    fmt = {"notices": "{}", "pages": "{}", "cer_median": "{:.2%}", "cer_weighted": "{:.2%}", "cer_max": "{:.2%}",
           "seconds_per_page_median": "{}", "seconds_per_page": "{}", "questions": "{}",
           "cited_text": "{}", "cited_scan": "{}", "cited_ratio": "{}"}
    label = {"cer_median": "CER, median per notice", "cer_weighted": "CER, weighted by length", "cer_max": "CER, worst notice",
             "seconds_per_page_median": "s/page, median per notice", "seconds_per_page": "s/page, overall",
             "questions": "answerable questions on the kept pages", "cited_text": "evidence cited: text files",
             "cited_scan": "evidence cited: scanned PDFs", "cited_ratio": "ratio scan / text"}
    for key, f in fmt.items():
        cells = [f.format(result[g][key]) if result[g].get(key) is not None else "–" for g in groups]
        lines.append(f"| {label.get(key, key)} | " + " | ".join(cells) + " |")
    lines += ["", "| notice | pages | CER | s/page |", "| --- | --- | --- | --- |"]
    lines += [f"| {r['notice']} | {r['pages']} | {r['cer']:.2%} | {r['seconds'] / r['pages']:.1f} |" for r in result["per_notice"]]
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", type=int, default=5, help="how many seed notices (corpus/)")
    ap.add_argument("--dev", type=int, default=27, help="how many dev-split notices of tests/data/notices-dev/")
    ap.add_argument("--max-pages", type=int, default=8, help="printed pages kept per notice (0 = all)")
    ap.add_argument("--dpi", type=int, default=150)
    ap.add_argument("--work", type=Path, help="work folder to reuse (its OCR cache: the timing then shows cache hits)")
    args = ap.parse_args()
    files = notices(args.seeds, args.dev)
    tmp = args.work or Path(tempfile.mkdtemp(prefix="bench-ocr-"))
    for sub in ("scans", "texts"):
        (tmp / sub).mkdir(parents=True, exist_ok=True)
    rows, kept = [], {}
    for group, f in files:
        text = text_of_pages(f.read_text(encoding="utf-8"), args.max_pages)
        (tmp / "texts" / f.name).write_text(text, encoding="utf-8")
        source = load_notice(tmp / "texts" / f.name)
        kept[f.name] = comparable(source.text)
        pages = [degrade(p, seed=i) for i, p in enumerate(render_pages(text, dpi=args.dpi))]
        pdf = tmp / "scans" / (f.stem + ".pdf")
        pdf.write_bytes(scanned_pdf(pages, args.dpi))
        t0 = time.perf_counter()
        # a fresh cache (every page is OCR'd once here), the one the scanned index's ingest reads next
        read = load_notice(pdf, options=PdfOptions(cache_path=tmp / "home-scan" / "cache" / "ocr.sqlite", max_ocr_pages=500))
        seconds = time.perf_counter() - t0
        rows.append({"group": group, "notice": f.name, "pages": len(pages), "seconds": round(seconds, 1),
                     "chars": len(kept[f.name]), "cer": round(char_error_rate(source.text, read.text), 4)})
        print(rows[-1], flush=True)
    items = [it for it in load_qa(ROOT / "eval/qa.jsonl") + load_qa(ROOT / "eval/qa_unseen.jsonl")
             if it.get("split", "dev") == "dev" and it.get("evidence") and it.get("type") != "draft"
             and docs_of(it) <= set(kept)
             and all(any(comparable(ev) in kept[d] for d in docs_of(it)) for ev in it["evidence"])]
    hits = {}
    for kind, src in (("text", [tmp / "texts"]), ("scan", [tmp / "scans"])):
        settings = load_settings({"NOTICEQA_HOME": str(tmp / f"home-{kind}"), "NOTICEQA_OCR_MAX_PAGES": "500"})
        ingest(src, settings)
        hits[kind] = cited(settings, items)
    group_of = {f.name: g for g, f in files}
    result = {"max_pages": args.max_pages, "dpi": args.dpi, "machine": "2 cores (shared)",
              "at": time.strftime("%Y-%m-%dT%H:%M:%S"), "work": str(tmp)}
    for g in ("seeds", "dev"):
        result[g] = summary([r for r in rows if r["group"] == g],
                            [it for it in items if {group_of[d] for d in docs_of(it)} == {g}], hits)
    result["all"] = summary(rows, items, hits)
    result["per_notice"] = rows
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "ocr.json").write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    (out / "ocr.md").write_text(markdown(result), encoding="utf-8")
    print(markdown(result))


if __name__ == "__main__":
    main()
