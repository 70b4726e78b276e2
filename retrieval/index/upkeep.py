"""Index upkeep: the manifest and its backup, stray vectors, compaction, leftovers of stopped ingests.

- `write_manifest` writes manifest.bak.json, then swaps manifest.json in; `read_manifest_file` falls
  back to the backup when manifest.json is damaged, so a repair never brings back a deleted notice
  from the store files the previous generation still keeps.
- `vector_upkeep` finds the vectors no live chunk uses (a stopped ingest leaves them behind) and, when
  the vectors deleted since the last compaction exceed `settings.compact_share` of the live ones,
  copies the live vectors into a fresh collection: Chroma's HNSW files and its SQLite file never
  shrink when vectors are deleted (202 MB for 769 live vectors was measured).
- `drop_leftovers` deletes the stale collections, orphaned segment folders of the embedded store and
  half-written `*.tmp` files, and vacuums chroma.sqlite3 when most of it is free pages.

Example:
    >>> write_manifest(home, manifest)
    >>> read_manifest_file(home)["generation"]
    7
"""
from __future__ import annotations

import json
import re
import shutil
import sqlite3
from pathlib import Path

from retrieval.index import vectors as vectorstore
from retrieval.settings import Settings

REQUIRED = ("index_version", "generation", "store", "keyword_dir", "chunk_ids", "corpus_hash")
VACUUM_FREE_SHARE = 0.5   # vacuum chroma.sqlite3 when at least this share of its pages are free
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _read(path: Path) -> dict | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and all(k in data for k in REQUIRED) else None


def read_manifest_file(home: Path) -> dict | None:
    """manifest.json, or its backup when it is missing keys, not JSON or unreadable; None without either."""
    main = home / "manifest.json"
    if not main.exists():
        return None
    return _read(main) or _read(home / "manifest.bak.json")


def write_manifest(home: Path, manifest: dict) -> None:
    """Write the backup, then replace manifest.json atomically (the last step of an ingest)."""
    data = json.dumps(manifest, ensure_ascii=False)
    for name in ("manifest.bak.json", "manifest.json"):
        tmp = home / f"{name}.tmp"
        tmp.write_text(data, encoding="utf-8")
        tmp.replace(home / name)


def compacted_name(settings: Settings, generation: int) -> str:
    return f"{vectorstore.collection_name(settings)}-c{generation}"


def vector_upkeep(settings: Settings, collection, live: set[str], deleted_before: int,
                  generation: int) -> tuple[object, list[str], int]:
    """(collection to name in the manifest, stray vector ids to delete after the swap, deleted count).

    When compaction is due, the live vectors are copied into a new collection, which is returned
    with no stray ids (the old collection is dropped after the swap) and a count of 0.
    """
    stray = [i for i in vectorstore.all_ids(collection) if i not in live]
    deleted = deleted_before + len(stray)
    if not stray or deleted <= settings.compact_share * max(len(live), 1):
        return collection, stray, deleted
    fresh = vectorstore.open_collection(settings, compacted_name(settings, generation), create=True)
    ids = sorted(live)
    for i in range(0, len(ids), 1000):
        got = collection.get(ids=ids[i:i + 1000], include=["embeddings", "metadatas"])
        if len(got["ids"]):
            fresh.upsert(ids=list(got["ids"]), embeddings=[list(map(float, e)) for e in got["embeddings"]],
                         metadatas=got["metadatas"])
    return fresh, [], 0


def drop_leftovers(settings: Settings, keep_collection: str | None) -> None:
    """After the manifest swap: drop other collections of this deployment, orphaned segment folders,
    *.tmp files of stopped ingests; vacuum the embedded store when it is mostly free pages."""
    home = settings.home
    for path in [*home.glob("*.tmp"), *(home / "store").glob("*.tmp")]:
        path.unlink(missing_ok=True)
    if keep_collection is None:
        return
    vectorstore.drop_other_collections(settings, keep=keep_collection)
    if not settings.chroma_host:
        clean_embedded_store(home / "chroma")


def clean_embedded_store(folder: Path) -> None:
    """Delete segment folders Chroma no longer lists (it leaves them when a collection is deleted)
    and VACUUM chroma.sqlite3 when most pages are free. Best effort: a locked database is left as is."""
    db_path = folder / "chroma.sqlite3"
    if not db_path.is_file():
        return
    try:
        with sqlite3.connect(db_path, timeout=5) as db:
            live = {row[0] for row in db.execute("SELECT id FROM segments")}
            free, pages = db.execute("PRAGMA freelist_count").fetchone()[0], db.execute("PRAGMA page_count").fetchone()[0]
        for sub in folder.iterdir():
            if sub.is_dir() and _UUID.fullmatch(sub.name) and sub.name not in live:
                shutil.rmtree(sub, ignore_errors=True)
        if pages and free / pages >= VACUUM_FREE_SHARE:
            db = sqlite3.connect(db_path, timeout=5, isolation_level=None)
            try:
                db.execute("VACUUM")
            finally:
                db.close()
    except sqlite3.Error:
        pass
