"""Dated steps a gap is asked between beyond an inspection round's own (genre/data/steps.toml): days written with
their 年/月 lost, and meetings named by their ordinals.

Example:
    >>> load_steps().damaged_day.search("2021915日,市人大常委会听取").groups()
    ('2021', '915')
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre.data_files import compile_re, get, section

FILE = "steps.toml"


@dataclass(frozen=True)
class Steps:
    damaged_day: re.Pattern[str]    # groups: the year, the month and day run together (2021915日)
    ordinal_end: re.Pattern[str]    # a meeting named by its ordinal (第十四次会议)


@functools.cache
def load_steps() -> Steps:
    """Read steps.toml once; raises GenreDataError naming the key."""
    def pattern(key: str) -> re.Pattern[str]:
        return compile_re(get(section(FILE, key), "pattern", str, FILE, key), FILE, f"{key}.pattern")
    return Steps(pattern("damaged_day"), pattern("ordinal_end"))
