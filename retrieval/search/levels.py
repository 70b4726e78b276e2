"""The level an agency is named at (省/市/区/县: 市司法局, 广东省公安厅, 市里的妇联) and the level words a place's own
agencies are written with (genre agencies.toml [agency_level]).

Example:
    >>> agency_level("广东省公安厅", 3, "公安厅"), form_level("司法厅")
    ('省', '省')
"""
from __future__ import annotations

import functools
import re

from genre.data_files import compile_re, read_toml
from genre.places import Place, find_places  # noqa: F401  (find_places: the doctests)


@functools.cache
def _agency_level() -> tuple[frozenset[str], dict[str, str], dict[str, str], tuple[tuple[str, ...], ...]]:
    """(level words, word -> the word it stands for, form ending -> level word, words by level from the top)
    of genre agency_level, read once."""
    table = read_toml("agencies.toml")["agency_level"]
    return (frozenset(table["words"]), dict(table["same"]), dict(table["form_ends"]),
            tuple(tuple(words) for words in table["order"]))


@functools.cache
def _spoken_level() -> re.Pattern[str]:
    """genre agency_level.spoken: the level said in staff's words before an agency (市里的妇联), read once."""
    return compile_re(read_toml("agencies.toml")["agency_level"]["spoken"], "agencies.toml", "agency_level")


def agency_level(text: str, start: int, form: str) -> str:
    """The level word an agency form at START of TEXT is named with ("" when none is written).

    >>> agency_level("广东省公安厅", 3, "公安厅"), agency_level("广元市委", 2, "市委"), agency_level("揭阳公安", 2, "公安")
    ('省', '市', '')
    >>> agency_level("市里的妇联", 3, "妇联")
    '市'

    """
    words, same, ends, _ = _agency_level()
    spoken = _spoken_level().search(text[max(0, start - 4):start])   # 市里的妇联
    word = form[0] if form[0] in words else text[start - 1] if start and text[start - 1] in words else \
        spoken.group(1) if spoken else ends.get(form[-1], "")
    return same.get(word, word)


def form_level(form: str) -> str:
    """The level an agency's form itself says (genre agency_level.form_ends: a 厅 is provincial), "" when it says none.

    >>> form_level("司法厅"), form_level("司法局"), form_level("市委")
    ('省', '', '')
    """
    return _agency_level()[2].get(form[-1:], "")


def place_levels(place: Place) -> frozenset[str]:
    """The level words a place's own agencies are named with: the last word of its name when it is one
    (瑞金市 -> 市 though a county-level city, 海珠区 -> 区, 重庆市 -> 市 though a province), 省 too for every
    province (自治区 departments are 厅), 市 for a city whatever its name ends with (…州, …盟).

    >>> sorted(place_levels(find_places("瑞金市")[0])), sorted(place_levels(find_places("重庆市")[0]))
    (['市'], ['市', '省'])
    """
    words, same, _, _ = _agency_level()
    last = same.get(place.full_name[-1], place.full_name[-1])
    own = {last} if last in words else set()
    if place.level == "province":
        own.add("省")
    elif place.level == "city":
        own = {"市"}
    return frozenset(own or {"县"})


def with_written(levels: frozenset[str], written: str) -> frozenset[str]:
    """LEVELS (a notice's place's level words) with WRITTEN, the word the notice writes before its own issuer, when it is
    of the same rank as one of them (genre agency_level.written_same_rank: 撤县设区 leaves 区…局 in a 县's notice).

    >>> sorted(with_written(frozenset({"县"}), "区")), sorted(with_written(frozenset({"市"}), "区"))
    (['区', '县'], ['市'])
    """
    table = read_toml("agencies.toml")["agency_level"]
    if not table.get("written_same_rank") or not written:
        return levels
    order = level_order()
    return levels | {written} if written in order and any(order.get(w) == order[written] for w in levels) else levels


def level_order() -> dict[str, int]:
    """Each level word's rank from the top (genre agency_level.order): a higher level has a smaller rank.

    >>> level_order()["省"] < level_order()["市"]
    True
    """
    return {w: i for i, words in enumerate(_agency_level()[3]) for w in words}
