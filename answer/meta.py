"""The label: value pairs of a notice page's metadata block, found where they stand, and the ones a question asks for
by the label's own name or in staff words (genre metadata.toml [asked], [[asked_field]]).

Example:
    >>> t = "• 索引号:6735597301/2021-1801120\\n  • 公开范围:全部公开\\n  • 公开方式:政府网站\\n标题"
    >>> [t[p.start:p.end] for p in asked_pairs("公开范围和公开方式分别是什么？", head_pairs(t, len(t)))]
    ['公开范围:全部公开', '公开方式:政府网站']
"""
from __future__ import annotations

from dataclasses import dataclass

from genre import load_genre
from genre.meta_asked import asked_fields, asked_labels


@dataclass(frozen=True)
class MetaPair:
    """One label: value of a metadata line; TEXT[start:end] is the label with its value."""
    field: str
    label: str
    value: str
    start: int
    end: int


def head_pairs(text: str, header_end: int) -> list[MetaPair]:
    """The label: value pairs of the metadata lines before HEADER_END, each with its span in TEXT (a label whose
    value stands on the next line is left out)."""
    g = load_genre()
    date_value = next(r.pattern for r in g.metadata_values if r.name == "date")
    pairs, pos = [], 0
    for line in text[:header_end].split("\n"):
        cursor = 0
        for field, label, value in g.metadata_pairs(line):
            shape = date_value.match(value) if field == "date" else None
            value = shape.group() if shape else value   # 2022-10-09, not the 分享: after it
            at = line.find(label, cursor)
            if at < 0:
                break
            cursor = at + len(label)
            begins = line.find(value, cursor) if value else -1
            if begins < 0:
                continue
            cursor = begins + len(value)
            pairs.append(MetaPair(field, label, value, pos + at, pos + cursor))
        pos += len(line) + 1
    return pairs


def asked_pairs(question: str, pairs: list[MetaPair]) -> list[MetaPair]:
    """The PAIRS the question asks for: those whose label it names in an asking clause (公开范围是什么), then for each
    field asked in staff words (来源, 哪个单位发的) the first pair of the first field that answers it."""
    named = asked_labels(question, [p.label for p in pairs])
    out = [p for p in pairs if p.label in named]
    for asked in asked_fields(question):
        if any(p.field in asked.answered_by for p in out):
            continue
        found = next((p for field in asked.answered_by for p in pairs if p.field == field), None)
        if found is not None:
            out.append(found)
    return out


def pairs_span(pairs: list[MetaPair], text: str, at: int) -> tuple[int, int]:
    """The span of the metadata line holding AT, from its first label to its last value: the line as it reads, without
    its bullet or the page furniture after it (信息来源:广东省审计厅 发布日期:2022-10-09, not …分享:)."""
    a = text.rfind("\n", 0, at) + 1
    b = text.find("\n", at)
    b = len(text) if b < 0 else b
    own = [p for p in pairs if a <= p.start < b]
    return (min(p.start for p in own), max(p.end for p in own)) if own else (at, b)
