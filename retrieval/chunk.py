"""Chunk stage: split each section's own text into chunks that end at sentence ends.

A chunk never crosses into another section (a short heading-only region is
joined to the first sub-section that follows it, which it contains), breaks only
after `。！？；` or a line end, and keeps its exact span in `Notice.text`. The
text that gets embedded and keyword-indexed is the section path + the chunk.

Example:
    >>> from retrieval.parse import parse_sections
    >>> text = "一、总体情况\\n第一句。第二句。"
    >>> [c.text for c in chunk_notice("n", text, parse_sections(text, "n"))]
    ['一、总体情况\\n第一句。第二句。']
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from genre.data_files import fingerprint
from retrieval.parse import Section
from retrieval.records import page_at

# the chunker's own version + the outline conventions its sections come from: an index built under other
# outline markers is parsed again (retrieval/index/opened.manifest_problem)
CHUNKER_VERSION = "6-" + fingerprint("outline.toml")   # 6: a page's outline kept above the title
MAX_CHARS = 320        # chunk body limit: keeps path + body under e5's 512 tokens
MIN_REGION_CHARS = 60  # smaller heading-only regions are joined to the next sub-section
PATH_PART_CHARS = 40
_SENTENCE_END = re.compile(r"[。！？；!?;]+[”’\"」』）)]*|\n+")
_FULL_STOP = re.compile(r"[。！？!?]+[”’\"」』）)]*|\n+")
PREAMBLE = "（导语）"


@dataclass(frozen=True)
class Chunk:
    id: str            # "<notice id>:<section index>:<ordinal>", stable across re-ingests
    notice_id: str
    section_index: int  # -1 for the preamble before the first heading
    section_path: str
    ordinal: int
    start: int
    end: int
    text: str          # == notice text[start:end]
    page: int = 0      # PDF page the chunk starts on (1-based); 0 = no pages (not a PDF)

    @property
    def index_text(self) -> str:
        """What gets embedded and keyword-indexed: path, then the chunk."""
        return f"{short_path(self.section_path)}\n{self.text}"


def short_path(path: str) -> str:
    parts = [p if len(p) <= PATH_PART_CHARS else p[:PATH_PART_CHARS] for p in path.split(" > ")]
    return " > ".join(parts)


def sentence_spans(text: str, start: int, end: int, clauses: bool = True) -> list[tuple[int, int]]:
    """Sentence spans inside text[start:end], whitespace trimmed, in order.

    With `clauses` a `；` also ends a span (chunk boundaries); without, only `。！？` and line ends.
    """
    spans, pos = [], start
    for m in (_SENTENCE_END if clauses else _FULL_STOP).finditer(text, start, end):
        spans.append((pos, m.end()))
        pos = m.end()
    if pos < end:
        spans.append((pos, end))
    out = []
    for a, b in spans:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out


def _split_long(text: str, a: int, b: int, limit: int) -> list[tuple[int, int]]:
    """A sentence over the limit is cut after commas (last resort: hard cut)."""
    pieces, pos = [], a
    while b - pos > limit:
        window = text[pos:pos + limit]
        cut = max(window.rfind(","), window.rfind("，"), window.rfind("、"))
        cut = pos + cut + 1 if cut > limit // 3 else pos + limit
        pieces.append((pos, cut))
        pos = cut
    pieces.append((pos, b))
    return pieces


def _regions(text: str, sections: list[Section]) -> list[tuple[int, int, int]]:
    """(start, end, section index) of each section's own text, plus the preamble."""
    regions = []
    first = sections[0].start if sections else len(text)
    if text[:first].strip():
        regions.append((0, first, -1))
    children: dict[int, list[Section]] = {}
    for s in sections:
        children.setdefault(s.parent, []).append(s)
    for s in sections:  # a section's own text: its span minus its sub-sections' spans
        pos = s.start
        for c in children.get(s.index, []):
            if c.start > pos:
                regions.append((pos, c.start, s.index))
            pos = max(pos, c.end)
        if s.end > pos and text[pos:s.end].strip():
            regions.append((pos, s.end, s.index))
    pos = first  # text after a top-level 一是… item belongs to no section: keep it with the preamble's label
    for s in sections:
        if s.parent < 0:
            if s.start > pos and text[pos:s.start].strip():
                regions.append((pos, s.start, -1))
            pos = max(pos, s.end)
    if sections and len(text) > pos and text[pos:].strip():
        regions.append((pos, len(text), -1))
    regions.sort()
    merged: list[tuple[int, int, int]] = []
    carry: int | None = None
    for i, (a, b, idx) in enumerate(regions):
        if carry is not None:
            a, carry = carry, None
        small = len(re.sub(r"\s", "", text[a:b])) < MIN_REGION_CHARS
        nxt = regions[i + 1] if i + 1 < len(regions) else None
        if small and idx >= 0 and nxt is not None and nxt[2] >= 0 and sections[nxt[2]].parent == idx:
            carry = a
            continue
        merged.append((a, b, idx))
    return merged


def chunk_notice(notice_id: str, text: str, sections: list[Section], max_chars: int = MAX_CHARS,
                 pages: tuple[int, ...] = ()) -> list[Chunk]:
    """All chunks of one notice, in document order (`pages`: Notice.pages, for each chunk's page)."""
    chunks: list[Chunk] = []
    ordinals: dict[int, int] = {}
    for a, b, idx in _regions(text, sections):
        path = sections[idx].path_text if idx >= 0 else PREAMBLE
        pieces: list[tuple[int, int]] = []
        for s, e in sentence_spans(text, a, b):
            pieces += _split_long(text, s, e, max_chars) if e - s > max_chars else [(s, e)]
        groups: list[list[tuple[int, int]]] = []
        for s, e in pieces:
            if groups and e - groups[-1][0][0] <= max_chars:
                groups[-1].append((s, e))
            else:
                groups.append([(s, e)])
        for g in groups:
            s, e = g[0][0], g[-1][1]
            ordinal = ordinals.get(idx, 0)  # a section's own text may come in several pieces
            ordinals[idx] = ordinal + 1
            chunks.append(Chunk(f"{notice_id}:{idx}:{ordinal}", notice_id, idx, path, ordinal, s, e, text[s:e],
                                page_at(pages, s)))
    return chunks
