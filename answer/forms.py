"""Answers about the document rather than a fact in it, and the pieces every answer shares.

- structure_answer: "第三部分讲了什么" / "分成哪几部分" (headings of the sections pointed at)
- where_answer: "……写在哪一部分" (the section chain of the best hit, then the passage)
- (answers about the document's metadata: answer/metadata.py)
- draft_answer: "帮我起草……" in chat, answered by the drafting helper with its citations
- copies_note: says when the quoted passages stand almost word for word in other notices
- cite / trim: a verbatim Citation of text[a:b] with its section path; long sentences cut at a clause

Example:
    >>> cite(index, "jinan-city-mgmt-bureau-2024-inspection-rectification", 0, 20, 1).section
    '（导语）'
"""
from __future__ import annotations


from genre.questions import load_questions
from ledger.draft import draft_measures
from retrieval.chunk import sentence_spans
from retrieval import weights
from retrieval.errors import NoticeQAError
from retrieval.index.opened import Index
from retrieval.records import Citation, section_path_at
from retrieval.search.profile import notice_profile
from retrieval.search.rank import Hit

MAX_SENTENCE_CHARS = 260
WHERE = load_questions().where
DRAFT_REQUEST = load_questions().draft_request
DRAFT_PREFIX = "参照通报中相近问题的整改措施起草如下（〔〕处请按本单位实际填写，每条后的编号是所参照的原文）：\n"


def trim(text: str, a: int, b: int) -> tuple[int, int]:
    """Keep long sentences readable: cut at a clause end inside the limit."""
    if b - a <= MAX_SENTENCE_CHARS:
        return a, b
    window = text[a:a + MAX_SENTENCE_CHARS]
    cut = max(window.rfind(","), window.rfind("，"), window.rfind(";"), window.rfind("；"))
    return (a, a + cut) if cut > 60 else (a, a + MAX_SENTENCE_CHARS)


def cite(index: Index, notice_id: str, a: int, b: int, n: int) -> Citation:
    rec = index.records[notice_id]
    return Citation(n, notice_id, rec.notice.doc, rec.notice.title, section_path_at(rec.sections, a),
                    rec.notice.text[a:b], a, b)


def item_body(text: str, heading_end: int, end: int) -> list[tuple[int, int]]:
    """The sentences an item writes after its heading in the heading's own paragraph (2.重点领域…存在风险隐患。个别案件
    侦办不力;…): [] when the heading stands on a line of its own (a part whose items follow on lines below).

    >>> t = "3.强化自我检视,不断提升整改成效。查找制度漏洞。\n二、"
    >>> [t[a:b] for a, b in item_body(t, 17, len(t))]
    ['查找制度漏洞。']
    """
    line_end = text.find("\n", heading_end, end)
    stop = line_end if line_end >= 0 else end
    return [sp for sp in sentence_spans(text, heading_end, stop, clauses=False) if sp[1] - sp[0] > 1]


def structure_answer(index: Index, sections, scope_note: str) -> tuple[str, bool, tuple[Citation, ...]]:
    """Headings of the sections a structural question points at (plus the opening sentence of a single one)."""
    cites: list[Citation] = []
    for sec in sections[:8]:
        nid = sec.id.rsplit("#", 1)[0]  # a file name may hold "#"
        text = index.records[nid].notice.text
        line_end = text.find("\n", sec.start)
        end = min(line_end if line_end >= 0 else len(text), sec.heading_end + 1 if sec.heading_end < len(text) and text[sec.heading_end] in "。" else sec.heading_end)
        a = sec.start + len(text[sec.start:end]) - len(text[sec.start:end].lstrip())
        cites.append(cite(index, nid, a, end, len(cites) + 1))
        if len(sections) == 1 and item_body(text, end, sec.end):   # an item asked alone: its heading and sentences
            body = item_body(text, end, sec.end)
            cites[-1] = cite(index, nid, a, trim(text, *body[0])[1], 1)
            for b0, b1 in body[1:weights.ITEM_SENTENCES + 1]:
                cites.append(cite(index, nid, *trim(text, b0, b1), len(cites) + 1))
        elif len(sections) == 1:
            body = [sp for sp in sentence_spans(text, end, sec.end) if sp[1] - sp[0] > 8][:1]
            for b0, b1 in body:
                cites.append(cite(index, nid, *trim(text, b0, b1), len(cites) + 1))
    lines = [f"{c.quote}[{c.n}]" for c in cites]
    return scope_note + ("；".join(lines) if len(sections) > 1 else "".join(lines)), False, tuple(cites)


def enum_answer(index: Index, notice_id: str, items, scope_note: str) -> tuple[str, bool, tuple[Citation, ...]]:
    """Each 一是/二是… item's opening sentence (to its first 。 or ；), cited, in the notice's order."""
    text = index.records[notice_id].notice.text
    cites = []
    for it in items:
        stop = min([p + 1 for p in (text.find(c, it.start, it.end) for c in "。；;") if p >= 0] or [it.end])
        a, b = trim(text, it.start, min(stop, it.start + MAX_SENTENCE_CHARS))
        cites.append(cite(index, notice_id, a, b, len(cites) + 1))
    return scope_note + "；".join(f"{c.quote}[{c.n}]" for c in cites), False, tuple(cites)


def where_answer(index: Index, hit: Hit, scope_note: str) -> tuple[str, bool, tuple[Citation, ...]]:
    """'写在哪一部分': name the section of the best hit and quote its heading and the matching passage."""
    rec = index.records[hit.notice_id]
    sec = rec.sections[hit.chunk.section_index] if hit.chunk.section_index >= 0 else None
    cites = []
    chain = []
    while sec is not None:
        chain.insert(0, sec)
        sec = rec.sections[sec.parent] if sec.parent >= 0 else None
    for s in chain:
        head = rec.notice.text[s.start:s.heading_end]
        cites.append(cite(index, hit.notice_id, s.start + len(head) - len(head.lstrip()), s.heading_end,
                           len(cites) + 1))
    spans = sentence_spans(rec.notice.text, hit.chunk.start, hit.chunk.end)
    if spans:
        cites.append(cite(index, hit.notice_id, *trim(rec.notice.text, *spans[0]), len(cites) + 1))
    where = " > ".join(f"{c.quote}[{c.n}]" for c in cites[:-1]) or "导语"
    named = notice_profile(rec.notice).label   # its title, else its issuer and file (an excerpt without a title line)
    return (scope_note + f"在《{named}》的 {where} 部分：{cites[-1].quote}[{cites[-1].n}]"), False, tuple(cites)


def draft_answer(index: Index, question: str) -> tuple[str, bool, tuple[Citation, ...]] | None:
    """A request to draft measures in chat is answered by the drafting helper, with its citations."""
    try:
        d = draft_measures(index, question)
    except NoticeQAError:
        return None
    if not d.citations:
        return None
    return DRAFT_PREFIX + d.draft, False, d.citations


def copies_note(index: Index, cited: list[Hit]) -> str:
    """Say when the quoted passages stand almost word for word in other notices too (ask which one)."""
    others = sorted({nid for h in cited for nid in h.also_in} - {h.notice_id for h in cited})
    if not others:
        return ""
    example = index.records[others[0]].notice.title
    return (f"（另有 {len(others)} 份通报有几乎相同的表述，如《{example}》；"
            "如需特定单位的情况，请在问题中写明单位或地区。）")
