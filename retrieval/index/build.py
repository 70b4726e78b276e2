"""Index stage: notices -> sections -> chunks -> Chroma vectors + BM25 keywords + a manifest.

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
    >>> index = open_index(load_settings())
    >>> len(index.notices)
    5
"""
from __future__ import annotations

import contextlib
import fcntl
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np

from retrieval.chunk import CHUNKER_VERSION, Chunk
from retrieval.embed import Embedder, EmbeddingCache, get_embedder
from retrieval.errors import IndexStateError, InputError
from retrieval.index import vectors as vectorstore
from retrieval.index.identity import place_beside
from retrieval.index.keywords import KeywordIndex
from retrieval.index.notices import (
    NoticeRecord,
    corpus_hash,
    load_records,
    record_from_notice,
    save_record,
    sweep,
)
from retrieval.index.upkeep import (
    drop_leftovers,
    read_manifest_file,
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

INDEX_VERSION = 2
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


@dataclass
class Index:
    settings: Settings
    manifest: dict
    records: dict[str, NoticeRecord]
    chunks: list[Chunk]                  # keyword index order
    keyword: KeywordIndex
    collection: object | None
    embedder: Embedder | None
    chunk_pos: dict[str, int] = field(init=False)   # chunk id -> position in `chunks`
    vector_pos: dict[str, int] = field(init=False)  # vector id -> position in `chunks`
    vector_ids: list[str] = field(init=False)       # position in `chunks` -> vector id

    def __post_init__(self) -> None:
        self.chunk_pos = {c.id: i for i, c in enumerate(self.chunks)}
        self.vector_ids = [vector_id(c) for c in self.chunks]
        self.vector_pos = {vid: i for i, vid in enumerate(self.vector_ids)}
        codes = {nid: i for i, nid in enumerate(self.records)}
        self._chunk_notice = np.array([codes[c.notice_id] for c in self.chunks], dtype=np.int32)
        self._codes = codes

    def chunk_mask(self, notice_ids: set[str]) -> np.ndarray:
        """1.0 for the chunks of these notices, 0.0 elsewhere (in `chunks` order)."""
        wanted = np.array([self._codes[n] for n in notice_ids if n in self._codes], dtype=np.int32)
        return np.isin(self._chunk_notice, wanted).astype(np.float32)

    @property
    def notices(self) -> list[Notice]:
        return [r.notice for r in self.records.values()]


def read_manifest(settings: Settings) -> dict | None:
    """The current manifest (its backup when manifest.json is damaged); None when there is none."""
    return read_manifest_file(settings.home)


def manifest_problem(manifest: dict | None, settings: Settings) -> str:
    """'' when the index matches these settings, else why it does not."""
    if manifest is None:
        return "no index yet"
    if manifest.get("index_version") != INDEX_VERSION or manifest.get("chunker_version") != CHUNKER_VERSION:
        return "the index was built by another version of noticeqa"
    if manifest.get("embeddings") != settings.embeddings:
        return f"the index was built with embeddings {manifest.get('embeddings')!r}, settings say {settings.embeddings!r}"
    return ""


def _load_records(settings: Settings, manifest: dict | None) -> dict[str, NoticeRecord]:
    """The notices a manifest of this version names, else every notice found in the store."""
    usable = manifest if manifest and manifest.get("index_version") == INDEX_VERSION else None
    return load_records(settings.home / "store", usable["store"] if usable else None)


def limits_of(settings: Settings) -> Limits:
    """The per-file expansion limits the settings name (chunks are checked in `_ingest`)."""
    return Limits(settings.max_unpacked_mb * 1024 * 1024, settings.max_chars, settings.max_pages)


def read_options(settings: Settings, progress: Progress | None = None) -> PdfOptions:
    """How scanned pages and images are read under these settings; OCR progress is stage "ocr" (pages)."""
    def pages(done: int, total: int) -> None:
        progress("ocr", done, total)
    return PdfOptions(settings.ocr, settings.ocr_max_pages, settings.home / "cache" / "ocr.sqlite",
                      pages if progress else None)


def load_files(paths: list[Path], max_bytes: int, limits: Limits = Limits(), options: PdfOptions | None = None,
               libreoffice: str = "soffice", html_extract: str = "rules") -> tuple[list[Notice], list[Path]]:
    """Load every file first (any bad file stops the ingest before the index is touched);
    also returns the unsupported files skipped inside folders."""
    files, skipped = scan_notice_files(paths)
    if not files:
        raise InputError(f"no .txt/.html/.docx/.pdf files in {', '.join(map(str, paths))}",
                         "没有找到可导入的通报文件（支持 .txt、.html、.docx、.pdf）。")
    by_id: dict[str, Path] = {}
    for f in files:  # a notice's id is its file stem: two files with one stem would lose one notice
        other = by_id.setdefault(f.stem, f)
        if other.resolve() != f.resolve():
            raise InputError(f"{other.name} and {f.name} would both be notice {f.stem!r}; rename one of them",
                             f"《{other.name}》和《{f.name}》文件名相同（扩展名不同），请改名后再导入。")
    return ([load_notice(f, max_bytes, limits, options, libreoffice, html_extract) for f in by_id.values()],  # a file named
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
                                   read_options(settings, progress), settings.libreoffice, settings.html_extract)
                       if paths else ([], []))
    skipped_names = tuple(str(f) for f in skipped)
    manifest = read_manifest(settings)
    full = rebuild or bool(manifest_problem(manifest, settings))  # missing, older or another model
    old = _load_records(settings, manifest)
    if full:  # parse stored notices again: the parser or chunker may have changed since
        old = {nid: record_from_notice(rec.notice) for nid, rec in old.items()}
    records = dict(old)
    added, updated, unchanged, beside = [], [], [], []
    for n in notices:
        placed = place_beside(n, {nid: r.notice for nid, r in records.items()})
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
                            skipped_names, tuple(beside))

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
        collection = vectorstore.open_collection(settings, name, create=True)
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
                        embedded, time.perf_counter() - t0, skipped_names, tuple(beside))


def vector_id(chunk: Chunk) -> str:
    return vectorstore.vector_id(chunk.id, chunk.index_text)


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
    collection = vectorstore.open_collection(settings, manifest["collection"], create=True)
    live = {vector_id(c) for r in records.values() for c in r.chunks}
    fresh, stray, deleted = vector_upkeep(settings, collection, live, manifest.get("deleted_vectors", 0),
                                          manifest["generation"])
    if fresh is not collection or deleted != manifest.get("deleted_vectors", 0):
        write_manifest(settings.home, {**manifest, "collection": fresh.name, "deleted_vectors": deleted})
    vectorstore.delete(collection, stray)
    drop_leftovers(settings, fresh.name)


def open_index(settings: Settings, attempts: int = 3) -> Index:
    """Open the current index generation for searching; refuses one that is missing or built
    with other settings. Never waits for a running ingest: it reads the last finished one."""
    for _ in range(attempts):
        manifest = read_manifest(settings)
        try:
            return _open_index(settings, manifest)
        except IndexStateError:
            if read_manifest(settings) == manifest:
                raise  # a real problem, not two ingests finishing while we read
    raise IndexStateError("the index kept changing while it was being read; ask again",
                          "知识库正在频繁更新，请稍后再试。")


def _open_index(settings: Settings, manifest: dict | None) -> Index:
    problem = manifest_problem(manifest, settings)
    if manifest is None and (settings.home / "store").is_dir() and any((settings.home / "store").glob("*.json")):
        problem = "rebuild needed: the first ingest did not finish"
    if problem:
        raise IndexStateError(
            f"{problem}; run `python app.py ingest` to (re)build the index",
            "索引不存在或与当前设置不一致，请在“知识库”中点击“重建索引”（或运行 python app.py ingest）。")
    try:
        records = _load_records(settings, manifest)
    except (OSError, KeyError, ValueError):
        raise IndexStateError("stored notices are missing or damaged; run `python app.py ingest --rebuild`",
                              "索引文件不完整，请重建索引。") from None
    if corpus_hash(records) != manifest["corpus_hash"]:
        raise IndexStateError("the stored notices do not match the manifest; run `python app.py ingest`",
                              "索引文件不完整，请重建索引。")
    by_id = {c.id: c for r in records.values() for c in r.chunks}
    try:
        chunks = [by_id[cid] for cid in manifest["chunk_ids"]]
        keyword = KeywordIndex.load(settings.home / manifest["keyword_dir"], len(chunks))
    except (KeyError, OSError, ValueError):
        raise IndexStateError("the keyword index is damaged; run `python app.py ingest`",
                              "关键词索引已损坏，请重建索引。") from None
    embedder = get_embedder(settings.embeddings)
    collection = vectorstore.open_collection(settings, manifest["collection"]) if embedder else None
    return Index(settings, manifest, records, chunks, keyword, collection, embedder)
