"""Text broken at every printed line (copied out of a PDF, or a page setting each line as its own <p>/<br>).

Such text holds its paragraphs as runs of lines of one width (28 characters on a GB/T 9704 page),
so a sentence, a figure and its noun may stand on two lines: quotes are cut and numbers lose what
they count. It is told apart from a notice written a paragraph per line by its line lengths: in
hard-wrapped text most lines are about as long as the longest common one; written paragraphs vary.
Its wrapped lines are joined again: a line as long as the width that ends no sentence goes on in the
next, unless that one opens a heading (an outline marker), a genre line start (——, •), a metadata label
(来源:) or page furniture (浏览量:). A line is full by its printed width, indent included (a signature
set right by blanks breaks at the margin as any line does). A full line that ends a sentence goes on too, unless it
is the opening's announcing sentence or the next is a closing line (genre/data/outline.toml [wrapped]).
PDF, OFD and OCR text are joined by their own readers (pdf_layer.py, pdf.tidy_pdf_text).
Measured on the dev notices broken at 28 characters (bench/bench_formats.py, format txt-wrapped).

Example:
    >>> hard_wrap_width("\\n".join(["一二三四五六七八九十" * 2] * 9))   # the widest of the densest window
    22
"""
from __future__ import annotations

from collections import Counter

from genre import load_genre
from genre.data_files import compile_re, get, section

MIN_LINES = 8          # fewer lines of text than this: too few to tell a width
LINE_FLOOR = 8         # lines shorter than this (titles, dates, blank) say nothing about the width
WIDTHS = range(15, 61)  # a printed line holds 15-60 characters (a narrow column to a small font)
WINDOW = 2             # a full line is within 2 characters of the width (digits and Latin are narrower)
SHARE = 0.5            # hard-wrapped when at least half the lines are full ones (dev: wrapped ≥ 0.59, written ≤ 0.33)
SENTENCE_ENDS = tuple("。！？：:；;")
G = load_genre()
WRAPPED = section("outline.toml", "wrapped")
CLOSES = compile_re(get(WRAPPED, "closes", str, "outline.toml", "wrapped"), "outline.toml", "wrapped.closes")
ENDED = compile_re(get(WRAPPED, "ended", str, "outline.toml", "wrapped"), "outline.toml", "wrapped.ended")


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
    carry = ""
    for line in text.split("\n"):
        stripped = line.strip()
        if (carry and stripped and not opens_paragraph(stripped, bool(G.metadata_pairs(out[-1].strip())))
                and (carry == "open" or goes_on(stripped, width))):
            out[-1] += stripped
        else:
            out.append(line)
        carry = line_carry(line.rstrip(), width)   # an indent takes the printed line's width too
    return "\n".join(out)


def line_carry(line: str, width: int) -> str:
    """How a printed LINE may go on in the next: "open" (full, no sentence end), "ended" (full, a sentence end, no
    announcing sentence: it goes on unless the next closes), "" (the paragraph ends).

    >>> line_carry("现将巡察整改进展情况予以公布。", 17), line_carry("解决重点难点问题。", 11), line_carry("问题。", 11)
    ('', 'ended', '')
    """
    if len(line) < width - WINDOW:
        return ""
    if not ENDED.search(line):
        return "open"
    return "" if CLOSES.search(line) else "ended"


def goes_on(line: str, width: int) -> bool:
    """LINE continues a paragraph whose last line ended a sentence at the margin: it is full itself or ends a
    sentence (a signature or a date line below the body does neither).

    >>> goes_on("从思想上挖根源。", 28), goes_on("湖州市卫生健康委员会", 28)
    (True, False)
    """
    return len(line) >= width - WINDOW or bool(ENDED.search(line))


def is_page_number(line: str) -> bool:
    """A page number printed on its own line (- 2 -, 第2页 共5页; genre `page_marker`), furniture of a printed page."""
    return any(rule.pattern.match(line) for rule in G.page_markers)


def opens_paragraph(line: str, after_metadata: bool = False) -> bool:
    """A heading (an outline marker), a genre line start (——, •), a ledger field (整改情况:), a metadata label
    (来源:; unless AFTER_METADATA: a portal's info line holds several label pairs) or page furniture (浏览量:1)
    begins LINE.

    >>> opens_paragraph("整改情况:组织召开培训会"), opens_paragraph("公开日期: 2023-04-22", True)
    (True, False)
    """
    return (G.marker_of(line) is not None or any(rule.pattern.match(line) for rule in G.line_starts)
            or any(rule.pattern.match(line) for rule in G.item_fields)
            or (not after_metadata and bool(G.metadata_pairs(line))) or G.chrome_cue(line) is not None)


def join_title(body: str, title: str, header_end: int) -> tuple[str, int]:
    """A printed page's title the printer set over several centred lines (…巡察整改进展情况的\\n通报), which no
    margin rule joins, as one line again: the first run of adjacent lines before HEADER_END that makes up TITLE
    exactly, from the first line the title starts with. Returns the body and HEADER_END moved by the breaks taken out.

    >>> join_title("某局关于巡察整改进展情况的\\n通报\\n\\n根据…", "某局关于巡察整改进展情况的通报", 18)
    ('某局关于巡察整改进展情况的通报\\n\\n根据…', 17)
    """
    lines = body[:header_end].split("\n")
    for i, line in enumerate(lines):
        if not line.strip() or not title.startswith(line.strip()):
            continue
        joined, j = line.strip(), i
        while len(joined) < len(title) and j + 1 < len(lines) and lines[j + 1].strip():
            j += 1
            joined += lines[j].strip()
        if j > i and joined == title:
            head = "\n".join(lines[:i] + [joined] + lines[j + 1:])
            return head + body[header_end:], len(head)
        break   # the title's first printing only: a repeat of it below (a report's cover lines) stays as printed
    return body, header_end
