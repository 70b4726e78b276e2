"""Draft rectification measures for a problem from the most similar ledger items (no LLM).

1. `similar_items`: hybrid search over the ledger: BM25 (jieba tokens) over problem + measures,
   BM25 over the problem alone, and dense similarity of the problem statements (vectors kept
   in memory per process, and in the index's embedding cache), fused by reciprocal rank. An LLM
   prompt can reuse these examples.
2. `compose_draft`: one measure per category (学习教育, 制度机制, 专项整治, 监督问责, 成效巩固)
   taken from the most similar items, near-duplicates dropped, reworded as actions to take and
   masked (ledger.wording: 〔单位〕, 〔文件名称〕, 〔X〕项, 〔时间〕), written as 一是……[n]。 lines whose
   citation quotes the source sentence verbatim. When no ledger problem is similar enough
   (SIMILARITY_MIN), there is no draft and `note` says so.

Example:
    >>> d = draft_measures(index, "干部队伍建设有差距")
    >>> d.draft.splitlines()[0][:2]
    '一是'
"""
from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

import numpy as np

from genre.draft_lines import basis_only
from ledger.items import LedgerItem, ledger_for_index
from ledger.wording import _DATE, as_action, core_span, mask
from ledger.work_items import work_items
from retrieval.embed import EmbeddingCache
from retrieval.errors import InputError, NoticeQAError
from retrieval.index.keywords import KeywordIndex
from retrieval.records import Citation
from retrieval.search.profile import agency_mentions, families, notice_profile
from retrieval.search.scope import notice_aliases

CN = "一二三四五六七八九十"
# an item's enumerator right before a measure (一是, (二), 3.): notices number the measures of a problem so; the draft
# renumbers its own lines, but the citation quotes the source item as it reads, enumerator and all (round 132)
ITEM_MARKER = re.compile(r"(?:[一二三四五六七八九十]+是|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．])\s*$")
RRF_K = 60
MAX_LINES = 6
MIN_LINES = 3
# Staff ask for measures "from agencies like theirs": an item of a notice issued by the kind of agency the request
# names (法院, 妇联) gains this share of a first place in one ranking (chosen on the dev draft questions, round 138)
SAME_KIND_WEIGHT = 1.0
DRAFT_FROM = 3        # the draft uses the most similar examples only; the others are shown for reference
CATEGORIES: list[tuple[str, tuple[str, ...]]] = [
    ("学习教育", ("学习", "教育", "培训", "警示", "宣传", "党课", "研讨", "讲堂", "领学", "宣讲")),
    ("制度机制", ("制度", "机制", "办法", "规定", "规则", "清单", "细则", "方案", "流程", "台账", "标准")),
    ("专项整治", ("专项", "整治", "排查", "治理", "清理", "攻坚", "改造", "整改", "查处", "自查")),
    ("监督问责", ("监督", "督查", "督导", "问责", "考核", "追责", "约谈", "处分", "检查", "审核", "把关")),
    ("成效巩固", ("长效", "巩固", "常态", "回头看", "持续", "成效", "跟踪", "闭环", "定期")),
]
# words that say "something is wrong" in every problem statement; they carry no topic
DEFICIENCY = re.compile(r"有差距|存在差距|差距|不到位|不够|不足|不力|不严|不强|不高|不实|不彻底|不规范|不及时|有欠缺|欠缺|短板|薄弱|问题")
REQUEST_WORDS = re.compile(r"帮我|(?<![申邀])请|起草|草拟|拟一段|拟定|拟|写几条|写一段|写|一段|几条|怎么|如何|一下|整改措施|整改举措|措施|举措|的|[？?。，,！!]")
SIMILARITY_MIN = 0.401  # below it no example is like the problem; chosen on dev data (bench/draft_threshold.py:
#                         keeps 31 of 32 dev requests, refuses 50 of 70 dev non-problems)
NOT_SIMILAR = ("知识库中没有与这个问题足够相似的整改事项（最相近的一条相似度为 {best:.2f}，低于 {floor:.2f}），"
               "照搬其他单位的措施不合适，因此不起草。请换一种说法具体描述问题，或先在“知识库”中导入相关通报。")


@dataclass(frozen=True)
class Example:
    n: int                 # 1-based rank
    item: LedgerItem
    score: float


@dataclass(frozen=True)
class Draft:
    problem: str
    similar: tuple[Example, ...]
    draft: str
    citations: tuple[Citation, ...]
    note: str = ""         # why there is no draft (no example similar enough), else ""


@dataclass
class _Pool:
    items: list[LedgerItem]
    full: KeywordIndex      # problem + measures
    short: KeywordIndex     # problem only
    vectors: np.ndarray | None
    problems: int           # items[:problems] are the ledger's problems (the similarity floor is theirs)


_POOLS: dict[tuple, _Pool] = {}


def _pool(index) -> _Pool:
    """The ledger with its keyword indexes and problem vectors, built once per process and index."""
    key = (id(index), index.manifest.get("corpus_hash"), getattr(index.embedder, "name", None))
    if key not in _POOLS:
        if len(_POOLS) >= 4:  # an index reopened after ingest: drop pools of old ones
            _POOLS.clear()
        ledger = [it for it in ledger_for_index(index) if it.measures]
        items = ledger + work_items(index, ledger)   # the rectification work's own items are examples too
        if not items:
            raise NoticeQAError("the indexed notices hold no rectification items to draft from",
                                "知识库中的通报没有可参考的整改事项，无法起草。")
        full = KeywordIndex.build([it.problem + "\n" + "\n".join(m.quote for m in it.measures) for it in items])
        short = KeywordIndex.build([it.problem for it in items])
        vectors = _problem_vectors(index, [it.problem for it in items]) if index.embedder else None
        _POOLS[key] = _Pool(items, full, short, vectors, len(ledger))
    return _POOLS[key]


def _problem_vectors(index, texts: list[str]) -> np.ndarray:
    """Problem vectors via the index's content-hash cache (best effort: embed directly if it is unusable)."""
    try:
        cache = EmbeddingCache(index.settings.home / "cache" / "embeddings.sqlite")
        try:
            return cache.embed(index.embedder, texts)
        finally:
            cache.close()
    except (sqlite3.Error, OSError):
        return index.embedder.embed_passages(texts)


def clean_request(text: str) -> str:
    """The problem itself: '帮我起草针对“X”的整改措施' -> 'X'-like text for matching."""
    core = REQUEST_WORDS.sub(" ", text.replace("针对", " "))
    return " ".join(core.split())


def topic_words(text: str) -> str:
    """The problem without its generic deficiency wording ('干部队伍建设有差距' -> '干部队伍建设')."""
    core = DEFICIENCY.sub(" ", text)
    return " ".join(core.split()) or text


def similar_items(index, problem: str, k: int = 5) -> list[Example]:
    """The k ledger items whose problems (and measures) are most like `problem`, best first."""
    pool = _pool(index)
    query = clean_request(problem) or problem
    topic = topic_words(query)
    rankings = [pool.full.scores(topic), pool.short.scores(topic)]
    if pool.vectors is not None:
        rankings.append(pool.vectors @ index.embedder.embed_query(query))
    fused = np.zeros(len(pool.items))
    for scores in rankings:
        order = np.argsort(-scores, kind="stable")
        fused[order] += 1.0 / (RRF_K + np.arange(1, len(order) + 1))
    fused += SAME_KIND_WEIGHT / (RRF_K + 1) * same_kind(index, pool.items, query)
    best = np.argsort(-fused, kind="stable")[:k]
    return [Example(n, pool.items[i], float(fused[i])) for n, i in enumerate(best, 1)]


def same_kind(index, items: list[LedgerItem], request: str) -> np.ndarray:
    """1.0 for each item whose notice an agency of the kind the request names issued (我们区法院… and a court's
    notice: genre agency_types families), else 0.0; all 0.0 when the request names no agency kind.

    >>> same_kind(index, items, "我们区法院干警填报不及时")   # doctest: +SKIP
    array([0., 1., ...])
    """
    def kinds(agencies: frozenset[str]) -> frozenset[str]:   # the types themselves and their families (城市管理)
        return agencies | families(agencies)

    asked = kinds(frozenset(m[0] for m in agency_mentions(request)))
    if not asked:
        return np.zeros(len(items))
    issued = {nid: kinds(notice_profile(index.records[nid].notice).issuer_agencies)
              for nid in {it.notice_id for it in items} if nid in index.records}
    return np.array([float(bool(asked & issued.get(it.notice_id, frozenset()))) for it in items])


def best_similarity(index, problem: str) -> float:
    """Cosine similarity of the request to the most similar ledger problem (1.0 without problem vectors,
    i.e. with NOTICEQA_EMBEDDINGS=none, where only the common-words check applies)."""
    pool = _pool(index)
    if pool.vectors is None:
        return 1.0
    q = np.asarray(index.embedder.embed_query(clean_request(problem) or problem), dtype=float)
    vectors = pool.vectors[:pool.problems]
    norms = np.linalg.norm(vectors, axis=1) * (np.linalg.norm(q) or 1.0)
    return float(np.max(vectors @ q / np.where(norms == 0, 1.0, norms)))


def category_of(text: str) -> str:
    """The category whose keywords occur most often ('' when none does)."""
    hits = [(sum(text.count(w) for w in words), -i, name) for i, (name, words) in enumerate(CATEGORIES)]
    best = max(hits)
    return best[2] if best[0] else ""


def generalise(text: str, names: list[str]) -> str:
    """Names, titles, systems, dates and figures of the source as marked placeholders (ledger.wording.mask)."""
    return mask(text, names)


def _names(index) -> list[str]:
    """Places and agencies named by any indexed notice, longest first."""
    names = set()
    for rec in index.records.values():
        aliases = notice_aliases(rec.notice)
        names |= aliases["place"] | aliases["agency"]
    return sorted(names, key=len, reverse=True)


def _bigrams(s: str) -> set[str]:
    s = re.sub(r"[^\u4e00-\u9fff]", "", s)
    return {s[i:i + 2] for i in range(len(s) - 1)}


def _near_duplicate(a: str, b: str, threshold: float = 0.5) -> bool:
    x, y = _bigrams(a), _bigrams(b)
    return bool(x and y) and len(x & y) / min(len(x), len(y)) >= threshold


def compose_draft(index, problem: str, examples: list[Example]) -> Draft:
    """One measure per category from the most similar examples, house style, each line cited."""
    text_of = {nid: rec.notice.text for nid, rec in index.records.items()}
    candidates = []
    for ex in examples:
        for j, m in enumerate(ex.item.measures):
            a, b = core_span(text_of[ex.item.notice_id], m.start, m.end)
            if basis_only(as_action(text_of[ex.item.notice_id][a:b], [])) and b < m.end:   # 根据《…》要求 alone:
                b = core_span(text_of[ex.item.notice_id], b, m.end)[1]                   # the action follows it
            quote = text_of[ex.item.notice_id][a:b]
            candidates.append((ex, j, a, b, quote, category_of(quote)))
    # most similar example first; a sentence full of figures and dates carries over badly
    candidates.sort(key=lambda c: (c[0].n + (len(_DATE.findall(c[4])) + len(re.findall(r"\d+", c[4])) > 2), c[1]))
    primary = [c for c in candidates if c[0].n <= DRAFT_FROM]
    chosen: list[tuple] = []

    def take(c) -> bool:
        if c in chosen or len(chosen) >= MAX_LINES or any(_near_duplicate(c[4], o[4]) for o in chosen):
            return False
        chosen.append(c)
        return True

    for name, _ in CATEGORIES:  # the best measure of each category
        next((c for c in primary if c[5] == name and take(c)), None)
    for pool, floor in ((primary, MIN_LINES + 1), (candidates, MIN_LINES)):  # fill up from the rest
        for c in pool:
            if len(chosen) >= floor:
                break
            take(c)
    chosen.sort(key=lambda c: [name for name, _ in CATEGORIES].index(c[5]) if c[5] else len(CATEGORIES))
    lines, citations, names = [], [], _names(index)
    for n, (ex, _, a, b, quote, cat) in enumerate(chosen, 1):
        body = as_action(quote, names)   # an action to take, masked, cut at a clause end
        lines.append(f"{CN[n - 1]}是{body}[{n}]。")
        m = ITEM_MARKER.search(text_of[ex.item.notice_id], max(0, a - 8), a)   # the source's own 一是 quoted with it
        a = m.start() if m else a
        citations.append(Citation(n, ex.item.notice_id, ex.item.doc, ex.item.title, ex.item.section,
                                  text_of[ex.item.notice_id][a:b], a, b, ex.n, cat))
    return Draft(problem, tuple(examples), "\n".join(lines), tuple(citations))


def draft_measures(index, problem_text: str, k: int = 5) -> Draft:
    """Similar items and a cited draft of measures for `problem_text`."""
    problem = (problem_text or "").strip()
    if not problem:
        raise InputError("empty problem description; describe the problem to draft measures for",
                         "请输入需要起草整改措施的问题描述。")
    topic = topic_words(clean_request(problem))
    if not re.search(r"[\u4e00-\u9fff]", topic) or not _pool(index).full.scores(topic).any():
        raise InputError(f"the problem description {problem[:40]!r} names no problem the notices deal with; "
                         "describe it in Chinese, e.g. 民主生活会批评不痛不痒",
                         "问题描述过于笼统或与通报中的整改事项没有共同词语，请具体描述问题，例如“民主生活会批评不痛不痒”。")
    best = best_similarity(index, problem)
    if best < SIMILARITY_MIN:
        return Draft(problem, (), "", (), NOT_SIMILAR.format(best=best, floor=SIMILARITY_MIN))
    return compose_draft(index, problem, similar_items(index, problem, k))


def draft_to_json(d: Draft) -> dict:
    """The `draft --json` object of the contract."""
    return {
        "problem": d.problem,
        "similar": [{"problem": e.item.problem, "doc": e.item.doc, "title": e.item.title, "section": e.item.section,
                     "status": e.item.status, "kind": e.item.kind, "score": round(e.score, 4),
                     "measures": [{"quote": m.quote, "start": m.start, "end": m.end} for m in e.item.measures]}
                    for e in d.similar],
        "draft": d.draft,
        **({"note": d.note} if d.note else {}),
        "citations": [{"n": c.n, "doc": c.doc, "title": c.title, "section": c.section, "quote": c.quote,
                       "start": c.start, "end": c.end, "example": c.example, "category": c.category}
                      for c in d.citations],
    }
