"""The label: value pairs of a notice page's metadata block, found where they stand, and the ones a question asks for
by the label's own name or in staff words (genre metadata.toml [asked], [[asked_field]]).

Example:
    >>> t = "• 索引号:6735597301/2021-1801120\\n  • 公开范围:全部公开\\n  • 公开方式:政府网站\\n标题"
    >>> [t[p.start:p.end] for p in asked_pairs("公开范围和公开方式分别是什么？", head_pairs(t, len(t)))]
    ['公开范围:全部公开', '公开方式:政府网站']
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from genre import load_genre
from genre.meta_asked import asked_fields, asked_labels
from genre.questions import load_questions
from genre.worked import asked_steps, question_parts
from retrieval.chunk import sentence_spans

OPENING = 1500   # a notice dates the steps of its round (巡察, 反馈) in its opening sentences
DATED = re.compile(r"\d{1,2}月\d{1,2}日")


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


def step_sentences(question: str, text: str, body_start: int, asked_meta) -> list[tuple[int, int]]:
    """For the asks of QUESTION that ask no metadata (ASKED_META(part) is false) but the date of a step of the round
    (又是哪天反馈的, 巡察是什么时候): the opening sentence of the body dating that step (…并于2024年1月4日反馈了巡察意见);
    [] when none is asked or stated.

    >>> t = "标题\\n根据部署,2023年4月20日至5月31日,巡察四组开展巡察,并于2024年1月4日反馈了巡察意见。"
    >>> [t[a:b] for a, b in step_sentences("哪天挂网的？又是哪天反馈的？", t, 3, lambda p: "挂网" in p)]
    ['根据部署,2023年4月20日至5月31日,巡察四组开展巡察,并于2024年1月4日反馈了巡察意见。']
    >>> len(step_sentences("哪天挂网的，巡察组又是哪天反馈的", t, 3, lambda p: "挂网" in p))
    1
    """
    found: list[tuple[int, int]] = []
    sentences = sentence_spans(text, body_start, min(len(text), body_start + OPENING), clauses=False)
    for part in [c for p in question_parts(question) for c in re.split(r"[，,]", p)]:   # 哪天挂网的，又是哪天反馈的: two asks
        if asked_meta(part) or not load_questions().asks_date.search(part):
            continue
        for step in [s for s in asked_steps(part) if s.name != "published"]:
            held = next(((a, b) for a, b in sentences if DATED.search(text, a, b)
                         and (step.stated.search(text, a, b) or (step.range and "至" in text[a:b]))), None)
            if held and held not in found:
                found.append(held)
    return found
