"""A figure echoed back across two notices (genre/data/comparisons.toml [echoed]): 甲完善了13个制度，乙出台的规章制度是不是
也是这个数？ asks the second notice's count against the first's.

Example:
    >>> echo_asked("瑞金出台的规章制度是不是也是这个数？")
    'same'
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre.data_files import compile_re, get, section

FILE = "comparisons.toml"


@dataclass(frozen=True)
class Echoed:
    same: re.Pattern[str]     # 也是这个数吧: the same figure asked
    more: re.Pattern[str]     # 是不是比这个多: more or fewer asked, group `dir`
    written: str              # how the second side is asked once the echo is dropped (有多少)
    stated: re.Pattern[str]   # 13个: the first side's stated count, groups figure and unit


@functools.cache
def load_echoed() -> Echoed:
    """Read [echoed] once; raises GenreDataError naming the key."""
    s = section(FILE, "echoed")
    return Echoed(*(compile_re(get(s, k, str, FILE, "echoed"), FILE, f"echoed.{k}") for k in ("same", "more")),
                  get(s, "written", str, FILE, "echoed"),
                  compile_re(get(s, "stated", str, FILE, "echoed"), FILE, "echoed.stated"))


def echo_asked(text: str) -> str:
    """'same', 'more', 'less' for the echo TEXT asks; '' when it asks none.

    >>> echo_asked("是不是比这个多？"), echo_asked("也是这个数吧"), echo_asked("出台了多少制度")
    ('more', 'same', '')
    """
    e = load_echoed()
    if e.same.search(text):
        return "same"
    m = e.more.search(text)
    return ("more" if m.group("dir") == "多" else "less") if m else ""
