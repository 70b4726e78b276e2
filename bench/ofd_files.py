"""Make OFD files (GB/T 33190) from real notice text, the way OFD writers lay out a printed notice.

A small generator of the standard's XML: OFD.xml -> Doc_0/Document.xml -> Pages/Page_N/Content.xml,
A4 pages of 22 lines x 28 characters (GB/T 9704), paragraphs indented two characters, and each
printed line split into several TextObjects (as real writers split runs at punctuation, font
changes or kerning), with DeltaX written both in the compressed `g N v` form and as plain lists.
`shuffle=True` writes each page's objects in a scrambled order (writers that group objects by
font or layer), so a reader must put them back in reading order from their positions.

Used by tests/test_ofd.py (small files made at test time) and bench/bench_ofd.py.

Example:
    >>> data = ofd_bytes("一、总体情况\\n根据巡视工作部署要求,现将整改情况予以公布。")
    >>> data[:2]
    b'PK'
"""
from __future__ import annotations

import io
import random
import zipfile
from xml.sax.saxutils import escape

NS = "http://www.ofdspec.org/2016"
PAGE_W, PAGE_H = 210.0, 297.0          # A4, millimetres
LEFT, TOP = 28.0, 37.0                 # GB/T 9704 margins
CHARS_PER_LINE, LINES_PER_PAGE = 28, 22
SIZE = 156.0 / CHARS_PER_LINE          # 16 pt 仿宋 fills the 156 mm text width with 28 characters
PITCH = 225.0 / LINES_PER_PAGE         # 22 lines over the 225 mm text height


def _advance(ch: str) -> float:
    return SIZE / 2 if ord(ch) < 0x2E80 else SIZE   # half-width Latin, digits and ASCII punctuation


def typeset(text: str) -> list[list[tuple[float, str]]]:
    """Pages of printed lines (x of the first character in mm, text): paragraphs wrapped at the
    text width with a two-character first-line indent; blank lines dropped."""
    lines: list[tuple[float, str]] = []
    for para in text.split("\n"):
        para = para.strip()
        x, line, width = LEFT + 2 * SIZE, "", 2 * SIZE
        for ch in para:
            if width + _advance(ch) > CHARS_PER_LINE * SIZE + 0.01:
                lines.append((x, line))
                x, line, width = LEFT, "", 0.0
            line += ch
            width += _advance(ch)
        if line:
            lines.append((x, line))
    return [lines[i:i + LINES_PER_PAGE] for i in range(0, len(lines), LINES_PER_PAGE)]


def _delta_x(run: str, packed: bool) -> str:
    steps = [_advance(ch) for ch in run[:-1]]
    if not steps:
        return ""
    if packed and len(set(steps)) == 1:
        return f"g {len(steps)} {steps[0]:.4f}"
    return " ".join(f"{s:.4f}" for s in steps)


def _runs(line: str, rng: random.Random) -> list[str]:
    """A printed line cut into runs of 1-9 characters (each becomes a TextObject)."""
    runs, i = [], 0
    while i < len(line):
        n = rng.randint(1, 9)
        runs.append(line[i:i + n])
        i += n
    return runs


def _page_xml(lines: list[tuple[float, str]], rng: random.Random, first_id: int, shuffle: bool) -> tuple[str, int]:
    objects, next_id = [], first_id
    for row, (x0, line) in enumerate(lines):
        baseline = TOP + row * PITCH + SIZE * 0.88
        x = x0
        for run in _runs(line, rng):
            width = sum(_advance(ch) for ch in run)
            dx = _delta_x(run, packed=rng.random() < 0.5)
            objects.append(
                f'<ofd:TextObject ID="{next_id}" Boundary="{x:.3f} {baseline - SIZE:.3f} {width + 1:.3f} {SIZE * 1.3:.3f}" '
                f'Font="3" Size="{SIZE:.4f}"><ofd:FillColor Value="0 0 0"/>'
                f'<ofd:TextCode X="0" Y="{SIZE:.4f}"' + (f' DeltaX="{dx}"' if dx else "")
                + f">{escape(run)}</ofd:TextCode></ofd:TextObject>")
            next_id += 1
            x += width
    if shuffle:
        rng.shuffle(objects)
    body = "".join(objects)
    return (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="{NS}"><ofd:Content>'
            f'<ofd:Layer ID="{next_id}" Type="Body">{body}</ofd:Layer></ofd:Content></ofd:Page>'), next_id + 1


def ofd_bytes(text: str, title: str = "", seed: int = 0, shuffle: bool = False) -> bytes:
    """An OFD package holding `text` typeset on A4 pages (see module doc)."""
    rng = random.Random(seed)
    pages = typeset(text)
    files: dict[str, str] = {}
    next_id = 10
    for n, lines in enumerate(pages):
        files[f"Doc_0/Pages/Page_{n}/Content.xml"], next_id = _page_xml(lines, rng, next_id, shuffle)
    page_list = "".join(f'<ofd:Page ID="{4 + n}" BaseLoc="Pages/Page_{n}/Content.xml"/>' for n in range(len(pages)))
    files["OFD.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="{NS}" Version="1.0" DocType="OFD"><ofd:DocBody>'
        f"<ofd:DocInfo><ofd:DocID>{seed:032x}</ofd:DocID><ofd:Title>{escape(title)}</ofd:Title>"
        "<ofd:CreationDate>2024-06-30</ofd:CreationDate><ofd:Creator>noticeqa bench</ofd:Creator></ofd:DocInfo>"
        "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>")
    files["Doc_0/Document.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="{NS}"><ofd:CommonData>'
        f"<ofd:MaxUnitID>{next_id}</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 {PAGE_W:g} {PAGE_H:g}</ofd:PhysicalBox>"
        "</ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData>"
        f"<ofd:Pages>{page_list}</ofd:Pages></ofd:Document>")
    files["Doc_0/PublicRes.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?><ofd:Res xmlns:ofd="{NS}" BaseLoc="Res"><ofd:Fonts>'
        '<ofd:Font ID="3" FontName="仿宋_GB2312" FamilyName="仿宋"/></ofd:Fonts></ofd:Res>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name in ["OFD.xml", "Doc_0/Document.xml", "Doc_0/PublicRes.xml"] + sorted(k for k in files if "Pages/" in k):
            z.writestr(name, files[name])
    return buf.getvalue()


def page_texts(text: str) -> list[str]:
    """The source text printed on each page (lines joined without breaks), for error rates per page."""
    return ["".join(line for _, line in page) for page in typeset(text)]
