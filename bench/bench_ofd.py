"""OFD readers measured on OFD files made from real notice text (the 5 seeds and the dev notices).

Files (made once into --work): the notice typeset on A4 by bench/ofd_files.py, in reading order
("gen") and with each page's objects scrambled ("gen-shuffled"); and, when easyofd is importable,
the same pages written by easyofd's PDF -> OFD writer ("easyofd-writer"). For each reader:
  - CER of the whole file against the printed source text (NFKC, whitespace removed),
  - pages right: share of pages whose text matches that page's source (CER ≤ 1 %),
  - lines exact: share of printed lines found as one whole line of the reader's output (reading order
    and line assembly),
  - milliseconds per page, and the installed size of the package with its dependencies.
A reader that is not installed in the running interpreter is skipped; run this file with another
virtualenv's python (PYTHONPATH=the project) to measure it. Writes bench/results/ofd-<reader>.json;
bench/results/ofd.md sums up every ofd-*.json present.

Example:
    python bench/bench_ofd.py --readers ofdkit
    /tmp/v-easyofd/bin/python bench/bench_ofd.py --readers easyofd --make easyofd-writer
"""
from __future__ import annotations

import argparse
import importlib.metadata as md
import json
import os
import re
import statistics
import sys
import tempfile
import time
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.ofd_files import ofd_bytes, typeset  # noqa: E402
from bench.scans import char_error_rate, comparable  # noqa: E402

DEV = ROOT / "tests/data/notices-dev"


def sources() -> list[Path]:
    split = (DEV / "SPLIT.tsv").read_text(encoding="utf-8").splitlines()
    dev = [DEV / ln.split("\t")[0] for ln in split if ln and not ln.startswith("#")
           and ln.split("\t")[1].strip() == "dev" and (DEV / ln.split("\t")[0]).is_file()]
    return sorted((ROOT / "corpus").glob("*.txt")) + dev


def read_ofdkit(path: Path) -> list[str]:
    """As retrieval/load/ofd.py reads: every run of each page in reading order (ofdkit.layout.page_text)."""
    import ofdkit
    from ofdkit.layout import page_text
    with ofdkit.open(path) as doc:
        return [page_text(p.runs) for p in doc.pages]


def read_ofdkit_visible(path: Path) -> list[str]:
    """ofdkit's Page.text(): only runs inside the page box the file declares."""
    import ofdkit
    with ofdkit.open(path) as doc:
        return [p.text() for p in doc.pages]


def read_ofdreader(path: Path) -> list[str]:
    from ofdreader import OfdReader
    return [p.extract_text() for p in OfdReader(str(path)).pages]


def read_easyofd(path: Path) -> list[str]:
    """easyofd's parser gives positioned runs but no lines: grouped here by baseline, then x."""
    from easyofd import OFD
    ofd = OFD()
    ofd.read(str(path), fmt="path")
    pages = []
    for doc in ofd.data:
        for no in sorted(doc["page_info"]):
            runs = sorted(doc["page_info"][no].get("text_list", []), key=lambda t: (round(float(t["pos"][1])), float(t["pos"][0])))
            lines, last = [], None
            for t in runs:
                y = round(float(t["pos"][1]))
                if last is None or abs(y - last) > 1:
                    lines.append("")
                lines[-1] += t.get("text", "")
                last = y
            pages.append("\n".join(lines))
    return pages


READERS = {"ofdkit": read_ofdkit, "ofdkit-visible": read_ofdkit_visible, "ofdreader": read_ofdreader, "easyofd": read_easyofd}


def installed_mb(dist: str, seen: set[str] | None = None) -> float:
    """Megabytes a distribution and its (non-extra) requirements occupy on disk."""
    seen = set() if seen is None else seen
    key = re.sub(r"[-_.]+", "-", dist).lower()
    if key in seen:
        return 0.0
    seen.add(key)
    try:
        d = md.distribution(dist)
    except md.PackageNotFoundError:
        return 0.0
    size = sum((f.size or 0) for f in (d.files or []))
    for req in d.requires or []:
        if "extra ==" not in req:
            size += installed_mb(re.split(r"[ ;<>=!~\[(]", req, maxsplit=1)[0], seen) * 1048576
    return size / 1048576


def make_files(work: Path, kinds: list[str]) -> None:
    work.mkdir(parents=True, exist_ok=True)
    for i, src in enumerate(sources()):
        text = src.read_text(encoding="utf-8")
        if "gen" in kinds:
            (work / f"gen__{src.stem}.ofd").write_bytes(ofd_bytes(text, seed=i))
        if "gen-shuffled" in kinds:
            (work / f"gen-shuffled__{src.stem}.ofd").write_bytes(ofd_bytes(text, seed=i, shuffle=True))
        if "easyofd-writer" in kinds:
            (work / f"easyofd-writer__{src.stem}.ofd").write_bytes(easyofd_writer(text))


def easyofd_writer(text: str) -> bytes:
    """The notice's pages as a text PDF (PyMuPDF, built-in CJK font), converted by easyofd.pdf2ofd."""
    import fitz
    from easyofd import OFD

    from bench.ofd_files import PITCH, SIZE, TOP
    mm = 72 / 25.4
    doc = fitz.open()
    for lines in typeset(text):
        page = doc.new_page(width=210 * mm, height=297 * mm)
        for row, (x, line) in enumerate(lines):
            page.insert_text((x * mm, (TOP + row * PITCH + SIZE * 0.88) * mm), line, fontname="china-s", fontsize=SIZE * mm)
    with tempfile.TemporaryDirectory() as scratch:   # the writer leaves a ./test folder in the working directory
        here = os.getcwd()
        os.chdir(scratch)
        try:
            return OFD().pdf2ofd(doc.tobytes(), optional_text=True)
        finally:
            os.chdir(here)


def file_xml(path: Path) -> list[str]:
    """Every page's content XML in the package (to count what the writer put in the file)."""
    with zipfile.ZipFile(path) as z:
        return [z.read(n).decode("utf-8", "replace") for n in z.namelist() if n.lower().endswith("content.xml")]


def measure(reader: str, work: Path) -> dict:
    by_src = {s.stem: s for s in sources()}
    rows = []
    for f in sorted(work.glob("*.ofd")):
        kind, stem = f.stem.split("__", 1)
        printed = typeset(by_src[stem].read_text(encoding="utf-8"))
        want_pages = ["".join(line for _, line in page) for page in printed]
        t0 = time.perf_counter()
        try:
            got = READERS[reader](f)
            error = ""
        except Exception as exc:  # a reader that fails on a file: counted, not fatal
            got, error = [], f"{type(exc).__name__}: {exc}"[:120]
        ms = (time.perf_counter() - t0) * 1000
        got_lines = {comparable(ln) for page in got for ln in page.split("\n")}
        want_lines = [comparable(line) for page in printed for _, line in page]
        held = Counter(comparable("".join(t for xml in file_xml(f)
                                          for t in re.findall(r"<(?:\w+:)?TextCode[^>]*>([^<]*)<", xml))))
        want = Counter(comparable("".join(want_pages)))
        pages_right = sum(1 for i, w in enumerate(want_pages) if i < len(got) and char_error_rate(w, got[i]) <= 0.01)
        rows.append({"kind": kind, "notice": stem, "pages": len(want_pages), "pages_read": len(got),
                     "writer_lost": round(sum((want - held).values()) / max(sum(want.values()), 1), 4),
                     "cer": round(char_error_rate("".join(want_pages), "".join(got)), 4),
                     "pages_right": round(pages_right / len(want_pages), 3),
                     "lines_exact": round(sum(w in got_lines for w in want_lines) / len(want_lines), 3),
                     "ms_per_page": round(ms / max(len(want_pages), 1), 2), "error": error})
    kinds = sorted({r["kind"] for r in rows})
    summary = {k: {"files": len(rs), "failed": sum(bool(r["error"]) for r in rs),
                   "writer_lost": statistics.median(r["writer_lost"] for r in rs),
                   "cer_median": statistics.median(r["cer"] for r in rs), "cer_max": max(r["cer"] for r in rs),
                   "pages_right": round(statistics.mean(r["pages_right"] for r in rs), 3),
                   "lines_exact": round(statistics.mean(r["lines_exact"] for r in rs), 3),
                   "ms_per_page_median": statistics.median(r["ms_per_page"] for r in rs)}
               for k in kinds for rs in [[r for r in rows if r["kind"] == k]]}
    dist = {"ofdkit": "ofdkit", "ofdkit-visible": "ofdkit", "ofdreader": "ofdreader", "easyofd": "easyofd"}[reader]
    return {"reader": reader, "version": md.version(dist), "installed_mb": round(installed_mb(dist), 1),
            "requires": [r for r in (md.distribution(dist).requires or []) if "extra ==" not in r],
            "at": time.strftime("%Y-%m-%dT%H:%M:%S"), "summary": summary, "files": rows}


def markdown(results: list[dict]) -> str:
    out = ["# OFD readers (bench/bench_ofd.py)", "",
           "Files made from the 5 seeds and the dev notices (A4, 22 lines x 28 characters, lines split into "
           "several TextObjects). CER against the printed text; pages right = page text matches its source page "
           "(CER ≤ 1 %); lines exact = printed lines found whole (reading order); writer lost = source characters "
           "missing from the file's TextCode elements (the writer's loss, no reader can do better).", "",
           "| reader | files | failed | writer lost | CER median | CER worst | pages right | lines exact | ms/page | installed MB | requires |",
           "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for r in results:
        for kind, s in r["summary"].items():
            out.append(f"| {r['reader']} {r['version']} on {kind} | {s['files']} | {s['failed']} | {s['writer_lost']:.2%} | {s['cer_median']:.2%} | "
                       f"{s['cer_max']:.2%} | {s['pages_right']} | {s['lines_exact']} | {s['ms_per_page_median']:.1f} | "
                       f"{r['installed_mb']} | {', '.join(r['requires']) or 'none'} |")
    return "\n".join(out) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--readers", nargs="+", default=["ofdkit"], choices=sorted(READERS))
    ap.add_argument("--make", nargs="*", default=["gen", "gen-shuffled"], help="kinds of files to (re)make; none = reuse")
    ap.add_argument("--work", type=Path, default=Path("/tmp/noticeqa-bench-ofd"))
    args = ap.parse_args()
    if args.make:
        make_files(args.work, args.make)
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    for reader in args.readers:
        result = measure(reader, args.work)
        (out / f"ofd-{reader}.json").write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    results = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(out.glob("ofd-*.json"))]
    (out / "ofd.md").write_text(markdown(results), encoding="utf-8")
    print(markdown(results))


if __name__ == "__main__":
    main()
