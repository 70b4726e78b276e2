"""OCR benchmark: notices printed, scanned (noise, rotation, red stamp) and read back.

For each notice (the seeds of corpus/ and the dev notices of tests/data/notices-dev/):
render its text at --dpi, degrade each page (bench/scans.py), save an image-only PDF, ingest it
through the real loader (OCR, no cache) and measure
  - character error rate (CER) against the text-file notice's cleaned text (NFKC, whitespace removed),
  - seconds per OCR'd page on this machine,
  - the share of eval questions on those notices answered with a gold evidence string inside a
    citation (NFKC: OCR reads ',' as '，'), on the scanned index and on the text index.

Writes bench/results/ocr.json and bench/results/ocr.md.

Example:
    python bench/bench_ocr.py --notices 5 --dpi 150      # the seeds only (~10 min on 2 cores)
    python bench/bench_ocr.py --notices 0                # seeds + all dev notices
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from answer.ask import ask  # noqa: E402
from bench.scans import char_error_rate, comparable, degrade, render_pages, scanned_pdf  # noqa: E402
from eval.harness import load_qa  # noqa: E402
from retrieval.index.build import ingest  # noqa: E402
from retrieval.index.opened import open_index  # noqa: E402
from retrieval.load import PdfOptions, load_notice  # noqa: E402
from retrieval.settings import load_settings  # noqa: E402


def notices(limit: int) -> list[Path]:
    seeds = sorted((ROOT / "corpus").glob("*.txt"))
    split = (ROOT / "tests/data/notices-dev/SPLIT.tsv").read_text(encoding="utf-8").splitlines()
    dev = [ROOT / "tests/data/notices-dev" / ln.split("\t")[0] for ln in split
           if ln and not ln.startswith("#") and ln.split("\t")[1].strip() == "dev"]
    files = seeds + dev
    return files[:limit] if limit else files


def cited_share(settings, items: list[dict]) -> tuple[float, int]:
    """Share of answerable questions with a gold evidence string inside a citation (NFKC)."""
    index = open_index(settings)
    hits = total = 0
    for item in items:
        if not item.get("evidence") or item.get("type") == "draft":
            continue
        out = ask(index, item["question"], settings)
        quotes = [comparable(c.quote) for c in out.citations]
        total += 1
        hits += any(comparable(ev) in q for ev in item["evidence"] for q in quotes)
    return (hits / total if total else 0.0), total


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--notices", type=int, default=5, help="how many notices (seeds first); 0 = all")
    ap.add_argument("--dpi", type=int, default=150)
    ap.add_argument("--work", type=Path, help="work folder to reuse (its OCR cache: the timing then shows cache hits)")
    args = ap.parse_args()
    files = notices(args.notices)
    tmp = args.work or Path(tempfile.mkdtemp(prefix="bench-ocr-"))
    (tmp / "scans").mkdir(parents=True, exist_ok=True)
    rows, pages_total, ocr_seconds = [], 0, 0.0
    for f in files:
        source = load_notice(f)
        pages = [degrade(p, seed=i) for i, p in enumerate(render_pages(f.read_text(encoding="utf-8"), dpi=args.dpi))]
        pdf = tmp / "scans" / (f.stem + ".pdf")
        pdf.write_bytes(scanned_pdf(pages, args.dpi))
        t0 = time.perf_counter()
        # a fresh cache (every page is OCR'd once here), the one the scanned index's ingest reads next
        read = load_notice(pdf, options=PdfOptions(cache_path=tmp / "home-scan" / "cache" / "ocr.sqlite", max_ocr_pages=500))
        seconds = time.perf_counter() - t0
        pages_total += len(pages)
        ocr_seconds += seconds
        rows.append({"notice": f.name, "pages": len(pages), "seconds": round(seconds, 1), "cer": round(char_error_rate(source.text, read.text), 4)})
        print(rows[-1], flush=True)
    chars_total = sum(len(comparable(load_notice(f).text)) for f in files)
    weighted = sum(r["cer"] * len(comparable(load_notice(ROOT / ("corpus" if (ROOT / "corpus" / r["notice"]).exists() else "tests/data/notices-dev") / r["notice"]).text)) for r in rows) / chars_total
    names = {f.name for f in files}
    items = [it for it in load_qa(ROOT / "eval/qa.jsonl") + load_qa(ROOT / "eval/qa_unseen.jsonl")
             if set(it["doc"] if isinstance(it.get("doc"), list) else [it.get("doc")]) <= names
             and it.get("split", "dev") == "dev"]
    shares = {}
    for kind, src in (("text", files), ("scan", [tmp / "scans"])):
        settings = load_settings({"NOTICEQA_HOME": str(tmp / f"home-{kind}"), "NOTICEQA_OCR_MAX_PAGES": "500"})
        ingest(src, settings)
        shares[kind], n_questions = cited_share(settings, items)
    result = {
        "notices": len(files), "pages": pages_total, "dpi": args.dpi,
        "cer_weighted": round(weighted, 4), "cer_max": max(r["cer"] for r in rows),
        "seconds_per_page": round(ocr_seconds / pages_total, 2),
        "questions": n_questions, "cited_text": round(shares["text"], 3), "cited_scan": round(shares["scan"], 3),
        "cited_ratio": round(shares["scan"] / shares["text"], 3) if shares["text"] else None,
        "per_notice": rows, "machine": "2 cores (shared)", "at": time.strftime("%Y-%m-%dT%H:%M:%S"),
    }
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "ocr.json").write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    md = [f"# OCR benchmark ({result['at']})", "",
          f"{len(files)} notices, {pages_total} pages scanned at {args.dpi} dpi (noise, ±0.6° rotation, red stamp).", "",
          "| figure | value |", "| --- | --- |",
          f"| character error rate (weighted by length) | {result['cer_weighted']:.2%} |",
          f"| worst notice CER | {result['cer_max']:.2%} |",
          f"| seconds per page (load + render + OCR) | {result['seconds_per_page']} |",
          f"| questions answered with evidence cited: text files | {result['cited_text']:.3f} ({n_questions} questions) |",
          f"| same on the scanned PDFs | {result['cited_scan']:.3f} |",
          f"| ratio scan / text | {result['cited_ratio']} |"]
    (out / "ocr.md").write_text("\n".join(md) + "\n", encoding="utf-8")
    print("\n".join(md))


if __name__ == "__main__":
    main()
