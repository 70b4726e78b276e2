"""How many characters of its own a thing the question names shares with a figure's written name to pick that figure
among several of one unit (genre/data/worked.toml [named_figures]).

Example:
    >>> named_own_chars()
    2
"""
from __future__ import annotations

import functools

from genre.data_files import get, section

FILE = "worked.toml"


@functools.cache
def named_own_chars() -> int:
    """[named_figures] own_chars: the least characters of its own a named thing shares with the figure it picks."""
    return get(section(FILE, "named_figures"), "own_chars", int, FILE, "named_figures")
