"""Chinese keyword search: jieba tokens + BM25 (bm25s), persisted beside the vector store.

Example:
    >>> kw = KeywordIndex.build(["燃气管网改造", "供热质量"])
    >>> kw.scores("燃气改造").argmax()
    0
"""
from __future__ import annotations

import functools
import logging
import re
from pathlib import Path

import numpy as np

from genre.count_keywords import other_forms
from genre.figures import cn_value

_KEEP = re.compile(r"[\u4e00-\u9fff]|[A-Za-z0-9]")
STOPWORDS = frozenset(
    "的 了 和 与 及 等 在 是 对 为 把 将 有 中 上 下 了 吗 呢 吧 啊 么 什么 哪些 哪个 多少 怎么 怎样 如何 "
    "是否 有没有 一下 请问 关于 进行 方面 情况 问题 哪 几 个 这 那 这些 那些 我 我们 你 他 其 之 于 也 都 还 又 就 "
    "做 做了 采取 采取了 了哪些 具体 主要 通报 里 里面".split())

GLUED = frozenset("是的了在和与把被向给对由")   # particles jieba glues to a word it does not know (赖志鸿是)


@functools.lru_cache(maxsize=1)
def _jieba():
    import jieba
    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba


def tokenize(text: str) -> list[str]:
    """jieba search-mode tokens without punctuation and stopwords."""
    return [t for t in _jieba().lcut_for_search(text) if _KEEP.search(t) and t not in STOPWORDS]


def person_names(text: str) -> list[str]:
    """Personal names in TEXT, as jieba's part-of-speech tagger marks them (nr).

    >>> person_names("广州市人民政府副市长  赖志鸿"), person_names("市委分管领导任领导小组第一组长")
    (['赖志鸿'], [])
    """
    _jieba()
    import jieba.posseg   # loaded with jieba's dictionary on first use (start-up time)
    return [w for w, flag in jieba.posseg.cut(text) if flag.startswith("nr") and len(w) >= 2]


class KeywordIndex:
    def __init__(self, retriever, size: int):
        self.retriever = retriever
        self.size = size

    @classmethod
    def build(cls, texts: list[str]) -> "KeywordIndex":
        import bm25s
        retriever = bm25s.BM25()
        retriever.index([tokenize(t) or ["∅"] for t in texts], show_progress=False)
        return cls(retriever, len(texts))

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.retriever.save(str(folder), show_progress=False)

    @classmethod
    def load(cls, folder: Path, size: int) -> "KeywordIndex":
        import bm25s
        return cls(bm25s.BM25.load(str(folder), show_progress=False, mmap=False), size)

    def doc_freq(self, token: str) -> int:
        """How many indexed texts hold `token` (read off the BM25 matrix, no re-tokenising)."""
        tid = self.retriever.vocab_dict.get(token)
        if tid is None:
            return 0
        indptr = self.retriever.scores["indptr"]
        return int(indptr[tid + 1] - indptr[tid])

    def known(self, token: str) -> str:
        """TOKEN as the index knows it: jieba glues a word it does not know (a personal name) to the particle beside
        it in a short question ("赖志鸿是什么职务" -> 赖志鸿是), so an unknown token is read without that particle;
        "" when the index does not know it either way.

        >>> KeywordIndex.build(["广州市人民政府副市长 赖志鸿"]).known("赖志鸿是")
        '赖志鸿'
        """
        vocab = self.retriever.vocab_dict
        if token in vocab:
            return token
        if len(token) >= 3 and token[-1] in GLUED and token[:-1] in vocab:
            return token[:-1]
        if len(token) >= 3 and token[0] in GLUED and token[1:] in vocab:
            return token[1:]
        return ""

    def count_forms(self, query: str) -> list[str]:
        """The other written form of each count QUERY types that the index knows, one per count: its Chinese numeral
        with its measure word or without, or its digits (genre/count_keywords.py); the index holds counts as notices
        write them, so an index built before reads alike.

        >>> KeywordIndex.build(["巡察组共反馈二十九个问题", "整改措施14条"]).count_forms("29个问题和十四条措施")
        ['二十九个', '14']
        """
        out, taken = [], set()
        for form in other_forms(query):
            value = form if form.isdigit() else str(cn_value(form))   # 二十九个 -> 29 (its measure word no numeral)
            if value not in taken and self.known(form) == form:
                out.append(form)
                taken.add(value)
        return out

    def scores(self, query: str, mask: np.ndarray | None = None) -> np.ndarray:
        """BM25 score of every indexed text (0 outside `mask`)."""
        tokens = [v for t in tokenize(query) if (v := self.known(t))]
        tokens += [v for v in self.count_forms(query) if v not in tokens]   # 29个 meets 二十九个 (and back)
        if not tokens:
            return np.zeros(self.size, dtype=np.float32)
        scores = self.retriever.get_scores(tokens)
        return scores * mask if mask is not None else scores
