"""Index stage: notices -> sections -> chunks -> Chroma vectors + BM25 keywords + a manifest.

Layout under NOTICEQA_HOME:
    store/<notice id>.json   the notice, its sections and chunks (what answers quote)
    chroma/                  embedded Chroma (unless CHROMA_HOST is set)
    keyword/                 BM25 over jieba tokens
    cache/embeddings.sqlite  vectors by content hash
    manifest.json            embedding model, chunker version, corpus hash; written last

Example:
    >>> report = ingest([Path("corpus")], load_settings())
    >>> index = open_index(load_settings())
    >>> len(index.notices)
    5
"""
from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable

from retrieval import vectorstore
from retrieval.chunk import CHUNKER_VERSION, Chunk, chunk_notice
from retrieval.embed import EmbeddingCache, Embedder, get_embedder
from retrieval.errors import IndexStateError, InputError
from retrieval.keywords import KeywordIndex
from retrieval.load import Notice, iter_notice_files, load_notice
from retrieval.parse import Section, parse_sections
from retrieval.settings import Settings

INDEX_VERSION = 1
Progress = Callable[[str, int, int], None]  # (stage, done, total)


@dataclass(frozen=True)
class NoticeRecord:
    notice: Notice
    sections: tuple[Section, ...]
    chunks: tuple[Chunk, ...]


@dataclass(frozen=True)
class IngestReport:
    added: tuple[str, ...]
    updated: tuple[str, ...]
    unchanged: tuple[str, ...]
    removed: tuple[str, ...]
    chunks: int
    embedded: int          # chunks sent to the model (cache misses)
    seconds: float


@dataclass
class Index:
    settings: Settings
    manifest: dict
    records: dict[str, NoticeRecord]
    chunks: list[Chunk]                  # keyword index order
    keyword: KeywordIndex
    collection: object | None
    embedder: Embedder | None
    chunk_pos: dict[str, int] = field(default_factory=dict)

    @property
    def notices(self) -> list[Notice]:
        return [r.notice for r in self.records.values()]


def _record_from_notice(notice: Notice) -> NoticeRecord:
    sections = parse_sections(notice.text, notice.id)
    return NoticeRecord(notice, tuple(sections), tuple(chunk_notice(notice.id, notice.text, sections)))


def _save_record(folder: Path, rec: NoticeRecord) -> None:
    data = {"notice": asdict(rec.notice), "sections": [asdict(s) for s in rec.sections]}
    tmp = folder / f"{rec.notice.id}.json.tmp"
    tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    tmp.replace(folder / f"{rec.notice.id}.json")


def _load_record(path: Path) -> NoticeRecord:
    data = json.loads(path.read_text(encoding="utf-8"))
    notice = Notice(**data["notice"])
    sections = tuple(Section(**{**s, "path": tuple(s["path"])}) for s in data["sections"])
    return NoticeRecord(notice, sections, tuple(chunk_notice(notice.id, notice.text, list(sections))))


def corpus_hash(records: dict[str, NoticeRecord]) -> str:
    h = hashlib.sha256()
    for nid in sorted(records):
        h.update(f"{nid}:{records[nid].notice.sha};".encode())
    return h.hexdigest()[:16]


def read_manifest(settings: Settings) -> dict | None:
    path = settings.home / "manifest.json"
    if not path.is_file():
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return None


def manifest_problem(manifest: dict | None, settings: Settings) -> str:
    """'' when the index matches these settings, else why it does not."""
    if manifest is None:
        return "no index yet"
    if manifest.get("index_version") != INDEX_VERSION or manifest.get("chunker_version") != CHUNKER_VERSION:
        return "the index was built by another version of noticeqa"
    if manifest.get("embeddings") != settings.embeddings:
        return f"the index was built with embeddings {manifest.get('embeddings')!r}, settings say {settings.embeddings!r}"
    return ""


def _load_records(settings: Settings) -> dict[str, NoticeRecord]:
    folder = settings.home / "store"
    if not folder.is_dir():
        return {}
    return {p.stem: _load_record(p) for p in sorted(folder.glob("*.json"))}


def load_files(paths: list[Path], max_bytes: int) -> list[Notice]:
    """Load every file first; any bad file stops the ingest before the index is touched."""
    files = iter_notice_files(paths)
    if not files:
        raise InputError(f"no .txt/.html/.docx/.pdf files in {', '.join(map(str, paths))}",
                         "没有找到可导入的通报文件（支持 .txt、.html、.docx、.pdf）。")
    by_id: dict[str, Path] = {}
    for f in files:  # a notice's id is its file stem: two files with one stem would lose one notice
        other = by_id.setdefault(f.stem, f)
        if other.resolve() != f.resolve():
            raise InputError(f"{other.name} and {f.name} would both be notice {f.stem!r}; rename one of them",
                             f"《{other.name}》和《{f.name}》文件名相同（扩展名不同），请改名后再导入。")
    return [load_notice(f, max_bytes) for f in by_id.values()]  # a file named twice is loaded once


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
    notices = load_files(paths, settings.max_upload_mb * 1024 * 1024) if paths else []
    manifest = read_manifest(settings)
    full = rebuild or bool(manifest_problem(manifest, settings))  # missing, interrupted or mismatched
    old = _load_records(settings)
    records = dict(old)
    added, updated, unchanged = [], [], []
    for n in notices:
        prev = old.get(n.id)
        if prev is not None and prev.notice == n:
            unchanged.append(n.id)
            continue
        (updated if prev is not None else added).append(n.id)
        records[n.id] = _record_from_notice(n)
    removed = [nid for nid in remove if nid in records]
    for nid in remove:
        if nid not in records:
            raise InputError(f"unknown document {nid!r}; list them with `python app.py ledger`",
                             f"知识库中没有文档 {nid}。")
        records.pop(nid)
    changed = added + updated
    if not changed and not removed and not full:
        return IngestReport((), (), tuple(unchanged), (), manifest.get("chunks", 0), 0, time.perf_counter() - t0)

    home = settings.home
    (home / "store").mkdir(parents=True, exist_ok=True)
    marker = home / "manifest.json"
    if marker.exists():
        marker.unlink()  # an interrupted ingest leaves no manifest: the next ingest rebuilds
    all_chunks = [c for nid in sorted(records) for c in records[nid].chunks]
    embedder = get_embedder(settings.embeddings)
    embedded = 0
    collection = None
    if embedder is not None:
        collection = (vectorstore.reset_collection(settings) if full
                      else vectorstore.open_collection(settings, create=True))
    if embedder is not None:
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
        stale = [c.id for nid in updated + removed for c in old[nid].chunks]
        if stale and not full:
            vectorstore.delete(collection, stale)
        vectorstore.upsert(collection, [c.id for c in todo], vectors,
                           [{"notice_id": c.notice_id, "section": c.section_index} for c in todo])
    for nid in changed:
        _save_record(home / "store", records[nid])
    for nid in removed:
        (home / "store" / f"{nid}.json").unlink(missing_ok=True)
    if progress:
        progress("keyword", 0, 1)
    KeywordIndex.build([c.index_text for c in all_chunks]).save(home / "keyword")
    new_manifest = {
        "index_version": INDEX_VERSION, "chunker_version": CHUNKER_VERSION, "embeddings": settings.embeddings,
        "corpus_hash": corpus_hash(records), "notices": {nid: r.notice.sha for nid, r in sorted(records.items())},
        "chunks": len(all_chunks), "chunk_ids": [c.id for c in all_chunks],
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%S"),
    }
    tmp = home / "manifest.json.tmp"
    tmp.write_text(json.dumps(new_manifest, ensure_ascii=False), encoding="utf-8")
    tmp.replace(marker)
    return IngestReport(tuple(added), tuple(updated), tuple(unchanged), tuple(removed), len(all_chunks),
                        embedded, time.perf_counter() - t0)


OPEN_WAIT_S = 30.0  # how long open_index waits for a running ingest before giving up


def _shared_lock(settings: Settings, wait: float = OPEN_WAIT_S):
    """Share the ingest lock while reading, so no ingest rewrites files under a reader; a running
    ingest is waited for (up to `wait` s). Returns the open handle, or None (no home, read-only, busy)."""
    if not settings.home.is_dir():
        return None
    try:
        handle = open(settings.home / ".ingest.lock", "a")
    except OSError:
        return None
    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(handle, fcntl.LOCK_SH | fcntl.LOCK_NB)
            return handle
        except BlockingIOError:
            if time.monotonic() >= deadline:
                handle.close()
                return None
            time.sleep(0.1)


def open_index(settings: Settings) -> Index:
    """Open the index for searching; refuses one that is missing or built with other settings.

    Waits for a running ingest to finish, then reads a consistent index."""
    handle = _shared_lock(settings)
    try:
        return _open_index(settings, busy=handle is None and settings.home.is_dir())
    finally:
        if handle is not None:
            handle.close()  # closing releases the lock


def _open_index(settings: Settings, busy: bool) -> Index:
    manifest = read_manifest(settings)
    problem = manifest_problem(manifest, settings)
    if manifest is None and any((settings.home / "store").glob("*.json")):
        problem = "rebuild needed: the last ingest did not finish"
    if problem and busy:
        raise IndexStateError(f"an ingest is still running after {OPEN_WAIT_S:.0f} s; ask again when it finishes",
                              "知识库正在更新，请稍后再试。")
    if problem:
        raise IndexStateError(
            f"{problem}; run `python app.py ingest` to (re)build the index",
            "索引不存在或与当前设置不一致，请在“知识库”中点击“重建索引”（或运行 python app.py ingest）。")
    records = _load_records(settings)
    if corpus_hash(records) != manifest["corpus_hash"]:
        raise IndexStateError("the stored notices do not match the manifest; run `python app.py ingest`",
                              "索引文件不完整，请重建索引。")
    by_id = {c.id: c for r in records.values() for c in r.chunks}
    try:
        chunks = [by_id[cid] for cid in manifest["chunk_ids"]]
        keyword = KeywordIndex.load(settings.home / "keyword", len(chunks))
    except (KeyError, OSError, ValueError):
        raise IndexStateError("the keyword index is damaged; run `python app.py ingest`",
                              "关键词索引已损坏，请重建索引。") from None
    embedder = get_embedder(settings.embeddings)
    collection = vectorstore.open_collection(settings) if embedder else None
    return Index(settings, manifest, records, chunks, keyword, collection, embedder,
                 {c.id: i for i, c in enumerate(chunks)})
