"""Asks of a notice's page and of its body joined by a comma in one line (genre/data/asking.toml [comma_asks]):
这份公告哪天挂到网上的，里面说…是第几届人大常委会第几次会.

Example:
    >>> [bool(comma_asks().leaning.search(c)) for c in ("离反馈隔了几天", "里面说的是第几次会")]
    [True, False]
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre.data_files import compile_re, get, section

FILE = "asking.toml"
KEY = "comma_asks"


@dataclass(frozen=True)
class CommaAsks:
    split: re.Pattern[str]     # the clauses of one line
    leaning: re.Pattern[str]   # a clause leaning on the one before (a gap, a sum, a pronoun)
    min_han: int               # Han characters a later clause needs to stand alone


@functools.cache
def comma_asks() -> CommaAsks:
    """The patterns of asking.toml [comma_asks], read once; raises GenreDataError naming the key."""
    entry = section(FILE, KEY)
    return CommaAsks(compile_re(get(entry, "split", str, FILE, KEY), FILE, f"{KEY}.split"),
                     compile_re(get(entry, "leaning", str, FILE, KEY), FILE, f"{KEY}.leaning"),
                     get(entry, "min_han", int, FILE, KEY))
