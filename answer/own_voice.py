"""The notice asked in the asker's own voice when the question names none (厅里是怎么盯着整改落地的？;
我们局通报里党组组织整改那块，一是二是三是各是什么): an own-voice ask is about one notice, the asker's own, so the answer
comes from one notice: the notices whose heading the part named retells (genre asking.toml [self_named] part_*), else
the notice of the best search hit.

Example:
    >>> own_voice_scope(index, "厅里是怎么盯着整改落地的？督查方面有啥做法", Scope((), "")).preferred
    (('d04_hubei-justice-dept-provincial-inspection', 1.0),)
"""
from __future__ import annotations

import functools

from genre.data_files import compile_re, get, section
from genre.self_named import self_named, without_self_named
from genre.structure_questions import load_structure_questions
from retrieval import weights
from retrieval.index.opened import Index
from retrieval.parse import inline_runs
from retrieval.search.enumerated import heading_run
from retrieval.search.scope import Scope

ASKED = load_structure_questions()


@functools.cache
def _part_limits() -> tuple[int, float]:
    """(part_words_min, part_spread) of asking.toml [self_named]."""
    entry = section("asking.toml", "self_named")
    return (get(entry, "part_words_min", int, "asking.toml", "self_named"),
            float(get(entry, "part_spread", float, "asking.toml", "self_named")))


def retold_span(words: str, heading: str) -> int:
    """The length of the shortest stretch of HEADING through which WORDS run in order (0 when they do not).

    >>> retold_span("党组组织整改", "(一)党组组织巡察整改落实情况"), retold_span("整改组织", "(一)党组组织巡察整改落实情况")
    (8, 0)
    """
    best = 0
    for start, ch in enumerate(heading):
        if ch != words[0]:
            continue
        at = start
        for w in words[1:]:
            at = heading.find(w, at + 1)
            if at < 0:
                return best
        best = min(best, at - start + 1) if best else at - start + 1
    return best


def retold_holders(index: Index, question: str) -> tuple[str, ...]:
    """The notices with a heading the part the question names by its words retells (党组组织整改那块 ->
    the notice headed (一)党组组织巡察整改落实情况): the longest tail of the words before 那块/那部分 of at least
    part_words_min characters some heading holds within part_spread times its length, in index order; () when none.

    >>> retold_holders(index, "我们局通报里党组组织整改那块，一是二是三是各是什么")   # (一)党组组织巡察整改落实情况,
    ('d05_mianyang-justice-bureau-inspection', 'd10_huiji-admin-approval-bureau-inspection', 'jinan-…')   # 党组书记组织落实整改工作情况, …
    """
    about = ASKED.about_part.search(without_self_named(question))
    if not about:
        return ()
    least, spread = _part_limits()
    words = about.group(1) or about.group(2)
    for i in range(len(words) - least + 1):
        tail = words[i:]
        spans = {nid: min((n for n in (retold_span(tail, s.heading) for s in r.sections) if n), default=0)
                 for nid, r in index.records.items()}
        spans = {nid: n for nid, n in spans.items() if n and n <= spread * len(tail)}
        if spans:
            return items_first(index, question, tail, tuple(spans))
    return ()


def _items(text: str) -> int:
    """The distinct item ordinals TEXT writes (genre asking.toml [self_named] part_item): 一是…二是…三是 -> 3."""
    item = compile_re(get(section("asking.toml", "self_named"), "part_item", str, "asking.toml", "self_named"),
                      "asking.toml", "self_named.part_item")
    return len({m.group() for m in item.finditer(text)})


def _part_items(rec, part) -> int:
    """How many items PART of REC numbers, in whatever numbering it writes: its 一是…三是 ordinals, else its longest
    inline run (（1）…（3）…), else its run of item headings (（1）… each opening a line) -> 3."""
    text = rec.notice.text[part.heading_end:part.end]
    return _items(text) or max((len(r) for r in inline_runs(text)), default=0) \
        or len(heading_run(list(rec.sections), part))


def items_first(index: Index, question: str, words: str, holders: tuple[str, ...]) -> tuple[str, ...]:
    """Those of HOLDERS whose part headed by WORDS holds as many items as QUESTION enumerates (一是二是三是: 3);
    HOLDERS unchanged when the question enumerates fewer than two or none of them holds that many.

    >>> items_first(index, "党组组织整改那块，一是二是三是各是什么", "党组组织整改", ("d10_…", "d05_…"))
    ('d05_…',)   # d05's (一)党组组织巡察整改落实情况 holds 一是…三是
    """
    asked = _items(question)
    if asked < 2:
        return holders
    least, spread = _part_limits()

    def fits(nid: str) -> bool:
        r = index.records[nid]
        return any(_part_items(r, s) == asked for s in r.sections
                   if (n := retold_span(words, s.heading)) and n <= spread * len(words))
    return tuple(nid for nid in holders if fits(nid)) or holders


def own_voice_scope(index: Index, question: str, scope: Scope) -> Scope:
    """SCOPE, or, when it names and keeps no notice and the question speaks of the asker's own agency (genre asking.toml
    [self_named]), the notices whose heading the part named retells (retold_holders), else the notice of the best
    search hit, preferred: every line of the answer then comes from that notice, not from whichever notice holds a
    sentence covering more words. An ask the search finds no notice holding keeps SCOPE: a preference would lift
    one notice's loosely fitting lines over the bar of refusal (局里整改时请了几家律师事务所？ stays refused)."""
    if scope.notice_ids or scope.reason or scope.preferred or scope.groups or not self_named().search(question):
        return scope
    holders = retold_holders(index, question)
    if not holders:   # the best hit's notice, when the search finds the ask held at all (else it is refused as before)
        from answer.prepared import prepare   # prepare reads the scope this returns: imported where it is used
        p = prepare(index, question, scope)
        kinds = kind_holders(index, question)   # 厅里: the notices of a 厅 first, when one holds the ask as fully
        of_kind = prepare(index, question, Scope(kinds, "")) if kinds else None
        if of_kind is not None and of_kind.hits and of_kind.best_cov >= max(p.best_cov, weights.ABSTAIN_COVERAGE):
            p = of_kind
        holders = (p.hits[0].notice_id,) if p.hits and p.best_cov >= weights.ABSTAIN_COVERAGE else ()
    return Scope((), "", (), tuple((nid, 1.0) for nid in holders)) if holders else scope


def kind_holders(index: Index, question: str) -> tuple[str, ...]:
    """The notices whose issuer or title names an agency of the kind the asker's self-reference names (厅里 -> 省司法厅's
    notice; genre asking.toml [self_named] kind, kind_named); () when the self-reference names no kind (我们单位).

    >>> kind_holders(index, "厅里整改方案后面配了几张清单？")
    ('d04_hubei-justice-dept-provincial-inspection', 'd40_guangdong-audit-2020-provincial-rectification')
    """
    entry = section("asking.toml", "self_named")
    m = compile_re(get(entry, "kind", str, "asking.toml", "self_named"), "asking.toml", "self_named.kind").search(question)
    if not m:
        return ()
    named = compile_re(get(entry, "kind_named", str, "asking.toml", "self_named").replace("{kind}", m.group("k") or m.group("j")),
                       "asking.toml", "self_named.kind_named")
    return tuple(nid for nid, r in index.records.items() if named.search(r.notice.issuer + r.notice.title))
