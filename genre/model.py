"""The Genre record: every convention loaded, and the readers that apply them to a line or a text.

Example:
    >>> from genre import load_genre
    >>> load_genre().normalise_status("整改结果:整改到位")
    '已完成'
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from genre.totals import read_stated, read_totals, status_count_hits
from genre.types import (AgencyType, Category, Flattened, HeaderShapes, HtmlShapes, ItemConventions, Label, Marker,
                         NoticeKind, Rule, Stated, Status, Totals)


@dataclass(frozen=True)
class Genre:
    outline: tuple[Marker, ...]
    flattened: Flattened
    number_guard: re.Pattern[str]          # after an Arabic marker: a unit/digit means a figure
    page_markers: tuple[Rule, ...]
    line_starts: tuple[Rule, ...]          # lines opening a paragraph without an outline marker (——, •)
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
    items: ItemConventions
    html: HtmlShapes

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

        >>> from genre import load_genre
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

    def status_counts(self, text: str) -> list[tuple[str, int]]:
        """The counts of TEXT by status (items.toml [[count]]), each status normal whatever its wording.

        >>> from genre import load_genre
        >>> load_genre().status_counts("其中已整改到位28个,阶段性整改完成1个")
        [('已完成', 28), ('基本完成', 1)]
        """
        return [(self.normalise_status(h.group("status")), int(h.group("n"))) for h in status_count_hits(self, text)]

    def kinds_named(self, text: str) -> str:
        """TEXT with every wording of an item kind (items.toml [[kind]]) written as the kind's name, so that wordings
        of one kind compare alike (即知即改 is 立行立改, 持续整改 is 长期整改).

        >>> from genre import load_genre
        >>> load_genre().kinds_named("其中要求即知即改的283个问题")
        '其中要求立行立改的283个问题'
        """
        for k in self.item_kinds:
            text = k.pattern.sub(k.name, text)
        return text

    def read_totals(self, text: str) -> list[Totals]:
        """Totals statements of TEXT, one per sentence (see genre.totals.read_totals)."""
        return read_totals(self, text)

    def read_stated(self, text: str, skip: Sequence[tuple[int, int]] = ()) -> list[Stated]:
        """Totals a notice states per category of item (see genre.totals.read_stated)."""
        return read_stated(self, text, skip)
