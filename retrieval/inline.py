"""Inline items: a list numbered inside a paragraph, in every numbering the genre uses (一是…二是…, （1）…（2）…, ①…②,
1.…2., （一）…（二）…, 第一，…, 首先…其次…最后; outline.toml `enum` and genre/data/inline_items.toml).

Example:
    >>> [(i.marker, i.number) for i in inline_items("做好整改工作。（1）统一思想认识。（2）加强组织领导。")]
    [('（1）', 1), ('（2）', 2)]
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from genre import load_genre
from genre.data_files import compile_re, entries, get, read_toml
from genre.figures import cn_value

G = load_genre()
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_AFTER = get(read_toml("outline.toml"), "inline_after", str, "outline.toml")


@dataclass(frozen=True)
class Numbering:
    """One way of numbering inline items (inline_items.toml [[numbering]], or the outline's 一是 marker)."""
    name: str
    anywhere: re.Pattern[str]     # the marker after a line start, a blank or a clause end
    line_start: bool              # at a line start still an inline item (else an outline heading)
    arabic: bool                  # an Arabic number followed by a unit is a figure
    words: tuple[str, ...] = ()   # ordinal words, numbered by their place
    last: tuple[str, ...] = ()    # words that close a run (最后)
    not_after: re.Pattern[str] | None = None   # written before it in its line: a flattened outline, no item


def _numberings() -> tuple[Numbering, ...]:
    """The outline's inline markers (一是…) first, then inline_items.toml's, in file order."""
    out = [Numbering(m.name, m.anywhere, True, False) for m in G.outline if m.inline]
    for w, e in entries("inline_items.toml", "numbering"):
        pattern = compile_re(_AFTER + "(?:" + get(e, "pattern", str, "inline_items.toml", w) + ")",
                             "inline_items.toml", f"{w}.pattern")
        out.append(Numbering(get(e, "name", str, "inline_items.toml", w), pattern, bool(e.get("line_start", True)),
                             bool(e.get("arabic", False)), tuple(e.get("words", ())), tuple(e.get("last", ())),
                             re.compile(e["not_after"]) if e.get("not_after") else None))
    return tuple(out)


NUMBERINGS = _numberings()


@dataclass(frozen=True)
class InlineItem:
    """One item of an inline enumeration: its marker and the span it runs over."""
    marker: str    # as written, e.g. "二是" or "（2）"
    number: int    # 0: a closing word (最后) whose place the run gives
    start: int     # offset of the marker in the text
    end: int       # the next item's marker of the same numbering, or the end of the line
    style: str = "enum"   # the numbering's name (enum = 一是…)


def _number(m: re.Match[str], nb: Numbering) -> int:
    groups = m.groupdict()
    if groups.get("w"):
        w = groups["w"]
        return nb.words.index(w) + 1 if w in nb.words else 0
    n = groups.get("n") or groups.get("n2") or "1"
    if n in CIRCLED:
        return CIRCLED.index(n) + 1
    return int(n) if n.isdigit() else cn_value(n)


def _hits(text: str) -> list[tuple[re.Match[str], Numbering]]:
    """Every marker of every numbering that may open an inline item, by offset (the first numbering wins a tie)."""
    hits: dict[int, tuple[re.Match[str], Numbering]] = {}
    for nb in NUMBERINGS:
        for h in nb.anywhere.finditer(text):
            at_start = not text[text.rfind("\n", 0, h.start()) + 1:h.start()].strip()
            if at_start and not nb.line_start:
                continue   # （1） at a line start is an outline heading
            if nb.arabic and G.number_guard.match(text, h.end()):
                continue   # 1.5万元, （3）个: a figure
            if nb.not_after and nb.not_after.search(text, text.rfind("\n", 0, h.start()) + 1, h.start()):
                continue   # 一、…（一）… run together in one line: the outline's sub-headings
            hits.setdefault(h.start(), (h, nb))
    return [hits[k] for k in sorted(hits)]


def inline_items(text: str) -> list[InlineItem]:
    """Every inline enumeration item (一是…二是…, mid-paragraph （1）…（2）…, …), in order.

    >>> [(i.marker, i.start, i.end) for i in inline_items("措施:一是建章立制;二是抓好落实。\\n三是问责。")]
    [('一是', 3, 10), ('二是', 10, 17), ('三是', 18, 23)]
    """
    hits = _hits(text)
    out = []
    for i, (h, nb) in enumerate(hits):
        line_end = text.find("\n", h.start())
        end = len(text) if line_end < 0 else line_end
        nxt = next((g.start() for g, other in hits[i + 1:] if other.name == nb.name), end)
        out.append(InlineItem(h.group(0).strip(), _number(h, nb), h.start(), min(end, nxt), nb.name))
    return out


def inline_runs(text: str) -> list[list[InlineItem]]:
    """Every run of inline items of one numbering numbered 1, 2, 3… in a row (a closing 最后 its next), each starting
    at an item numbered 1 (runs of one included).

    >>> [[i.marker for i in r] for r in inline_runs("一是甲;二是乙;一是丙。")]
    [['一是', '二是'], ['一是']]
    >>> [[i.number for i in r] for r in inline_runs("首先,甲;其次,乙;最后,丙。")]
    [[1, 2, 3]]
    """
    items = inline_items(text)
    runs = []
    for i, it in enumerate(items):
        if it.number != 1:
            continue
        run = [it]
        for nxt in (x for x in items[i + 1:] if x.style == it.style):
            if nxt.number == 0 and len(run) >= 2:
                run.append(replace(nxt, number=run[-1].number + 1))   # 最后: the run's last item
                break
            if nxt.number != run[-1].number + 1:
                break
            run.append(nxt)
        runs.append(run)
    return sorted(runs, key=lambda r: r[0].start)
