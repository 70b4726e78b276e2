"""Items stated by headings or by a problem line with labelled fields on the lines after it.

- `fielded`: `问题1:X` / `1.X。` / `关于“X”的问题` followed by 整改情况:, 整改措施:, 完成情况:, 责任单位:,
  整改时限: lines (status from the notice's words; the measures stop at the next field);
- `section_items`: a leaf heading framed as a problem, a leaf under a heading that announces findings,
  a task under a heading that announces tasks or after a work plan's own title line.

Example:
    >>> from retrieval.parse import parse_sections
    >>> text = "一、巡察发现的问题\\n(一)会议记录不规范\\n(二)台账不全\\n"
    >>> [text[slice(*it["problem"])] for it in section_items(text, parse_sections(text), [])]
    ['会议记录不规范', '台账不全']
"""
from __future__ import annotations

from ledger.frames import (
    ITEMS,
    KIND_RULES,
    chain_of,
    field_of,
    framed,
    heading_kind,
    marked_line,
    problem_span,
    status_word,
)
from retrieval.parse import Section


def fielded(text: str, paras: list[tuple[int, int]], i: int, lead: int, pb: int, chain: list) -> dict:
    """An item stated as a problem paragraph followed by labelled fields (整改情况:, 完成情况:, 责任单位: …)."""
    span = framed(text, lead, pb) or (lead, pb)
    problem = problem_span(text, *span)
    if text[problem[0]:problem[1]].endswith("问题") and span == (lead, pb):
        problem = (problem[0], problem[1])
    out = {"problem": problem, "kind": heading_kind(chain), "status": "", "owner": "", "deadline": ""}
    body = None
    for pa2, pb2 in paras[i + 1:i + 8]:
        f = field_of(text, (pa2, pb2))
        if not f:
            if body is None or marked_line(text[pa2:pb2]) or framed(text, pa2, pb2):
                break
            continue
        name, m = f
        if body is not None and "end" not in out:
            out["end"] = pa2  # the measures stop at the next labelled field
        vstart = pa2 + m.end()
        value = text[vstart:pb2]
        if name == "完成情况" and not out["status"]:
            out["status"] = value.strip()
        elif name in ("整改情况", "整改措施"):
            word = status_word(value)
            if word and not out["status"]:
                out["status"] = word
            if body is not None:
                continue
            body = after_status(text, vstart, pb2, word)
        elif name == "责任单位":
            out["owner"] = value.strip()
        elif name == "整改时限":
            out["deadline"] = value.strip()
    out["body"] = body if body is not None else paras[i + 1][1]
    return out


def after_status(text: str, vstart: int, end: int, word: str) -> int:
    """Where the measures start in a field value that may open with its status word (整改情况:已完成。根据…)."""
    at = vstart + len(text[vstart:end]) - len(text[vstart:end].lstrip()) + len(word)
    while at < end and text[at] in "。,，;； ":
        at += 1
    return at


def inline_fields(text: str, a: int, b: int) -> tuple[str, int]:
    """(status, measures start) of a field that follows the problem on its own line (问题1:X。整改情况:已完成。…)."""
    f = field_of(text, (a, b))
    if not f or f[0] not in ("整改情况", "整改措施"):
        return "", a
    vstart = a + f[1].end()
    word = status_word(text[vstart:b])
    return word, after_status(text, vstart, b, word)


def heading_start(text: str, s: Section) -> int:
    return text.find(s.marker, s.start) + len(s.marker)


def section_items(text: str, sections: list[Section], found: list[dict]) -> list[dict]:
    """Items stated as headings: a leaf heading framed as a problem (关于“X”的问题), a leaf heading under
    a heading that announces findings (巡察发现的问题), a task under a heading that announces tasks."""
    out = []
    starts = [it["start"] for it in found]
    plan = next((m.end() for m in ITEMS.plan_title.finditer(text)), len(text) + 1)
    for s in sections:
        if s.kind in ("enum", "attach") or any(s.start <= a < s.end for a in starts):
            continue
        kids = [c for c in sections if c.parent == s.index]
        chain = chain_of(sections, s)
        above = " ".join(c.heading for c in chain[1:])
        hs = heading_start(text, s)
        framing = framed(text, hs, s.heading_end)
        task = any(r.name == "工作任务" and r.pattern.search(c.heading) for c in chain[1:2] if c.kind != "attach"
                   for r in KIND_RULES) or (s.start > plan and sum(c.kind != "attach" for c in chain) == 2 and not kids)  # a plan's task
        if task and not any(c.kind == "enum" for c in kids):
            kind = "工作任务"
        elif any(c.kind != "enum" for c in kids) or (len(chain) >= 2 and any(
                chain[1].start <= a < s.start for a in starts)):
            continue  # a grouping heading, or a sub-point of an item stated above it
        elif framing or (len(chain) >= 2 and any(r.name == "反馈问题" and r.pattern.search(above) for r in KIND_RULES)):
            kind = heading_kind(chain[1:]) if not task else "工作任务"
        else:
            continue
        a, b = framing or (hs, s.heading_end)
        out.append({"start": s.start, "own": s, "chain": chain, "status": "", "numbered": True, "kind": kind,
                    "problem": problem_span(text, a, b), "body": min(s.heading_end + 1, s.end), "end": s.end})
    return out
