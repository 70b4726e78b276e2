"""Shared data of the web UI and the files it writes.

- `IndexHolder`: the one opened Index all sessions read (swapped atomically after an
  ingest), plus values derived from it (ledger, filtered sub-indexes) cached per index.
- `append_jsonl`: one JSON line appended under an exclusive file lock (feedback, user eval items).
- `safe_filename`: an uploaded file's name reduced to a plain file name kept under uploads/.

Example:
    >>> safe_filename("../../etc/通报\u202e.txt")
    '通报.txt'
"""
from __future__ import annotations

import fcntl
import json
import os
import re
import threading
import time
import unicodedata
from pathlib import Path
from typing import Any, Callable

from retrieval.errors import IndexStateError, InputError
from retrieval.index.opened import Index, open_index
from retrieval.load import SUPPORTED_SUFFIXES

MAX_NAME_CHARS = 80
WATCH_S = 5.0


def _mtime(path: Path | None) -> int:
    try:
        return path.stat().st_mtime_ns if path is not None else 0
    except OSError:
        return 0


class IndexHolder:
    """Thread-safe holder of the current Index; `swap` replaces it and drops everything derived from it."""

    def __init__(self, index: Index | None = None, problem: str = "", watch: Path | None = None):
        self._lock = threading.Lock()
        self._index = index
        self._problem = problem
        self._derived: dict[Any, Any] = {}
        self.generation = 0
        self.updating = threading.Event()   # set while an ingest runs (questions may fail meanwhile)
        self._watch = watch                 # manifest.json: reopen when another process ingests
        self._seen = _mtime(watch)
        self._checked = time.monotonic()
        self._reopening = False

    def get(self) -> Index:
        """The current Index; IndexStateError (with a Chinese message) when there is none."""
        self._notice_outside_ingest()
        index = self._index
        if index is None:
            raise IndexStateError(f"no usable index: {self._problem}",
                                  f"索引暂不可用（{self._problem or '尚未建立'}），请在“知识库”中导入通报或重建索引。")
        return index

    def peek(self) -> tuple[Index | None, str]:
        with self._lock:
            return self._index, self._problem

    def swap(self, index: Index | None, problem: str = "") -> None:
        with self._lock:
            self._index, self._problem = index, problem
            self._derived = {}
            self.generation += 1
            self._seen = _mtime(self._watch)

    def _notice_outside_ingest(self) -> None:
        """Every WATCH_S, look whether another worker replaced the manifest; if so, open the new
        generation in the background and swap it in (questions keep using the current one)."""
        now = time.monotonic()
        if self._watch is None or now - self._checked < WATCH_S or self.updating.is_set():
            return
        self._checked = now
        if _mtime(self._watch) == self._seen or self._reopening:
            return
        self._reopening = True
        threading.Thread(target=self._reopen, daemon=True).start()

    def _reopen(self) -> None:
        try:
            index = self._index
            if index is not None and not self.updating.is_set():
                self.swap(open_index(index.settings))
        except Exception:  # a broken or half-finished state: keep serving the current index
            pass
        finally:
            self._reopening = False

    def derived(self, key: Any, make: Callable[[Index], Any]) -> Any:
        """`make(index)` computed once per index (e.g. the ledger); concurrent callers may both compute it."""
        index = self.get()
        with self._lock:
            cached = self._derived.get(key)
            if cached is not None and cached[0] is index:
                return cached[1]
        value = make(index)
        with self._lock:
            if self._index is index:
                self._derived[key] = (index, value)
        return value


def append_jsonl(path: Path, record: dict, unique_key: str | None = None) -> bool:
    """Append one JSON line under an exclusive lock (no lost or interleaved lines across threads/processes).

    With `unique_key`, nothing is written when a line with the same value of that key exists; returns
    whether the record was written.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    line = (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            if unique_key is not None:
                with open(path, encoding="utf-8") as f:
                    for old in f:
                        try:
                            if json.loads(old).get(unique_key) == record.get(unique_key):
                                return False
                        except (json.JSONDecodeError, AttributeError):
                            continue
            os.write(fd, line)
            os.fsync(fd)
            return True
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def read_jsonl(path: Path) -> list[dict]:
    """The valid JSON objects of a JSON Lines file ([] when it does not exist)."""
    if not path.is_file():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            item = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(item, dict):
            out.append(item)
    return out


_DROP = re.compile(r"[\x00-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]")
_UNSAFE = re.compile(r"[^\w\u4e00-\u9fff.\-（）()【】]+")


def safe_filename(name: str) -> str:
    """A plain file name: last path part only, NFKC, no control/bidi/zero-width characters, no leading dots.

    Raises InputError for a type the loader cannot read.
    """
    base = re.split(r"[\\/]", name or "")[-1]
    base = _DROP.sub("", unicodedata.normalize("NFKC", base)).strip()
    stem, dot, suffix = base.rpartition(".")
    if not dot:
        stem, suffix = base, ""
    suffix = "." + suffix.lower() if suffix else ""
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputError(f"unsupported file type: {name!r}",
                         f"不支持文件《{_DROP.sub('', name or '')[-60:]}》的格式，请上传 .txt、.html、.docx、.doc、.wps、.pdf、.ofd 或 .png/.jpg 文件。")
    stem = re.sub(r"_+", "_", _UNSAFE.sub("_", stem)).strip("._ ")[:MAX_NAME_CHARS].strip("._ ") or "notice"
    return stem + suffix


def check_size(path: Path, display_name: str, max_mb: int) -> int:
    """The file's size in bytes; InputError with a Chinese message when it is over `max_mb` or empty."""
    size = path.stat().st_size
    if size > max_mb * 1024 * 1024:
        raise InputError(f"{display_name}: {size / 1048576:.1f} MB is over the {max_mb} MB upload limit",
                         f"文件《{display_name}》大小为 {size / 1048576:.1f} MB，超过 {max_mb} MB 的上传上限，"
                         f"请拆分后再上传（管理员可调整 NOTICEQA_MAX_UPLOAD_MB）。")
    if size == 0:
        raise InputError(f"{display_name}: empty file", f"文件《{display_name}》为空。")
    return size


def inside(folder: Path, name: str) -> Path:
    """folder/name, refusing anything that would resolve outside `folder`."""
    target = (folder / name).resolve()
    if target.parent != folder.resolve():
        raise InputError(f"refused file name {name!r}", "文件名不合法。")
    return target
