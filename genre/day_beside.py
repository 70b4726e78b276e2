"""A day asked beside figures of another kind in one line (genre/data/asking.toml [day_beside]): 开了几次党组会、细化了
多少条措施、哪天反馈的.

Example:
    >>> bool(day_beside().written_day.search("2020年4月9日反馈了巡察意见")), bool(day_beside().span.search("从哪天到哪天"))
    (True, True)
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre.data_files import compile_re, get, section

FILE = "asking.toml"
KEY = "day_beside"


@dataclass(frozen=True)
class DayBeside:
    split: re.Pattern[str]         # the clauses of one line
    not_day: re.Pattern[str]       # a clause asking a span or a count of days
    span: re.Pattern[str]          # a line asking a span: its days are the figures
    written_day: re.Pattern[str]   # a day a lead writes


@functools.cache
def day_beside() -> DayBeside:
    """The patterns of asking.toml [day_beside], read once; raises GenreDataError naming the key."""
    entry = section(FILE, KEY)
    return DayBeside(*(compile_re(get(entry, f, str, FILE, KEY), FILE, f"{KEY}.{f}")
                       for f in ("split", "not_day", "span", "written_day")))
