"""A question after scoping and the one search (Prepared), and what an answer form says (Reply).

prepare() searches once and weighs the question's words (rare words weigh more); every answer form reads its result.

Example:
    >>> p = prepare(index, "2023年燃气旧管网改造了多少公里？", Scope((), ""))
    >>> p.hits[0].notice_id in index.records
    True
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

from answer.bare_count import counted_words   # 问题几个: the counted noun is weighed
from answer.measures import coverage
from genre import load_genre
from genre.data_files import get, section
from genre.described import without_description
from genre.questions import load_questions
from genre.staff_words import in_notice_words
from genre.self_named import without_self_named
from genre.nth import without_place_asked
from genre.thresholds import without_threshold
from retrieval.index.keywords import tokenize
from retrieval.index.opened import Index
from retrieval.records import Citation
from retrieval.search.rank import Hit, search
from retrieval.search.scope import Scope

GENERIC = load_questions().generic
BARE_COUNT = re.compile(get(section("questions.toml", "generic"), "bare_count", str, "questions.toml", "generic"))
ASKING = load_questions().asking


class Weights:
    """IDF of keyword tokens over the index's chunks (rare words weigh more)."""

    def __init__(self, index: Index):
        self.keyword = index.keyword
        self.n = max(1, index.keyword.size)

    def idf(self, token: str) -> float:
        return math.log(1 + self.n / (1 + self.keyword.doc_freq(token)))


@dataclass(frozen=True)
class Prepared:
    """A question after scoping and the one search: what every answer form reads."""
    question: str
    scope: Scope
    hits: tuple[Hit, ...]
    q_tokens: dict
    all_tokens: dict
    best_cov: float
    scope_note: str


def names_apart(text: str, reason: str) -> str:
    """TEXT with each name the scope matched (REASON: 青海省、网信办) set apart by commas: a name jieba does not know
    glues to the word after it (青海省网信办为推进 -> 网信 + 办为); such a word no notice writes would weigh as the rarest
    of the question. Glued words notices do write stay (区法院, 市政府: prepare keeps both readings).

    >>> names_apart("青海省网信办为推进巡视整改", "青海省、网信办")
    '，青海省，，网信办，为推进巡视整改'
    """
    for name in sorted(filter(None, reason.split("、")), key=len, reverse=True):
        text = text.replace(name, f"，{name}，")
    return text


def prepare(index: Index, question: str, scope: Scope, k: int = 5, named_by_user: bool = False) -> Prepared:
    """Search once and weigh the question's words (rare words weigh more)."""
    chosen = scope.focus and not scope.groups   # the scope chose the notice (not a side of a comparison)
    said = in_notice_words(without_place_asked(without_threshold(   # searched and
        without_self_named(without_description(question) if chosen else question))))
    # weighed in the notices' words (挂帅 -> 组长), without a count named as a threshold (有没有超过十次: genre/thresholds.py)
    # or the inspection a notice is named by once the scope chose it (2024年初被区委巡察二组巡察的那个社科联:
    # genre/described.py; 2024年底被省委第三巡视组巡视的那个厅 names no agency kind: its words still search),
    # nor the asker's own agency in their own voice (我们局为整改…, 厅里…: genre/self_named.py), nor the place asked of
    # a set the question counts
    # (三项制度，第二项是什么: genre/nth.py without_place_asked)
    hits = search(index, said, k=k, scope=scope)
    weights = Weights(index)
    scope_words = set(tokenize(scope.reason)) if scope.reason else set()
    apart = set(tokenize(names_apart(said, scope.reason)))   # a word glued across a matched name's edge (网信办为 ->
    glued = {t for t in tokenize(said) if t not in apart and not index.keyword.doc_freq(t)}   # 办为) that no notice writes
    read = (set(tokenize(said)) | apart) - glued if glued else set(tokenize(said))
    said_tokens = {index.keyword.known(t) or t for t in read}   # 赖志鸿是 read as 赖志鸿 (KeywordIndex.known)
    all_tokens = counted_words(question, {t: weights.idf(t) for t in said_tokens - scope_words - ASKING
                                          if not BARE_COUNT.fullmatch(t)}, weights.idf)   # 三个方面: the count no word
    counted = {t for noun in load_questions().counted.findall(question) for t in tokenize(noun)}   # "多少条措施"
    q_tokens = {t: w for t, w in all_tokens.items() if t not in GENERIC or t in counted} or all_tokens
    scope_note = ""
    if scope.reason and not named_by_user and scope.focus and not scope.groups:
        scope_note = f"（问题提到“{scope.reason}”，优先在相关通报中检索。）"
    status = status_said(said)   # 还没改完的有多少个 of 已整改到位336个: a status asked, counted in any wording
    best_cov = max((coverage(all_tokens, h.section_path + h.text + (status if status and stated(h.text) else ""))
                    for h in hits[:3]), default=0.0)
    return Prepared(question, scope, tuple(hits), q_tokens, all_tokens, best_cov, scope_note)


def answering_texts(index: Index, p: Prepared, top: int = 3) -> tuple[str, ...]:
    """The texts of the notices P answers from: the scope's chosen or compared notices, else those of its TOP hits.

    answering_texts(index, prepare(index, "厦门体育局细化了多少条措施", scope)) -> (that notice's text,)
    """
    ids = p.scope.focus or tuple(n for group in p.scope.groups for n in group)
    ids = ids or tuple(dict.fromkeys(h.notice_id for h in p.hits[:top]))
    return tuple(index.records[n].notice.text for n in ids if n in index.records)


@dataclass(frozen=True)
class Reply:
    """What an answer form says: the text with [n] markers, whether it abstains, its citations and
    the short cited lead it opens with ("" when there is none)."""
    text: str
    abstained: bool
    citations: tuple[Citation, ...]
    lead: str = ""
    contexts: tuple[Hit, ...] = ()   # the passages it drew on when not the question's own search (a comparison's sides)


def compared_notices(p: Prepared) -> tuple[str, ...]:
    """One notice per entity the question compares: the best-ranked of its group (() when none is compared)."""
    return tuple(next((h.notice_id for h in p.hits if h.notice_id in g), g[0]) for g in p.scope.groups if g)


def status_said(said: str) -> str:
    """The status words SAID names (items.toml [[status]]: 未完成, 已整改到位…), joined: a text counting items by status in
    any wording covers them, the status asked being read from its counts and total.

    >>> status_said("那广州还未完成的有多少个")
    '未完成'
    """
    return "".join(s.word for s in load_genre().status_words if s.word in said)


def stated(text: str) -> bool:
    """Whether TEXT counts items by status in any wording (已整改到位336个, 阶段性整改完成1个)."""
    return bool(load_genre().status_counts(text))
