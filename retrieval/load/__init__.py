"""Load stage: read a notice file of any supported format into a cleaned `Notice`.

The format is detected from the bytes (not the extension; retrieval.load.sniff): .docx (zip),
.pdf, OFD (retrieval.load.ofd), scans and photos (OCR), .doc/.wps (LibreOffice), HTML, or plain text in UTF-8 / UTF-16 / UTF-32 / GB18030 / Big5 (retrieval.load.encoding;
mojibake is refused). Web boilerplate above and below the notice is dropped and its
metadata kept; the body lines are kept character for character, so quotes and
offsets refer to `Notice.text` (text broken at every printed line, or set a sentence a line, has its lines joined
into their paragraphs first: wraps.py, sentence_lines.py).

Example:
    >>> n = load_notice(Path("corpus/tj-govt-offices-admin-2021-inspection-rectification.txt"))
    >>> n.title
    '中共天津市机关事务管理局党组关于巡视集中整改情况的公开'
"""
from __future__ import annotations

import hashlib
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from retrieval.errors import InputError
from retrieval.load.clean import clean_text
from retrieval.load.docx_text import docx_text
from retrieval.load.encoding import GarbledTextError, decode_text
from retrieval.load.half_width import half_width_digits
from retrieval.load.html import html_to_text
from retrieval.load.limits import (
    DEFAULT_MAX_BYTES,
    Limits,
    check_expansion,
    read_bytes,
    unpacked_size,
)
from retrieval.load.limits import fail as _fail
from retrieval.load.ocr import image_text
from retrieval.load.ofd import ofd_text
from retrieval.load.office import convert_to_docx
from retrieval.load.pdf import (
    PdfOptions,
    page_count,
    pdf_text,
    split_pages,
    tidy_pdf_text,
)
from retrieval.load.sniff import detect_format, is_plain_zip
from retrieval.load.sentence_lines import join_sentences, sentence_a_line
from retrieval.load.wraps import hard_wrap_width, join_title, unwrap

__all__ = ["Notice", "PdfOptions", "Limits", "DEFAULT_MAX_BYTES", "check_expansion", "read_bytes", "detect_format",
           "decode_text", "load_notice", "scan_notice_files", "iter_notice_files", "tidy_pdf_text"]

SUPPORTED_SUFFIXES = (".txt", ".html", ".htm", ".docx", ".pdf", ".png", ".jpg", ".jpeg", ".doc", ".wps", ".ofd")
@dataclass(frozen=True)
class Notice:
    id: str            # stable id: the file stem
    doc: str           # file name
    title: str
    issuer: str
    date: str          # publication date, YYYY-MM-DD when known
    doc_number: str    # 文号, e.g. 津城管办〔2019〕48号
    index_number: str  # 索引号
    text: str          # cleaned text; all offsets refer to it
    fmt: str           # txt | html | docx | pdf | ofd | image | doc
    encoding: str
    signature: str = ""   # the organ of the 落款 (signature) when the text has one
    header_end: int = 0   # offset in `text` where the notice proper starts (title and metadata lines before it)
    pages: tuple[int, ...] = ()  # PDF, OFD: offset in `text` where each page starts (page 1 at 0); () = no pages

    @property
    def sha(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:16]

    @property
    def year(self) -> str:
        return self.date[:4]




def extract_text(path: Path, data: bytes, limits: Limits = Limits(), options: PdfOptions | None = None,
                 libreoffice: str = "soffice", ofd: str = "ofdkit", html_extract: str = "rules"
                 ) -> tuple[str, str, str]:
    """Return (raw text, format, encoding) for file bytes; a PDF's or OFD's pages are joined by pdf.PAGE_MARK lines.

    `options` say how scanned pages and images are read (OCR on, page limit, cache, progress);
    `libreoffice` is the command that converts .doc/.wps (Settings.libreoffice); `ofd` the OFD
    reader, "ofdkit" or "off" (Settings.ofd); `html_extract` the extractor of .html pages
    (Settings.html_extract, retrieval.load.html).
    """
    options = options or PdfOptions()
    fmt = detect_format(data)
    if fmt == "docx" and is_plain_zip(data) and b"[Content_Types].xml" in data:
        raise _fail(path, "is an Excel/PowerPoint (Office Open XML) file, not a Word document; save the notice as .docx or .txt",
                    "是 Excel/PowerPoint 文件，不支持，请把通报另存为 .docx 或 .txt 后再导入。")
    if fmt == "archive" or (fmt == "docx" and is_plain_zip(data)):
        raise _fail(path, "is an archive (zip/rar/7z/gz), which is not supported; unpack it and ingest the notices inside",
                    "是压缩包，不支持直接导入，请解压后导入其中的通报文件（.txt、.html、.docx、.pdf）。")
    if fmt == "rtf":
        raise _fail(path, "is an RTF file, which is not supported; save it as .docx or .txt",
                    "是 RTF 文件，不支持，请另存为 .docx 或 .txt 后再导入。")
    try:
        if fmt == "image":
            return image_text(data, options.ocr, options.cache_path), fmt, "ocr"
        if fmt == "doc":
            return docx_text(convert_to_docx(data, libreoffice)), fmt, "libreoffice"
        if fmt == "docx":
            check_expansion(path, "unpacked", unpacked_size(data), limits.max_unpacked_bytes)
            return docx_text(data), fmt, "docx"
        if fmt == "pdf":
            check_expansion(path, "pages", page_count(data), limits.max_pages)
            return pdf_text(data, options), fmt, "pdf"
        if fmt == "ofd":
            return ofd_text(path, data, limits, ofd), fmt, "ofd"
        if fmt == "html":
            text, enc = html_to_text(data, html_extract)
            return text, fmt, enc
        text, enc = decode_text(data)
        return text, fmt, enc
    except InputError as exc:  # refused by the PDF/OCR/office readers: say which file (once)
        if str(exc).startswith(f"{path.name}: "):
            raise
        raise _fail(path, str(exc), exc.user_message) from None
    except GarbledTextError:
        raise _fail(path, "decodes only into garbled characters (mojibake) in every encoding tried (UTF-8, GB18030, Big5); "
                    "open it in a text editor and save it as UTF-8",
                    "内容无法识别编码，解码后是乱码，请用记事本或 WPS 打开后另存为 UTF-8 编码再导入。") from None
    except ValueError:
        raise _fail(path, "looks like binary data, not a notice; save it as .txt (UTF-8 or GBK), .html, .docx or .pdf",
                    "看起来是二进制数据而不是通报，请另存为 .txt、.html、.docx 或 .pdf 后再导入。") from None
    except (zipfile.BadZipFile, KeyError, OSError) as exc:
        raise _fail(path, f"is a damaged {fmt} file ({exc}); open and re-save it",
                    f"是损坏的 {fmt} 文件，请用办公软件打开另存后再导入。") from None
    except Exception as exc:  # pypdf / python-docx raise many types for broken files
        raise _fail(path, f"cannot be parsed as {fmt} ({type(exc).__name__}); re-save it as .txt or .docx",
                    f"无法按 {fmt} 格式解析，请另存为 .txt 或 .docx 后再导入。") from None


def load_notice(path: Path, max_bytes: int = DEFAULT_MAX_BYTES, limits: Limits = Limits(),
                options: PdfOptions | None = None, libreoffice: str = "soffice", ofd: str = "ofdkit",
                html_extract: str = "rules") -> Notice:
    """Read, decode and clean one notice file (InputError when it expands beyond `limits`; see
    extract_text for `options`, `libreoffice`, `ofd` and `html_extract`)."""
    path = Path(path)
    data = read_bytes(path, max_bytes)
    raw, fmt, enc = extract_text(path, data, limits, options, libreoffice, ofd, html_extract)
    if not raw.strip() and fmt in ("txt", "html"):  # an empty PDF/.docx gets the no-body message below
        raise _fail(path, "file holds only blank space; nothing to ingest", "只有空白，没有可导入的内容。")
    check_expansion(path, "chars", len(raw), limits.max_chars)
    raw = half_width_digits(raw.replace("\r\n", "\n").replace("\r", "\n"))
    if fmt in ("pdf", "ofd", "image"):
        raw = tidy_pdf_text(raw)
    elif (width := hard_wrap_width(raw)) is not None:   # text broken at every printed line (wraps.py)
        raw = unwrap(raw, width)
    elif sentence_a_line(raw):   # every sentence on a line of its own (sentence_lines.py)
        raw = join_sentences(raw)
    cleaned = clean_text(raw)
    body, header_end = cleaned.body, cleaned.header_end
    if fmt in ("pdf", "ofd", "image") and cleaned.meta.get("title"):   # a printed title wrapped over centred lines
        body, header_end = join_title(body, cleaned.meta["title"], header_end)
    body, pages = split_pages(body) if fmt in ("pdf", "ofd") else (body, ())
    if len(re.sub(r"\s", "", body)) < 20:
        if fmt in ("pdf", "image"):
            raise _fail(path, "has no readable text: no text layer and OCR found (almost) none; check that it is a notice, "
                        "scanned upright and legible", "中没有识别出文字（可能是空白页、图片过于模糊或不是通报），请检查后重新扫描或导入文字版。")
        raise _fail(path, "has no readable body text", "没有正文内容。")
    meta = cleaned.meta
    return Notice(
        id=path.stem, doc=path.name, title=meta.get("title", "") or path.stem,
        issuer=meta.get("issuer", ""), date=meta.get("date", ""),
        doc_number=meta.get("doc_number", ""), index_number=meta.get("index_number", ""),
        text=body, fmt=fmt, encoding=enc, signature=meta.get("signature", ""),
        header_end=header_end, pages=pages,
    )


def _is_hidden_or_lock(path: Path, folder: Path) -> bool:
    """Hidden files/folders (.DS_Store, .git/) and Office lock files (~$notice.docx) are not user files."""
    return any(part.startswith(".") for part in path.relative_to(folder).parts) or path.name.startswith("~$")


def scan_notice_files(paths: list[Path]) -> tuple[list[Path], list[Path]]:
    """Expand folders into (supported files to load, unsupported files skipped), both sorted per folder.

    Explicit file paths are always kept (load_notice refuses bad ones with a message). Inside a
    folder, hidden files and folders and Office lock files (~$…) are ignored, not reported.

    Example:
        >>> scan_notice_files([Path("inbox")])  # inbox/: a.txt, b.pdf, c.doc, d.xlsx, .DS_Store
        ([PosixPath('inbox/a.txt'), PosixPath('inbox/b.pdf')], [PosixPath('inbox/c.doc'), PosixPath('inbox/d.xlsx')])
    """
    files: list[Path] = []
    skipped: list[Path] = []
    for p in map(Path, paths):
        if not p.is_dir():
            files.append(p)
            continue
        for f in sorted(p.rglob("*")):
            if f.is_file() and not _is_hidden_or_lock(f, p):
                (files if f.suffix.lower() in SUPPORTED_SUFFIXES else skipped).append(f)
    return files, skipped


def iter_notice_files(paths: list[Path]) -> list[Path]:
    """Expand folders into the supported files inside them (sorted); keep explicit files.

    Kept for callers that do not report skipped files; see scan_notice_files.
    """
    return scan_notice_files(paths)[0]
