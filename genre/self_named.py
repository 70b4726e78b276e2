"""The asker's own agency named in their own voice (genre/data/asking.toml [self_named]): 我们局, 咱们单位, 局里, 厅里.

Example:
    >>> without_self_named("我们局为整改建了几个机制？")
    '，为整改建了几个机制？'
"""
from __future__ import annotations

import functools
import re

from genre.data_files import compile_re, get, section

FILE = "asking.toml"


@functools.cache
def self_named() -> re.Pattern[str]:
    """The pattern of asking.toml [self_named], read once; raises GenreDataError naming the key."""
    return compile_re(get(section(FILE, "self_named"), "pattern", str, FILE, "self_named"), FILE, "self_named.pattern")


def without_self_named(question: str) -> str:
    """QUESTION with each self-reference of the asker's own agency set apart as a comma (a word boundary, no word).

    >>> without_self_named("厅里是怎么盯着整改落地的？"), without_self_named("巡察组在我们局待了多少天")
    ('，是怎么盯着整改落地的？', '巡察组在，待了多少天')
    """
    return self_named().sub("，", question)
