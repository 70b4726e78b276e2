"""Baselines run on the same questions, scored by the same metrics:

- `bm25`: plain BM25 (jieba tokens) over fixed 300-character chunks;
- `dense`: our section-aware chunks, dense vectors only (no keywords, no scoping, no windows);
- `naive`: a plain LangChain pipeline: RecursiveCharacterTextSplitter (300/50) + langchain-chroma
  with the same embeddings.

Each "answer" is the sentence of the top chunk sharing most question tokens, cited verbatim.

Example:
    >>> rows, metrics = run_baseline("bm25", index, items, k=5)
"""
from __future__ import annotations

import time
from typing import Callable

import numpy as np

from eval.metrics import aggregate, score_result
from retrieval.chunk import sentence_spans
from retrieval.embed import EmbeddingCache
from retrieval.index import vectors as vectorstore
from retrieval.index.keywords import KeywordIndex, tokenize

WIDTH = 300


def fixed_chunks(index) -> list[tuple[str, int, int]]:
    """(doc, start, end) windows of WIDTH characters over every notice's cleaned text."""
    out = []
    for rec in index.records.values():
        text = rec.notice.text
        out += [(rec.notice.doc, a, min(a + WIDTH, len(text))) for a in range(0, len(text), WIDTH)]
    return out


Retriever = Callable[[str, int], list[tuple[str, int, int, float]]]  # question, n -> (doc, start, end, score)


def _bm25_retriever(index) -> Retriever:
    texts = {r.notice.doc: r.notice.text for r in index.records.values()}
    chunks = fixed_chunks(index)
    kw = KeywordIndex.build([texts[d][a:b] for d, a, b in chunks])

    def retrieve(question: str, n: int):
        scores = kw.scores(question)
        return [(*chunks[int(i)], float(scores[i])) for i in np.argsort(-scores)[:n]]
    return retrieve


def _dense_retriever(index) -> Retriever:

    def retrieve(question: str, n: int):
        found = vectorstore.query(index.collection, index.embedder.embed_query(question), n)
        chunks = [(index.chunks[index.vector_pos[vid]], sim) for vid, sim in found if vid in index.vector_pos]
        return [(index.records[c.notice_id].notice.doc, c.start, c.end, sim) for c, sim in chunks]
    return retrieve


def _naive_langchain_retriever(index) -> Retriever:
    """RecursiveCharacterTextSplitter + langchain-chroma (in memory), our embeddings via the cache."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings
    from langchain_chroma import Chroma
    from langchain_core.embeddings import Embeddings
    from langchain_text_splitters import RecursiveCharacterTextSplitter
    cache = EmbeddingCache(index.settings.home / "cache" / "embeddings.sqlite")

    class CachedEmbeddings(Embeddings):
        def embed_documents(self, texts):
            return cache.embed(index.embedder, list(texts)).tolist()

        def embed_query(self, text):
            return index.embedder.embed_query(text).tolist()

    splitter = RecursiveCharacterTextSplitter(chunk_size=WIDTH, chunk_overlap=50, add_start_index=True,
                                              separators=["\n\n", "\n", "。", "；", "，", ""])
    client = chromadb.EphemeralClient(settings=ChromaSettings(anonymized_telemetry=False))
    store = Chroma(collection_name=f"naive{time.time_ns()}", embedding_function=CachedEmbeddings(), client=client,
                   collection_metadata={"hnsw:space": "cosine"})
    docs = []
    for rec in index.records.values():
        for d in splitter.create_documents([rec.notice.text], metadatas=[{"doc": rec.notice.doc}]):
            d.metadata["end"] = d.metadata["start_index"] + len(d.page_content)
            docs.append(d)
    for i in range(0, len(docs), 4000):  # Chroma caps one batch
        part = docs[i:i + 4000]
        store.add_documents(part, ids=[f"{d.metadata['doc']}:{d.metadata['start_index']}" for d in part])

    def retrieve(question: str, n: int):
        return [(d.metadata["doc"], d.metadata["start_index"], d.metadata["end"], 1.0 - float(dist))
                for d, dist in store.similarity_search_with_score(question, k=n)]
    return retrieve


RETRIEVERS = {"bm25": (_bm25_retriever, "bm25-300"), "dense": (_dense_retriever, "dense-only"),
              "naive": (_naive_langchain_retriever, "langchain-naive")}


def run_baseline(name: str, index, items: list[dict], k: int = 5) -> tuple[list[dict], dict]:
    """Run one baseline over the items; (rows, metrics) like eval.harness.run_eval."""
    make, mode = RETRIEVERS[name]
    retrieve = make(index)
    texts = {r.notice.doc: r.notice.text for r in index.records.values()}
    titles = {r.notice.doc: r.notice.title for r in index.records.values()}
    rows = []
    for item in items:
        t0 = time.perf_counter()
        found = retrieve(item["question"], max(k, 10))
        contexts = [{"rank": r + 1, "doc": doc, "section": "", "text": texts[doc][a:b], "score": round(sc, 4)}
                    for r, (doc, a, b, sc) in enumerate(found)]
        q = set(tokenize(item["question"]))
        citations, answer = [], ""
        if found:
            doc, a, b, _ = found[0]
            spans = sentence_spans(texts[doc], a, b)
            if spans:
                s, e = max(spans, key=lambda se: len(q & set(tokenize(texts[doc][se[0]:se[1]]))))
                answer = texts[doc][s:e] + "[1]"
                citations = [{"n": 1, "doc": doc, "title": titles[doc], "section": "", "quote": texts[doc][s:e],
                              "start": s, "end": e}]
        out = {"question": item["question"], "answer": answer, "abstained": False, "citations": citations,
               "contexts": contexts, "latency_ms": (time.perf_counter() - t0) * 1000, "mode": mode}
        rows.append({"id": item["id"], "type": item["type"], "split": item.get("split", ""), **out, "scores": score_result(item, out, k, texts)})
    return rows, aggregate(rows)
