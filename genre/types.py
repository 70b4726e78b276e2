"""The typed records of the genre's conventions (frozen dataclasses, compiled regexes).

Example:
    >>> Status("已整改", "已完成").normal
    '已完成'
"""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    """A named regex with the convention it serves, e.g. a chrome cue, an item field or a kind."""
    name: str
    pattern: re.Pattern[str]
    why: str
    scope: str = ""             # chrome cues: "line" (the whole line is chrome) or "part"
    examples: tuple[str, ...] = ()


@dataclass(frozen=True)
class Marker:
    """An outline marker: `pattern` matches at a line start (leading blanks allowed), group `n` the number."""
    name: str
    level: int
    pattern: re.Pattern[str]
    inline: bool                # may also stand mid-line (一是… inside a paragraph)
    why: str
    examples: tuple[str, ...] = ()
    anywhere: re.Pattern[str] = re.compile("(?!)")  # inline markers: the marker mid-line, after a clause end
    bare: re.Pattern[str] = re.compile("(?!)")      # the marker alone (no line-start lead)


@dataclass(frozen=True)
class Flattened:
    """Paragraphs joined by blanks on one line (outline.toml [flattened])."""
    join: re.Pattern[str]
    min_joins: int
    blank: re.Pattern[str]
    kinds: tuple[str, ...]


@dataclass(frozen=True)
class Label:
    """A metadata label (the label only; the value follows the separator)."""
    field: str
    pattern: re.Pattern[str]
    why: str
    examples: tuple[str, ...] = ()


@dataclass(frozen=True)
class Status:
    word: str
    normal: str


@dataclass(frozen=True)
class Category:
    name: str
    words: tuple[str, ...]
    why: str


@dataclass(frozen=True)
class AgencyType:
    canonical: str
    forms: tuple[str, ...]
    why: str


@dataclass(frozen=True)
class NoticeKind:
    name: str
    cues: tuple[str, ...]
    why: str


@dataclass(frozen=True)
class Totals:
    """A totals statement: `total` items, `counts` per normal status, and the span it was read from."""
    total: int
    counts: tuple[tuple[str, int], ...]
    start: int
    end: int

    def count_of(self, status: str) -> int:
        """The items stated with STATUS: Totals(50, (("已完成", 40), ("正在整改", 10)), 0, 9).count_of("已完成") -> 40."""
        return sum(n for said, n in self.counts if said == status)


@dataclass(frozen=True)
class HeaderShapes:
    """Shapes of a notice's head and foot (metadata.toml [title] [byline] [subtitle] [signature] [preamble])."""
    title_about: re.Pattern[str]
    title_ending: re.Pattern[str]
    title_doc_number: re.Pattern[str]   # group `docno`: a 文号 in brackets after the title
    byline: re.Pattern[str]             # group `org`
    subtitle: re.Pattern[str]           # group `date` (optional)
    signature_organ: re.Pattern[str]    # group `org`
    preamble_party: re.Pattern[str]     # group `org`
    date_preference: tuple[str, ...]
    region_ends: tuple[str, ...] = ()     # a preamble party ending so names a region …
    region_party: str = ""                # … whose party committee is meant (广元市 -> 广元市委)
    title_organ: re.Pattern[str] = re.compile("(?!)")     # the organ a news-style title starts with
    internal_unit: re.Pattern[str] = re.compile("(?!)")   # a 来源 that names a section, not the issuer


@dataclass(frozen=True)
class Stated:
    """A total a notice states for one category of item, e.g. 具体问题29个 (已完成16, 基本完成10, 长期整改3)."""
    category: str         # as written, e.g. 具体问题 or “举一反三”整改事项
    kind: str             # the ledger kind it counts ("" when it counts no ledger item)
    total: int
    statuses: tuple[tuple[str, int], ...]   # (normal status, count)
    quote: str
    start: int
    end: int


@dataclass(frozen=True)
class StatedCategory:
    """A category of item a total counts (items.toml [[stated_category]]), with its two compiled forms."""
    name: str
    kind: str             # the ledger kind it counts, "" for none
    measures: bool        # it counts measures (整改措施N条)
    before: str           # a word that must stand just before the total ("" for none)
    forms: tuple[re.Pattern[str], ...]     # groups `cat` and `n`
    why: str


@dataclass(frozen=True)
class ItemConventions:
    """How items are introduced and grouped (items.toml), beyond fields, frames, kinds and totals."""
    lead_frames: tuple[Rule, ...]          # 针对X问题,进行了以下整改 …: groups `q` (problem) and `k` (group kind)
    heading_kinds: tuple[Rule, ...]        # name = the kind of the items under a heading it matches
    default_kind: str                      # items under no such heading
    group_kinds: tuple[str, ...]           # kinds that extend the findings (举一反三 …)
    task_parent: re.Pattern[str]           # a heading whose 一是… items are tasks
    lead_in: re.Pattern[str]               # a paragraph leading into the next group of items (此外…)
    figure: re.Pattern[str]                # a figure with its unit inside a measure
    plan_title: re.Pattern[str]            # a work plan's own title line (its tasks follow)
    stated: tuple[StatedCategory, ...]


@dataclass(frozen=True)
class HtmlShapes:
    """Where a web page keeps its furniture (chrome.toml [html]): elements dropped before it becomes text."""
    drop_tags: tuple[str, ...]
    furniture: re.Pattern[str]      # a class or id naming a furniture block
    link_block_share: float         # a block whose text is at least this share links …
    link_block_links: int           # … with at least this many links is a link bar
