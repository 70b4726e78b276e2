"""Rectification ledger (整改台账): every item a notice reports, with kind, status and verbatim measures.

Three house styles are recognised by their wording, not by notice:
- `针对X问题,进行了以下整改。一是……` (also `针对“举一反三”整改事项“X”`, `“推动改革促进发展”` items,
  `N.针对“X”,制定1项举一反三措施。`); measures are the `一是/二是` enumeration (paragraph-initial
  or inline), else the paragraphs that follow;
- `1)X。` / `针对“X。”` followed by `整改结果:S` and `整改情况:M` (status S, measures from M);
- work plans: `一是T。…` tasks under a heading naming 任务.
Stated totals (`具体问题29个,目前已完成整改16个…`) are read too, for the summary and, when a
notice says every item of a kind is done, for the items' status.

Example:
    >>> items = extract_ledger(notice, sections)
    >>> items[0].problem, items[0].kind, len(items[0].measures)
    ('全面学习贯彻党的二十大精神有差距', '反馈问题', 6)
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from genre import Stated
from ledger.frames import (
    ENUM,
    GROUP_KINDS,
    ITEMS,
    LABELLED,
    LEAD_FRAMES,
    G,
    Measure,
    about_heading,
    chain_of,
    deepest,
    field_of,
    framed,
    heading_kind,
    lead_end,
    measures_in,
    paragraphs,
    problem_span,
    trim,
)
from ledger.headings import fielded, inline_fields, section_items
from retrieval.load import Notice
from retrieval.parse import Section

__all__ = ["LedgerItem", "Measure", "Stated", "extract_ledger", "ledger_for_index", "paragraphs", "stated_counts"]


@dataclass(frozen=True)
class LedgerItem:
    id: str
    doc: str
    notice_id: str
    title: str
    section: str
    problem: str          # verbatim: notice.text[problem_start:problem_end]
    problem_start: int
    problem_end: int
    kind: str
    status: str           # "" when the notice does not say
    measures: tuple[Measure, ...]
    figures: tuple[str, ...]
    owner: str = ""       # 责任单位 as stated ("" when the notice does not say)
    deadline: str = ""    # 整改时限 as stated


def stated_counts(text: str, skip: list[tuple[int, int]] = ()) -> list[Stated]:
    """Totals a notice states per category outside the `skip` spans (measure text): genre.totals.read_stated.

    >>> [(st.kind, st.total) for st in stated_counts("巡察反馈具体问题29个,目前已完成整改16个。")]
    [('反馈问题', 29)]
    """
    return G.read_stated(text, skip)


def _status_from_stated(items: list[dict], stated: list[Stated]) -> None:
    """When a notice says all N items of a kind are done and N items are found, mark them 已完成."""
    for st in stated:
        if not st.kind or dict(st.statuses).get("已完成") != st.total:
            continue
        pool = [it for it in items if it["kind"] == st.kind and not it["status"]]
        numbered = [it for it in pool if it["numbered"]]
        for group in (numbered, pool):
            if len(group) == st.total:
                for it in group:
                    it["status"] = "已完成"
                break


def extract_ledger(notice: Notice, sections: list[Section] | tuple[Section, ...]) -> list[LedgerItem]:
    """All rectification items of one notice, in document order."""
    text, sections = notice.text, list(sections)
    paras = paragraphs(text)
    found: list[dict] = []
    boundaries = {s.start for s in sections if s.kind != "enum"}
    for i, (pa, pb) in enumerate(paras):
        lead = lead_end(text, pa, pb)
        own = next((s for s in sections if s.kind != "enum" and s.start <= pa < s.heading_end), None)
        chain = chain_of(sections, deepest(sections, pa))
        item = {"start": pa, "own": own, "chain": chain, "status": "", "numbered": lead > pa}
        if ITEMS.lead_in.match(text, pa, pb):
            boundaries.add(pa)  # a lead-in to the next group of items
            continue
        m = None
        for pattern in LEAD_FRAMES:
            m = pattern.match(text, lead, pb)
            if m:
                break
        if m:
            kind = re.sub(r"\s", "", m.groupdict().get("k") or "")
            if not kind:
                top = chain[-1].heading if chain else ""
                kind = "立行立改" if "立行立改" in top else "反馈问题"
            span = m.span("q")
            if text[span[0]:span[1]] == "该":
                span = about_heading(text, chain) or span
            item.update(problem=problem_span(text, *span), kind=kind, body=m.end())
        elif i + 1 < len(paras) and field_of(text, paras[i + 1]) and not field_of(text, (pa, pb)) \
                and (lead > pa or framed(text, lead, pb)):
            item.update(fielded(text, paras, i, lead, pb, chain))  # its fields follow on their own lines
        elif LABELLED.match(text[pa:pb]) and framed(text, pa, pb):
            a, b = framed(text, pa, pb)
            cut = text.find("。", a, b)
            status, body = inline_fields(text, cut + 1, pb) if cut > 0 else ("", pb)
            item.update(problem=problem_span(text, a, cut if cut > 0 else b), kind=heading_kind(chain),
                        body=body, numbered=True, status=status)
        else:
            continue
        boundaries.add(pa)
        found.append(item)
    for s in sections:  # work-plan tasks: `一是T。…` under a heading naming 任务
        chain = chain_of(sections, s)
        if s.kind == "enum" and any(ITEMS.task_parent.search(c.heading) for c in chain[1:]):
            a = ENUM.search(text, s.start).end()
            pb = next((p[1] for p in paras if p[0] <= a <= p[1]), s.body_end)
            cut = re.compile(r"[。,，;；]").search(text, a, pb)
            found.append({"start": s.start, "own": s, "chain": chain, "status": "", "numbered": True, "kind": "工作任务",
                          "problem": problem_span(text, a, cut.start() if cut else pb), "body": cut.end() if cut else pb,
                          "end": pb, "task": True})
    found += section_items(text, sections, found)
    found.sort(key=lambda it: it["start"])
    ends = sorted(boundaries | {len(text)})
    for it in found:
        it.setdefault("end", next((b for b in ends if b > it["body"]), len(text)))
    _status_from_stated(found, stated_counts(text, [(it["body"], it["end"]) for it in found]))
    return [_to_item(notice, n, it, paras) for n, it in enumerate(found, 1)]


def _to_item(notice: Notice, n: int, it: dict, paras: list[tuple[int, int]]) -> LedgerItem:
    text = notice.text
    own, chain, kind = it["own"], it["chain"], it["kind"]
    home = own or (chain[0] if chain else None)
    path = home.path if home else ()
    if kind in GROUP_KINDS and own is not None:   # a numbered list of group items: top > kind > item
        path = (chain[-1].path[0], kind, own.path[-1])
    elif kind in GROUP_KINDS:                      # a group item following the problem it extends
        path = path + (kind,)
    measures = tuple(measures_in(text, it["body"], it["end"], paras)) if not it.get("task") else \
        tuple(Measure(text[s:e], s, e, "") for s, e in [trim(text, it["body"], it["end"])] if e > s)
    figures = tuple(dict.fromkeys(f.group(0) for m in measures for f in ITEMS.figure.finditer(m.quote)))
    a, b = it["problem"]
    return LedgerItem(f"{notice.id}:{n:03d}", notice.doc, notice.id, notice.title, " > ".join(path), text[a:b], a, b,
                      kind, it["status"], measures, figures, it.get("owner", ""), it.get("deadline", ""))


def ledger_for_index(index) -> list[LedgerItem]:
    """The ledger of every notice in an opened index (notices in id order)."""
    return [item for nid in sorted(index.records) for item in
            extract_ledger(index.records[nid].notice, index.records[nid].sections)]
