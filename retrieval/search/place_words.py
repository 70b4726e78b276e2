"""Places below the county a question names (附海镇, 逍林镇, 某某街道): not in the divisions table, so the scope does
not prefer a notice by them; the few notices writing such a name hold what is asked of it (genre places.toml
[below_county]).

Example:
    >>> sorted(place_words(index, ["附海镇", "清理", "用地"]))   # the one notice (慈溪's audit report) writes it
    ['附海镇']
    >>> place_positions(index, {"附海镇"}, candidates)   # the candidate chunks writing it
    [812]
"""
from __future__ import annotations

import functools
from collections.abc import Iterable

from genre.data_files import compile_re, get, section
from genre.places import find_places
from retrieval.index.opened import Index

_TABLE = section("places.toml", "below_county")
SUFFIX = compile_re(get(_TABLE, "suffix", str, "places.toml", "below_county"), "places.toml", "below_county.suffix")
NOT_WORDS = compile_re(get(_TABLE, "not_words", str, "places.toml", "below_county"), "places.toml",
                       "below_county.not_words")
MIN_CHARS = get(_TABLE, "min_chars", int, "places.toml", "below_county")
FEW_NOTICES = get(_TABLE, "few_notices", int, "places.toml", "below_county")


@functools.cache
def is_place_word(token: str) -> bool:
    """Whether TOKEN reads as a place below the county: 附海镇 -> True; 乡镇, 城镇, 景德镇 (a city) -> False."""
    return (len(token) >= MIN_CHARS and bool(SUFFIX.search(token)) and not NOT_WORDS.search(token)
            and not find_places(token))


def place_words(index: Index, tokens: Iterable[str]) -> set[str]:
    """The question's TOKENS naming a place below the county that one to FEW_NOTICES notices of INDEX write."""
    return {t for t in tokens if is_place_word(t) and 1 <= holders(index, t) <= FEW_NOTICES}


def holders(index: Index, word: str) -> int:
    """How many notices of INDEX write WORD, counted once per index (Index.holders) instead of on every question."""
    if word not in index.holders:
        index.holders[word] = sum(1 for r in index.records.values() if word in r.notice.text)
    return index.holders[word]


def place_positions(index: Index, words: set[str], positions: Iterable[int]) -> list[int]:
    """The chunk POSITIONS whose text (with its section path) writes one of WORDS."""
    return [p for p in positions if any(w in index.chunks[p].index_text for w in words)] if words else []
