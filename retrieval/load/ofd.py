"""OFD (GB/T 33190, the national fixed-layout e-document format) -> text, page by page, via ofdkit.

An OFD file is a zip of XML: OFD.xml -> Doc_N/Document.xml -> Pages/Page_N/Content.xml, whose
TextObjects hold the text as positioned runs. ofdkit (pip, standard library only) reads them and
puts the runs back in reading order from their positions (bench/bench_ofd.py measured it beside
the other candidates). Pages are joined with pdf.PAGE_MARK lines, so an OFD notice is tidied,
cleaned and given page numbers exactly like a PDF's text layer.

Work per file is bounded before any page is read: the zip's declared unpacked size
(Limits.max_unpacked_bytes) and the page count (Limits.max_pages); ofdkit itself refuses parts
over 64 MB and XML with entity declarations. Encrypted or damaged files are refused in one line.

Example:
    >>> raw = ofd_text(Path("notice.ofd"), Path("notice.ofd").read_bytes(), Limits(), reader="ofdkit")
    >>> raw.split(PAGE_MARK)[0][:6]
    '一、总体情况'
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import ofdkit
from ofdkit.layout import page_text

from retrieval.errors import InputError
from retrieval.load.limits import Limits, check_expansion, unpacked_size
from retrieval.load.pdf import PAGE_MARK

HOW_TO_CONVERT = "请用 OFD 阅读器（如数科、福昕、永中）打开后另存或打印为 PDF 再导入"


def _encrypted(data: bytes) -> bool:
    """Entries encrypted in the zip, or an OFD encryption description (GM/T 0099 Encryptions.xml)."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        infos = z.infolist()
        if any(info.flag_bits & 0x1 for info in infos):
            return True
        if any(info.filename.lower().rsplit("/", 1)[-1] == "encryptions.xml" for info in infos):
            return True
        root = next((i for i in infos if i.filename.lower().lstrip("/") == "ofd.xml"), None)
        return root is not None and root.file_size < 1_000_000 and b"Encryption" in z.read(root)


def _refuse_damaged(detail: str) -> InputError:
    return InputError(f"is a damaged OFD file ({detail}); open it in an OFD reader and save it again, or save it as PDF",
                      f"是损坏的 OFD 文件，无法读取，{HOW_TO_CONVERT}。")


def ofd_text(path: Path, data: bytes, limits: Limits, reader: str = "ofdkit") -> str:
    """Raw text of every page of an OFD file, joined by PAGE_MARK lines (see module doc)."""
    if reader == "off":
        raise InputError("is an OFD file and reading OFD is off (NOTICEQA_OFD=off); open it in an OFD reader and save "
                         "or print it as PDF", f"是 OFD 版式文件，当前未开启 OFD 读取（NOTICEQA_OFD=off），{HOW_TO_CONVERT}。")
    try:
        check_expansion(path, "unpacked", unpacked_size(data), limits.max_unpacked_bytes)
        if _encrypted(data):
            raise InputError("is an encrypted OFD file; open it with its password in an OFD reader and save an unencrypted copy or a PDF",
                             f"是加密的 OFD 文件，无法读取，请在 OFD 阅读器中输入密码打开后另存为不加密的文件，或{HOW_TO_CONVERT[1:]}。")
        with ofdkit.open(data) as document:
            if document.warnings:   # a page or document the package names but does not hold
                raise _refuse_damaged(document.warnings[0])
            check_expansion(path, "pages", len(document.pages), limits.max_pages)
            # every run, also those beyond the page box the file declares: a notice places no text off the
            # page on purpose, but writers declare wrong boxes (bench/bench_ofd.py: easyofd's writer, 4.3 %
            # of the text lost with ofdkit's Page.text(), 0.2 % with all runs)
            pages = [page_text(page.runs) for page in document.pages]
    except ofdkit.OFDError as exc:
        raise _refuse_damaged(str(exc)) from None
    except (zipfile.BadZipFile, EOFError, OSError, ValueError) as exc:
        raise _refuse_damaged(type(exc).__name__) from None
    if not "".join(pages).strip():
        raise InputError("holds no text (its pages are images, a scan); save it as PDF in an OFD reader, scanned PDFs are read by OCR",
                         f"中没有文字（可能是扫描件），{HOW_TO_CONVERT}（扫描版 PDF 会自动识别文字）。")
    # one line per printed line, as a PDF text layer gives them (ofdkit marks paragraph gaps with blank lines)
    lines = ("\n".join(ln for ln in page.replace(PAGE_MARK, "").split("\n") if ln.strip()) for page in pages)
    return f"\n{PAGE_MARK}\n".join(lines)
