"""Text broken at every printed line (copied out of a PDF, or a page setting each line as its own <p>/<br>).

Such text holds its paragraphs as runs of lines of one width (28 characters on a GB/T 9704 page),
so a sentence, a figure and its noun may stand on two lines: quotes are cut and numbers lose what
they count. It is told apart from a notice written a paragraph per line by its line lengths: in
hard-wrapped text most lines are about as long as the longest common one; written paragraphs vary.
Its wrapped lines are joined again: a line as long as the width that ends no sentence goes on in the
next, unless that one opens a heading (an outline marker) or a genre line start (——, •).
PDF, OFD and OCR text are joined by their own readers (pdf_layer.py, pdf.tidy_pdf_text).
Measured on the dev notices broken at 28 characters (bench/bench_formats.py, format txt-wrapped).

Example:
    >>> hard_wrap_width("\\n".join(["一二三四五六七八九十" * 2] * 9))
    20
"""
from __future__ import annotations

from collections import Counter

from genre import load_genre

MIN_LINES = 8          # fewer lines of text than this: too few to tell a width
LINE_FLOOR = 8         # lines shorter than this (titles, dates, blank) say nothing about the width
WIDTHS = range(15, 61)  # a printed line holds 15-60 characters (a narrow column to a small font)
WINDOW = 2             # a full line is within 2 characters of the width (digits and Latin are narrower)
SHARE = 0.5            # hard-wrapped when at least half the lines are full ones (dev: wrapped ≥ 0.59, written ≤ 0.33)
SENTENCE_ENDS = tuple("。！？：:；;")
G = load_genre()


def hard_wrap_width(text: str) -> int | None:
    """The width text was broken at, or None when it is written a paragraph per line."""
    lengths = Counter(len(ln.strip()) for ln in text.split("\n") if len(ln.strip()) >= LINE_FLOOR)
    total = sum(lengths.values())
    if total < MIN_LINES:
        return None
    width = max(WIDTHS, key=lambda w: (sum(n for k, n in lengths.items() if w - WINDOW <= k <= w), w))
    full = sum(n for k, n in lengths.items() if width - WINDOW <= k <= width)
    return width if full / total >= SHARE else None


def unwrap(text: str, width: int) -> str:
    """TEXT with the lines broken at WIDTH joined into their paragraphs (see module doc)."""
    out: list[str] = []
    carry = False
    for line in text.split("\n"):
        stripped = line.strip()
        if carry and stripped and not opens_paragraph(stripped):
            out[-1] += stripped
        else:
            out.append(line)
        carry = len(stripped) >= width - WINDOW and not stripped.endswith(SENTENCE_ENDS)
    return "\n".join(out)


def is_page_number(line: str) -> bool:
    """A page number printed on its own line (- 2 -, 第2页 共5页; genre `page_marker`), furniture of a printed page."""
    return any(rule.pattern.match(line) for rule in G.page_markers)


def opens_paragraph(line: str) -> bool:
    """A heading (an outline marker) or a genre line start (——, •) begins LINE."""
    return G.marker_of(line) is not None or any(rule.pattern.match(line) for rule in G.line_starts)
