"""Units a question names that no genre agency type covers (市殡仪馆, 区信访办): whether the knowledge base holds
them. A unit no notice's title, issuer, opening or 落款 names is not in the knowledge base, and another agency's
figures must not answer for it (genre agencies.toml [unit_names]).

Example:
    >>> absent_units(named_in("市殡仪馆巡察整改完成了多少？", ...), notices)
    ('市殡仪馆',)
"""
from __future__ import annotations

import re

from genre.places import find_places
from retrieval.load import Notice
from retrieval.search.named import Named
from retrieval.search.profile import notice_head


def absent_units(named: Named, notices: list[Notice]) -> tuple[str, ...]:
    """The units NAMED writes (named.other_units) that no notice names where it says whose it is."""
    cores = {u: unit_core(u) for u in named.other_units}   # (rare) units no genre agency type covers
    heads = [notice_head(n) for n in notices] if cores else []
    return tuple(u for u, core in cores.items() if not any(core.search(h) for h in heads))


def unit_core(unit: str) -> re.Pattern[str]:
    """A unit's name without its place and level word, its characters in order as a short form keeps them
    ("昆明市国资委" -> 国…资…委, "中山市一院" -> 一…院, found in "中山市第一人民法院")."""
    places = find_places(unit)
    core = unit[places[0].end:] if places and places[0].start == 0 and places[0].end < len(unit) else unit[1:]
    return re.compile(".{0,4}".join(map(re.escape, core)))
