"""Compare the HTML extractors (Settings.html_extract) on pages reconstructed from the notices.

For every notice of the chosen splits, tests/html_pages.py builds a portal-style page from the
notice's own text (reconstructed layouts, not real pages); each extractor's text goes through our
cleaning (load_notice) and is measured against the gold:
- title / issuer / date right (of the notices that state them);
- chrome left: furniture lines (the notice's gold chrome and the generator's added furniture) found
  as a whole line of any chunk;
- body lost: characters of the notice body (gold `body_start` on, chrome lines out, blanks ignored)
  that the cleaned text does not hold (difflib matching blocks), as a share of the body.

Run:  .venv/bin/python tests/html_measure.py [--only=dev] [--show]
"""
from __future__ import annotations

import difflib
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from retrieval.chunk import chunk_notice  # noqa: E402
from retrieval.load import load_notice  # noqa: E402
from retrieval.load.html import HTML_EXTRACTORS  # noqa: E402
from retrieval.parse import parse_sections  # noqa: E402
from tests.html_pages import build_page  # noqa: E402
from tests.reading_measure import DEV_DIR, gold_records, norm, split_of  # noqa: E402


def _body_chars(path: Path, gold: dict) -> str:
    lines = path.read_text(encoding="utf-8").split("\n")
    start = next(i for i, ln in enumerate(lines) if gold["body_start"][:12] in ln)
    chrome = {c.strip() for c in gold["chrome"]}
    return norm("".join(ln for ln in lines[start:] if ln.strip() not in chrome))


def _lost(ref: str, got: str) -> int:
    matcher = difflib.SequenceMatcher(None, ref, got, autojunk=False)
    return len(ref) - sum(b.size for b in matcher.get_matching_blocks())


def measure(splits: tuple[str, ...] = ("dev",), show: bool = False) -> dict[str, dict[str, tuple[float, int]]]:
    """{extractor: {figure: (value, n)}} over the notices of `splits`."""
    which = split_of()
    acc: dict[str, dict[str, list]] = {how: {} for how in HTML_EXTRACTORS}
    with tempfile.TemporaryDirectory() as tmp:
        for g in gold_records():
            if which[g["file"]] not in splits:
                continue
            path = DEV_DIR / g["file"]
            page = build_page(path, g)
            html_path = Path(tmp) / (path.stem + ".html")
            html_path.write_text(page.html, encoding="utf-8")
            body = _body_chars(path, g)
            for how in HTML_EXTRACTORS:
                _one(acc[how], how, html_path, g, page, body, show)
    return {how: {k: (sum(v) / len(v) if v else 1.0, len(v)) for k, v in figs.items()} for how, figs in acc.items()}


def _one(acc: dict, how: str, html_path: Path, g: dict, page, body: str, show: bool) -> None:
    def add(key: str, value: float, what: str = "") -> None:
        acc.setdefault(key, []).append(value)
        if show and what:
            print(f"  [{how}] {page.name[:3]} {page.layout} {key}: {what}")
    n = load_notice(html_path, html_extract=how)
    if g["title"]:
        variants = {norm(g["title"])} | {norm(v) for v in g.get("title_variants", [])}
        ok = norm(n.title) in variants
        add("title", ok, "" if ok else f"{n.title[:30]!r}")
    issuers = {norm(g["issuer"])} | {norm(v) for v in g.get("issuer_alternatives", [])}
    ok = norm(n.issuer) in issuers
    add("issuer", ok, "" if ok else f"{n.issuer!r} want {g['issuer']!r}")
    if g["date"]:
        add("date", n.date == g["date"], "" if n.date == g["date"] else f"{n.date!r} want {g['date']!r}")
    chunks = chunk_notice(n.id, n.text, parse_sections(n.text, n.id))
    chunk_lines = {ln.strip() for c in chunks for ln in c.text.split("\n")}
    left = [c for c in {*(x.strip() for x in g["chrome"]), *page.added_chrome} if c in chunk_lines]
    add("pages_with_chrome", bool(left), ", ".join(left)[:80] if left else "")
    add("chrome_lines_left", len(left))
    lost = _lost(body, norm(n.text)) / max(1, len(body))
    add("body_lost", lost, f"{lost:.1%}" if lost > 0.02 else "")


def main() -> None:
    only = next((a.split("=", 1)[1] for a in sys.argv if a.startswith("--only=")), "dev").split(",")
    figures = measure(tuple(only), show="--show" in sys.argv)
    print(f"HTML extractors on pages reconstructed from the {'+'.join(only)} notices:")
    for how, figs in figures.items():
        row = "  ".join(f"{k} {v:.3f} (n={c})" for k, (v, c) in sorted(figs.items()))
        print(f"{how:12s} {row}")


if __name__ == "__main__":
    main()
