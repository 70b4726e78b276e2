"""The status a notice states for one of its items, as the lead of a status question ("那条改完没？").

Example:
    >>> t = "2.学习缺乏自觉性和紧迫感。\n整改情况:已完成。"
    >>> # status_lead(t, ledger_items_of_t, t.index("整改")) -> [(2, 13), (14, 22)]: the problem, then 整改情况:已完成
"""
from __future__ import annotations

import functools
import re

from genre import load_genre
from ledger.items import LedgerItem, extract_ledger
from retrieval.load import Notice
from retrieval.parse import Section
from genre.marks import CLAUSE

STATUS_OF = {w.word: (w.normal,) for w in load_genre().status_words}   # a status word -> its normal form
NEGATED = re.compile(r"(?:未|没有|尚未|不)$")   # "23个未整改到位问题" states no status of its own
FIELD_LABEL = 8       # a status after a short label on its line is quoted with the label
HEADING_MARKS = 6     # a heading line's number and end mark (2. / (三) / 。) beside its problem, at most
FIELD_DETAIL = 40     # a status's field line is quoted on through its next sentence this short at most
SENTENCE_STOP = re.compile(r"[。！？!?；;]")
PROBLEM_QUOTED = 120  # an item's problem this long at most leads a status answer before the status (2.学习缺乏自觉性。)


def status_span(text: str, items, at: int) -> tuple[int, int] | None:
    """The clause stating the status of the ledger item that holds offset `at` ("整改结果:已完成" /
    "已完成整改"), verbatim in `text`; None when the item has no status the notice states beside it.

    `items` are ledger items (ledger.items.LedgerItem) of the notice that `text` is.
    """
    held = _item_status(text, items, at)
    return held[1] if held else None


def status_lead(text: str, items, at: int) -> list[tuple[int, int]]:
    """The lead of a status asked ("那条改完没？"): the item's problem as the notice states it, then its status
    clause (status_span), so the reader sees which item the status is of; [] when the item states no status."""
    held = _item_status(text, items, at)
    if held is None:
        return []
    item, span = held
    problem = _heading_line(text, item.problem_start, item.problem_end)
    span = _with_detail_start(text, *span)
    return [problem, span] if problem[1] <= span[0] and problem[1] - problem[0] <= PROBLEM_QUOTED else [span]


def _heading_line(text: str, a: int, b: int) -> tuple[int, int]:
    """The problem text[a:b] as its heading line writes it, number and end mark with it (2.学习缺乏自觉性和紧迫感。)
    when that line holds nothing else of length: a finding is cited as the notice heads it.

    >>> t = "x\\n2.学习缺乏自觉性和紧迫感。\\n整改情况:已完成。"
    >>> t[slice(*_heading_line(t, 4, 15))]
    '2.学习缺乏自觉性和紧迫感。'
    """
    start = text.rfind("\n", 0, a) + 1
    end = text.find("\n", b)
    end = len(text) if end < 0 else end
    outside = text[start:a] + text[b:end]
    if len(outside.strip()) > HEADING_MARKS:
        return a, b
    return start + len(text[start:a]) - len(text[start:a].lstrip()), end - (len(text[b:end]) - len(text[b:end].rstrip()))


def _with_detail_start(text: str, a: int, b: int) -> tuple[int, int]:
    """A status clause text[a:b] on its field line read on through the next sentence of that line, its detail's opening
    (整改情况:已完成。全年利用…), when that sentence is short: the status is cited with what bears it out.

    >>> t = "整改情况:已完成。全年开展10次学习。\\n3.x"
    >>> t[slice(*_with_detail_start(t, 0, 8))]
    '整改情况:已完成。全年开展10次学习。'
    """
    line_end = text.find("\n", b)
    line_end = len(text) if line_end < 0 else line_end
    stop = SENTENCE_STOP.search(text, b + 1, line_end)
    end = stop.end() if stop else line_end
    if not text[b:end].strip("。;；,， ") or end - b > FIELD_DETAIL:
        return a, b
    return a, end


def with_problems(text: str, items, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """FOUND (a status question's lead) with, before each clause that is an item's status (整改情况:已完成), that item's
    problem as the notice heads it (2.学习缺乏自觉性和紧迫感) unless FOUND quotes it: a status is said of its finding.

    >>> # with_problems(t, ledger_items_of_t, [(14, 22)]) -> [(2, 13), (14, 22)] for t of the module example
    """
    out: list[tuple[int, int]] = []
    for a, b in found:
        lead = status_lead(text, items, a)
        problem = lead[0] if len(lead) == 2 and lead[1][0] < b and a < lead[1][1] else None
        if problem and problem not in out and not any(x <= problem[0] < y for x, y in found):
            out.append(problem)
        out.append((a, b))
    return out


def status_first(text: str, items, found: list[tuple[int, int]], at: int) -> list[tuple[int, int]]:
    """The lead of a status asked: FOUND with each status clause's problem before it (with_problems); when FOUND quotes
    no item's status, the status of the item holding offset AT (its problem, its status: status_lead) before FOUND, so
    the item's own status words answer 完成了吗 and the narrative follows; FOUND alone when that item states none.

    >>> # status_first(t, items, [], at) == status_lead(t, items, at)
    """
    led = with_problems(text, items, found)
    if led != found or any(_item_status(text, items, a) and _item_status(text, items, a)[1][0] < b
                           and a < _item_status(text, items, a)[1][1] for a, b in found):
        return led   # a status quoted already
    own = [sp for sp in status_lead(text, items, at) if not any(a < sp[1] and sp[0] < b for a, b in found)]
    return own + found


def _item_status(text: str, items, at: int) -> tuple[object, tuple[int, int]] | None:
    """(the ledger item holding `at`, its status clause) or None (see status_span)."""
    words = [w.word for w in load_genre().status_words]
    for it in items:
        end = max([m.end for m in it.measures] + [it.problem_end])
        if not (it.problem_start <= at < end) or not it.status:
            continue
        for m in CLAUSE.finditer(text, it.problem_start, end):
            if any(w in m.group() and not NEGATED.search(m.group().split(w)[0])
                   and (it.status in m.group() or it.status in STATUS_OF.get(w, ())) for w in words):
                a = m.start() + len(m.group()) - len(m.group().lstrip())
                line = text.rfind("\n", 0, a) + 1
                if 0 < a - line <= FIELD_LABEL and text[a - 1] in ":：":   # with its label: 整改结果:已完成
                    a = line + len(text[line:a]) - len(text[line:a].lstrip())
                return it, (a, m.start() + len(m.group().rstrip()))
        return None
    return None


@functools.lru_cache(maxsize=64)   # status questions come back to the same notices; reading a notice's
def ledger_items(notice: Notice, sections: tuple[Section, ...]) -> tuple[LedgerItem, ...]:   # ledger takes 7-21 ms on the seeds
    """The ledger items of one notice, read once per notice (`sections` is the record's tuple)."""
    return tuple(extract_ledger(notice, sections))
