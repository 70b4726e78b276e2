"""PDF pages -> text: the text layer where a page has one, OCR where it has none (scans).

Pages are joined with PAGE_MARK lines so the cleaned text can say where each page starts
(`split_pages`); the joined text is tidied once (`tidy_pdf_text`), so a sentence wrapped across
lines or pages, by the printer or by OCR, is one line again.

Example:
    >>> raw = pdf_text(Path("scan.pdf").read_bytes(), PdfOptions(cache_path=None))
    >>> text, starts = split_pages(tidy_pdf_text(raw))
    >>> starts[0]
    0
"""
from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from retrieval.errors import InputError
from retrieval.load.ocr import OcrReader, page_key
from retrieval.load.ocr_mend import mend_ocr
from retrieval.load.pdf_layer import page_texts
from retrieval.load.wraps import is_page_number, opens_paragraph

PAGE_MARK = "\ue000"      # a private-use character: never in a notice, stands for "a new page starts here"
MIN_LAYER_CHARS = 10      # a page whose text layer has fewer characters (a page number, a stamp's name) is a scan
RENDER_DPI = 200          # pages are rendered for OCR at this resolution ...
RENDER_MAX_SIDE = 2400    # ... but never larger than this (an A0 drawing would be 9000 px)

_RADICALS = re.compile(r"[\u2e80-\u2fdf]")  # Kangxi/CJK radicals that PDF fonts map 一 十 日 … to
_CJK = r"\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’"
_SPACE_NEAR_CJK = re.compile(rf"(?<=[{_CJK},.:;()])[ \t]+|[ \t]+(?=[{_CJK},.:;()])")
_SENTENCE_END = tuple("。！？：:；;")
_RADICAL_MAP = dict(zip("⺠⻅⻓⻛⻔⻢⻋⻜⻝⻚⻘⻉⻆⻈⻣⻥⻦⻨⻩⻬⻮⻳⻰⺟⺮⻄⻤⻗⺁⺇⺈⺌⺍⺗⺝⺧⺫⺶⺻⻊",
                        "民见长风门马车飞食页青贝角讠骨鱼鸟麦黄齐齿龟龙母竹西鬼雨厂几⺈小⺍心月牛罒羊聿足"))


@dataclass(frozen=True)
class PdfOptions:
    ocr: str = "rapidocr"                  # "rapidocr" | "off" (Settings.ocr)
    max_ocr_pages: int = 60                # refuse before OCR when more pages need it (Settings.ocr_max_pages)
    cache_path: Path | None = None         # OCR cache (SQLite); None = no cache
    progress: Callable[[int, int], None] | None = None  # (pages done, pages to OCR)
    text_mode: str = "positions"           # how a text layer is read: "positions" | "stream" (Settings.pdf_text; pdf_layer.py)


def tidy_pdf_text(raw: str) -> str:
    r"""Undo PDF text-layer artefacts: radical code points, spaces around CJK, hard line wraps.

    >>> tidy_pdf_text("⼀、总体情况\n根据 ⼗⼀ 届市委巡视工作部署要求 , 现将巡视整\n改情况予以公布。")
    '一、总体情况\n根据十一届市委巡视工作部署要求,现将巡视整改情况予以公布。'
    """
    text = _RADICALS.sub(lambda m: _RADICAL_MAP.get(m.group(0)) or unicodedata.normalize("NFKC", m.group(0)), raw)
    lines = [_SPACE_NEAR_CJK.sub("", ln).strip() for ln in text.split("\n")]
    lines = [ln for ln in lines if not is_page_number(ln)]   # printed page numbers would be joined into a paragraph
    full = max((len(ln) for ln in lines if PAGE_MARK not in ln), default=0) * 0.85  # a line this long was wrapped
    out: list[str] = []
    wrapped = False
    for line in lines:
        if wrapped and line and not opens_paragraph(line):
            out[-1] += line
        else:
            out.append(line)
        if line == PAGE_MARK:
            continue  # a page break keeps the wrap state of the page's last line
        wrapped = len(out[-1].replace(PAGE_MARK, "")) >= full and not out[-1].endswith(_SENTENCE_END) if wrapped else (
            len(line) >= full and not line.endswith(_SENTENCE_END))
    return "\n".join(out)


def split_pages(text: str) -> tuple[str, tuple[int, ...]]:
    """Remove the page marks; return the text and the offset where each page starts.

    >>> split_pages("第一页。\\n\\ue000\\n第二页\\ue000接着。")
    ('第一页。\\n第二页接着。', (0, 5, 8))
    """
    out: list[str] = []
    starts = [0]
    pos = length = 0
    while (i := text.find(PAGE_MARK, pos)) >= 0:
        piece = text[pos:i]
        alone = (i == 0 or text[i - 1] == "\n") and (i + 1 == len(text) or text[i + 1] == "\n")
        out.append(piece)
        length += len(piece)
        starts.append(length)
        pos = i + 2 if alone and i + 1 < len(text) else i + 1
    out.append(text[pos:])
    return "".join(out), tuple(starts)


def _reader(data: bytes):
    from pypdf import (
        PdfReader,  # pypdf is imported only when a PDF arrives (start-up time)
    )
    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        try:
            opened = reader.decrypt("")  # many PDFs carry only an owner password: they open without one
        except Exception:  # pypdf raises several types for unknown or broken encryption
            opened = 0
        if not opened:
            raise InputError("is a password-protected PDF; remove the password (print or save it as an unprotected PDF) and ingest it again",
                             "是加密的 PDF，需要密码才能打开，请先解除密码（另存为不加密的 PDF）后再导入。")
    return reader


def page_count(data: bytes) -> int:
    """Pages of a PDF (refused if it needs a password), read before any page's text."""
    return len(_reader(data).pages)


def _render(data: bytes, numbers: list[int]) -> Callable[[int], object]:
    """render(i) -> PIL image of page numbers[i] at RENDER_DPI (capped at RENDER_MAX_SIDE)."""
    import pypdfium2  # imported only when a page needs OCR (start-up time)
    doc = pypdfium2.PdfDocument(data, password="")

    def render(i: int):
        page = doc[numbers[i]]
        w, h = page.get_size()  # points
        scale = min(RENDER_DPI / 72, RENDER_MAX_SIDE / max(w, h, 1))
        return page.render(scale=scale).to_pil()
    return render


def pdf_text(data: bytes, options: PdfOptions) -> str:
    """Raw text of all pages, joined by PAGE_MARK lines; scanned pages read by OCR (see module doc)."""
    _reader(data)  # refused here when it needs a password
    pages = page_texts(data, options.text_mode)
    layers = [page.text.replace(PAGE_MARK, "") for page in pages]
    scanned = [i for i, t in enumerate(layers) if len(re.sub(r"\s", "", t)) < MIN_LAYER_CHARS]
    if scanned and options.ocr == "off":
        if len(scanned) == len(layers):
            raise InputError("has no text layer (a scan) and OCR is off (NOTICEQA_OCR=off); turn OCR on or ingest a text version",
                             "没有文字层（扫描件），且文字识别已关闭（NOTICEQA_OCR=off），请开启文字识别或导入文字版。")
        scanned = []  # a mixed PDF with OCR off: its text pages only, said in the settings line at start-up
    if len(scanned) > options.max_ocr_pages:
        raise InputError(f"has {len(scanned)} scanned pages, over the OCR limit of {options.max_ocr_pages} "
                         "(NOTICEQA_OCR_MAX_PAGES); split it or raise the limit",
                         f"有 {len(scanned)} 页扫描页，超过文字识别上限 {options.max_ocr_pages} 页，请拆分后再导入。")
    if scanned:
        reader_ocr = OcrReader(options.cache_path)
        try:
            keys = [page_key(data, n, f"{RENDER_DPI}dpi") for n in scanned]
            texts = reader_ocr.read_pages(keys, _render(data, scanned), options.progress)
        finally:
            reader_ocr.close()
        for n, page in zip(scanned, texts):
            layers[n], pages[n] = mend_ocr(page.text), page   # OCR confusions undone; edges kept (a page break runs on)
    out = layers[0] if layers else ""
    for before, page, text in zip(pages, pages[1:], layers[1:]):   # a paragraph running on keeps one line
        out += (PAGE_MARK if before.open_end and page.flush_start else f"\n{PAGE_MARK}\n") + text
    return out
