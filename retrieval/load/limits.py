"""How far one file may go: bytes read, bytes unpacked, characters, pages, chunks; one-line refusals.

Every reader checks its measure as early as it is known (a zip's directory before unpacking, a
PDF's or OFD's page count before any page is read), so a hostile file costs bounded work.

Example:
    >>> check_expansion(Path("a.pdf"), "pages", 12, Limits().max_pages)   # within the limit: nothing happens
"""
from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from retrieval.errors import InputError

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """How far one file may expand; checked as early as each measure is known (see check_expansion).

    The defaults are those of retrieval.settings.Settings (max_unpacked_mb, max_chars, max_pages).
    """
    max_unpacked_bytes: int = 30 * 1024 * 1024
    max_chars: int = 400_000
    max_pages: int = 300


def fail(path: Path, en: str, zh: str) -> InputError:
    """The one-line refusal of a file: English for logs and the CLI, Chinese for the UI."""
    return InputError(f"{path.name}: {en}", f"文件《{path.name}》{zh}")


def check_expansion(path: Path, what: str, value: int, limit: int) -> None:
    """Refuse a file whose `what` ("unpacked", "chars", "pages", "chunks") is over `limit`, in one line.

    >>> check_expansion(Path("a.pdf"), "pages", 3000, 300)
    Traceback (most recent call last):
    retrieval.errors.InputError: a.pdf: has 3000 pages, over the limit of 300 (NOTICEQA_MAX_PAGES); split it into notices
    """
    if value <= limit:
        return
    en, zh, setting = {
        "unpacked": (f"unpacks to {value / 1048576:.1f} MB, over the limit of {limit / 1048576:.0f} MB",
                     f"解压后有 {value / 1048576:.1f} MB，超过 {limit / 1048576:.0f} MB 的上限", "NOTICEQA_MAX_UNPACKED_MB"),
        "chars": (f"holds {value} characters of text, over the limit of {limit}",
                  f"有 {value} 个字符，超过一篇通报 {limit} 字的上限", "NOTICEQA_MAX_CHARS"),
        "pages": (f"has {value} pages, over the limit of {limit}", f"有 {value} 页，超过 {limit} 页的上限",
                  "NOTICEQA_MAX_PAGES"),
        "chunks": (f"would become {value} chunks, over the limit of {limit}",
                   f"切分后有 {value} 段，超过 {limit} 段的上限", "NOTICEQA_MAX_CHUNKS"),
    }[what]
    raise fail(path, f"{en} ({setting}); split it into notices", f"{zh}，未导入。请拆分成单篇通报后再导入。")


def unpacked_size(data: bytes) -> int:
    """Bytes a zip (.docx, .ofd) declares it unpacks to, read from its directory without unpacking."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return sum(info.file_size for info in z.infolist())


def read_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read a file, refusing missing, oversized or empty ones before reading them whole."""
    if not path.is_file():
        raise fail(path, "file not found or not a regular file; check the path",
                   "不存在或不是普通文件，请检查路径。")
    size = path.stat().st_size
    if size > max_bytes:
        mb = max_bytes // (1024 * 1024)
        raise fail(path, f"file is {size / 1048576:.1f} MB, over the {mb} MB limit; split it or raise NOTICEQA_MAX_UPLOAD_MB",
                   f"大小为 {size / 1048576:.1f} MB，超过 {mb} MB 上限，请拆分后再上传。")
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)  # never more than the limit, even if the file grew
    except OSError as exc:
        raise fail(path, f"cannot be read ({exc.strerror}); check its permissions",
                   "无法读取，请检查文件权限。") from None
    if len(data) > max_bytes:
        mb = max_bytes // (1024 * 1024)
        raise fail(path, f"file is over the {mb} MB limit; split it or raise NOTICEQA_MAX_UPLOAD_MB",
                   f"超过 {mb} MB 上限，请拆分后再上传。")
    if not data.strip():
        raise fail(path, "file is empty; nothing to ingest", "为空，没有可导入的内容。")
    return data
