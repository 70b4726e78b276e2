"""Load genre/data/*.toml once into the Genre record, strictly (GenreDataError names file and key).

Example:
    >>> from genre.loader import load_genre
    >>> load_genre().marker_of("(一)提高政治站位")[0].name
    'cn_paren'
"""
from __future__ import annotations

import functools
import re

from genre.data_files import compile_re, entries, get, read_toml, section
from genre.model import Genre
from genre.types import (AgencyType, Category, Flattened, HeaderShapes, HtmlShapes, ItemConventions, Label, Marker,
                         NoticeKind, Rule, StatedCategory, Status)


def _rules(file: str, key: str, name_key: str = "name", fill: dict[str, str] | None = None) -> tuple[Rule, ...]:
    out = []
    for where, e in entries(file, key):
        pattern = get(e, "pattern", str, file, where)
        for slot, value in (fill or {}).items():
            pattern = pattern.replace("{" + slot + "}", value)
        out.append(Rule(str(e.get(name_key, where)), compile_re(pattern, file, f"{where}.pattern"),
                        e["why"], str(e.get("scope", "")), tuple(e.get("examples", ()))))
    return tuple(out)


def status_alternation(words: list[str]) -> str:
    """The status words as one regex alternation, longest first, for the `{status}` slot of items.toml [[count]];
    words saying the whole is done (全部) are left to [all_done], since they count no part.

    >>> status_alternation(["已完成", "已完成整改", "已全部完成"])
    '(?:已完成整改|已完成)'
    """
    kept = sorted({w for w in words if "全部" not in w}, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w) for w in kept) + ")"


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
        line_starts=_rules("outline.toml", "line_start"),
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
        counts=_rules("items.toml", "count", fill={"status": status_alternation([s.word for s in statuses])}),
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
        items=_item_conventions(),
        html=_html_shapes(),
    )


def _html_shapes() -> HtmlShapes:
    f, sec = "chrome.toml", section("chrome.toml", "html")
    return HtmlShapes(tuple(get(sec, "drop_tags", list, f, "html")),
                      compile_re(get(sec, "furniture", str, f, "html"), f, "html.furniture"),
                      float(get(sec, "link_block_share", float, f, "html")), get(sec, "link_block_links", int, f, "html"))


def _item_conventions() -> ItemConventions:
    f = "items.toml"

    def rx(sec: str) -> re.Pattern[str]:
        return compile_re(get(section(f, sec), "pattern", str, f, sec), f, f"{sec}.pattern")
    stated = section(f, "stated")
    forms = get(stated, "forms", list, f, "stated")
    end = get(stated, "end", str, f, "stated")
    cats = tuple(StatedCategory(
        get(e, "name", str, f, w), str(e.get("kind", "")), bool(e.get("measures", False)), str(e.get("before", "")),
        tuple(compile_re(form.replace("{cat}", "(?P<cat>" + get(e, "pattern", str, f, w) + ")").replace("{end}", end),
                         f, f"{w}.pattern") for form in forms), e["why"])
        for w, e in entries(f, "stated_category"))
    kinds = section(f, "heading_kinds")
    return ItemConventions(
        lead_frames=_rules(f, "lead_frame"), heading_kinds=_rules(f, "heading_kind", "kind"),
        default_kind=get(kinds, "default", str, f, "heading_kinds"),
        group_kinds=tuple(get(section(f, "group_kinds"), "kinds", list, f, "group_kinds")),
        task_parent=rx("task_parent"), lead_in=rx("lead_in"), figure=rx("figure"), plan_title=rx("plan_title"),
        stated=cats)


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
