"""A gap asked between two days of a notice the question names only by a kind several notices share (我们审计局这份
报告挂网日期比会上作报告晚了几天, five 审计局 notices alike): the notices dating both ends to the day are the ones asked,
not one whose report gives only a month (今年8月).

Example:
    >>> gap_scope(index, "审计局这份报告挂网日期比会上作报告晚了几天", scope).focus
    ('d16_guangzhou-audit-2024-rectification',)
"""
from __future__ import annotations

from dataclasses import replace

from answer.metadata import meta_answer, report_lines
from answer.spans import report_gap_note
from answer.steps import first_day
from genre.questions import load_questions
from retrieval.index.opened import Index
from retrieval.search.scope import Scope


def dates_both_ends(index: Index, question: str, nid: str) -> bool:
    """Whether notice NID dates both ends of the gap QUESTION asks to the day: its head works the gap out
    (answer.metadata.meta_answer), or it is a report whose subtitle gives the day it was read and whose page its
    publication day (作完报告后过了多久才公布).

    >>> dates_both_ends(index, "作完报告后过了多久才公布", "d02_ningbo-audit-2021-rectification")
    False
    """
    if meta_answer(index, question, (nid,)) is not None:
        return True
    text, published = index.records[nid].notice.text, index.records[nid].notice.date
    read = next((day for a, b in report_lines(text)[:2] for day in [first_day(text[a:b])] if day), "")
    return bool(read and report_gap_note(question, "", read, published))


def gap_scope(index: Index, question: str, scope: Scope) -> Scope:
    """SCOPE, or, when it names several notices alike (Scope.focus) and the question asks a gap between two days, the
    same scope with the best-ranked notice dating both ends to the day (dates_both_ends) named first, the others
    kept after it (the answer still says they share the kind); SCOPE when none or every one of them does."""
    tied = scope.focus
    if len(tied) < 2 or scope.notice_ids or not load_questions().asks_gap.search(question):
        return scope
    dated = [nid for nid in tied if dates_both_ends(index, question, nid)]
    if not dated or len(dated) == len(tied):
        return scope
    from answer.prepared import prepare   # prepare reads the scope this returns: imported where it is used
    ranked = [h.notice_id for h in prepare(index, question, scope, k=len(tied) + 5).hits]
    first = min(dated, key=lambda nid: ranked.index(nid) if nid in ranked else len(ranked))   # the best-ranked dated
    top = scope.preferred[0][1]
    lower = max((s for _, s in scope.preferred if s < top), default=0.0)
    below = (top + lower) / 2   # under the notice asked, above every notice named less well
    return replace(scope, alike=tied, preferred=((first, top),) + tuple(
        (nid, below if nid in tied else s) for nid, s in scope.preferred if nid != first))
