"""Spans of an item's text: paragraphs, problem frames, labelled fields, measures, and the kind a heading gives.

The conventions are the genre's (genre/data/items.toml, outline.toml); offsets always refer to
Notice.text, so every quote is verbatim.

Example:
    >>> text = "1.针对“甲乙\\n丙丁”问题,进行了以下整改。一是做甲事。二是做乙事。"
    >>> [text[a:b][-6:] for a, b in paragraphs(text)]
    ['二是做乙事。']
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from genre import load_genre
from retrieval.parse import Section, cn_to_int

G = load_genre()
FIELDS = {r.name: r.pattern for r in G.item_fields}
FRAMES = G.item_frames
KIND_RULES = G.item_kinds

ITEMS = G.items
LEAD_FRAMES = tuple(r.pattern for r in ITEMS.lead_frames)   # 针对X问题,进行了以下整改 … (groups q, k)
GROUP_KINDS = ITEMS.group_kinds
ENUM = next(m.bare for m in G.outline if m.inline)        # 一是 … (group n; n2 of 第一，…)
LABELLED = next(m.pattern for m in G.outline if m.name == "labelled")
# Punctuation that ends a paragraph; outline markers are the genre's (outline.toml).
_TERMINAL = "。！？；;!?：:”’」』)）"
_NUMBERED = tuple(m.pattern for m in G.outline if m.name in ("cn_dun", "cn_paren", "ar_dot", "ar_paren", "ar_half"))


def lead_end(text: str, a: int, b: int) -> int:
    """Where the paragraph text[a:b] starts after its outline marker (1. / (一) / 一、) and blanks, else after blanks."""
    piece = text[a:b]
    for pattern in _NUMBERED:
        m = pattern.match(piece)
        if m and not (G.number_guard.match(piece, m.end()) and m.group("n").isdigit()):
            a += m.end()
            break
    while a < b and text[a] in " \u3000":
        a += 1
    return a


def marked_line(line: str) -> bool:
    """A line that opens with an outline marker (a new paragraph, never the rest of a broken one)."""
    return G.marker_of(line) is not None


@dataclass(frozen=True)
class Measure:
    quote: str     # verbatim: notice.text[start:end]
    start: int
    end: int
    marker: str    # "一是" … or "" for an unnumbered paragraph


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-empty lines (trimmed spans); a line broken mid-sentence is joined to the next one."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        if not line.strip():
            continue
        a, b = a + len(line) - len(line.lstrip()), b - (len(line) - len(line.rstrip()))
        if spans and broken_line(text[spans[-1][0]:spans[-1][1]]) and not marked_line(line) \
                and not any(p.match(line) for p in FIELDS.values()):
            spans[-1] = (spans[-1][0], b)
        else:
            spans.append((a, b))
    return spans


def broken_line(p: str) -> bool:
    if p[-1] in _TERMINAL:
        return False
    body = p[lead_end(p, 0, len(p)):]
    return "。" in p or body.startswith("针对") or p.count("“") > p.count("”")


def trim(text: str, a: int, b: int, strip: str = "") -> tuple[int, int]:
    while a < b and (text[a].isspace() or text[a] in strip):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in strip):
        b -= 1
    return a, b


def problem_span(text: str, a: int, b: int) -> tuple[int, int]:
    """Drop quotes wrapping the whole problem, a final 。 and a trailing 的."""
    a, b = trim(text, a, b, "。")
    s = text[a:b]
    if s.startswith("“") and (s.endswith("”") and s.count("“") == 1 or s.count("“") > s.count("”")):
        a, b = trim(text, a + 1, b - (1 if s.endswith("”") else 0), "。")
    if text[a:b].endswith("的"):
        b -= 1
    return a, b


def deepest(sections: list[Section], offset: int, enum: bool = False) -> Section | None:
    best = None
    for s in sections:
        if s.start <= offset < s.end and (enum or s.kind != "enum") and (best is None or s.depth > best.depth):
            best = s
    return best


def chain_of(sections: list[Section], s: Section | None) -> list[Section]:
    out = []
    while s is not None:  # deepest first
        out.append(s)
        s = sections[s.parent] if s.parent >= 0 else None
    return out


def heading_kind(chain: list[Section]) -> str:
    """Kind of a 整改结果-style item from the headings above it, deepest first."""
    return next((r.name for s in chain for r in ITEMS.heading_kinds if r.pattern.search(s.heading)), ITEMS.default_kind)


def about_heading(text: str, chain: list[Section]) -> tuple[int, int] | None:
    """`针对该问题`: the problem is named by the nearest `关于X问题` heading."""
    for s in chain:
        i = text.find("关于", s.start, s.heading_end)
        if i >= 0:
            a, b = trim(text, i + 2, s.heading_end)
            return a, b - 2 if text[a:b].endswith(("问题", "方面")) else b
    return None


def measures_in(text: str, a: int, b: int, paras: list[tuple[int, int]]) -> list[Measure]:
    """`一是…二是…` in order (paragraph-initial or after 。；:), else one measure per paragraph."""
    marks = []
    for m in ENUM.finditer(text, a, b):
        gap = text[a:m.start()]
        before = gap.rstrip()
        if (not before or "\n" in gap[len(before):] or before[-1] in "。；;:：") and cn_to_int(m.group("n") or m.group("n2")) == len(marks) + 1:
            marks.append(m)
    if marks:
        ends = [m.start() for m in marks[1:]] + [b]
        spans = [(m.group(0), *trim(text, m.end(), e)) for m, e in zip(marks, ends)]
    else:
        spans = [("", pa, min(pb, b)) for pa, pb in paras if pb > a and pa < b]
        spans = [(mk, *trim(text, max(pa, a), pb)) for mk, pa, pb in spans]
    return [Measure(text[s:e], s, e, mk) for mk, s, e in spans if e > s]


def field_of(text: str, span: tuple[int, int]) -> tuple[str, re.Match[str]] | None:
    """(field name, match) when the paragraph starts with an item field label (整改情况:, 完成情况: …)."""
    piece = text[span[0]:span[1]]
    for name, pattern in FIELDS.items():
        m = pattern.match(piece)
        if m:
            return name, m
    return None


def framed(text: str, a: int, b: int) -> tuple[int, int] | None:
    """Span of the problem inside a problem frame at the paragraph's start (关于“X”的问题, 问题1:X, 针对X问题)."""
    piece = text[a:b]
    for rule in FRAMES:
        m = rule.pattern.match(piece)
        if m:
            g = "problem" if m.group("problem") is not None else "problem2"
            if m.group(g) is None:
                continue
            inner = framed(text, a + m.start(g), a + m.end(g)) if rule.name.startswith("问题") else None
            return inner or (a + m.start(g), a + m.end(g))
    return None


def status_word(value: str) -> str:
    """The status word a field value opens with, as written (整改情况:已完成。… -> 已完成)."""
    for st in G.status_words:
        if value.lstrip().startswith(st.word):
            return st.word
    return ""
