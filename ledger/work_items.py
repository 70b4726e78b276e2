"""The notice's own rectification-work items as drafting examples (genre measures.toml [draft_lines] work_lead,
work_title): in a paragraph about the rectification (市局党委把巡察整改作为重大政治任务来抓…) each inline item with a short
two-phrase title (二是加强组织领导,明确整改任务。…) becomes an item: its title the problem side, the rest its measure.
Items already in the ledger (a problem's 一是… measures) are left to it.

Example:
    >>> [w.problem for w in work_items(index)][:1]   # doctest: +SKIP
    ['提高思想认识,把握整改要求']
"""
from __future__ import annotations

from genre.draft_lines import work_lead, work_title
from ledger.frames import measures_in, paragraphs
from ledger.items import LedgerItem, Measure

KIND = "整改工作"


def work_items(index, ledger: list[LedgerItem]) -> list[LedgerItem]:
    """Rectification-work items of every indexed notice outside the spans of LEDGER's items, notices in id order."""
    taken: dict[str, list[tuple[int, int]]] = {}
    for it in ledger:
        ends = [m.end for m in it.measures] + [it.problem_end]
        taken.setdefault(it.notice_id, []).append((it.problem_start, max(ends)))
    out = []
    for nid in sorted(index.records):
        rec = index.records[nid]
        text = rec.notice.text
        for pa, pb in paragraphs(text):
            if any(a < pb and pa < b for a, b in taken.get(nid, ())):
                continue
            marks = measures_in(text, pa, pb, [])
            if len(marks) < 2 or not work_lead().search(text[pa:marks[0].start]):
                continue
            for m in marks:
                title = work_title().search(m.quote)
                if not title or title.end() >= len(m.quote):
                    continue
                a, b = m.start, m.start + title.end() - 1
                out.append(LedgerItem(f"{nid}:w{len(out) + 1:02d}", rec.notice.doc, nid, rec.notice.title, "",
                                      text[a:b], a, b, KIND, "", (Measure(text[b + 1:m.end], b + 1, m.end, ""),), ()))
    return out
