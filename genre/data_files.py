"""Read the data files of genre/data once, strictly: every entry must say `why` it exists.

Example:
    >>> table = read_toml("outline.toml")
    >>> all("why" in entry for entry in table["marker"])
    True
"""
from __future__ import annotations

import functools
import hashlib
import re
import tomllib
from pathlib import Path
from typing import Any

from genre.errors import GenreDataError

DATA_DIR = Path(__file__).resolve().parent / "data"


@functools.cache
def read_toml(name: str) -> dict[str, Any]:
    """The parsed file genre/data/NAME (cached); raises GenreDataError if missing or invalid."""
    path = DATA_DIR / name
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except FileNotFoundError:
        raise GenreDataError(name, "(file)", "missing") from None
    except tomllib.TOMLDecodeError as e:
        raise GenreDataError(name, "(file)", f"invalid TOML: {e}") from None


def fingerprint(name: str) -> str:
    """A short hash of the data file's parsed content: what is built from it (an index's sections) is
    built again when it changes. fingerprint("outline.toml") -> e.g. '3f9a1c0b'"""
    return hashlib.sha256(repr(read_toml(name)).encode("utf-8")).hexdigest()[:8]


def get(table: dict[str, Any], key: str, kind: type, file: str, where: str = "") -> Any:
    """table[key], checked to be of `kind`; the error names file and dotted key."""
    name = f"{where}.{key}" if where else key
    if key not in table:
        raise GenreDataError(file, name, "missing")
    value = table[key]
    if not isinstance(value, kind) or (kind in (str, list) and not value):
        raise GenreDataError(file, name, f"must be a non-empty {kind.__name__}")
    return value


def entries(file: str, key: str) -> list[tuple[str, dict[str, Any]]]:
    """The array of tables `[[key]]` of FILE as (where, entry), each checked to carry a `why`."""
    out = []
    for i, entry in enumerate(get(read_toml(file), key, list, file)):
        where = f"{key}[{i}]"
        if not isinstance(entry, dict):
            raise GenreDataError(file, where, "must be a table ([[...]])")
        get(entry, "why", str, file, where)
        out.append((where, entry))
    return out


def section(file: str, key: str) -> dict[str, Any]:
    """The table `[key]` of FILE, checked to carry a `why`."""
    table = get(read_toml(file), key, dict, file)
    get(table, "why", str, file, key)
    return table


def compile_re(pattern: str, file: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error as e:
        raise GenreDataError(file, where, f"bad regex: {e}") from None


def section_patterns(file: str, key: str, names: tuple[str, ...]) -> dict[str, re.Pattern[str]]:
    """The regexes NAMES of the table `[key]` of FILE, compiled: section_patterns("worked.toml", "summed", ("cue",))."""
    table = section(file, key)
    return {name: compile_re(get(table, name, str, file, key), file, f"{key}.{name}") for name in names}


def section_values(file: str, key: str, names: tuple[str, ...], kind: type = str) -> dict[str, Any]:
    """The values NAMES of the table `[key]` of FILE, each checked to be KIND: section_values("premises.toml",
    "premise_as_of", ("holds", "fails")) -> {"holds": "对，", "fails": …}."""
    table = section(file, key)
    return {name: get(table, name, kind, file, key) for name in names}
