"""OCR of page images, offline: RapidOCR with the PP-OCR models shipped inside its wheel.

Each page's text is cached in SQLite by the hash of what was recognised (file bytes + page
number + render size) and the engine version, like embeddings: re-ingesting a scanned notice
costs no OCR. Lines come out in reading order, and the printer's wraps are joined by the lines'
geometry as in a PDF's text layer (retrieval.load.pdf_layer.join_wrapped: a line reaching the right
margin unfinished goes on in the next unless that one is indented, further down, or opens a heading).
A page's printed page numbers at its edges are dropped and whether its last line runs on and its first
line goes on from the last page is kept with its text (cached too), so a paragraph broken by a page
break in a scan is one paragraph again, as in a text layer.

Example:
    >>> reader = OcrReader(cache_path=None)
    >>> reader.read_pages(["k1"], lambda i: Image.open("page.png"))[0].text[:6]
    '一、总体情况'
"""
from __future__ import annotations

import hashlib
import io
import sqlite3
import statistics
from pathlib import Path
from typing import Callable

import numpy as np
from PIL import Image, ImageOps

from retrieval.errors import InputError
from retrieval.load.pdf_layer import PageText, join_wrapped
from retrieval.load.ocr_mend import mend_ocr
from retrieval.load.wraps import is_page_number

ENGINE_ID = "rapidocr-3.10-ppocrv6-small-det960-v3"  # change when engine, models or line assembly change
DET_MAX_SIDE = 960   # text detection on the page scaled to this longest side: 7x faster than full size, same lines found
MIN_INK = 0.0005     # a page with less than this share of dark pixels is blank: no OCR (and no engine start)
MAX_SIDE = 3000      # photos are scaled down to this longest side before OCR (recognition works on line crops)
PageProgress = Callable[[int, int], None]   # (pages done, pages total)


def page_key(data: bytes, page: int, detail: str = "") -> str:
    """Cache key of one page: sha256 of the file bytes, the page number and how it was rendered."""
    return hashlib.sha256(data).hexdigest() + f":{page}:{detail}"


def printed_lines(boxes, texts) -> list[tuple[str, float, float, float]]:
    """Text boxes -> printed lines in reading order, as (text, left, right, -centre): boxes whose vertical centres
    lie within half a line height are one line (a stamp or a wide gap can split a line into several boxes). The
    geometry is what pdf_layer.join_wrapped reads, the centre negated because an image's y runs down the page.

    >>> printed_lines([[[50, 0], [90, 0], [90, 10], [50, 10]], [[0, 1], [40, 1], [40, 11], [0, 11]]], ["乙", "甲"])
    [('甲乙', 0, 90, -5.5)]
    """
    items = []
    for box, text in zip(boxes, texts):
        ys = [p[1] for p in box]
        xs = [p[0] for p in box]
        items.append(((min(ys) + max(ys)) / 2, max(ys) - min(ys), min(xs), text, max(xs)))
    items.sort(key=lambda t: t[0])
    lines: list[list[tuple]] = []
    for item in items:
        if lines and abs(item[0] - lines[-1][-1][0]) < max(item[1], lines[-1][-1][1]) / 2:
            lines[-1].append(item)
        else:
            lines.append([item])
    out = []
    for line in lines:
        parts = sorted(line, key=lambda t: t[2])
        out.append(("".join(t[3] for t in parts).strip(), parts[0][2], max(t[4] for t in parts),
                    -sum(t[0] for t in parts) / len(parts)))
    return out


class OcrCache:
    """Page texts and their edges (runs on at the end, goes on at the start) stored by (engine, page key) in SQLite."""

    def __init__(self, path: Path | None):
        self.db = None
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(str(path), timeout=30)
            self.db.execute("CREATE TABLE IF NOT EXISTS page_text (engine TEXT, key TEXT, text TEXT, open_end INTEGER, "
                            "flush_start INTEGER, PRIMARY KEY (engine, key))")

    def get(self, key: str) -> PageText | None:
        if self.db is None:
            return None
        row = self.db.execute("SELECT text, open_end, flush_start FROM page_text WHERE engine=? AND key=?",
                              (ENGINE_ID, key)).fetchone()
        return PageText(row[0], bool(row[1]), bool(row[2])) if row else None

    def put(self, key: str, page: PageText) -> None:
        if self.db is not None:
            with self.db:
                self.db.execute("INSERT OR REPLACE INTO page_text VALUES (?, ?, ?, ?, ?)",
                                (ENGINE_ID, key, page.text, int(page.open_end), int(page.flush_start)))

    def close(self) -> None:
        if self.db is not None:
            self.db.close()


_ENGINE = None


def _engine():
    """The RapidOCR engine, made once per process (imported here: onnxruntime costs start-up time)."""
    global _ENGINE
    if _ENGINE is None:
        from rapidocr import RapidOCR
        _ENGINE = RapidOCR(params={"Global.log_level": "error", "Global.use_cls": False,
                                   "Det.limit_side_len": DET_MAX_SIDE, "Det.limit_type": "max"})
    return _ENGINE


def is_blank(img: Image.Image) -> bool:
    """True for an empty page: (almost) no pixel darker than mid-grey, stamps and speckles aside."""
    small = img.convert("L").reduce(4)
    dark = np.count_nonzero(np.asarray(small) < 128)
    return dark < MIN_INK * small.width * small.height


def recognise(image) -> PageText:
    """Text of one page image (PIL image), one printed line per text line (empty when no text), and its edges."""
    img = image.convert("RGB")
    if is_blank(img):
        return PageText("")
    if max(img.size) > MAX_SIDE:
        scale = MAX_SIDE / max(img.size)
        img = img.resize((round(img.width * scale), round(img.height * scale)), Image.LANCZOS)
    result = _engine()(np.asarray(img))
    if result.boxes is None or not result.txts:
        return PageText("")
    lines = [ln for ln in printed_lines(result.boxes.tolist(), result.txts) if ln[0]]
    while lines and is_page_number(lines[-1][0]):   # - 2 - under the text: furniture, as in a text layer
        lines.pop()
    while lines and is_page_number(lines[0][0]):
        lines.pop(0)
    if not lines:
        return PageText("")
    heights = [max(p[1] for p in box) - min(p[1] for p in box) for box in result.boxes.tolist()]
    return join_wrapped(lines, statistics.median(heights))   # the printer's wraps joined by geometry


class OcrReader:
    """Reads pages through the cache; `render(i)` is called only for pages not cached."""

    def __init__(self, cache_path: Path | None):
        self.cache = OcrCache(cache_path)
        self.hits = 0
        self.misses = 0

    def read_pages(self, keys: list[str], render: Callable[[int], object],
                   progress: PageProgress | None = None) -> list[PageText]:
        texts = []
        for i, key in enumerate(keys):
            text = self.cache.get(key)
            if text is None:
                text = recognise(render(i))
                self.cache.put(key, text)
                self.misses += 1
            else:
                self.hits += 1
            texts.append(text)
            if progress:
                progress(i + 1, len(keys))
        return texts

    def close(self) -> None:
        self.cache.close()


def image_text(data: bytes, ocr: str, cache_path: Path | None) -> str:
    """Text of a photo or scan (.png/.jpg), upright as its EXIF says; refused when OCR is off or the image is unreadable."""
    if ocr == "off":
        raise InputError("is an image and OCR is off (NOTICEQA_OCR=off); turn OCR on or ingest a text version",
                         "是图片，且文字识别已关闭（NOTICEQA_OCR=off），请开启文字识别或导入文字版。")

    def render(_: int):
        try:
            with Image.open(io.BytesIO(data)) as img:
                return ImageOps.exif_transpose(img).convert("RGB")
        except (OSError, ValueError, Image.DecompressionBombError):
            raise InputError("is a damaged or oversized image; re-save it as PNG or JPEG",
                             "图片已损坏或尺寸过大，请重新保存为 PNG 或 JPEG 后再导入。") from None

    reader = OcrReader(cache_path)
    try:
        return mend_ocr(reader.read_pages([page_key(data, 0, "image")], render)[0].text)
    finally:
        reader.close()
