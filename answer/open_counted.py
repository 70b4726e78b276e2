"""Which items are still open, asked (还有哪些没全改完) of a notice stating the open ones only as a count (阶段性完成整改1个):
the count answers, cited, and a note says the notice names none of them (genre questions.toml [asks_done] which_open).

Example:
    >>> open_counted_note("29个问题里还有哪些没全改完？", ["巡察组共反馈29个问题,其中已完成整改28个,阶段性完成整改1个"])
    '（通报只写了“阶段性完成整改1个”，没有写明具体是哪一个。）'
"""
from __future__ import annotations

from genre import load_genre
from genre.item_asks import open_asked
from genre.totals import status_count_hits

DONE = "已完成"   # the normal status of items closed (genre items.toml status words)
CN_COUNT = "一二三四五六七八九十"
UNITS = "个项条件"   # the classifier a status count ends in, said back with the count


def open_counts(question: str, quotes: list[str]) -> list[str]:
    """The status counts of QUOTES naming items not closed (阶段性完成整改1个, 正在整改3个), as written, when QUESTION asks
    which items are open; [] otherwise.

    >>> open_counts("还有哪些没完成？", ["已完成整改28个,阶段性完成整改1个"]), open_counts("完成了几个？", ["阶段性完成整改1个"])
    (['阶段性完成整改1个'], [])
    """
    if not open_asked(question):
        return []
    g = load_genre()
    return [h.group() for t in quotes for h in status_count_hits(g, t)
            if g.normalise_status(h.group("status")) != DONE and int(h.group("n")) > 0]


def open_counted_note(question: str, quotes: list[str]) -> str:
    """The note after a lead quoting the open items' count only (open_counts): the notice names none of them.

    >>> open_counted_note("哪几个还没改到位？", ["已完成整改28个,正在整改3个"])
    '（通报只写了“正在整改3个”，没有写明具体是哪三个。）'
    """
    counts = open_counts(question, quotes)
    if not counts:
        return ""
    n = sum(int(h.group("n")) for t in quotes for h in status_count_hits(load_genre(), t) if h.group() in counts)
    which = CN_COUNT[n - 1] if 0 < n <= len(CN_COUNT) else str(n)
    unit = counts[0][-1] if counts[0][-1] in UNITS else "个"   # 正在整改10项: 哪十项
    return f"（通报只写了“{'”“'.join(counts)}”，没有写明具体是哪{which}{unit}。）"


def with_open_counts(text: str, spans: list[tuple[int, int]], found: list[tuple[int, int]] | None,
                     question: str) -> list[tuple[int, int]] | None:
    """FOUND (the lead's spans of TEXT) with each open items' count stated in SPANS (the answer's sentences) that FOUND does
    not quote (阶段性完成整改1个 beside 已完成整改28个), in the notice's order, when QUESTION asks which items are open;
    FOUND as it is otherwise.

    >>> t = "巡察组共反馈29个问题,其中已完成整改28个,阶段性完成整改1个;移交立行立改问题4个"
    >>> [t[a:b] for a, b in with_open_counts(t, [(0, len(t))], [(0, 22)], "还有哪些没改完？")]
    ['巡察组共反馈29个问题,其中已完成整改28个', '阶段性完成整改1个']
    """
    if not open_asked(question):
        return found
    g = load_genre()
    def open_in(where: list[tuple[int, int]]) -> list[tuple[int, int]]:
        return [(a + h.start(), a + h.end()) for a, b in where for h in status_count_hits(g, text[a:b])
                if g.normalise_status(h.group("status")) != DONE and int(h.group("n")) > 0]
    added = open_in(spans) or open_in([(0, len(text))])[:1]   # none in the answer's sentences: the notice's first one
    added = [sp for sp in dict.fromkeys(added) if not any(x < sp[1] and sp[0] < y for x, y in found or [])]
    return sorted([*(found or []), *added]) if added else found
