"""What a file is, from its bytes (never its name): docx, ofd, pdf, html, txt, image, doc, or refused kinds.

Example:
    >>> detect_format(b"%PDF-1.7 ...")
    'pdf'
"""
from __future__ import annotations

import io
import zipfile

# Leading bytes of files that are not notices: refused with a message saying what to do.
ARCHIVE_MAGIC = {b"Rar!\x1a\x07": "rar", b"7z\xbc\xaf\x27\x1c": "7z", b"\x1f\x8b": "gz", b"BZh": "bz2",
                 b"\xfd7zXZ\x00": "xz", b"PK\x05\x06": "zip", b"PK\x07\x08": "zip"}
OTHER_MAGIC = {b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1": "doc", b"\x89PNG": "image", b"\xff\xd8\xff": "image",
               b"GIF8": "image", b"II*\x00": "image", b"MM\x00*": "image", b"{\\rtf": "rtf"}


def detect_format(data: bytes) -> str:
    """Return 'docx', 'ofd', 'pdf', 'html', 'txt', 'image' or 'doc' from the leading bytes ('archive', 'rtf' are refused).

    >>> detect_format("一、总体情况".encode("gb18030"))
    'txt'
    """
    if data[:4] == b"PK\x03\x04":
        return "ofd" if zip_holds(data, "OFD.xml") else "docx"
    if any(data.startswith(m) for m in ARCHIVE_MAGIC):
        return "archive"
    for magic, kind in OTHER_MAGIC.items():
        if data.startswith(magic):
            return kind
    if data[:5] == b"%PDF-":
        return "pdf"
    head = data[:2048].lower()
    if b"<html" in head or b"<!doctype html" in head or (b"<body" in head and b"</" in head):
        return "html"
    return "txt"


def zip_holds(data: bytes, name: str) -> bool:
    """The zip holds an entry `name` (case-insensitive, as OFD writers vary the case). A damaged zip
    (no readable directory) is judged by the names of its first entries' local headers, so a
    truncated OFD is refused as a damaged OFD, not as a damaged .docx.

    >>> zip_holds(b"PK\\x03\\x04" + bytes(22) + b"\\x07\\x00\\x00\\x00OFD.xml", "OFD.xml")
    True
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return name.lower() in {n.lower().lstrip("/") for n in z.namelist()}
    except (zipfile.BadZipFile, OSError, ValueError):
        return _local_names(data[:65536], name.lower())


def _local_names(head: bytes, name: str) -> bool:
    """Whether a local file header (PK\\x03\\x04) in `head` names the entry `name`."""
    pos = 0
    while (pos := head.find(b"PK\x03\x04", pos)) >= 0 and pos + 30 <= len(head):
        size = int.from_bytes(head[pos + 26:pos + 28], "little")
        if head[pos + 30:pos + 30 + size].decode("utf-8", "replace").lower().lstrip("/") == name:
            return True
        pos += 4
    return False


def is_plain_zip(data: bytes) -> bool:
    """A readable zip without word/document.xml: an archive, not a .docx."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return "word/document.xml" not in z.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False
