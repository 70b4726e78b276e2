"""Make "scanned" notices from real notice text: pages rendered with a CJK font, then noise,
a slight rotation and a red stamp, saved as an image-only PDF (no text layer) or as PNG/JPEG.

Used by tests/test_ocr.py (small files made at test time) and bench/bench_ocr.py.

Example:
    >>> pages = render_pages("一、总体情况\\n正文。", dpi=150)
    >>> pdf = scanned_pdf(pages)          # bytes of an image-only PDF
    >>> pdf[:5]
    b'%PDF-'
"""
from __future__ import annotations

import io
import math
import random
import re
import unicodedata
from difflib import SequenceMatcher
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONT_CANDIDATES = ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
                   "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
CHARS_PER_LINE = 28   # a printed government notice: 16pt 仿宋, 28 characters a line, 22 lines a page
LINES_PER_PAGE = 22


def cjk_font(size: int) -> ImageFont.FreeTypeFont:
    for path in FONT_CANDIDATES:
        if Path(path).is_file():
            return ImageFont.truetype(path, size, index=2)  # index 2: the SC face of the collection
    raise FileNotFoundError("no Noto CJK font; apt-get install fonts-noto-cjk")


def wrap_lines(text: str, width: int = CHARS_PER_LINE) -> list[str]:
    """Paragraphs wrapped at `width` characters, as printed (blank lines dropped)."""
    out: list[str] = []
    for para in text.split("\n"):
        para = para.strip()
        while para:
            out.append(para[:width])
            para = para[width:]
    return out


def render_pages(text: str, dpi: int = 150, max_pages: int = 0) -> list[Image.Image]:
    """Clean A4 pages (grayscale) of `text` at `dpi`."""
    w, h = int(8.27 * dpi), int(11.69 * dpi)
    size = int(16 / 72 * dpi)              # 16 pt
    font = cjk_font(size)
    left, top, step = int(1.1 * dpi), int(1.4 * dpi), int(size * 1.75)
    lines = wrap_lines(text)
    pages = []
    for i in range(0, len(lines), LINES_PER_PAGE):
        if max_pages and len(pages) >= max_pages:
            break
        img = Image.new("L", (w, h), 255)
        draw = ImageDraw.Draw(img)
        for j, line in enumerate(lines[i:i + LINES_PER_PAGE]):
            draw.text((left, top + j * step), line, font=font, fill=0)
        pages.append(img)
    return pages


def text_of_pages(text: str, max_pages: int) -> str:
    """The start of `text` (line breaks kept) that render_pages prints on its first `max_pages` pages (0 = all).

    >>> text_of_pages("甲" * 30 + "\\n乙", 1) == "甲" * 30 + "\\n乙"
    True
    """
    if not max_pages:
        return text
    room = max_pages * LINES_PER_PAGE * CHARS_PER_LINE   # characters, counted as wrap_lines places them
    out: list[str] = []
    for para in text.split("\n"):
        used = len(para.strip()) + (-len(para.strip())) % CHARS_PER_LINE   # a paragraph fills whole lines
        if used <= room:
            out.append(para)
            room -= used
            continue
        stripped = para.strip()
        if room:
            out.append(stripped[:room])
        break
    return "\n".join(out)


def page_texts(text: str) -> list[str]:
    """The source text of each rendered page (lines joined without breaks), for error rates."""
    lines = wrap_lines(text)
    return ["".join(lines[i:i + LINES_PER_PAGE]) for i in range(0, len(lines), LINES_PER_PAGE)]


def _stamp(img: Image.Image, seed: int) -> Image.Image:
    """A red round seal (ring, star, arc of text) pressed over the lower right of the page."""
    rng = random.Random(seed)
    w, h = img.size
    r = int(w * 0.12)
    cx, cy = int(w * rng.uniform(0.6, 0.72)), int(h * rng.uniform(0.55, 0.8))
    seal = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(seal)
    red = (220, 30, 30, 150)
    d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=red, width=max(4, r // 18))
    star = [(cx + r * 0.3 * math.cos(math.pi / 2 + k * math.pi * 4 / 5), cy - r * 0.3 * math.sin(math.pi / 2 + k * math.pi * 4 / 5))
            for k in range(5)]
    d.polygon(star, fill=red)
    font = cjk_font(int(r * 0.22))
    for k, ch in enumerate("某某市某某局办公室"):
        a = math.radians(200 + k * 140 / 8)
        d.text((cx + r * 0.72 * math.cos(a) - r * 0.1, cy + r * 0.72 * math.sin(a) - r * 0.1), ch, font=font, fill=red)
    return Image.alpha_composite(img.convert("RGBA"), seal).convert("RGB")


def degrade(page: Image.Image, seed: int = 0, angle: float = 0.6, noise: float = 0.02, stamp: bool = True) -> Image.Image:
    """A scan of `page`: slight rotation, speckle noise, blur, and (optionally) a red stamp."""
    rng = random.Random(seed)
    img = page.convert("RGB")
    if stamp:
        img = _stamp(img, seed)
    img = img.rotate(rng.uniform(-angle, angle), resample=Image.BICUBIC, fillcolor=(255, 255, 255), expand=False)
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    px = img.load()
    w, h = img.size
    for _ in range(int(w * h * noise / 10)):  # speckles of dust and toner
        x, y = rng.randrange(w), rng.randrange(h)
        v = rng.choice((0, 90, 255))
        px[x, y] = (v, v, v)
    return img


def scanned_pdf(pages: list[Image.Image], dpi: int = 150) -> bytes:
    """An image-only PDF of these pages (as a scanner writes it)."""
    buf = io.BytesIO()
    first, *rest = [p.convert("RGB") for p in pages]
    first.save(buf, "PDF", save_all=True, append_images=rest, resolution=dpi)
    return buf.getvalue()


def image_bytes(page: Image.Image, fmt: str = "PNG") -> bytes:
    buf = io.BytesIO()
    page.convert("RGB").save(buf, fmt, quality=85) if fmt == "JPEG" else page.save(buf, fmt)
    return buf.getvalue()


def comparable(text: str) -> str:
    """Text as compared for error rates: NFKC (full/half-width punctuation alike), no whitespace."""
    return re.sub(r"\s", "", unicodedata.normalize("NFKC", text))


def char_error_rate(source: str, read: str) -> float:
    """Share of the source's characters OCR lost or changed (1 - matched / longer length)."""
    a, b = comparable(source), comparable(read)
    same = sum(m.size for m in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())
    return (max(len(a), len(b)) - same) / max(len(a), 1)
