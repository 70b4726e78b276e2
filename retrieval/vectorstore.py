"""Chroma access: embedded PersistentClient under NOTICEQA_HOME, or a `chroma run` server.

We always pass our own vectors; the collection is created with cosine space and
without an embedding function, and no call here passes text to be embedded, so
Chroma's default (downloading) model is never touched.

Example:
    >>> col = open_collection(load_settings())
    >>> col.count()
    523
"""
from __future__ import annotations

import numpy as np

from retrieval.errors import IndexStateError
from retrieval.settings import Settings

COLLECTION = "noticeqa_chunks"


def chroma_client(settings: Settings):
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
    return chromadb.PersistentClient(path=str(path), settings=chroma_settings)


def open_collection(settings: Settings, create: bool = False):
    client = chroma_client(settings)
    if create:
        return client.get_or_create_collection(COLLECTION, embedding_function=None,
                                               configuration={"hnsw": {"space": "cosine"}})
    try:
        return client.get_collection(COLLECTION, embedding_function=None)
    except Exception:
        raise IndexStateError("the vector store has no notices; run `python app.py ingest`",
                              "向量库中还没有通报，请先在“知识库”中导入通报。") from None


def reset_collection(settings: Settings):
    """Drop and recreate the collection (a new embedding model may have another dimension)."""
    client = chroma_client(settings)
    try:
        client.delete_collection(COLLECTION)
    except Exception:
        pass  # there was none
    return open_collection(settings, create=True)


def upsert(collection, ids: list[str], vectors: np.ndarray, metadatas: list[dict], batch: int = 1000) -> None:
    for i in range(0, len(ids), batch):
        collection.upsert(ids=ids[i:i + batch], embeddings=vectors[i:i + batch].tolist(),
                          metadatas=metadatas[i:i + batch])


def delete(collection, ids: list[str], batch: int = 1000) -> None:
    for i in range(0, len(ids), batch):
        collection.delete(ids=ids[i:i + batch])


def query(collection, vector: np.ndarray, k: int, notice_ids: list[str] | None = None) -> list[tuple[str, float]]:
    """(chunk id, cosine similarity) of the k nearest chunks, optionally within some notices."""
    where = None
    if notice_ids:
        where = {"notice_id": notice_ids[0]} if len(notice_ids) == 1 else {"notice_id": {"$in": notice_ids}}
    res = collection.query(query_embeddings=[vector.tolist()], n_results=k, where=where, include=["distances"])
    return [(cid, 1.0 - float(d)) for cid, d in zip(res["ids"][0], res["distances"][0])]
