"""What a question names (places at every level, agency types, years and report years) and how well
a notice's profile (retrieval.search.profile) fits it.

Example:
    >>> named = named_in("我们海珠区水务局巡察整改了哪些问题？")
    >>> named.place_names, named.agency_names
    (('海珠区',), ('水务局',))
    >>> match_strength(named, notice_profile(haizhu_notice))
    1.0
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from genre.data_files import compile_re, read_toml
from genre.places import Place, find_places
from genre.questions import load_questions
from retrieval import weights
from retrieval.search.codes import code_spans
from retrieval.search.profile import (
    LEVEL_PREFIX,
    YEAR,
    Profile,
    agency_mentions,
    chain_codes,
    duty_mentions,
    families,
    inspects,
    place_inspects,
)
from retrieval.search.levels import agency_level, form_level, place_levels


UNIT_NAME = compile_re(read_toml("agencies.toml")["unit_names"]["pattern"], "agencies.toml", "unit_names")
REGION_AFTER = compile_re(read_toml("places.toml")["regions"]["after"], "places.toml", "regions")
REGION_LEVEL = compile_re(read_toml("places.toml")["regions"]["level"], "places.toml", "regions")
REGION_BELOW = compile_re(read_toml("places.toml")["regions"]["below"], "places.toml", "regions")
JOINED = frozenset("和与跟同及、")   # a word joining two names (宁波和慈溪): each a place of its own, never parent and child


@dataclass(frozen=True)
class Named:
    """What a question names: places (each a set of candidate codes), agency types, years."""
    places: tuple[frozenset[str], ...]
    place_names: tuple[str, ...]
    agencies: frozenset[str]
    agency_names: tuple[str, ...]
    years: frozenset[str]
    periods: frozenset[str] = frozenset()
    place_chains: tuple[frozenset[str], ...] = ()   # per named place: its codes and their parents' codes
    parts: tuple["Named", ...] = ()   # the entities as written: a place with the agency right after it
                                      # ("莆田市司法局"), a place or an agency alone ("海珠区", "审计局")
    levels: frozenset[str] = frozenset()   # level words the named agencies are written with (省司法厅 -> 省)
    other_units: tuple[str, ...] = ()   # units written with a level word that no genre agency type covers (市殡仪馆)
    regions: frozenset[str] = frozenset()   # codes of places named as a region around the agency (江西那个审计局)
    codes: frozenset[str] = frozenset()   # issuer codes of notices' 文号 the question writes (湖卫健; genre issuer_code)

    @property
    def anything(self) -> bool:
        return bool(self.places or self.agencies or self.periods or self.other_units or self.codes)


def _without_written_parents(found: list[Place], text: str) -> list[Place]:
    """Places as entities: a parent written right before its child names one place, the child,
    named as written ("郑州惠济区", "广州市海珠区" are 惠济区 and 海珠区).

    >>> [(p.name, p.full_name) for p in _without_written_parents(find_places("郑州惠济区审批局"), "郑州惠济区审批局")]
    [('郑州惠济区', '惠济区')]
    """
    out: list[Place] = []
    for p in found:
        if out and 0 <= p.start - out[-1].end <= 1 and out[-1].code in chain_codes(p)[1:] \
                and text[out[-1].end:p.start] not in JOINED:   # 宁波和慈溪: two places, each named
            parent = out.pop()
            p = replace(p, name=text[parent.start:p.end], start=parent.start)
        out.append(p)
    return out


def named_in(question: str, known: frozenset[str] = frozenset(), issuer_codes: frozenset[str] = frozenset()) -> Named:
    """Places, agencies and years a question names (the inspecting body excluded: 省委巡视组); KNOWN: codes of the
    places the notices are about (a short form several divisions share names the one a notice is about); ISSUER_CODES:
    the issuer codes of the notices' own 文号 (湖卫健), named when written at a word boundary."""
    places = _without_written_parents([p for p in find_places(question, known) if not place_inspects(question, p)],
                                      question)
    spans: dict[tuple[int, int], list[Place]] = {}
    for p in places:
        spans.setdefault((p.start, p.end), []).append(p)
    mentions = [m for m in agency_mentions(question) if not inspects(m[0], question, m[3])]
    mentions = sorted(mentions + [d for d in duty_mentions(question)   # 管体育的那个局: described by its duty
                                  if not any(m[2] < d[3] and d[2] < m[3] for m in mentions)], key=lambda m: m[2])
    years = frozenset(YEAR.findall(question))
    periods = frozenset(load_questions().period.findall(question))
    levels = frozenset(w for m in mentions for w in _mention_levels(question, m, places))
    region_ends = {p.code: m.end() for p in places for m in [REGION_AFTER.match(question, p.end)] if m}   # at the place's end
    regions = frozenset(region_ends)
    levels |= {m.group(1) for end in region_ends.values() for m in [REGION_LEVEL.match(question, end)] if m}

    def one(span_places: list[Place], agencies: list[tuple[str, str, int, int]]) -> Named:
        codes = frozenset(p.code for p in span_places)
        chain = frozenset(c for p in span_places for c in chain_codes(p))
        return Named((codes,) if codes else (), (span_places[0].name,) if span_places else (),
                     frozenset(m[0] for m in agencies), tuple(m[1] for m in agencies), years, periods,
                     (chain,) if codes else (), regions=regions & codes,
                     levels=frozenset(form_level(m[1]) for m in agencies if not span_places) - {""})   # a lone
        # agency whose form says its level is that level's (省司法厅 beside 莆田市司法局: the provincial department)

    parts, used = [], set()
    for (start, end), span_places in sorted(spans.items()):
        after = [m for m in mentions if 0 <= m[2] - end <= 1 and m not in used]
        used.update(after[:1])
        parts.append(one(span_places, after[:1]))
    parts += [one([], [m]) for m in mentions if m not in used]
    spans_of_codes = code_spans(question, issuer_codes)   # 湖卫健和浙卫: each code an entity of its own
    parts += [replace(one([], []), codes=frozenset({question[a:b]})) for a, b in spans_of_codes
              if not any(m[2] < b and a < m[3] for m in mentions) and not any(p.start < b and a < p.end for p in places)]
    whole = one([], [])
    return replace(whole, places=tuple(q for part in parts for q in part.places),
                   place_names=tuple(n for part in parts for n in part.place_names),
                   agencies=frozenset(m[0] for m in mentions), agency_names=tuple(m[1] for m in mentions),
                   place_chains=tuple(c for part in parts for c in part.place_chains), parts=tuple(parts),
                   levels=levels, other_units=_other_units(question), regions=regions,
                   codes=frozenset(question[a:b] for a, b in spans_of_codes))


def _other_units(question: str) -> tuple[str, ...]:
    """Units the question writes with a level word and an organ suffix (genre unit_names) that overlap no
    agency form of the genre: "市殡仪馆" is one, "市司法局" is a 司法局.

    >>> _other_units("市殡仪馆巡察整改完成了多少？"), _other_units("市司法局呢")
    (('市殡仪馆',), ())
    """
    taken = [(m[2], m[3]) for m in agency_mentions(question)]
    starts = {p.end - 1: p.start for p in find_places(question)}   # 昆明市国资委: the level word ends the place
    return tuple(question[starts.get(m.start(), m.start()):m.end()] for m in UNIT_NAME.finditer(question)
                 if not any(a < m.end() and m.start() < b for a, b in taken))


def _mention_levels(question: str, mention: tuple[str, str, int, int], places: list[Place]) -> frozenset[str]:
    """The level words an agency mention is named with: written with it (省司法厅, 市委), else those of the
    place written right before it (揭阳公安 -> 市); empty when neither says.

    >>> sorted(_mention_levels("揭阳公安被巡察", ("公安局", "公安", 2, 4), find_places("揭阳公安被巡察")))
    ['市']
    """
    _, form, start, _ = mention
    before = [p for p in places if 0 <= start - p.end <= 1]
    if before and before[-1].end == start:   # 利州法院: the 州 before 法院 ends the place's name
        return place_levels(before[-1])
    written = agency_level(question, start, form)
    if written:
        return frozenset({written})
    return place_levels(before[-1]) if before else frozenset()


def subject_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the agencies and places TEXT names, a place and the agency right after it as one
    ("莆田市司法局"), the inspecting body left out.

    >>> subject_spans("那海珠区呢？")
    [(1, 4)]
    """
    spans = sorted([(p.start, p.end) for p in find_places(text) if not place_inspects(text, p)]
                   + [(m[2] - (m[2] > 0 and text[m[2] - 1] in LEVEL_PREFIX), m[3]) for m in agency_mentions(text)
                      if not inspects(m[0], text, m[3])])
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a - merged[-1][1] <= 1:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def match_strength(named: Named, profile: Profile) -> float | None:
    """How well a notice fits what the question names: the mean over named facets of 1 (its own
    place, its agency type), weights.PARENT_PLACE (a place above its own: 广州 for a notice of 海珠区) or
    weights.UNKNOWN (the notice names no place / no agency); None when it contradicts one.

    >>> match_strength(named_in("海珠区水务局…"), haizhu_profile)
    1.0
    """
    scores = []
    chains = named.place_chains or tuple(named.places)
    for codes, chain in zip(named.places, chains):
        if codes & profile.own_codes:
            scores.append(1.0)
        elif not profile.own_codes and chain & profile.places:   # known only to lie within a place
            scores.append(weights.UNKNOWN)
        elif codes & profile.places:   # a place above its own: the same issuer only when named as a region
            scores.append(1.0 if codes & named.regions else weights.PARENT_PLACE)
        elif chain & profile.own_codes:   # fits alone; with an agency named it is another agency's notice
            scores.append(weights.CHILD_PLACE if not named.agencies else weights.PARENT_PLACE)
        elif profile.places:
            return None
        else:
            scores.append(weights.UNKNOWN)
    if named.agencies:
        if named.agencies & profile.agencies:
            scores.append(1.0)
        elif families(named.agencies) & families(profile.agencies):
            scores.append(weights.SAME_FAMILY)
        elif profile.agencies:
            return None
        else:
            scores.append(weights.UNKNOWN)
    if named.codes:   # 湖卫健 asked: the notice whose 文号 carries that code; any other neither fits nor contradicts
        scores.append(1.0 if named.codes & profile.codes else weights.UNKNOWN)
    placed = named.places and profile.own_codes and not all(codes & named.regions for codes in named.places)
    if named.levels and profile.levels and not named.levels & profile.levels and not placed:
        return None   # 省司法厅 asked: a city bureau's notice is another agency's (places, when both name one, decide;
                      # a region names no agency's own place: 浙江那个市卫健委 is no provincial commission)
    if named.periods:   # "2021年度" asks about the report of that year, not of 2020
        if named.periods & profile.periods:   # beside a place or agency the year only confirms: the province's
            scores += [] if scores else [1.0]   # 2023 plan is no 绍兴 plan for being of 2023
        elif profile.periods:
            return None
        else:
            scores.append(weights.UNKNOWN)
    return sum(scores) / len(scores) if scores else 0.0


def regions_below(question: str, named: Named) -> frozenset[str]:
    """Codes of the regions QUESTION names as the ground below them (宁波下面那个县级市审计局: places.toml [regions]
    below): the agency asked lies inside, so the region's own notice is not the one asked.

    >>> sorted(regions_below("宁波下面那个县级市审计局", named_in("宁波下面那个县级市审计局")))
    ['330200']
    """
    return frozenset(c for name, codes in zip(named.place_names, named.places) for c in codes & named.regions
                     if name in question and REGION_BELOW.match(question, question.find(name) + len(name)))
