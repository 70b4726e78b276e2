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


@functools.cache
def load_comparisons() -> Comparisons:
    """Read comparisons.toml once; raises GenreDataError naming the key."""
    subjects = get(section(FILE, "subjects"), "patterns", list, FILE, "subjects")
    return Comparisons(frame=_pattern("frame"), subjects=tuple(compile_re(p, FILE, "subjects.patterns") for p in subjects),
                       across_years=_pattern("across_years"), same=_pattern("same"),
                       same_written=get(section(FILE, "same"), "written", str, FILE, "same"),
                       order=_pattern("order"), order_written=get(section(FILE, "order"), "written", str, FILE, "order"),
                       order_gap=compile_re(get(section(FILE, "order"), "gap", str, FILE, "order"), FILE, "order.gap"),
                       pair=compile_re(get(section(FILE, "frame"), "pair", str, FILE, "frame"), FILE, "frame.pair"))


def _pattern(key: str) -> re.Pattern[str]:
    return compile_re(get(section(FILE, key), "pattern", str, FILE, key), FILE, f"{key}.pattern")


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
