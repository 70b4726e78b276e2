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


@functools.cache
def load_comparisons() -> Comparisons:
    """Read comparisons.toml once; raises GenreDataError naming the key."""
    return Comparisons(frame=_pattern("frame"), across_years=_pattern("across_years"))


def _pattern(key: str) -> re.Pattern[str]:
    return compile_re(get(section(FILE, key), "pattern", str, FILE, key), FILE, f"{key}.pattern")
