"""Old Word (.doc) and WPS (.wps) files -> .docx bytes through LibreOffice in headless mode.

LibreOffice is a Debian package (`libreoffice-writer-nogui`), not a pip one: when the
configured command (Settings.libreoffice, default `soffice`) is not installed, or is "off",
the file is refused with a message that says how to convert it by hand.

Example:
    >>> docx_bytes = convert_to_docx(Path("old.doc").read_bytes(), "soffice")
    >>> docx_bytes[:2]
    b'PK'
"""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from retrieval.errors import InputError

TIMEOUT_SECONDS = 120   # one conversion; a notice takes 2-5 s, the first start of LibreOffice up to ~20 s

_HOW = "请用 WPS 或 Word 打开后另存为 .docx（或 .txt）再导入"


def is_compound_file(data: bytes) -> bool:
    """A sound OLE compound-file header (MS-CFB: byte order FFFE, 512- or 4096-byte sectors), as .doc/.wps have.

    >>> is_compound_file(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    False
    """
    return len(data) >= 1536 and data[28:30] == b"\xfe\xff" and data[30:32] in (b"\x09\x00", b"\x0c\x00")


def convert_to_docx(data: bytes, command: str) -> bytes:
    """The .docx LibreOffice makes of an old Word/WPS file (refused when LibreOffice is absent or fails)."""
    if not is_compound_file(data):  # refused in a moment, without starting LibreOffice
        raise InputError("is a damaged old Word/WPS file (its container header is broken); open it in WPS or Word and save it as .docx",
                         f"是损坏的旧版 Word/WPS 文件，{_HOW}。")
    found = shutil.which(command) if command != "off" else None
    if not found:
        why = "is off (NOTICEQA_LIBREOFFICE=off)" if command == "off" else f"({command}) is not installed"
        raise InputError(f"is an old Word/WPS file and LibreOffice {why}; install libreoffice-writer-nogui "
                         "or save the file as .docx or .txt",
                         f"是旧版 Word/WPS 文件（.doc/.wps），本机未安装 LibreOffice 无法转换，{_HOW}。")
    with tempfile.TemporaryDirectory(prefix="noticeqa-office-") as tmp:
        src = Path(tmp) / "notice.doc"
        src.write_bytes(data)
        # A profile of its own: a LibreOffice already open by the user (or another ingest) does not block this one.
        cmd = [found, f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--norestore",
               "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(Path(tmp) / "out"), str(src)]
        try:
            subprocess.run(cmd, capture_output=True, timeout=TIMEOUT_SECONDS, check=False)
        except subprocess.TimeoutExpired:
            raise InputError(f"LibreOffice did not convert it within {TIMEOUT_SECONDS} s; save it as .docx or .txt",
                             f"转换超时（{TIMEOUT_SECONDS} 秒），{_HOW}。") from None
        out = Path(tmp) / "out" / "notice.docx"
        if not out.is_file() or out.stat().st_size == 0:
            raise InputError("LibreOffice could not convert it (damaged, encrypted, or not a Word document); save it as .docx or .txt",
                             f"无法转换（文件可能已损坏、加密或不是 Word 文档），{_HOW}。")
        return out.read_bytes()
