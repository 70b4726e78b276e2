"""Conventions of the genre (rectification notices, audit-rectification reports, work plans) as data.

Every rule lives in genre/data/*.toml with a `why` naming the convention it serves; this package
loads them once into frozen dataclasses with compiled regexes. It imports nothing from the rest of
the project (stdlib only). Places: see genre.places.

Example:
    >>> g = load_genre()
    >>> g.normalise_status("整改结果:整改到位")
    '已完成'
    >>> [m.name for m in g.outline if m.pattern.match("(一)提高政治站位")]
    ['cn_paren']
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre.data_files import compile_re, entries, get, read_toml, section
from genre.errors import GenreDataError

__all__ = ["load_genre", "Genre", "Marker", "Flattened", "Rule", "Label", "Status", "Category", "AgencyType",
           "NoticeKind", "Totals", "HeaderShapes", "GenreDataError"]


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
class Genre:
    outline: tuple[Marker, ...]
    flattened: Flattened
    number_guard: re.Pattern[str]          # after an Arabic marker: a unit/digit means a figure
    page_markers: tuple[Rule, ...]
    metadata_labels: tuple[Label, ...]
    metadata_prefix: re.Pattern[str]
    metadata_separator: re.Pattern[str]
    metadata_values: tuple[Rule, ...]      # date, date_cn, doc_number, index_number, column_tag
    chrome: tuple[Rule, ...]
    item_fields: tuple[Rule, ...]
    item_frames: tuple[Rule, ...]          # problem frames
    item_kinds: tuple[Rule, ...]
    status_words: tuple[Status, ...]       # longest word first
    totals: tuple[Rule, ...]
    counts: tuple[Rule, ...]
    measure_categories: tuple[Category, ...]
    self_references: tuple[str, ...]
    self_reference: re.Pattern[str]
    organ_parts: tuple[str, ...]
    agency_types: tuple[AgencyType, ...]
    notice_kinds: tuple[NoticeKind, ...]
    header: HeaderShapes
    all_done: re.Pattern[str]
    plan_title: re.Pattern[str] = re.compile("(?!)")   # a work plan's own title line (its tasks follow)

    def marker_of(self, line: str) -> tuple[Marker, str] | None:
        """The outline marker a line starts with and its number as written: (Marker, '一')."""
        for m in self.outline:
            hit = m.pattern.match(line)
            if hit:
                rest = line[hit.end():]
                if m.name.startswith("ar_") and rest and self.number_guard.match(rest):
                    continue
                return m, hit.group("n") or hit.groupdict().get("n2") or ""
        return None

    def chrome_cue(self, line: str) -> str | None:
        """Name of the chrome cue a whole line matches (breadcrumb, counter …), else None.

        A line made only of `part` cues (浏览次数: 字号:[ ] 色调调节:) counts as chrome too.
        """
        for cue in self.chrome:
            if cue.scope == "line" and cue.pattern.fullmatch(line.rstrip()):
                return cue.name
        rest, first = line, None
        for cue in self.chrome:
            if cue.scope == "part" and cue.pattern.search(rest) and cue.pattern.search(rest).group().strip():
                first = first or cue.name
                rest = cue.pattern.sub("", rest)
        return first if first and not rest.strip(" \t\u3000•·|:：[]【】") else None

    def metadata_fields(self, line: str) -> dict[str, str]:
        """{field: value} of a metadata line (several label: value pairs allowed); {} if none.

        An empty value means the label stands alone and its value is on the next line.
        """
        out: dict[str, str] = {}
        for field, _, value in self.metadata_pairs(line):
            if field not in out or not out[field]:
                out[field] = value  # "" = the value is on the next line (• 信息索引号:)
        return out

    def metadata_pairs(self, line: str) -> list[tuple[str, str, str]]:
        """(field, label as written, value) of each label of a metadata line, in order; [] if none.

        >>> load_genre().metadata_pairs("公开日期: 2023-04-22 发布日期: 2023-04-25")
        [('date', '公开日期', '2023-04-22'), ('date', '发布日期', '2023-04-25')]
        """
        start = self.metadata_prefix.match(line)
        text = line[start.end():] if start else line
        spots = []
        for lab in self.metadata_labels:
            for hit in lab.pattern.finditer(text):
                sep = self.metadata_separator.match(text, hit.end())
                if sep:
                    spots.append((hit.start(), sep.end(), lab.field, hit.end()))
        spots.sort()
        kept = [s for i, s in enumerate(spots) if not any(o[0] <= s[0] < o[1] for o in spots[:i])]
        if not kept or text[:kept[0][0]].strip(" |\u3000"):
            return []  # a sentence that merely contains 来源: is body text
        out = []
        for i, (lstart, vstart, field, lend) in enumerate(kept):
            vend = kept[i + 1][0] if i + 1 < len(kept) else len(text)
            value = text[vstart:vend]
            for cue in self.chrome:  # 来源:宁波市审计局浏览次数: 字号:[ ] -> 宁波市审计局
                if cue.scope == "part" and (cut := cue.pattern.search(value)) and cut.group().strip():
                    value = value[:cut.start()]
            out.append((field, text[lstart:lend], value.strip(" |\u3000\t")))
        return out

    def normalise_status(self, text: str) -> str:
        """The normal status (已完成, 基本完成, 正在整改, 长期整改, 未完成) of the first status word in TEXT, or ''."""
        best = None
        for s in self.status_words:
            i = text.find(s.word)
            if i >= 0 and (best is None or i < best[0]):
                best = (i, s.normal)
        return best[1] if best else ""

    def read_totals(self, text: str) -> list[Totals]:
        """Totals statements of TEXT, one per sentence: a total and the status counts that follow it.

        A sentence of counts without a total (3个问题已完成整改,2个问题已基本完成整改) totals their sum.
        """
        out = []
        for sent in re.finditer(r"[^。；;\n]+", text):
            s = sent.group()
            counts = sorted((h for r in self.counts for h in r.pattern.finditer(s)), key=lambda h: h.start())
            counts = [h for i, h in enumerate(counts) if not any(o.start() <= h.start() < o.end() for o in counts[:i])]
            totals = sorted((h for r in self.totals for h in r.pattern.finditer(s)
                             if not any(c.start() <= h.start() < c.end() for c in counts)), key=lambda h: h.start())
            if totals:
                t = totals[0]
                counts = [h for h in counts if h.start() >= t.end()]
                total, start = int(t.group("total") or t.groupdict().get("total2")), t.start()
            elif len(counts) >= 2:
                total, start = sum(int(h.group("n")) for h in counts), counts[0].start()
            else:
                continue
            pairs = tuple((self.normalise_status(h.group("status")), int(h.group("n"))) for h in counts)
            if totals and not pairs and self.all_done.search(s, totals[0].end()):
                pairs = (("已完成", total),)  # 问题4个,已全部办结
            out.append(Totals(total, pairs, sent.start() + start, sent.end()))
        return out


def _rules(file: str, key: str, name_key: str = "name") -> tuple[Rule, ...]:
    out = []
    for where, e in entries(file, key):
        out.append(Rule(str(e.get(name_key, where)), compile_re(get(e, "pattern", str, file, where), file, f"{where}.pattern"),
                        e["why"], str(e.get("scope", "")), tuple(e.get("examples", ()))))
    return tuple(out)


@functools.cache
def load_genre() -> Genre:
    """Read and check every genre/data/*.toml once; raises GenreDataError naming file and key."""
    lead = get(read_toml("outline.toml"), "lead", str, "outline.toml")
    after = get(read_toml("outline.toml"), "inline_after", str, "outline.toml")
    markers = tuple(
        Marker(get(e, "name", str, "outline.toml", w), get(e, "level", int, "outline.toml", w),
               compile_re(lead + "(?:" + get(e, "pattern", str, "outline.toml", w) + ")", "outline.toml", f"{w}.pattern"),
               bool(e.get("inline", False)), e["why"], tuple(e.get("examples", ())),
               compile_re(after + "(?:" + e["pattern"] + ")" if e.get("inline") else "(?!)", "outline.toml", f"{w}.pattern"),
               compile_re("(?:" + e["pattern"] + ")", "outline.toml", f"{w}.pattern"))
        for w, e in entries("outline.toml", "marker"))
    guard = section("outline.toml", "guard")
    line = section("metadata.toml", "line")
    labels = tuple(Label(get(e, "field", str, "metadata.toml", w),
                         compile_re(get(e, "pattern", str, "metadata.toml", w), "metadata.toml", f"{w}.pattern"),
                         e["why"], tuple(e.get("examples", ())))
                   for w, e in entries("metadata.toml", "label"))
    statuses = [Status(word, get(e, "normal", str, "items.toml", w))
                for w, e in entries("items.toml", "status") for word in get(e, "words", list, "items.toml", w)]
    selfref = section("agencies.toml", "self_reference")
    header = _header_shapes()
    organ = section("agencies.toml", "organ_part")
    return Genre(
        outline=markers,
        flattened=_flattened(),
        number_guard=compile_re(get(guard, "not_after_number", str, "outline.toml", "guard"), "outline.toml", "guard"),
        page_markers=_rules("outline.toml", "page_marker"),
        metadata_labels=labels,
        metadata_prefix=compile_re(get(line, "prefix", str, "metadata.toml", "line"), "metadata.toml", "line.prefix"),
        metadata_separator=compile_re(get(line, "separator", str, "metadata.toml", "line"), "metadata.toml", "line.separator"),
        metadata_values=_rules("metadata.toml", "value"),
        chrome=_rules("chrome.toml", "cue"),
        item_fields=_rules("items.toml", "field"),
        item_frames=_rules("items.toml", "problem"),
        item_kinds=_rules("items.toml", "kind"),
        status_words=tuple(sorted(statuses, key=lambda s: -len(s.word))),
        totals=_rules("items.toml", "total"),
        counts=_rules("items.toml", "count"),
        measure_categories=tuple(Category(get(e, "name", str, "measures.toml", w),
                                          tuple(get(e, "words", list, "measures.toml", w)), e["why"])
                                 for w, e in entries("measures.toml", "category")),
        self_references=tuple(get(selfref, "words", list, "agencies.toml", "self_reference")),
        self_reference=compile_re(get(selfref, "pattern", str, "agencies.toml", "self_reference"),
                                  "agencies.toml", "self_reference.pattern"),
        organ_parts=tuple(get(organ, "words", list, "agencies.toml", "organ_part")),
        agency_types=tuple(AgencyType(get(e, "canonical", str, "agencies.toml", w),
                                      tuple(get(e, "forms", list, "agencies.toml", w)), e["why"])
                           for w, e in entries("agencies.toml", "agency_type")),
        notice_kinds=tuple(NoticeKind(get(e, "name", str, "agencies.toml", w),
                                      tuple(get(e, "cues", list, "agencies.toml", w)), e["why"])
                           for w, e in entries("agencies.toml", "notice_kind")),
        header=header,
        all_done=compile_re(get(section("items.toml", "all_done"), "pattern", str, "items.toml", "all_done"),
                            "items.toml", "all_done.pattern"),
        plan_title=compile_re(get(section("items.toml", "plan_title"), "pattern", str, "items.toml", "plan_title"),
                              "items.toml", "plan_title.pattern"),
    )


def _flattened() -> Flattened:
    f, sec = "outline.toml", section("outline.toml", "flattened")
    return Flattened(compile_re(get(sec, "join", str, f, "flattened"), f, "flattened.join"),
                     get(sec, "min_joins", int, f, "flattened"),
                     compile_re(get(sec, "blank", str, f, "flattened"), f, "flattened.blank"),
                     tuple(get(sec, "kinds", list, f, "flattened")))


def _header_shapes() -> HeaderShapes:
    f = "metadata.toml"

    def rx(sec: str, key: str) -> re.Pattern[str]:
        return compile_re(get(section(f, sec), key, str, f, sec), f, f"{sec}.{key}")
    return HeaderShapes(rx("title", "about"), rx("title", "endings"), rx("title", "doc_number_suffix"),
                        rx("byline", "pattern"), rx("subtitle", "pattern"), rx("signature", "organ"),
                        rx("preamble", "pattern"),
                        tuple(get(section(f, "date_preference"), "order", list, f, "date_preference")),
                        tuple(get(section(f, "preamble"), "region_ends", list, f, "preamble")),
                        get(section(f, "preamble"), "region_party", str, f, "preamble"),
                        rx("signature", "title_organ"), rx("signature", "internal_unit"))

