"""Store stage: each notice with its sections in a content-addressed JSON file under store/.

A file is named `<notice id>.<hash of its content>.json` and never overwritten, so the files of
the current index generation stay readable while an ingest writes the next one; `sweep`
deletes what no kept generation names. Chunks are derived again from the stored sections.

Example:
    >>> name = save_record(home / "store", record_from_notice(notice))
    >>> load_records(home / "store", {notice.id: name})[notice.id].chunks[0].id
    'jinan-…:-1:0'
"""
from __future__ import annotations

import hashlib
import json
import re
import shutil
from dataclasses import asdict, dataclass
from pathlib import Path

from retrieval.chunk import Chunk, chunk_notice
from retrieval.load import Notice
from retrieval.parse import Section, parse_sections


@dataclass(frozen=True)
class NoticeRecord:
    notice: Notice
    sections: tuple[Section, ...]
    chunks: tuple[Chunk, ...]


def record_from_notice(notice: Notice) -> NoticeRecord:
    sections = parse_sections(notice.text, notice.id, notice.header_end)
    return NoticeRecord(notice, tuple(sections), tuple(chunk_notice(notice.id, notice.text, sections, pages=notice.pages)))


def _record_json(rec: NoticeRecord) -> str:
    return json.dumps({"notice": asdict(rec.notice), "sections": [asdict(s) for s in rec.sections]},
                      ensure_ascii=False)


def save_record(folder: Path, rec: NoticeRecord) -> str:
    """Write a notice under a content-addressed name (never overwritten); returns the file name."""
    data = _record_json(rec)
    name = f"{rec.notice.id}.{hashlib.sha256(data.encode('utf-8')).hexdigest()[:16]}.json"
    if not (folder / name).exists():
        tmp = folder / f"{name}.tmp"
        tmp.write_text(data, encoding="utf-8")
        tmp.replace(folder / name)
    return name


def load_record(path: Path) -> NoticeRecord:
    data = json.loads(path.read_text(encoding="utf-8"))
    notice = Notice(**{**data["notice"], "pages": tuple(data["notice"].get("pages", ()))})  # JSON gives a list
    sections = tuple(Section(**{**s, "path": tuple(s["path"])}) for s in data["sections"])
    return NoticeRecord(notice, sections, tuple(chunk_notice(notice.id, notice.text, list(sections), pages=notice.pages)))


def corpus_hash(records: dict[str, NoticeRecord]) -> str:
    h = hashlib.sha256()
    for nid in sorted(records):
        h.update(f"{nid}:{records[nid].notice.sha};".encode())
    return h.hexdigest()[:16]


def load_records(folder: Path, names: dict[str, str] | None) -> dict[str, NoticeRecord]:
    """The notices `names` ({id: file name}) lists; with None, every notice in the folder (newest
    file per id; also files of the older `<id>.json` layout), so an ingest never loses a notice."""
    if names is not None:
        return {nid: load_record(folder / name) for nid, name in names.items()}
    if not folder.is_dir():
        return {}
    newest: dict[str, Path] = {}
    for path in sorted(folder.glob("*.json"), key=lambda f: f.stat().st_mtime):
        rec_id = path.name[:-len(".json")]
        newest[rec_id.rsplit(".", 1)[0] if re.fullmatch(r".+\.[0-9a-f]{16}", rec_id) else rec_id] = path
    return {nid: load_record(path) for nid, path in sorted(newest.items())}


def sweep(home: Path, keep_store: set[str], keep_keyword: set[str]) -> None:
    """Delete store files and keyword folders that no kept generation names (and leftovers)."""
    for path in (home / "store").iterdir():
        if path.name not in keep_store:
            path.unlink(missing_ok=True)
    for path in (home / "keyword").iterdir():
        if f"keyword/{path.name}" not in keep_keyword:
            shutil.rmtree(path) if path.is_dir() else path.unlink(missing_ok=True)
