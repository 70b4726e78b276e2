"""Ingest: files -> notices -> sections -> chunks -> Chroma vectors + BM25 keywords + a manifest
(the next index generation; retrieval/index/opened.py opens it for searching).

Layout under NOTICEQA_HOME (one "generation" per changing ingest):
    store/<id>.<hash>.json   a notice and its sections (what answers quote); never overwritten
    keyword/g<N>/            BM25 over jieba tokens of generation N
    chroma/                  embedded Chroma (unless CHROMA_HOST is set); vectors by content id
    cache/embeddings.sqlite  vectors by content hash
    manifest.json            the current generation: which store files, keyword dir, collection;
                             replaced atomically as the last step of an ingest

Readers open whatever the manifest names, so a question asked during an ingest is answered
from the previous generation, and an ingest killed at any point leaves that generation intact.

Example:
    >>> report = ingest([Path("corpus")], load_settings())
    >>> len(report.added + report.updated + report.unchanged)
    5
"""
from __future__ import annotations

import contextlib
import fcntl
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from retrieval.chunk import CHUNKER_VERSION
from retrieval.embed import EmbeddingCache, get_embedder
from retrieval.errors import InputError
from retrieval.index import vectors as vectorstore
from retrieval.index.identity import place_beside
from retrieval.index.keywords import KeywordIndex
from retrieval.index.notices import (
    NoticeRecord,
    corpus_hash,
    record_from_notice,
    save_record,
    sweep,
)
from retrieval.index.opened import (
    INDEX_VERSION,
    load_generation_records,
    manifest_problem,
    read_manifest,
    vector_id,
)
from retrieval.index.upkeep import (
    drop_leftovers,
    vector_upkeep,
    write_manifest,
)
from retrieval.load import (
    Limits,
    Notice,
    PdfOptions,
    check_expansion,
    load_notice,
    scan_notice_files,
)
from retrieval.settings import Settings

Progress = Callable[[str, int, int], None]  # (stage, done, total)


@dataclass(frozen=True)
class IngestReport:
    added: tuple[str, ...]
    updated: tuple[str, ...]
    unchanged: tuple[str, ...]
    removed: tuple[str, ...]
    chunks: int
    embedded: int          # chunks sent to the model (cache misses)
    seconds: float
    skipped: tuple[str, ...] = ()  # unsupported files found inside the given folders (not loaded)
    beside: tuple[tuple[str, str], ...] = ()  # (file name, new id): another notice under a taken name, added beside it
    held_as: tuple[tuple[str, str], ...] = ()  # (file name, doc name of the notice it is held as) per file loaded


def limits_of(settings: Settings) -> Limits:
    """The per-file expansion limits the settings name (chunks are checked in `_ingest`)."""
    return Limits(settings.max_unpacked_mb * 1024 * 1024, settings.max_chars, settings.max_pages)


def read_options(settings: Settings, progress: Progress | None = None) -> PdfOptions:
    """How scanned pages and images are read under these settings; OCR progress is stage "ocr" (pages)."""
    def pages(done: int, total: int) -> None:
        progress("ocr", done, total)
    return PdfOptions(settings.ocr, settings.ocr_max_pages, settings.home / "cache" / "ocr.sqlite",
                      pages if progress else None, settings.pdf_text)


def load_files(paths: list[Path], max_bytes: int, limits: Limits = Limits(), options: PdfOptions | None = None,
               libreoffice: str = "soffice", ofd: str = "ofdkit",
               html_extract: str = "rules") -> tuple[list[Notice], list[Path]]:
    """Load every file first (any bad file stops the ingest before the index is touched);
    also returns the unsupported files skipped inside folders."""
    files, skipped = scan_notice_files(paths)
    if not files:
        raise InputError(f"no .txt/.html/.docx/.pdf/.ofd files in {', '.join(map(str, paths))}",
                         "没有找到可导入的通报文件（支持 .txt、.html、.docx、.doc、.wps、.pdf、.ofd 和图片）。")
    by_id: dict[str, Path] = {}
    for f in files:  # a notice's id is its file stem: two files with one stem would lose one notice
        other = by_id.setdefault(f.stem, f)
        if other.resolve() != f.resolve():
            raise InputError(f"{other.name} and {f.name} would both be notice {f.stem!r}; rename one of them",
                             f"《{other.name}》和《{f.name}》文件名相同（扩展名不同），请改名后再导入。")
    return ([load_notice(f, max_bytes, limits, options, libreoffice, ofd, html_extract)
             for f in by_id.values()],  # a file named
            skipped)                                                                            # twice: loaded once


@contextlib.contextmanager
def ingest_lock(settings: Settings):
    """One ingest at a time per NOTICEQA_HOME (a second one waits)."""
    settings.home.mkdir(parents=True, exist_ok=True)
    with open(settings.home / ".ingest.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def ingest(paths: list[Path], settings: Settings, progress: Progress | None = None,
           remove: tuple[str, ...] = (), rebuild: bool = False) -> IngestReport:
    """Add or update notices (and drop `remove` ids); unchanged notices cost no embedding."""
    with ingest_lock(settings):
        return _ingest(paths, settings, progress, remove, rebuild)


def _ingest(paths: list[Path], settings: Settings, progress: Progress | None,
            remove: tuple[str, ...], rebuild: bool) -> IngestReport:
    t0 = time.perf_counter()
    notices, skipped = (load_files(paths, settings.max_upload_mb * 1024 * 1024, limits_of(settings),
                                   read_options(settings, progress), settings.libreoffice, settings.ofd,
                                   settings.html_extract) if paths else ([], []))
    skipped_names = tuple(str(f) for f in skipped)
    manifest = read_manifest(settings)
    full = rebuild or bool(manifest_problem(manifest, settings))  # missing, older or another model
    old = load_generation_records(settings, manifest)
    if full:  # parse stored notices again: the parser or chunker may have changed since
        old = {nid: record_from_notice(rec.notice) for nid, rec in old.items()}
    records = dict(old)
    added, updated, unchanged, beside, held_as = [], [], [], [], []
    for n in notices:
        placed = place_beside(n, {nid: r.notice for nid, r in records.items()})
        held_as.append((n.doc, placed.doc))
        if placed is not n:  # another notice under a taken file name: added beside it, never replacing it
            beside.append((n.doc, placed.id))
            n = placed
        prev = old.get(n.id)
        if prev is not None and prev.notice == n:
            unchanged.append(n.id)
            continue
        record = record_from_notice(n)
        check_expansion(Path(n.doc), "chunks", len(record.chunks), settings.max_chunks)  # before any embedding
        (updated if prev is not None else added).append(n.id)
        records[n.id] = record
    removed = [nid for nid in remove if nid in records]
    for nid in remove:
        if nid not in records:
            raise InputError(f"unknown document {nid!r}; list them with `python app.py ledger`",
                             f"知识库中没有文档 {nid}。")
        records.pop(nid)
    changed = added + updated
    if not changed and not removed and not full:
        _sweep_unchanged(settings, manifest, records)  # what a stopped ingest left behind goes even now
        return IngestReport((), (), tuple(unchanged), (), manifest.get("chunks", 0), 0, time.perf_counter() - t0,
                            skipped_names, tuple(beside), tuple(held_as))

    # Build the next generation beside the current one; readers keep using the current one
    # until the manifest is replaced (the last step), so a crash at any point leaves it intact.
    home = settings.home
    (home / "store").mkdir(parents=True, exist_ok=True)
    generation = (manifest or {}).get("generation", 0) + 1
    kept = {} if full else manifest.get("store", {})  # unchanged notices keep their files
    store = {nid: kept[nid] if nid in kept and nid not in changed else save_record(home / "store", records[nid])
             for nid in sorted(records)}
    all_chunks = [c for nid in sorted(records) for c in records[nid].chunks]
    embedder = get_embedder(settings.embeddings)
    embedded, collection, stray, deleted = 0, None, [], 0
    name = _collection_to_use(settings, None if full else manifest)
    if embedder is not None:
        collection = vectorstore.open_collection(settings, name, create=True, fresh=True)
        cache = EmbeddingCache(home / "cache" / "embeddings.sqlite")
        todo = all_chunks if full else [c for nid in changed for c in records[nid].chunks]
        done = [0]

        def step(n: int) -> None:
            done[0] += n
            if progress:
                progress("embed", done[0], len(todo))

        vectors = cache.embed(embedder, [c.index_text for c in todo], step)
        embedded = cache.misses
        cache.close()
        vectorstore.upsert(collection, [vector_id(c) for c in todo], vectors,
                           [{"notice_id": c.notice_id, "section": c.section_index} for c in todo])
        collection, stray, deleted = vector_upkeep(settings, collection, {vector_id(c) for c in all_chunks},
                                                   (manifest or {}).get("deleted_vectors", 0), generation)
    if progress:
        progress("keyword", 0, 1)
    keyword_dir = f"keyword/g{generation:06d}"
    KeywordIndex.build([c.index_text for c in all_chunks]).save(home / keyword_dir)
    new_manifest = {
        "index_version": INDEX_VERSION, "chunker_version": CHUNKER_VERSION, "embeddings": settings.embeddings,
        "generation": generation, "corpus_hash": corpus_hash(records),
        "notices": {nid: r.notice.sha for nid, r in sorted(records.items())}, "store": store,
        "keyword_dir": keyword_dir, "collection": collection.name if collection is not None else None,
        "deleted_vectors": deleted, "chunks": len(all_chunks), "chunk_ids": [c.id for c in all_chunks],
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%S"),
    }
    write_manifest(home, new_manifest)
    _collect_garbage(settings, new_manifest, manifest, stray, collection)
    return IngestReport(tuple(added), tuple(updated), tuple(unchanged), tuple(removed), len(all_chunks),
                        embedded, time.perf_counter() - t0, skipped_names, tuple(beside), tuple(held_as))


def _collection_to_use(settings: Settings, manifest: dict | None) -> str:
    """The collection the manifest names (a compacted one) when it is this deployment's and model's."""
    base = vectorstore.collection_name(settings)
    named = (manifest or {}).get("collection") or ""
    return named if named == base or named.startswith(base + "-c") else base


def _collect_garbage(settings: Settings, new: dict, previous: dict | None, stray: list[str],
                     collection) -> None:
    """After the manifest swap: keep the files of the new and the previous generation (a reader may
    have just read the previous manifest), delete older ones, stray vectors, replaced collections."""
    kept = [m for m in (new, previous) if m and m.get("index_version") == INDEX_VERSION]
    sweep(settings.home, {name for m in kept for name in m["store"].values()}, {m["keyword_dir"] for m in kept})
    if collection is not None:
        vectorstore.delete(collection, stray)
    drop_leftovers(settings, collection.name if collection is not None else None)


def _sweep_unchanged(settings: Settings, manifest: dict, records: dict[str, NoticeRecord]) -> None:
    """An ingest that changes nothing still deletes stray vectors (of a stopped ingest), compacts the
    collection when due and removes half-written files."""
    if not manifest.get("collection") or settings.embeddings == "none":
        drop_leftovers(settings, None)
        return
    collection = vectorstore.open_collection(settings, manifest["collection"], create=True, fresh=True)
    live = {vector_id(c) for r in records.values() for c in r.chunks}
    fresh, stray, deleted = vector_upkeep(settings, collection, live, manifest.get("deleted_vectors", 0),
                                          manifest["generation"])
    if fresh is not collection or deleted != manifest.get("deleted_vectors", 0):
        write_manifest(settings.home, {**manifest, "collection": fresh.name, "deleted_vectors": deleted})
    vectorstore.delete(collection, stray)
    drop_leftovers(settings, fresh.name)
