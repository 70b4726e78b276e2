"""Search stage: hybrid retrieval (BM25 over jieba tokens + dense vectors, fused by weighted RRF).

Steps: scope the question to the notices it names (or `--doc`), score every
chunk by BM25, ask Chroma for the nearest vectors, fuse the two rankings, give a
small bonus to chunks holding the question's numbers, then widen each hit into a
context window with the chunks that follow it in the same section (the heading
that matches a question is often not where the figures are).

Example:
    >>> hits = search(index, "燃气旧管网改造了多少公里", k=5)
    >>> hits[0].section_path
    '二、… > (一)… > 5.关于“安全风险防控还存在漏洞”问题整改意见 > (1)… > 二是…'
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import zip_longest

import numpy as np

from genre.comparisons import load_comparisons
from genre.figures import arabic
from genre.questions import load_questions
from retrieval import weights
from retrieval.chunk import Chunk
from retrieval.errors import InputError
from retrieval.index import vectors as vectorstore
from retrieval.index.keywords import tokenize
from retrieval.index.opened import Index
from retrieval.search.asked import ASKS_GAP, DATED, asked_in_named, asks_head, head_positions
from retrieval.search.place_words import place_positions, place_words
from retrieval.search.profile import notice_profile
from retrieval.search.scope import Scope, scope_for
from retrieval.search.structure import structural_sections

CANDIDATES = 50
PREFERRED_CANDIDATES = 3   # best keyword chunks of the named notices, always among the candidates
PREFERRED_NOTICES = 3       # the named notices (best first) whose chunks are always candidates (each of those
                           # named best, the first PREFERRED_NOTICES of the others when none of them is one)
WINDOW_CHARS = 700
NUMBER = re.compile(r"\d+(?:\.\d+)?")
COUNT = re.compile(r"\d+(?:\.\d+)?(?:个|条|项|件|%|名|次)")
ASKS_DATE = load_questions().asks_date
QUANTITY = load_questions().asks_quantity   # counts and rates live in summary sentences
YEAR = load_questions().year
ACROSS_YEARS = load_comparisons().across_years   # 从2019年到2024年有什么变化: each year's notices in turn
NEAR_DUPLICATE = 0.8      # bigram Jaccard above which passages of two notices say the same
NEAR_DUPLICATE_MIN = 40   # shorter passages (headings) are never folded
_NOT_TEXT = re.compile(r"[\s\d\W]+")


@dataclass(frozen=True)
class Hit:
    rank: int
    doc: str              # file name of the notice
    chunk: Chunk
    score: float
    keyword_score: float
    dense_score: float
    start: int            # context window in the notice text (chunk + following chunks of its section)
    end: int
    text: str
    also_in: tuple[str, ...] = ()  # ids of other notices with a near-identical passage (folded into this hit)

    @property
    def notice_id(self) -> str:
        return self.chunk.notice_id

    @property
    def section_path(self) -> str:
        return self.chunk.section_path


def resolve_doc(index: Index, doc: str) -> str:
    """Notice id for a `--doc` value: id, file name or a unique part of the title."""
    for r in index.records.values():
        if doc in (r.notice.id, r.notice.doc):
            return r.notice.id
    matches = [r.notice.id for r in index.records.values() if doc and doc in r.notice.title]
    if len(matches) == 1:
        return matches[0]
    raise InputError(f"unknown document {doc!r}; use a file name from corpus/ or a notice id",
                     f"知识库中没有文档“{doc}”，请从列表中选择。")


def question_scope(index: Index, question: str, doc: str | None = None, within: tuple[str, ...] = ()) -> Scope:
    """The one way to narrow: a chosen notice (`doc`) or the notices the user's filters keep
    (`within`) mask the search; the names in the question only rank (`Scope.preferred`)."""
    if doc:
        nid = resolve_doc(index, doc)
        return Scope((nid,), index.records[nid].notice.title)
    notices = [index.records[nid].notice for nid in within] if within else index.notices
    named = scope_for(question, notices)
    return replace(named, notice_ids=tuple(sorted(within)))


def _without_names(question: str, scope: Scope) -> str:
    """The question without the places and agencies that set the notice preference: they choose the
    notice (Scope.preferred); inside it they only add noise ("《宁波市审计局…办法》")."""
    if not scope.preferred or scope.unmatched:
        return question
    for name in sorted(scope.reason.split("、"), key=len, reverse=True):
        question = question.replace(name, " ") if name else question
    return question if question.strip(" ？?。") else scope.reason


def _rrf(ranked_ids: list[int], weight: float, into: dict[int, float]) -> None:
    for rank, pos in enumerate(ranked_ids):
        into[pos] = into.get(pos, 0.0) + weight / (weights.RRF_K + rank + 1)


def _window(index: Index, pos: int) -> tuple[int, int]:
    """Positions [pos, j) of the chunk and its followers inside the same section subtree."""
    chunks, first = index.chunks, index.chunks[pos]
    rec = index.records[first.notice_id]
    sec_end = rec.sections[first.section_index].end if first.section_index >= 0 else (
        rec.sections[0].start if rec.sections else len(rec.notice.text))
    j = pos + 1
    while (j < len(chunks) and chunks[j].notice_id == first.notice_id and chunks[j].end <= sec_end
           and chunks[j].end - first.start <= WINDOW_CHARS):
        j += 1
    return pos, j


def _structure_positions(index: Index, question: str, scope: Scope) -> dict[int, float]:
    """Chunk position -> pin of the sections a structural question points at ("第三部分"…: weights.PINNED_PART) and of
    their own sub-sections (weights.PINNED_SUBSECTION): a part is told by its heading and the headings below it
    (下面列了哪几个问题), which come right after the parts pointed at."""
    out: dict[int, float] = {}
    for sec in structural_sections(index, question, scope.focus):
        nid = sec.id.rsplit("#", 1)[0]  # a file name may hold "#"
        secs = index.records[nid].sections
        for part, pin in ((sec, weights.PINNED_PART),
                          *((s, weights.PINNED_SUBSECTION) for s in secs if s.parent == sec.index)):
            pos = next((index.chunk_pos[c.id] for c in index.records[nid].chunks  # only this notice's chunks
                        if c.end > part.start and c.start < part.end), None)
            if pos is not None:
                out[pos] = max(out.get(pos, 0.0), pin)
    return out


def _own_notices(scope: Scope, named: set[str]) -> set[str]:
    """The named notices whose chunks holding what is asked are search candidates: those the question names best
    (Scope.focus), else the first PREFERRED_NOTICES it names."""
    first = {nid for nid in scope.focus if nid in named}
    return first or named


def _nearest(index: Index, qv, n: int, mask) -> dict[int, float]:
    """Chunk position -> cosine similarity of the n chunks nearest the query vector (within `mask`)."""
    if index.dense is not None:  # exact, the same order every time (Settings.exact_dense_max)
        return dict(vectorstore.nearest_rows(index.dense, qv, n, mask))
    share = float(mask.mean()) if mask is not None else 1.0
    scope_ids = [index.vector_ids[p] for p in np.flatnonzero(mask)] if mask is not None else None
    return {index.vector_pos[vid]: sim for vid, sim in vectorstore.query(index.collection, qv, n, scope_ids, share)
            if vid in index.vector_pos}   # vectors of other generations are not ours


def search(index: Index, question: str, k: int = 5, doc: str | None = None,
           scope: Scope | None = None) -> list[Hit]:
    """Top-k context windows for the question, best first."""
    question = question.strip()
    if not question:
        raise InputError("empty question; type a question about the notices", "问题为空，请输入要查询的问题。")
    scope = scope or question_scope(index, question, doc)
    allowed = set(scope.notice_ids)
    mask = None
    if allowed:
        mask = index.chunk_mask(allowed)
    query = _without_names(question, scope)
    kw = index.keyword.scores(query, mask)
    named = {nid for nid, _ in scope.preferred[:PREFERRED_NOTICES]} if scope.preferred and not allowed else set()
    own_mask = asked_in_named(index, question, _own_notices(scope, named))
    kw_top = [int(i) for i in np.argsort(-kw)[:CANDIDATES] if kw[i] > 0]
    if own_mask is not None:   # ranked after the cut by their own scores
        cut = set(kw_top)
        kw_top += sorted((int(i) for i in np.flatnonzero(own_mask) if kw[i] > 0 and i not in cut), key=lambda i: (-kw[i], i))
    fused: dict[int, float] = {}
    _rrf(kw_top, weights.KEYWORD_WEIGHT, fused)
    dense: dict[int, float] = {}
    qv = None
    if index.embedder is not None and index.collection is not None:
        qv = index.embedder.embed_query(query)
        n = min(CANDIDATES, len(index.chunks))
        dense.update(_nearest(index, qv, n, mask))
        if own_mask is not None:
            dense.update({p: sim for p, sim in _nearest(index, qv, int(own_mask.sum()), own_mask).items() if p not in dense})
        _rrf(sorted(dense, key=lambda p: (-dense[p], p)), weights.DENSE_WEIGHT, fused)
    first = {nid for nid in scope.focus if nid in named}   # the best-named notices: each among the candidates
    if named and (not any(index.chunks[p].notice_id in named for p in fused)
                  or first - {index.chunks[p].notice_id for p in fused}):   # a named notice is no candidate
        missing = index.chunk_mask(first - {index.chunks[p].notice_id for p in fused} or named)
        own = index.keyword.scores(query, missing)
        best = [int(i) for i in np.argsort(-own)[:PREFERRED_CANDIDATES] if own[i] > 0]
        _rrf(best, weights.KEYWORD_WEIGHT, fused)
        if not best and qv is not None:   # none of its words in it (四个方面的问题加起来一共有几个): its nearest chunks
            _rrf(list(_nearest(index, qv, PREFERRED_CANDIDATES, missing)), weights.DENSE_WEIGHT, fused)
    numbers = set(NUMBER.findall(question))
    if numbers:
        for pos in fused:
            found = numbers & set(NUMBER.findall(arabic(index.chunks[pos].text)))   # 三十三个 holds 33
            fused[pos] += weights.NUMBER_WEIGHT * len(found)
    q_tokens = {index.keyword.known(t) or t for t in tokenize(query)}   # 赖志鸿是 read as 赖志鸿 (KeywordIndex.known)
    if q_tokens:  # lexical rerank: how much of the question a chunk (with its path) covers
        for pos in fused:
            covered = sum(1 for t in q_tokens if t in index.chunks[pos].index_text)
            fused[pos] += weights.COVERAGE_WEIGHT * covered / len(q_tokens)
    if QUANTITY.search(question):  # counts and rates live in summary sentences
        for pos in fused:
            fused[pos] += weights.COUNT_WEIGHT * min(4, len(COUNT.findall(arabic(index.chunks[pos].text))))
    if ASKS_DATE.search(question) or ASKS_GAP.search(question):  # days (a span: its ends) live in the opening (who inspected when, fed back when) and progress lines
        for pos in fused:
            fused[pos] += weights.DATE_WEIGHT * min(3, sum(1 for _ in DATED.finditer(index.chunks[pos].text)))
    if asks_head(question):   # 谁作的报告, 文号是什么: the named notices' heads say it
        for pos in head_positions(index, named or {index.chunks[p].notice_id for p in fused}):
            if pos in fused:
                fused[pos] += weights.HEAD_WEIGHT
    if scope.preferred:   # notices the question names rank first (soft: others still compete)
        boost = {nid: weights.PREFER_WEIGHT * strength for nid, strength in scope.preferred}
        for pos in fused:
            fused[pos] += boost.get(index.chunks[pos].notice_id, 0.0)
    for pos in place_positions(index, place_words(index, tokenize(query)), list(fused)):   # 附海镇…: a town below
        fused[pos] += weights.PLACE_WORD_WEIGHT   # the county the few notices writing it hold (genre places.toml)
    for pos, pin in _structure_positions(index, question, scope).items():   # a section named by position first
        fused[pos] = fused.get(pos, 0.0) + pin
    ranked = sorted(fused, key=lambda p: (-fused[p], p))
    groups = scope.groups if len(scope.groups) >= 2 else year_groups(index, question, scope)
    if len(groups) >= 2:  # a comparison: take turns between the notices compared
        queues = [[p for p in ranked if index.chunks[p].notice_id in g] for g in groups]
        if groups is not scope.groups:   # years: the year whose notices fit the question best leads
            queues.sort(key=lambda q: -fused[q[0]] if q else 0.0)
        ranked = [p for row in zip_longest(*queues) for p in row if p is not None]
    hits: list[Hit] = []
    shapes: list[set[str]] = []
    covered: set[int] = set()
    for pos in ranked:
        if pos in covered:
            continue
        a, b = _window(index, pos)
        covered.update(range(a, b))
        first, last = index.chunks[a], index.chunks[b - 1]
        text = index.records[first.notice_id].notice.text[first.start:last.end]
        doc = index.records[first.notice_id].notice.doc
        shape = _shape(index.chunks[pos].text)
        same = next((i for i, h in enumerate(hits) if h.notice_id != first.notice_id and _near(shape, shapes[i])), None)
        if same is not None:  # the same passage in another notice (a copy, or the same template)
            hits[same] = replace(hits[same], also_in=hits[same].also_in + (first.notice_id,))
            continue
        hits.append(Hit(len(hits) + 1, doc, first, fused[pos], float(kw[pos]), dense.get(pos, 0.0),
                        first.start, last.end, text))
        shapes.append(shape)
        if len(hits) >= k:
            break
    return hits


def year_groups(index: Index, question: str, scope: Scope) -> tuple[tuple[str, ...], ...]:
    """The notices of each year a question compares (供热监管从2019年到2024年有什么变化: the notices of 2019, those
    of 2024), among the notices it names if it names any; () unless every year has notices of its own. A notice's
    own year is the year it covers (N年度, a plan's title year), else the year it is dated."""
    years = sorted(set(YEAR.findall(question)))
    if len(years) < 2 or not ACROSS_YEARS.search(question) or len(scope.notice_ids) == 1:
        return ()
    named = {nid for nid, _ in scope.preferred}
    pool = [r.notice for nid, r in index.records.items() if (not named or nid in named)
            and (not scope.notice_ids or nid in scope.notice_ids)]
    own = {n.id: notice_profile(n).periods or {n.year} for n in pool}
    groups = tuple(tuple(sorted(nid for nid, ys in own.items() if y in ys)) for y in years)
    return groups if all(groups) else ()


def _shape(text: str) -> set[str]:
    """Character bigrams of a passage without digits, spaces and punctuation (empty if too short to judge)."""
    core = _NOT_TEXT.sub("", text)
    return {core[i:i + 2] for i in range(len(core) - 1)} if len(core) >= NEAR_DUPLICATE_MIN else set()


def _near(a: set[str], b: set[str]) -> bool:
    """Near-identical passages: bigram Jaccard >= NEAR_DUPLICATE (places and years may differ)."""
    return bool(a and b) and len(a & b) >= NEAR_DUPLICATE * len(a | b)
