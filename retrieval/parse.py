"""Parse stage: a notice's cleaned text into its section tree.

Headings are recognised by the genre's outline markers (genre/data/outline.toml) at the start
of a line: `一、` > `(一)`/`（一）` > `1.`/`1、` > `(1)`/`（1）` > `1)` > `①` > paragraph-initial `一是`,
labelled items (`问题1:`, `反馈问题一:`) and `附件1` parts; page numbers of pasted documents
(`- 2 -`, `第2页`) are never headings. Inline items anywhere in a paragraph (一是…, （1）…): `inline_items` (retrieval/inline.py). The nesting follows the order the markers appear in (a marker
kind already open closes everything below it), so notices that skip or reorder
levels still parse. A heading that runs on into its body ends at the first `。`.
Web pages that render an outline as an HTML list lose the marker and show an
indented `  1. `; its kind is inferred from its neighbours (see `_resolve_list_item`).

Example:
    >>> secs = parse_sections("一、总体情况\\n正文。\\n(一)提高站位。正文。")
    >>> [s.path_text for s in secs]
    ['一、总体情况', '一、总体情况 > (一)提高站位']
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from genre import load_genre
from retrieval.inline import InlineItem, inline_items, inline_runs  # noqa: F401  (the shared inline reader)

CN_NUM = "一二三四五六七八九十"
G = load_genre()
# Outline markers of the genre (genre/data/outline.toml), in the order they are tried on a line.
MARKERS: list[tuple[str, re.Pattern[str]]] = [(m.name, m.pattern) for m in G.outline]
LIST_ITEM = re.compile(r"^\u3000* +1\.\s+")  # an HTML <ol> item that lost its real marker
KIND_ORDER = [k for k, _ in MARKERS]
MAX_HEADING = 60


@dataclass(frozen=True)
class Section:
    id: str            # "<notice id>#<index>"
    index: int
    kind: str          # one of KIND_ORDER
    number: int
    depth: int         # 1 = top level
    marker: str        # as written, e.g. "(一)" or "1."
    heading: str       # heading text after the marker, without the final 。
    path: tuple[str, ...]  # "marker+heading" of every ancestor and itself
    start: int         # offset of the heading line in Notice.text
    heading_end: int   # offset where the heading text ends
    body_end: int      # end of this section's own text (first child or end)
    end: int           # end of the section including its children
    parent: int        # index of the parent section, -1 at top level

    @property
    def path_text(self) -> str:
        return " > ".join(self.path)

    @property
    def title(self) -> str:
        return self.path[-1]


def cn_to_int(s: str) -> int:
    """'十二' -> 12, '三' -> 3, '1' -> 1."""
    if s.isdigit():
        return int(s)
    if s == "十":
        return 10
    if "十" in s:
        tens, _, ones = s.partition("十")
        if any(len(part) > 1 or part not in CN_NUM for part in (tens, ones) if part):
            return 0  # not a numeral (十十一、 found by fuzzing): still a heading, numbered 0
        return (CN_NUM.index(tens) + 1 if tens else 1) * 10 + (CN_NUM.index(ones) + 1 if ones else 0)
    return CN_NUM.index(s) + 1 if s in CN_NUM else 0


@dataclass
class _Head:
    kind: str
    number: int
    marker: str
    start: int        # line start offset
    text_start: int   # offset after the marker
    line_end: int
    lead: str         # first two characters of the heading text
    flat: bool = False  # on a flattened line: the heading also ends at the next blank


def _match_marker(line: str, prev_line: str) -> tuple[str, re.Match[str]] | None:
    if prev_line.strip().startswith("附件") and line[:1].isspace():
        return None  # continuation of an 附件: list, not a heading
    if any(p.pattern.match(line) for p in G.page_markers):
        return None  # a page number of a document pasted from PDF/Word (- 2 -, 第2页), not a heading
    for kind, pattern in MARKERS:
        m = pattern.match(line)
        if m:
            rest = line[m.end():].strip()
            if not rest and kind != "attach":
                return None
            if kind.startswith("ar_") and G.number_guard.match(rest):
                return None  # a figure at the start of a sentence, not a heading
            return kind, m
    return None


def _number(m: re.Match[str]) -> int:
    groups = m.groupdict()
    return cn_to_int(groups.get("n") or groups.get("n2") or "1")


def _segments(line: str) -> list[tuple[int, int, bool]]:
    """(start, end, flattened) of the parts of a line; a flattened line splits before each marker after a blank."""
    flat = G.flattened
    if len(flat.join.findall(line)) < flat.min_joins:
        return [(0, len(line), False)]
    cuts = []
    for b in flat.blank.finditer(line):
        found = _match_marker(line[b.end():], "")
        if found and found[0] in flat.kinds:
            cuts.append((b.start(), b.end()))
    out, start = [], 0
    for blank_start, blank_end in cuts:
        out.append((start, blank_start, True))
        start = blank_end
    out.append((start, len(line), True))
    return out


def _scan(text: str) -> list[_Head]:
    heads: list[_Head] = []
    pos, prev = 0, ""
    for line in text.split("\n"):
        end = pos + len(line)
        if LIST_ITEM.match(line):
            m = LIST_ITEM.match(line)
            heads.append(_Head("?", 1, "1.", pos, pos + m.end(), end, line[m.end():m.end() + 2]))
        else:
            for a, b, flat in _segments(line):
                found = _match_marker(line[a:b], prev if a == 0 else "")
                if found:
                    kind, m = found
                    text_start = pos + a + m.end()
                    heads.append(_Head(kind, _number(m), m.group(0).strip(), pos + a, text_start, pos + b,
                                       text[text_start:text_start + 2], flat))
        if line.strip():
            prev = line
        pos = end + 1
    return heads


def _resolve_list_item(heads: list[_Head], i: int, stack: list[_Head]) -> None:
    """Give an indented `1.` item the kind and number its position implies.

    1. same opening words as the previous heading -> its next sibling;
    2. it fills a gap in an open kind's numbering (the next heading of that kind
       skips one number) -> that kind;
    3. otherwise a first child of the previous heading.
    """
    h, prev = heads[i], stack[-1] if stack else None
    if prev is not None and prev.lead == h.lead:
        h.kind, h.number = prev.kind, prev.number + 1
        return
    for open_head in stack:
        depth_kinds = {s.kind for s in stack[: stack.index(open_head)]}
        for later in heads[i + 1:]:
            if later.kind in depth_kinds:
                break
            if later.kind == open_head.kind:
                if later.number == open_head.number + 2:
                    h.kind, h.number = open_head.kind, open_head.number + 1
                    return
                break
    used_after = [heads[j + 1].kind for j in range(len(heads) - 1)
                  if prev is not None and heads[j].kind == prev.kind and heads[j + 1].kind not in ("?", prev.kind)]
    h.kind = used_after[0] if used_after else "ar_paren"
    h.number = 1


def _heading_end(text: str, h: _Head) -> int:
    line = text[h.text_start:h.line_end]
    cut = re.search(r"[。！？]", line)
    if h.flat and (blank := G.flattened.blank.search(line)) and (cut is None or blank.start() < cut.start()):
        cut = blank
    if cut and cut.start() <= 150:
        return h.text_start + cut.start()
    return h.line_end


def _display_heading(text: str, start: int, end: int) -> str:
    s = text[start:end].strip()
    return s if len(s) <= MAX_HEADING else s[:MAX_HEADING] + "…"


def parse_sections(text: str, notice_id: str = "doc", start: int = 0) -> list[Section]:
    """Return the notice's sections in document order, from `start` on (Notice.header_end: a page's outline of
    the notice kept above its title is no section of it)."""
    heads = [h for h in _scan(text) if h.start >= start]
    stack: list[_Head] = []
    placed: list[tuple[_Head, int]] = []  # (head, depth)
    parents: list[int] = []
    index_of: dict[int, int] = {}
    for i, h in enumerate(heads):
        while stack and stack[-1].kind == "enum" and h.kind != "enum":
            stack.pop()  # 一是…二是… items never hold sub-headings
        if h.kind == "?":
            _resolve_list_item(heads, i, stack)
        kinds = [s.kind for s in stack]
        if h.kind == "attach":
            stack = []
        elif h.kind in kinds:
            stack = stack[: kinds.index(h.kind)]
        parent = index_of[id(stack[-1])] if stack else -1
        index_of[id(h)] = len(placed)
        placed.append((h, len(stack) + 1))
        parents.append(parent)
        stack.append(h)

    sections: list[Section] = []
    paths: list[tuple[str, ...]] = []
    for idx, (h, depth) in enumerate(placed):
        end = len(text)
        for h2, d2 in placed[idx + 1:]:
            if d2 <= depth:
                end = h2.start
                break
        if h.kind == "enum":  # a 一是… item is its own paragraph; what follows it belongs to the parent
            end = min(end, h.line_end)
        body_end = placed[idx + 1][0].start if idx + 1 < len(placed) and placed[idx + 1][1] > depth else end
        if h.kind == "attach":  # the attachment's title is the next non-empty line
            nxt = text[h.line_end:body_end].strip().split("\n")[0].strip()
            heading, heading_end = nxt[:MAX_HEADING], h.line_end
        else:
            heading_end = _heading_end(text, h)
            heading = _display_heading(text, h.text_start, heading_end)
        label = f"{h.marker} {heading}" if h.kind == "attach" else f"{h.marker}{heading}"
        path = (paths[parents[idx]] if parents[idx] >= 0 else ()) + (label,)
        paths.append(path)
        sections.append(Section(
            id=f"{notice_id}#{idx}", index=idx, kind=h.kind, number=h.number, depth=depth,
            marker=h.marker, heading=heading, path=path, start=h.start, heading_end=heading_end,
            body_end=body_end, end=end, parent=parents[idx]))
    return sections


def page_outline(text: str, header_end: int, notice_id: str = "doc") -> list[Section]:
    """The outline a page lists above a notice's title (its table of contents, kept by the loader before
    `header_end`), as sections of their own: each a heading line, nested as the markers say. [] when none."""
    return parse_sections(text[:header_end], notice_id)


def section_at(sections: list[Section], offset: int) -> Section | None:
    """The deepest section whose span holds `offset` (None in the preamble)."""
    best = None
    for s in sections:
        if s.start <= offset < s.end and (best is None or s.depth > best.depth):
            best = s
    return best
