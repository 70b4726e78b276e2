"""How staff compare notices (genre/data/comparisons.toml): the words that frame one ask as a comparison.

Example:
    >>> load_comparisons().frame.sub("", "这两家法院的巡察各持续了多久？哪家更长？")
    '法院的巡察各持续了多久？？'
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre.data_files import compile_re, get, section

FILE = "comparisons.toml"


@dataclass(frozen=True)
class Comparisons:
    frame: re.Pattern[str]   # 这两家 / 各自 / 分别 / 哪家更长 / 有什么不同: no words of the ask itself
    across_years: re.Pattern[str]   # 变化 / 不同 / 相比: two years named are compared, each year's notices in turn
    subjects: tuple[re.Pattern[str], ...] = ()   # groups 1, 2: the two things a sum or difference is asked of
    same: re.Pattern[str] = re.compile(r"(?!)")    # 是不是同一个X(吗): asked of each notice as 哪个X
    same_written: str = "哪个"
    order: re.Pattern[str] = re.compile(r"(?!)")   # 谁先 / 哪家更早: asked of each notice as 哪天
    order_written: str = "哪天"
    order_gap: re.Pattern[str] = re.compile(r"(?!)")   # 相差几天: worked out across the two notices
    pair: re.Pattern[str] = re.compile(r"(?!)")   # 两个市公安局: the two notices one name fits
    count: re.Pattern[str] = re.compile(r"(?!)")   # 哪家…问题最多: a count ranked, group what/what2 the thing counted
    count_written: str = "有几个"
    sort: re.Pattern[str] = re.compile(r"(?!)")   # 排个序: the ranking asked, no ask of one notice
    figure: re.Pattern[str] = re.compile(r"(?!)")   # 共反馈29个问题: a lead's count of problems, group 1
    more: re.Pattern[str] = re.compile(r"(?!)")   # 哪家开的党组会多: a count of events ranked (the kind: genre.events)
    side_tried: int = 1   # notices of one side's shared kind tried in turn until one answers ([shared_kind])
    pairs_least: int = 2   # place-and-agency pairs named that are each a notice of their own ([pairs])


@functools.cache
def load_comparisons() -> Comparisons:
    """Read comparisons.toml once; raises GenreDataError naming the key."""
    subjects = get(section(FILE, "subjects"), "patterns", list, FILE, "subjects")
    return Comparisons(frame=_pattern("frame"), subjects=tuple(compile_re(p, FILE, "subjects.patterns") for p in subjects),
                       across_years=_pattern("across_years"), same=_pattern("same"),
                       same_written=get(section(FILE, "same"), "written", str, FILE, "same"),
                       order=_pattern("order"), order_written=get(section(FILE, "order"), "written", str, FILE, "order"),
                       order_gap=compile_re(get(section(FILE, "order"), "gap", str, FILE, "order"), FILE, "order.gap"),
                       pair=compile_re(get(section(FILE, "frame"), "pair", str, FILE, "frame"), FILE, "frame.pair"),
                       count=_key("ranked", "count"), sort=_key("ranked", "sort"), figure=_key("ranked", "figure"),
                       more=_key("ranked", "more"),
                       count_written=get(section(FILE, "ranked"), "count_written", str, FILE, "ranked"),
                       side_tried=get(section(FILE, "shared_kind"), "tried", int, FILE, "shared_kind"),
                       pairs_least=get(section(FILE, "pairs"), "least", int, FILE, "pairs"))


def _key(part: str, key: str) -> re.Pattern[str]:
    return compile_re(get(section(FILE, part), key, str, FILE, part), FILE, f"{part}.{key}")


def _pattern(key: str) -> re.Pattern[str]:
    return compile_re(get(section(FILE, key), "pattern", str, FILE, key), FILE, f"{key}.pattern")


def counted_asked(question: str) -> str:
    """The thing a ranking by count asks each notice to count ("" when no count is ranked).

    >>> counted_asked("芦淞司法局、朔州科技局，哪家被反馈的问题最多，排个序"), counted_asked("反馈问题数谁多谁少")
    ('被反馈的问题', '反馈问题')
    """
    m = load_comparisons().count.search(question)
    return (m.group("what") or m.group("what2") or "") if m else ""


def as_count(ask: str) -> str:
    """ASK with a count ranked asked as that notice's count (哪家被反馈的问题最多，排个序 -> 被反馈的问题有几个), the words
    asking only the ranking (排个序) dropped; ASK unchanged when it ranks no count.

    >>> as_count("，哪家被反馈的问题最多，排个序"), as_count("，谁被反馈的问题多")
    ('，被反馈的问题有几个', '，被反馈的问题有几个')
    """
    c = load_comparisons()
    m = c.count.search(ask)
    if m is None:
        return ask
    said = ask[:m.start()] + (m.group("what") or m.group("what2")) + c.count_written + ask[m.end():]
    return c.sort.sub("", said)


def compared_subjects(question: str) -> tuple[str, str] | None:
    """The two things a sum or a difference is asked of, as written; None when the question names no such pair.

    >>> compared_subjects("瑞金财政部门那块，追缴的资金比归还原渠道的资金多出多少？")
    ('追缴的资金', '归还原渠道的资金')
    >>> compared_subjects("中心组学习和支部学习一共搞了几次？")
    ('中心组学习', '支部学习')
    """
    for pattern in load_comparisons().subjects:
        m = pattern.search(question)
        if m:
            return m.group(1), m.group(2)
    return None
