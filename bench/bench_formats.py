"""Do answers hold when the same notices arrive in another format? Dev questions over .txt vs .docx/.html/.pdf.

Users import notices as Word files, saved web pages and PDFs, not as the plain text of
tests/data/notices-dev/. This writes the 40 notices of other agencies in each format (the five seeds
stay as they are), indexes each variant in its own home, asks the dev questions of
eval/qa_unseen.jsonl (without the held-out batches) and reports the figures side by side with the
plain-text run, and how many questions changed outcome:

- docx: one Word paragraph per line (python-docx) laid out as GB/T 9704 sets a notice: 16 pt (三号) type,
  body paragraphs justified with a two-character first-line indent, the title centred and bold, the page
  number centred in the footer (— 2 —);
- html: a portal page around the notice (tests/html_pages.py: menu, breadcrumb, info block, toolbar,
  share bar, footer; three layouts in turn);
- txt-fullwidth: the .txt with its digits full-width (２０２３年, as some word processors write them), the
  questions typed half-width (the text is read with half-width digits: load/half_width.half_width_digits);
- txt-wrapped: the .txt with every line broken after 28 characters (text copied out of a printed PDF);
- txt-parts, txt-cn-dot, txt-punct-full, txt-indented, txt-spaced: the .txt in another house style
  (bench/restyle.py: top level as 第一部分 or 一., full-width punctuation, first-line indents, blank lines between
  paragraphs), the questions' evidence and answers restyled alike;
- pdf: the docx printed to PDF by LibreOffice (`soffice --convert-to pdf`), read back from its text layer
  as the default settings read it (NOTICEQA_PDF_TEXT=positions); pdf-stream: the same PDFs read in
  content-stream order (NOTICEQA_PDF_TEXT=stream); pdf-scan: the same pages as images only (200 dpi, no text
  layer), read by OCR (RapidOCR).

Writes bench/results/formats.json and formats.md.

    $ .venv/bin/python bench/bench_formats.py [--formats docx,html,pdf,pdf-stream,pdf-scan,txt-wrapped,txt-fullwidth]
      [--out DIR] [--phrasings TABLE.toml] [--no-txt]

`--out DIR` keeps each format's per-question rows (DIR/FORMAT/results.jsonl, written as each format ends) and the
figures (DIR/formats.json, .md) there instead of bench/results, for a run made while fixing.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_eval import DEV_NOTICES, UNSEEN_QA, write_results  # noqa: E402
from bench.restyle import PHRASINGS, STYLES, phrasing, restyle, restyle_item  # noqa: E402
from bench.tune import HELD_OUT  # noqa: E402
from eval.harness import load_qa, run_eval  # noqa: E402
from eval.metrics import norm  # noqa: E402
from retrieval.index.build import ingest  # noqa: E402
from retrieval.index.opened import open_index  # noqa: E402
from retrieval.settings import load_settings  # noqa: E402
from tests.html_pages import build_page  # noqa: E402

RESTYLED = {f"txt-{style}": style for style in STYLES}   # format -> house style (bench/restyle.py)
FORMATS = ("txt", "docx", "html", "pdf", "pdf-stream", "pdf-scan", "txt-wrapped", "txt-fullwidth", *RESTYLED)
SCAN_DPI = 200   # a scanner's usual setting for office documents
FULL_WIDTH = str.maketrans({chr(c): chr(c + 0xFEE0) for c in range(ord("0"), ord("9") + 1)})
WRAP_AT = 28   # characters a printed line of a GB/T 9704 page holds: text copied out of a PDF keeps these breaks
ENV = {"pdf-stream": {"NOTICEQA_PDF_TEXT": "stream"}}   # settings a format is read with, beside the defaults
KEYS = ("recall_at_k", "citation_hit", "fact_numbers_all", "refusal_rate", "false_refusal_rate")
GOLD = ROOT / "tests" / "data" / "notices_dev_gold.jsonl"
WORK = ROOT / ".cache" / "bench-formats"


def _notices() -> list[Path]:
    return sorted(p for p in DEV_NOTICES.iterdir() if p.suffix == ".txt")


def write_docx(source: Path, target: Path, title: str = "") -> None:
    """SOURCE's non-blank lines as a Word file laid out like a printed notice (see module doc); TITLE centred."""
    import docx  # python-docx, a requirement of the loader's tests
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import parse_xml
    from docx.shared import Pt
    document = docx.Document()
    document.styles["Normal"].font.size = Pt(16)
    footer = document.sections[0].footer.paragraphs[0]   # the page number GB/T 9704 prints: — 2 —
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("— ")
    footer._p.append(parse_xml('<w:fldSimple xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                               'w:instr="PAGE"><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
    footer.add_run(" —")
    lines = [ln.strip() for ln in source.read_text(encoding="utf-8").split("\n") if ln.strip()]
    for line in lines:
        para = document.add_paragraph()
        run = para.add_run(line)
        if title and line == title:
            run.bold = True
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            para.paragraph_format.first_line_indent = Pt(32)
    document.save(str(target))


def _hard_wrapped(text: str) -> str:
    """Every line broken after WRAP_AT characters, as text copied out of a printed PDF is."""
    out = []
    for line in text.split("\n"):
        out += [line[i:i + WRAP_AT] for i in range(0, len(line), WRAP_AT)] or [""]
    return "\n".join(out)


def _gold() -> dict[str, dict]:
    rows = [json.loads(ln) for ln in GOLD.read_text(encoding="utf-8").splitlines() if ln.strip()]
    return {r["file"]: r for r in rows}


def write_variant(fmt: str, folder: Path) -> list[Path]:
    """The 40 notices written as FMT under FOLDER (recreated); returns the files."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    gold = _gold()
    for source in _notices():
        target = folder / (source.stem + "." + ("docx" if fmt.startswith("pdf") else fmt))
        if fmt == "txt":
            shutil.copy(source, target)
        elif fmt == "txt-fullwidth":
            target = folder / (source.stem + ".txt")
            target.write_text(source.read_text(encoding="utf-8").translate(FULL_WIDTH), encoding="utf-8")
        elif fmt == "txt-wrapped":
            target = folder / (source.stem + ".txt")
            target.write_text(_hard_wrapped(source.read_text(encoding="utf-8")), encoding="utf-8")
        elif fmt in RESTYLED:
            target = folder / (source.stem + ".txt")
            target.write_text(restyle(source.read_text(encoding="utf-8"), RESTYLED[fmt]), encoding="utf-8")
        elif fmt == "docx" or fmt.startswith("pdf"):
            write_docx(source, target, gold[source.name].get("title") or "")
        elif fmt == "html":
            target.write_text(build_page(source, gold[source.name]).html, encoding="utf-8")
    if fmt.startswith("pdf"):
        print_pdfs(sorted(folder.glob("*.docx")), folder)
    if fmt == "pdf-scan":
        for pdf in sorted(folder.glob("*.pdf")):
            pdf.write_bytes(_scanned(pdf.read_bytes()))
    return sorted(p for p in folder.iterdir() if p.is_file())


def _scanned(data: bytes) -> bytes:
    """The PDF's pages as images only (no text layer), as a scanner writes a printed notice."""
    import pypdfium2
    from bench.scans import scanned_pdf
    doc = pypdfium2.PdfDocument(data)
    pages = [doc[i].render(scale=SCAN_DPI / 72).to_pil() for i in range(len(doc))]
    return scanned_pdf(pages, dpi=SCAN_DPI)


def print_pdfs(docs: list[Path], folder: Path) -> None:
    """Each Word file printed to FOLDER as PDF by LibreOffice (its own profile, so it runs beside others); the
    Word files removed."""
    profile = folder.parent / "soffice-profile"
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(folder), *map(str, docs)], check=True, capture_output=True, timeout=900)
    for d in docs:
        d.unlink()


def run(formats: list[str], out: Path | None = None) -> dict:
    items = [i for i in load_qa(UNSEEN_QA) if i.get("split") == "dev" and i.get("set") not in HELD_OUT]
    figures, outcomes = {}, {}
    for fmt in formats:
        files = write_variant(fmt, WORK / fmt / "files")
        shutil.rmtree(WORK / fmt / "home", ignore_errors=True)
        settings = load_settings({"NOTICEQA_HOME": str(WORK / fmt / "home"), **ENV.get(fmt, {})})
        ingest([ROOT / "corpus", *files], settings)
        index = open_index(settings)
        asked = _evidence_kept([restyle_item(i, RESTYLED[fmt]) for i in items], files) if fmt in RESTYLED else items
        rows, metrics = run_eval(index, asked, k=5)
        figures[fmt] = {k: metrics["overall"][k] for k in KEYS}
        outcomes[fmt] = {r["id"]: _outcome(r) for r in rows}
        if out:
            _keep_rows(out / fmt, rows)
    base = outcomes.get("txt", {})
    for fmt in formats:
        figures[fmt]["questions"] = len(outcomes[fmt])
        if fmt != "txt" and base:
            changed = sorted(q for q in base if q in outcomes[fmt] and outcomes[fmt][q] != base[q])
            figures[fmt]["questions_changed"], figures[fmt]["changed_ids"] = len(changed), changed
    return {"questions": len(items), "figures": figures}


def _evidence_kept(items: list[dict], files: list[Path]) -> list[dict]:
    """ITEMS whose every evidence string is still in some restyled notice: a rewrite that falls across an evidence
    string's edge (its phrase half inside, half outside) leaves an evidence no notice holds, which no answer can
    meet; such items are left out of that format's run (its `questions` says how many stayed)."""
    texts = [norm(f.read_text(encoding="utf-8")) for f in files if f.suffix == ".txt"]
    return [i for i in items if all(any(norm(e) in t for t in texts) for e in i.get("evidence", []))]


def _keep_rows(folder: Path, rows: list[dict]) -> None:
    """ROWS as FOLDER/results.jsonl, one question a line (read by the comparison scripts)."""
    folder.mkdir(parents=True, exist_ok=True)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    (folder / "results.jsonl").write_text(text, encoding="utf-8")


def _outcome(row: dict) -> tuple:
    s = row["scores"]
    return (s["hit"], s["cite_hit"], s["key_facts"] == 1.0 if s["key_facts"] is not None else None, s["abstained"])


def markdown(result: dict) -> str:
    f = result["figures"]
    base = f.get("txt")
    lines = [f"Dev questions (held-out batches excluded): {result['questions']}", "",
             "| format | " + " | ".join(KEYS) + " | questions changed vs txt |", "|---|" + "---|" * (len(KEYS) + 1)]
    for fmt, v in f.items():
        cells = []
        for k in KEYS:
            ratio = f" ({v[k] / base[k]:.2f}×)" if base and fmt != "txt" and base[k] and v[k] is not None else ""
            cells.append(f"{v[k]}{ratio}")
        lines.append(f"| {fmt} | " + " | ".join(cells) + f" | {v.get('questions_changed', '')} |")
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--formats", default=",".join(FORMATS))
    ap.add_argument("--out", type=Path, default=None, help="keep per-question rows and figures here, not in bench/results")
    ap.add_argument("--phrasings", type=Path, default=PHRASINGS,
                    help="the table txt-phrasing rewrites the notices with (another table checks wordings no fix saw)")
    ap.add_argument("--no-txt", action="store_true", help="skip the plain .txt run (compare with bench_eval's instead)")
    args = ap.parse_args()
    STYLES["phrasing"] = phrasing(args.phrasings)
    formats = [f for f in args.formats.split(",") if f]
    if "txt" not in formats and not args.no_txt:
        formats.insert(0, "txt")
    result = run(formats, args.out)
    md = markdown(result)
    print(md)
    if args.out:
        (args.out / "formats.json").write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
        (args.out / "formats.md").write_text(md, encoding="utf-8")
    else:
        write_results("formats", result, md)


if __name__ == "__main__":
    main()
