"""How staff name the notices a comparison compares in one phrase before asking (genre/data/comparisons.toml [naming]).

Example:
    >>> bool(load_naming().joined.search("审计整改出台的规章制度，和"))
    True
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre.data_files import compile_re, get, section

FILE = "comparisons.toml"


@dataclass(frozen=True)
class Naming:
    short: int                 # Han characters between two names that still join them, framing left out
    stop: re.Pattern[str]      # a clause end: a name after it stands in the ask
    joined: re.Pattern[str]    # …，和: a clause ending by joining the next side still names sides
    post: re.Pattern[str]      # 长 after 审计局: a post of the agency named, asked of each side


@functools.cache
def load_naming() -> Naming:
    """Read [naming] once; raises GenreDataError naming the key."""
    s = section(FILE, "naming")
    return Naming(short=get(s, "short", int, FILE, "naming"),
                  stop=compile_re(get(s, "stop", str, FILE, "naming"), FILE, "naming.stop"),
                  joined=compile_re(get(s, "joined", str, FILE, "naming"), FILE, "naming.joined"),
                  post=compile_re(get(s, "post", str, FILE, "naming"), FILE, "naming.post"))
