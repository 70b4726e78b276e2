"""How staff ask for one part of a stated whole (genre/data/questions.toml [part_ask]): 239条措施中有几条是针对X的,
党的建设方面有几个, 收回的和清退的各是多少 — the set named, the part before or after the asked count, kinds asked each.

Example:
    >>> bool(load_part_cues().whole.search("厦门体育局239条措施中，有几条是专门针对选人用人的？"))
    True
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre.data_files import compile_re, get, section

FILE = "questions.toml"


@dataclass(frozen=True)
class PartCues:
    """The cues of [part_ask], each commented with what it reads."""
    whole: re.Pattern[str]          # group 1: the set a part is asked of (239条措施中, 被反馈的问题中)
    alone: re.Pattern[str]          # 单是 / 其中: a part marked as one, no set named
    before: re.Pattern[str]         # group 1: the part before the asked count (党的建设方面有几个)
    after: re.Pattern[str]          # group 1: the part after the asked count (有几条是针对选人用人的)
    put_in: re.Pattern[str]         # group 1: the part before the set it is put in (X在29个问题里占几个)
    share: re.Pattern[str]          # group 1: a part asked its share alone (专题会议占几次)
    aspect: re.Pattern[str]         # group 1: a part named as an aspect (党的建设方面的问题有几个)
    each: re.Pattern[str]           # groups 1, 2: kinds asked each (收回的和清退的各是多少)
    each_apart: re.Pattern[str]     # groups 1, 2: kinds asked apart (收回了多少，清退了多少)
    empty: frozenset[str]           # 一共, 这些 …: words naming no part
    quantified: re.Pattern[str]     # 平均每个 / 前三个: a quantifier, no named part


@functools.cache
def load_part_cues() -> PartCues:
    """[part_ask] of questions.toml, read once."""
    sec = section(FILE, "part_ask")

    def _pattern(key: str, field: str) -> re.Pattern[str]:
        return compile_re(get(sec, field, str, FILE, key), FILE, f"{key}.{field}")

    return PartCues(
        whole=_pattern("part_ask", "whole"),
        alone=_pattern("part_ask", "alone"),
        before=_pattern("part_ask", "before"),
        after=_pattern("part_ask", "after"),
        put_in=_pattern("part_ask", "put_in"),
        share=_pattern("part_ask", "share"),
        aspect=_pattern("part_ask", "aspect"),
        each=_pattern("part_ask", "each"),
        each_apart=_pattern("part_ask", "each_apart"),
        empty=frozenset(get(sec, "empty", list, FILE, "part_ask")),
        quantified=_pattern("part_ask", "quantified"),
    )
