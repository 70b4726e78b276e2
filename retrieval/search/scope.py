"""Which notices a question is about: the user's choice narrows (a hard mask), the names in the
question only rank (soft), and a named place or agency that no notice is about is said so (a place whose own notices
fit nothing else asked: retrieval.search.own_place).

A question naming "海珠区水务局" prefers the notices whose profile (retrieval.search.profile) is
about 海珠区 and a water bureau; it is never limited to them, so a notice with no clean title
line is still found. Comparisons ("A和B分别…") take turns between the named notices.

Example:
    >>> s = scope_for("我们海珠区水务局巡察整改了哪些问题？", notices)
    >>> s.preferred[0][0], s.unmatched
    ('d03_haizhu-water-bureau-inspection', '')
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from genre import load_genre
from genre.comparisons import load_comparisons
from genre.described import described, named_group, quoted_notice
from genre.echoed import echo_asked
from genre.places import division_names
from genre.premises import load_premise_scope
from retrieval import weights
from retrieval.load import Notice
from retrieval.search.described import described_fit, group_fit
from retrieval.search.named import Named, match_strength, named_in, regions_below
from retrieval.search.own_place import CLOSEST, covered_note, own_place_unmet
from retrieval.search.profile import agency_mentions, notice_profile
from retrieval.search.units import absent_units, units_first

COMPARE = re.compile(r"和|与|及|跟|、|对比|比较|分别|各自|各有|各做|两家|三家|几家")


@dataclass(frozen=True)
class Scope:
    notice_ids: tuple[str, ...]   # the user's choice (a notice, or the notices their filters keep); () = all
    reason: str                   # the names in the question that set the preference
    groups: tuple[tuple[str, ...], ...] = ()            # one group per entity compared ("海珠区和莆田市司法局")
    preferred: tuple[tuple[str, float], ...] = ()       # (notice id, match strength 0..1), best first
    unmatched: str = ""           # what the question names that no notice is about ("" if none)
    closest: tuple[str, ...] = ()  # labels of the closest notices, when `unmatched`
    unplaced: tuple[str, ...] = ()  # preferred notices that name no place of their own while the question
                                    # names one: they fit only because nothing contradicts them
    covered: str = ""             # what the named place's own notices cover, when none fits what is asked
    alike: tuple[str, ...] = ()   # the notices named alike before the ask itself chose one of them (a gap asked:
                                  # answer/gap_scope.py), said by the answer's note on a shared kind

    @property
    def focus(self) -> tuple[str, ...]:
        """Notices a document-level answer (structure, metadata) is about: the user's choice, else
        the notices the question names best (all tied at the top strength), else ()."""
        if self.notice_ids:
            return self.notice_ids
        if not self.preferred or self.unmatched:
            return ()
        top = self.preferred[0][1]
        return tuple(nid for nid, s in self.preferred if s == top)


def scope_for(question: str, notices: list[Notice]) -> Scope:
    """The soft scope of a question over `notices` (see the module doc); an agency named only inside a hedged premise
    (是省财政厅厅长作的吧: genre premises.toml [premise_scope]) that no notice is about is read as the premise it is,
    the scope then set by the rest of the question when that names a notice."""
    scope = _named_scope(question, notices)
    premise = load_premise_scope().search(question) if scope.unmatched else None
    if premise is None:
        return scope
    rest = _named_scope(question[:premise.start("stated")] + question[premise.end("stated"):], notices)
    return scope if rest.unmatched or not rest.preferred else rest


def _named_scope(question: str, notices: list[Notice]) -> Scope:
    """The soft scope of QUESTION over NOTICES by the names it writes (scope_for)."""
    named = named_in(question, frozenset(c for n in notices for c in notice_profile(n).places),   # 华容: whose notice
                     frozenset(c for n in notices for c in notice_profile(n).codes))   # 湖卫健: whose 文号
    if not named.anything:   # 市委第五巡察组在我们局…: the notices that group inspected, when it names some, not all
        holders = quoted_holders(question, notices)   # “一化一海五优特”那份: the notices holding the quoted name
        if holders:
            return Scope((), "", (), tuple((nid, 1.0) for nid in holders))
        grouped = group_fit(notices, named_group(question))
        return Scope((), "", (), tuple((nid, 1.0) for nid in grouped) if len(grouped) < len(notices) else ())
    absent = absent_units(named, notices)
    if absent:   # a unit no notice is about (市殡仪馆): never another agency's figures
        return Scope((), "、".join(absent), (), (), "、".join(absent), _closest(named, notices))
    reason = "、".join(dict.fromkeys(named.place_names + named.agency_names + tuple(sorted(named.codes))
                                    + tuple(f"{y}年度" for y in sorted(named.periods))))
    missing = missing_pairs(named, notices)
    if missing:   # 湖北司法厅…杭州司法局: the pair no notice is about is said by its own name (comparisons.toml [pairs])
        return Scope((), reason, (), (), "、".join(name for name, _ in missing), _closest(missing[0][1], notices))
    groups, entities = _compared_groups(question, named, notices)
    if groups:   # each notice counts by the entity it fits best
        strengths = {n.id: max(match_strength(e, notice_profile(n)) or 0.0 for e in entities) for n in notices}
        fits = sorted(((nid, s) for nid, s in strengths.items() if s), key=lambda x: -x[1])
        return Scope((), reason, groups, tuple(fits))
    strengths = {n.id: match_strength(named, notice_profile(n)) for n in notices}
    unmet = own_place_unmet(named, notices, strengths)
    if unmet:   # 宁波2023年度…: 宁波's own notices are of 2021; 浙江's 2023 plan does not stand in for them; nor, when
        placed = bool(named.agencies)   # an agency is named (绵阳市公安局, 绵阳's own is 司法局's), does a placeless one
        strengths = {n.id: None if notice_profile(n).own_codes or placed else strengths[n.id] for n in notices}
    fits = sorted(((nid, s) for nid, s in strengths.items() if s), key=lambda x: -x[1])
    if not fits or fits[0][1] < weights.FITS:   # nothing is about all of it (an unknown place counts half)
        covered = covered_note(unmet[0], unmet[1]) if unmet else ""
        return Scope((), reason, (), tuple(fits), reason, _closest(named, notices), covered=covered)
    unplaced = tuple(n.id for n in notices if strengths[n.id] and named.places and not notice_profile(n).own_codes)
    fits = units_first(named, _quoted_first(question, _whose_first(question, named, fits, notices), notices), notices)
    return Scope((), reason, (), _group_first(question, _described_first(question, fits, notices), notices),
                 unplaced=unplaced)


def quoted_holders(question: str, notices: list[Notice]) -> tuple[str, ...]:
    """The notices holding the quoted phrase QUESTION names a notice by (“16819”健康行动那份: genre described.toml
    quoted_notice); () when it names none, or every notice or none holds it.

    >>> quoted_holders("“一化一海五优特”那份巡察发现问题，第一部分第2条", notices)
    ('d20_jieyang-police-bureau-inspection-findings',)
    """
    named = quoted_notice(question)
    holders = tuple(n.id for n in notices if named and named[0] in n.text)
    return holders if len(holders) < len(notices) else ()


def _quoted_first(question: str, fits: tuple[tuple[str, float], ...],
                  notices: list[Notice]) -> tuple[tuple[str, float], ...]:
    """FITS with the notices holding the quoted name (quoted_holders) a step above the others, weights.NOT_DESCRIBED."""
    holders = set(quoted_holders(question, [n for n in notices if n.id in dict(fits)]))
    if not holders or len(holders) == len(fits):
        return fits
    return tuple(sorted(((nid, s - (0.0 if nid in holders else weights.NOT_DESCRIBED)) for nid, s in fits),
                        key=lambda x: -x[1]))


def _described_first(question: str, fits: tuple[tuple[str, float], ...],
                     notices: list[Notice]) -> tuple[tuple[str, float], ...]:
    """FITS with the notices whose inspection the question tells (2024年夏天被巡察的那个司法局: genre described.toml)
    a step above the others, weights.NOT_DESCRIBED (the others still rank; unchanged when none or all fit)."""
    asked = described(question)
    if not asked:
        return fits
    fitting = set(described_fit([n for n in notices if n.id in dict(fits)], asked))
    if not fitting or len(fitting) == len(fits):
        return fits
    return tuple(sorted(((nid, s - (0.0 if nid in fitting else weights.NOT_DESCRIBED)) for nid, s in fits),
                        key=lambda x: -x[1]))


def _group_first(question: str, fits: tuple[tuple[str, float], ...],
                 notices: list[Notice]) -> tuple[tuple[str, float], ...]:
    """FITS with the notices whose opening names the inspecting group the question names with its committee (市委第五巡察组:
    genre described.toml named_group) a step above the others, weights.NOT_DESCRIBED; unchanged when none or all fit, or
    when a described inspection (2022年底被…巡察的那个) already chose."""
    if described(question):
        return fits
    fitting = set(group_fit([n for n in notices if n.id in dict(fits)], named_group(question)))
    if not fitting or len(fitting) == len(fits):
        return fits
    return tuple(sorted(((nid, s - (0.0 if nid in fitting else weights.NOT_DESCRIBED)) for nid, s in fits),
                        key=lambda x: -x[1]))


def _whose_first(question: str, named: Named, fits: list[tuple[str, float]],
                 notices: list[Notice]) -> tuple[tuple[str, float], ...]:
    """FITS with two tie-breaks, each a step below the notices they favour (the others still rank):
    a notice that names an asked agency only in its opening (an audit report names the bureaus it audited),
    not in its title or issuer, steps down weights.MENTIONED_ONLY; when the question names a kind of notice
    (工作要点, 审计, 巡察: genre notice_kind cues, the longest of those written inside one another), a notice of
    another kind steps down weights.OTHER_KIND; a place named as a region (宁波那个) that is one notice's own place
    steps the others (慈溪's, inside it) down weights.INSIDE_REGION."""
    cues = {c: k.name for k in load_genre().notice_kinds for c in k.cues if c in question}
    kinds = {k for c, k in cues.items() if not any(c != o and c in o for o in cues)}   # 巡察发现的问题, not 巡察 in it
    profiles = {n.id: notice_profile(n) for n in notices}
    owned = frozenset(c for nid, _ in fits for c in profiles[nid].own_codes & named.regions   # 宁波那个: 宁波's own
                      if c not in regions_below(question, named))
    if not named.agencies and not kinds and not owned:
        return tuple(fits)

    def stepped(nid: str, strength: float) -> float:
        p = profiles[nid]
        mentioned = bool(p.agencies & named.agencies) and not p.issuer_agencies & named.agencies
        return (strength - (weights.MENTIONED_ONLY if mentioned else 0.0)
                - (weights.OTHER_KIND if kinds and not p.kinds & kinds else 0.0)
                - (weights.INSIDE_REGION if owned and not p.own_codes & owned else 0.0))
    return tuple(sorted(((nid, stepped(nid, s)) for nid, s in fits), key=lambda x: -x[1]))


def _closest(named: Named, notices: list[Notice]) -> tuple[str, ...]:
    """Labels of the notices sharing most with what the question names: agency type, then place, then
    a region above it (杭州市审计局 asked: 宁波's and 慈溪's audit reports, both of 浙江, come first)."""
    chains = named.place_chains or tuple(named.places)

    def share(n: Notice) -> tuple[int, int, int]:
        p = notice_profile(n)
        return (len(named.agencies & p.agencies), sum(1 for codes in named.places if codes & p.places),
                sum(1 for chain in chains if chain & p.places))
    ranked = sorted((n for n in notices if any(share(n))), key=lambda n: share(n), reverse=True)
    return tuple(notice_profile(n).label for n in ranked[:CLOSEST])


def _pairs(named: Named) -> list[Named]:
    """The parts NAMED writes as a place with its agency (湖北司法厅, 莆田司法局), each an issuer (comparisons.toml [pairs])."""
    return [p for p in named.parts if p.places and p.agencies]


def missing_pairs(named: Named, notices: list[Notice]) -> tuple[tuple[str, Named], ...]:
    """The place-and-agency pairs, as written, that no notice is about when the question names at least
    comparisons.toml [pairs] `least` of them and some other pair is found; () otherwise.

    >>> [name for name, _ in missing_pairs(named_in("湖北司法厅和杭州司法局分别是哪天收到反馈的"), notices)]
    ['杭州司法局']
    """
    pairs = _pairs(named)
    if len(pairs) < load_comparisons().pairs_least:
        return ()
    found = [any((match_strength(p, notice_profile(n)) or 0.0) >= weights.FITS for n in notices) for p in pairs]
    if all(found) or not any(found):
        return ()
    return tuple({p.place_names[0] + p.agency_names[0]: p for p, f in zip(pairs, found) if not f}.items())


def _entities(named: Named) -> list[Named]:
    """The entities a comparison names, as written: "湖北省司法厅和绵阳市司法局", "莆田市司法局和海珠区",
    "审计局和海珠区"; an agency named once for several places goes with each ("宁波和广州的审计局")."""
    parts = list(named.parts)
    if len(parts) < 2:
        return []
    lone_agencies = frozenset(a for p in parts if not p.places for a in p.agencies)
    if lone_agencies and all(not p.agencies for p in parts if p.places) and len([p for p in parts if p.places]) >= 2:
        return [replace(p, agencies=lone_agencies) for p in parts if p.places]
    return parts


def _compared_groups(question: str, named: Named, notices: list[Notice]
                     ) -> tuple[tuple[tuple[str, ...], ...], list[Named]]:
    """(groups of notices, the entities) when the question compares named agencies or places; ((), [])
    otherwise. A place and an agency are compared only when no notice is about both."""
    pair = load_comparisons().pair.search(question)   # 两个市公安局: the two notices one name fits (not 哪两个“不放过”,
    pair = pair if pair and any(0 <= a - pair.end() <= 1 for _, _, a, _ in agency_mentions(question)) else None   # 两个目标)
    compared = COMPARE.search(question) or pair or echo_asked(question)   # 甲13个，乙也是这个数吧 (comparisons.toml [echoed])
    if not compared and len(_pairs(named)) < load_comparisons().pairs_least:
        return (), []
    entities = _entities(named) or ([named.parts[0]] * 2 if pair and len(named.parts) == 1 else [])
    groups: list[tuple[str, ...]] = []
    for entity in entities:
        strengths = {n.id: match_strength(entity, notice_profile(n)) or 0.0 for n in notices}
        best = max(strengths.values(), default=0.0)   # exact matches when there are any
        match = tuple(sorted(nid for nid, s in strengths.items() if s >= weights.FITS and s == best))
        if 0 < len(match) < max(2, len(notices)) and match not in groups:   # not every notice: that names none
            groups.append(match)
    if len(groups) == 1 and len(entities) == 2 and entities[0] is entities[1] and len(groups[0]) == 2:
        groups = [groups[0][:1], groups[0][1:]]   # one name, two notices: each its own side
    if len(groups) < 2 or set(groups[0]) & set(groups[1]):   # overlapping: one entity described twice
        return (), []
    return tuple(groups), entities


def notice_aliases(notice: Notice) -> dict[str, frozenset[str]]:
    """Names a notice goes by: {'place': its places' names and short forms, 'agency': its agency
    types' forms, 'kind': its kinds} (drafting masks these).

    >>> sorted(notice_aliases(notice)["place"])[:2]
    ['广州', '广州市']
    """
    p = notice_profile(notice)
    places = {name for code in p.places for name in division_names(code)}
    forms = {f for a in load_genre().agency_types if a.canonical in p.agencies for f in a.forms}
    return {"place": frozenset(places), "agency": frozenset(forms), "kind": p.kinds}
