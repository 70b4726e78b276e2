"""Answer stage without an LLM: pick the sentences of the top contexts that answer the question.

Every sentence in the answer is a verbatim span of a notice, followed by its
citation `[n]`; numbers, dates and names therefore come from the quoted text.
When the best context covers too little of what the question asks (weighted by
how rare each word is), or the question names a place no notice is about, the
answer says the notices do not cover it.

Example:
    >>> a = answer_question(index, "2023年燃气旧管网改造了多少公里？")
    >>> a.citations[0].quote in index.records[a.citations[0].notice_id].notice.text
    True
"""
from __future__ import annotations

import math
import re
import time
from dataclasses import dataclass, field

from retrieval.chunk import sentence_spans
from retrieval.index import Index
from retrieval.keywords import tokenize
from retrieval.scope import _places
from retrieval.search import NUMBER, Hit, question_scope, search

ABSTAIN_COVERAGE = 0.3   # calibrated on the unanswerable questions of eval/qa.jsonl (see README)
MAX_SENTENCE_CHARS = 260
QUANTITY = re.compile(r"多少|几[个项名件次家条处座公里万亿年月天人]|几|数量|比例|完成率|百分之|规模|总数")
MEASURE = re.compile(r"措施|怎么|如何|做了|采取|整改|举措|办法|哪些工作|做法")
ENUM_START = re.compile(r"^[一二三四五六七八九十]+是")
NO_ANSWER = "现有通报中没有找到能回答这个问题的内容。可以换个说法，或在“知识库”中导入相关通报后再问。"


@dataclass(frozen=True)
class Citation:
    n: int
    notice_id: str
    doc: str
    title: str
    section: str
    quote: str
    start: int
    end: int


@dataclass(frozen=True)
class Answer:
    question: str
    answer: str
    abstained: bool
    citations: tuple[Citation, ...]
    contexts: tuple[Hit, ...]
    latency_ms: float
    scope_note: str = ""
    mode: str = "extractive"
    coverage: float = 0.0
    unsupported: tuple[str, ...] = field(default_factory=tuple)


class Weights:
    """IDF of keyword tokens over the index's chunks (rare words weigh more)."""

    def __init__(self, index: Index):
        cached = getattr(index, "_idf", None)
        if cached is None:
            df: dict[str, int] = {}
            for c in index.chunks:
                for t in set(tokenize(c.index_text)):
                    df[t] = df.get(t, 0) + 1
            cached = (df, len(index.chunks))
            index._idf = cached  # type: ignore[attr-defined]
        self.df, self.n = cached

    def idf(self, token: str) -> float:
        return math.log(1 + self.n / (1 + self.df.get(token, 0)))


def _coverage(q_tokens: dict[str, float], text: str) -> float:
    total = sum(q_tokens.values())
    if not total:
        return 0.0
    return sum(w for t, w in q_tokens.items() if t in text) / total


MAJOR_PLACES = tuple(
    "北京 上海 天津 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 "
    "云南 陕西 甘肃 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门 广州 深圳 杭州 南京 武汉 成都 西安 济南 青岛 "
    "郑州 长沙 沈阳 大连 哈尔滨 长春 石家庄 太原 合肥 福州 厦门 南昌 昆明 贵阳 南宁 兰州 西宁 银川 乌鲁木齐 "
    "呼和浩特 拉萨 海口 苏州 宁波 无锡 东莞 佛山 和平 河西 南开 河东 河北区 红桥 西青 北辰 津南 滨海新区 武清 宝坻 "
    "宁河 静海 蓟州".split())
YEAR = re.compile(r"(?<!\d)(20\d{2}|19\d{2})(?=年|\b|$)")


def _question_places(question: str) -> set[str]:
    return _places(question) | {p for p in MAJOR_PLACES if p in question}


def _unknown_place(question: str, index: Index) -> str:
    """A place the question is about that no notice is from (e.g. 北京 when the notices are 天津/济南)."""
    known: set[str] = set()
    for n in index.notices:
        known |= _places(n.issuer) | _places(n.title) | {p for p in MAJOR_PLACES if p in n.issuer + n.title}
    for place in sorted(_question_places(question), key=len, reverse=True):
        if not any(place in k or k in place for k in known):
            return place
    return ""


def _missing_terms(question: str, supports: str) -> list[str]:
    """Years and places the question insists on that the supporting text never mentions."""
    need = set(YEAR.findall(question)) | {p for p in _question_places(question) if len(p) >= 2}
    return [t for t in sorted(need) if t not in supports]


def _candidates(index: Index, hits: list[Hit], q_tokens: dict[str, float], question: str):
    numbers = set(NUMBER.findall(question))
    wants_number = bool(QUANTITY.search(question))
    wants_measures = bool(MEASURE.search(question))
    out = []
    for hit in hits[:3]:
        rec = index.records[hit.notice_id]
        text = rec.notice.text
        heading_spans = [(s.start, s.heading_end) for s in rec.sections]
        for a, b in sentence_spans(text, hit.start, hit.end):
            sentence = text[a:b]
            if len(sentence) < 6:
                continue
            score = _coverage(q_tokens, sentence) + 0.25 * _coverage(q_tokens, hit.section_path)
            score += 0.3 * len(numbers & set(NUMBER.findall(sentence)))
            if wants_number and re.search(r"\d", sentence):
                score += 0.15
            if wants_measures and ENUM_START.match(sentence):
                score += 0.1
            if any(s <= a and b <= e + 1 for s, e in heading_spans):
                score -= 0.25   # a heading restates the question; the answer sits below it
            score += 0.08 / hit.rank
            out.append((score, hit.rank, a, b, hit))
    return out, wants_measures


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    """Keep long sentences readable: cut at a clause end inside the limit."""
    if b - a <= MAX_SENTENCE_CHARS:
        return a, b
    window = text[a:a + MAX_SENTENCE_CHARS]
    cut = max(window.rfind(","), window.rfind("，"), window.rfind(";"), window.rfind("；"))
    return (a, a + cut) if cut > 60 else (a, a + MAX_SENTENCE_CHARS)


def answer_question(index: Index, question: str, k: int = 5, doc: str | None = None) -> Answer:
    """Retrieve, then compose a cited extractive answer (or abstain)."""
    t0 = time.perf_counter()
    question = question.strip()
    scope = question_scope(index, question, doc) if question else None
    hits = search(index, question, k=k, doc=doc, scope=scope)
    weights = Weights(index)
    q_tokens = {t: weights.idf(t) for t in set(tokenize(question))}
    scope_note = f"（问题提到“{scope.reason}”，已限定在相关通报中检索。）" if scope and scope.reason and not doc else ""
    best_cov = max((_coverage(q_tokens, h.section_path + h.text) for h in hits[:3]), default=0.0)
    place = _unknown_place(question, index)

    def finish(text: str, abstained: bool, cites: tuple[Citation, ...]) -> Answer:
        return Answer(question, text, abstained, cites, tuple(hits), (time.perf_counter() - t0) * 1000,
                      scope_note, coverage=best_cov)

    if not hits or best_cov < ABSTAIN_COVERAGE or place:
        reason = f"通报中没有关于“{place}”的内容。" if place else ""
        return finish(reason + NO_ANSWER, True, ())
    cands, wants_measures = _candidates(index, hits, q_tokens, question)
    if not cands:
        return finish(NO_ANSWER, True, ())
    cands.sort(key=lambda c: -c[0])
    best = cands[0][0]
    limit, ratio = (4, 0.6) if wants_measures else (2, 0.8)
    chosen = [c for c in cands if c[0] >= best * ratio][:limit]
    if wants_measures:  # measures read best in the notice's own order; facts best-first
        chosen.sort(key=lambda c: (c[1], c[2]))
    supports = "".join(index.records[h.notice_id].notice.title + index.records[h.notice_id].notice.date
                       + h.section_path + index.records[h.notice_id].notice.text[a:b] for _, _, a, b, h in chosen)
    missing = _missing_terms(question, supports)
    if missing:
        return finish(f"通报中没有找到关于“{'、'.join(missing)}”的相应内容。" + NO_ANSWER, True, ())
    parts, cites = [], []
    for _, _, a, b, hit in chosen:
        rec = index.records[hit.notice_id]
        a, b = _trim(rec.notice.text, a, b)
        quote = rec.notice.text[a:b]
        sec = next((s for s in reversed(rec.sections) if s.start <= a < s.end), None)
        n = len(cites) + 1
        cites.append(Citation(n, rec.notice.id, rec.notice.doc, rec.notice.title,
                              sec.path_text if sec else "（导语）", quote, a, b))
        parts.append(f"{quote}[{n}]")
    return finish(scope_note + "".join(parts), False, tuple(cites))
