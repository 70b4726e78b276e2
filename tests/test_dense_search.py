"""Dense search: exact in memory for an index of up to NOTICEQA_EXACT_DENSE_MAX vectors, Chroma's HNSW above.

Chroma's HNSW is approximate: on the 525 vectors of the seed index it found 47-48 of the true 50
nearest and, in one of two builds of the same vectors, not the nearest one at all; two builds
differ because the graph is built on several threads. Exact search returns the same neighbours
from every build.
"""
from __future__ import annotations

import numpy as np
import pytest

from answer.ask import ask
from retrieval.errors import ConfigError
from retrieval.index import vectors as vectorstore
from retrieval.index.opened import open_index
from retrieval.search.rank import CANDIDATES
from retrieval.settings import load_settings


def test_nearest_rows_are_exact_masked_and_break_ties_by_row():
    matrix = np.array([[1, 0], [0, 1], [1, 0], [0.6, 0.8]], dtype=np.float32)
    got = vectorstore.nearest_rows(matrix, np.array([2.0, 0.0]), 3)
    assert [r for r, _ in got] == [0, 2, 3]  # rows 0 and 2 tie: row order
    assert got[0][1] == pytest.approx(1.0) and got[2][1] == pytest.approx(0.6)
    mask = np.array([0, 1, 1, 0], dtype=np.float32)
    assert [r for r, _ in vectorstore.nearest_rows(matrix, np.array([2.0, 0.0]), 3, mask)] == [2, 1]


def test_exact_dense_max_is_a_checked_setting_said_at_start_up(tmp_path):
    settings = load_settings({"NOTICEQA_HOME": str(tmp_path)})
    assert settings.exact_dense_max == 20_000 and "dense search exact up to 20000" in settings.describe()
    off = load_settings({"NOTICEQA_HOME": str(tmp_path), "NOTICEQA_EXACT_DENSE_MAX": "0"})
    assert "dense search Chroma HNSW" in off.describe()
    with pytest.raises(ConfigError) as err:
        load_settings({"NOTICEQA_HOME": str(tmp_path), "NOTICEQA_EXACT_DENSE_MAX": "-1"})
    assert "NOTICEQA_EXACT_DENSE_MAX" in err.value.user_message


@pytest.mark.integration
def test_exact_search_holds_the_index_vectors_and_finds_what_chroma_finds(index, test_settings):
    """The in-memory rows are Chroma's vectors of this generation; the exact neighbours include
    nearly all of HNSW's, and the HNSW path (NOTICEQA_EXACT_DENSE_MAX=0) still answers."""
    assert index.dense is not None and index.dense.shape[0] == len(index.chunks)
    stored = vectorstore.read_vectors(index.collection, index.vector_ids[:3])
    assert np.allclose(stored, index.dense[:3])
    qv = index.embedder.embed_query("公务用车管理整改措施")
    exact = {index.vector_ids[r] for r, _ in vectorstore.nearest_rows(index.dense, qv, CANDIDATES)}
    approx = {vid for vid, _ in vectorstore.query(index.collection, qv, CANDIDATES)}
    assert len(exact & approx) >= 0.8 * CANDIDATES
    hnsw = open_index(load_settings({"NOTICEQA_HOME": str(test_settings.home), "NOTICEQA_EXACT_DENSE_MAX": "0"}))
    assert hnsw.dense is None
    answer = ask(hnsw, "2023年燃气旧管网改造了多少公里？")
    assert answer.contexts and not answer.abstained
