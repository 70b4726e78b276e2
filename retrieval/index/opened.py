"""An opened index generation (what searches and answers read) and how it is opened.

`open_index` reads the generation that manifest.json names (retrieval/index/build.py describes the
layout and how an ingest writes the next one). It never waits for a running ingest: it reads the
last finished generation, through a Chroma system of its own (see retrieval/index/vectors.py).

Example:
    >>> index = open_index(load_settings())
    >>> len(index.notices)
    5
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from retrieval.chunk import CHUNKER_VERSION, Chunk
from retrieval.embed import Embedder, get_embedder
from retrieval.errors import IndexStateError
from retrieval.index import vectors as vectorstore
from retrieval.index.keywords import KeywordIndex
from retrieval.index.notices import NoticeRecord, corpus_hash, load_records
from retrieval.index.upkeep import read_manifest_file
from retrieval.load import Notice
from retrieval.settings import Settings

INDEX_VERSION = 2


@dataclass
class Index:
    settings: Settings
    manifest: dict
    records: dict[str, NoticeRecord]
    chunks: list[Chunk]                  # keyword index order
    keyword: KeywordIndex
    collection: object | None
    embedder: Embedder | None
    dense: np.ndarray | None = None      # unit vectors in `chunks` order, when searched exactly (exact_dense_max)
    chunk_pos: dict[str, int] = field(init=False)   # chunk id -> position in `chunks`
    vector_pos: dict[str, int] = field(init=False)  # vector id -> position in `chunks`
    vector_ids: list[str] = field(init=False)       # position in `chunks` -> vector id
    holders: dict[str, int] = field(init=False, repr=False, compare=False)   # a word -> how many notices
    # write it, filled as asked (retrieval.search.place_words): the notices of a generation do not change

    def __post_init__(self) -> None:
        self.chunk_pos = {c.id: i for i, c in enumerate(self.chunks)}
        self.holders = {}
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


def load_generation_records(settings: Settings, manifest: dict | None) -> dict[str, NoticeRecord]:
    """The notices a manifest of this version names, else every notice found in the store."""
    usable = manifest if manifest and manifest.get("index_version") == INDEX_VERSION else None
    return load_records(settings.home / "store", usable["store"] if usable else None)


def vector_id(chunk: Chunk) -> str:
    """Id of the chunk's vector in Chroma (changes when its embedded text changes)."""
    return vectorstore.vector_id(chunk.id, chunk.index_text)


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
        records = load_generation_records(settings, manifest)
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
    collection = vectorstore.open_collection(settings, manifest["collection"], fresh=True) if embedder else None
    index = Index(settings, manifest, records, chunks, keyword, collection, embedder)
    if collection is not None and len(chunks) <= settings.exact_dense_max:
        index.dense = vectorstore.read_vectors(collection, index.vector_ids)
    return index
