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
from retrieval import weights
from retrieval.load import Notice
from retrieval.search.named import Named
from retrieval.search.profile import notice_head, notice_profile


def absent_units(named: Named, notices: list[Notice]) -> tuple[str, ...]:
    """The units NAMED writes (named.other_units) that no notice names where it says whose it is, nor in the body of
    a notice of the place the question names them with: a provincial government's report whose body says
    省委审计委员会办公室起草《…若干措施》 holds 广东省审计委办 as an actor of its own (round 98, u5152).

    >>> absent_units(named_in("广东省审计委办起草的若干措施印发了没有？", ...), notices)
    ()
    """
    cores = {u: unit_core(u) for u in named.other_units}   # (rare) units no genre agency type covers
    heads = [notice_head(n) for n in notices] if cores else []
    bodies = [n.text for n in notices if _of_named_place(named, n)] if cores else []
    return tuple(u for u, core in cores.items() if not any(core.search(h) for h in heads + bodies))


def _of_named_place(named: Named, notice: Notice) -> bool:
    """Whether NOTICE is of a place NAMED writes (its own places, as the notice's profile reads them)."""
    own = notice_profile(notice).places
    return any(codes & own for codes in named.places)


def unit_core(unit: str) -> re.Pattern[str]:
    """A unit's name without its place and level word, its characters in order as a short form keeps them
    ("昆明市国资委" -> 国…资…委, "中山市一院" -> 一…院, found in "中山市第一人民法院")."""
    places = find_places(unit)
    core = unit[places[0].end:] if places and places[0].start == 0 and places[0].end < len(unit) else unit[1:]
    return re.compile(".{0,4}".join(map(re.escape, core)))


def units_first(named: Named, fits: tuple[tuple[str, float], ...],
                notices: list[Notice]) -> tuple[tuple[str, float], ...]:
    """FITS with the notices naming the unit NAMED writes (anywhere in them) a step above the others,
    weights.NOT_DESCRIBED: of a city's three notices, the one whose body says what its 公车办 did answers.

    >>> units_first(named_in("X市公车办做了哪些工作？", ...), (("a", 1.0), ("b", 1.0)), notices)   # b's body names it
    (('b', 1.0), ('a', 0.85))
    """
    cores = [unit_core(u) for u in named.other_units]
    held = {n.id for n in notices if n.id in dict(fits) and any(core.search(n.text) for core in cores)}
    if not held or len(held) == len(fits):
        return fits
    return tuple(sorted(((nid, s - (0.0 if nid in held else weights.NOT_DESCRIBED)) for nid, s in fits),
                        key=lambda x: -x[1]))
