"""A PDF page's text layer in reading order: characters placed by where they are printed, not by stream order.

A PDF's content stream need not follow reading order. Office suites print a Chinese paragraph in
runs per font: the CJK glyphs of a line first, then the quotation marks and Latin commas or digits
set in a Western font, each placed by coordinates. Read in stream order (pypdf's `extract_text`),
"迭代升级“16819”健康行动" comes out as "“迭代升级16819”健康行动" or with every quote at the line's end,
so a quoted sentence no longer matches the question or the notice. Measured on the dev notices
printed to PDF by LibreOffice (bench/bench_formats.py), see README "Formats".

`positions` (the default, Settings.pdf_text): pdfium's character boxes, grouped into printed lines
by their vertical centres (full-height glyphs found the lines; small marks — commas, periods,
quotes — join the line they overlap; marks alone make their own), each line read left to right,
page numbers at a page's edge dropped, and lines the printer wrapped joined by their geometry (a
line reaching the right margin unfinished goes on in the next unless that one is indented, further
down than a line's pitch, or opens with an outline marker or a genre line start; see `_join_wrapped`).
The page's first and last lines say whether a paragraph runs on across the page break.
`stream`: pypdf's `extract_text` (the content stream's order; wraps are undone later from line lengths).

Example:
    >>> pages = page_texts(Path("notice.pdf").read_bytes(), "positions")
    >>> pages[0].text.splitlines()[0], pages[0].open_end
    ('关于2023年巡察整改进展情况的通报', True)
"""
from __future__ import annotations

import io
import re
import statistics
from dataclasses import dataclass
from itertools import pairwise

from retrieval.load.wraps import is_page_number, opens_paragraph

LINE_TOLERANCE = 0.5   # glyphs whose centres differ by under half a glyph's height are on one printed line
SMALL_MARK = 0.6       # a glyph lower than this share of the median height is a mark (，。“”) placed by overlap
WRAP_SLACK = 1.5       # a line ending within 1.5 glyph heights of the right margin was wrapped by the printer ...
PARAGRAPH_GAP = 1.3    # ... unless the next line starts a paragraph: farther down than 1.3 line pitches,
SENTENCE_ENDS = tuple("。！？：:；;")   # or the line ends a sentence, or the next is indented or opens a heading;
LATIN_RUN = re.compile(r"^[0-9A-Za-z.%％]+")   # a number or word is not broken: it moves whole to the next line,
LATIN_WIDTH = 0.55                             # its characters about half a CJK glyph wide
INDENT = 2.5           # a line starting further in than a paragraph's two-character indent is centred (a title)


@dataclass(frozen=True)
class PageText:
    text: str
    open_end: bool = False     # the last line reaches the right margin unfinished: its paragraph runs on
    flush_start: bool = False  # the first line starts at the left margin, not a heading: it may continue the last page


Box = tuple[float, float, float, float]   # left, bottom, right, top (PDF points, y upwards)


def page_texts(data: bytes, mode: str) -> list[PageText]:
    """Text of every page of the PDF in DATA, read the way MODE names (see module doc)."""
    if mode == "stream":
        from pypdf import PdfReader  # imported only when a PDF arrives (start-up time)
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            reader.decrypt("")
        return [PageText(page.extract_text() or "") for page in reader.pages]
    import pypdfium2  # imported only when a PDF arrives (start-up time)
    doc = pypdfium2.PdfDocument(data, password="")
    try:
        return [_positioned_text(doc[i]) for i in range(len(doc))]
    finally:
        doc.close()


def _glyphs(page) -> list[tuple[str, Box]]:
    """(character, box) of every printed character; a space the reader generated sits after its neighbour."""
    textpage = page.get_textpage()
    count = textpage.count_chars()
    text = textpage.get_text_range(0, count) if count else ""
    glyphs: list[tuple[str, Box]] = []
    for i in range(count):
        ch = text[i] if len(text) == count else textpage.get_text_range(i, 1)
        if ch in "\r\n":
            continue
        left, bottom, right, top = textpage.get_charbox(i)
        if right <= left or top <= bottom:   # no box: a generated space (or an invisible mark)
            if ch.strip() or not glyphs:
                continue
            _, bottom, left, top = glyphs[-1][1]
            right = left
        glyphs.append((ch, (left, bottom, right, top)))
    return glyphs


def _positioned_text(page) -> PageText:
    """The page's printed lines top to bottom, each left to right, wrapped lines joined (see module doc)."""
    glyphs = _glyphs(page)
    if not glyphs:
        return PageText("")
    height = statistics.median([b[3] - b[1] for c, b in glyphs if c.strip()] or [1.0])
    lines: list[list] = []   # [bottom, top, centre, glyphs]
    full = [g for g in glyphs if g[1][3] - g[1][1] >= SMALL_MARK * height]
    for ch, box in sorted(full, key=lambda g: -(g[1][1] + g[1][3]) / 2):
        centre = (box[1] + box[3]) / 2
        if lines and abs(lines[-1][2] - centre) <= LINE_TOLERANCE * height:
            line = lines[-1]
            line[0], line[1] = min(line[0], box[1]), max(line[1], box[3])
            line[3].append((ch, box))
        else:
            lines.append([box[1], box[3], centre, [(ch, box)]])
    for ch, box in glyphs:   # marks join the printed line they overlap; marks alone (----, ——) make their own
        if box[3] - box[1] >= SMALL_MARK * height:
            continue
        centre = (box[1] + box[3]) / 2
        best = max(lines, key=lambda ln: (min(ln[1], box[3]) - max(ln[0], box[1]), -abs(ln[2] - centre)), default=None)
        if best is None or (min(best[1], box[3]) <= max(best[0], box[1])
                            and abs(best[2] - centre) > LINE_TOLERANCE * height):
            best = [box[1], box[3], centre, []]
            lines.append(best)
        best[3].append((ch, box))
    lines.sort(key=lambda ln: -ln[2])
    printed = [_printed_line(ln[3], ln[2]) for ln in lines]
    while printed and is_page_number(printed[-1][0]):
        printed.pop()
    while printed and is_page_number(printed[0][0]):
        printed.pop(0)
    return join_wrapped(printed, height)


def _printed_line(glyphs: list[tuple[str, Box]], centre: float) -> tuple[str, float, float, float]:
    """(text, left, right, centre) of one printed line."""
    glyphs = sorted(glyphs, key=lambda g: g[1][0])
    inked = [b for c, b in glyphs if c.strip()] or [b for _, b in glyphs]
    return "".join(c for c, _ in glyphs), min(b[0] for b in inked), max(b[2] for b in inked), centre


def join_wrapped(printed: list[tuple[str, float, float, float]], height: float) -> PageText:
    """Lines joined where the printer wrapped them (see module doc), and whether the page's edges run on."""
    if not printed:
        return PageText("")
    long = [p for p in printed if len(p[0].strip()) >= 10] or printed
    margin_right = statistics.median(p[2] for p in long)   # most body lines are full ones; punctuation may hang past
    margin_left = min(p[1] for p in long)
    pitches = [a[3] - b[3] for a, b in pairwise(printed)]
    pitch = statistics.median(pitches) if pitches else height

    def reaches_margin(line: tuple[str, float, float, float], following: str) -> bool:
        unbroken = LATIN_RUN.match(following)
        slack = WRAP_SLACK * height + (len(unbroken.group(0)) * LATIN_WIDTH * height if unbroken else 0)
        return (line[2] >= margin_right - slack and line[1] <= margin_left + INDENT * height
                and not line[0].rstrip().endswith(SENTENCE_ENDS))

    def flush(line: tuple[str, float, float, float]) -> bool:
        return line[1] <= margin_left + WRAP_SLACK * height and not opens_paragraph(line[0].strip())

    out = [printed[0][0].strip()]
    for prev, line in pairwise(printed):
        text = line[0].strip()
        if reaches_margin(prev, text) and flush(line) and prev[3] - line[3] <= PARAGRAPH_GAP * pitch:
            out[-1] += text
        else:
            out.append(text)
    last = printed[-1]
    return PageText("\n".join(out), open_end=reaches_margin(last, ""), flush_start=flush(printed[0]))
