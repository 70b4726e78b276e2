"""What a notice is about, read once from its head (title, issuer, metadata lines, opening
paragraph) and its signature: the places it is about at every level, its agency types, the years it
covers and its kind. A question's named places, agencies and years are matched against these.

Places come from the national division table (genre.places): a notice of 海珠区 is about 海珠区,
广州市 and 广东省, so "广州水务局" matches it; a notice of 广州市 is not about 海珠区. A notice
whose head names no place is "place unknown": it neither matches nor contradicts a named place.

Example:
    >>> p = notice_profile(notice)
    >>> "440105" in p.places and "水务局" in p.agencies
    True
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from genre import load_genre
from genre.data_files import compile_re, read_toml
from genre.places import Place, find_places, place_chain
from genre.questions import load_questions
from genre.romanised import romanised_places
from retrieval.load import Notice
from retrieval.search.codes import issuer_code
from retrieval.search.levels import agency_level, level_order, place_levels, with_written

LEVEL_PREFIX = "省市区县州"   # "市司法局": the level written before an agency belongs to its name
HEAD_CHARS = 400        # the opening paragraph that says whose notice it is ("根据…，现将X…情况通报如下")
SIGNATURE_CHARS = 160   # the 落款 (issuer and date) at the end
YEAR = load_questions().year
INSPECTOR = load_questions().inspector
INSPECTING_AGENCIES = load_questions().inspecting_agencies
TOUR, TOUR_LEVELS = load_questions().tour, load_questions().tour_levels


@dataclass(frozen=True)
class Profile:
    notice_id: str
    places: frozenset[str]       # division codes the notice is about, with their parents
    own_codes: frozenset[str]    # the most specific of them (the issuer's own place)
    own_places: tuple[str, ...]  # the most specific ones (for messages): full names
    agencies: frozenset[str]     # canonical agency types named in its head (genre agency_types)
    years: frozenset[str]        # years named anywhere in the notice or its date
    periods: frozenset[str]      # N年度 its head names, or a plan's title year: the year a report or plan covers
    kinds: frozenset[str]        # genre notice kinds its title and opening name
    label: str                   # how to name it to a user: its title, else its issuer and file name
    levels: frozenset[str] = frozenset()   # level words its issuer is named with (市, 区; genre agency_level)
    issuer_agencies: frozenset[str] = frozenset()   # those of `agencies` its title or issuer names (whose it is)
    issuer: str = ""             # its issuer with the place written out (市司法局党组 of 绵阳市: 绵阳市司法局党组)
    codes: frozenset[str] = frozenset()   # the issuer code of its own 文号 (湖卫健 of 湖卫健发〔2023〕1号; genre issuer_code)


@functools.cache
def _agency_forms() -> tuple[tuple[str, str], ...]:
    """(form, canonical) of every genre agency type, longest form first (read once)."""
    return tuple(sorted(((f, a.canonical) for a in load_genre().agency_types for f in a.forms), key=lambda x: -len(x[0])))


@functools.cache
def _family_of() -> dict[str, str]:
    """canonical agency type -> its genre `family` ("" when it has none), read once."""
    return {e["canonical"]: e.get("family", "") for e in read_toml("agencies.toml").get("agency_type", [])}


@functools.cache
def _duty_named() -> re.Pattern[str]:
    """genre duty_named: an agency described by what it is in charge of (管体育的那个局), read once."""
    return compile_re(read_toml("agencies.toml")["duty_named"]["pattern"], "agencies.toml", "duty_named")


def duty_mentions(text: str) -> list[tuple[str, str, int, int]]:
    """(canonical, description, start, end) of agencies TEXT describes by their duty: the type whose form holds the
    words of the duty in order and ends in the organ word (a 部门 any department, a 单位 anything), the shortest such
    form first.

    >>> duty_mentions("管体育的那个局开了几次党组会？")[0][:2], duty_mentions("管文化旅游的局建了多少制度？")[0][0]
    (('体育局', '管体育的那个局'), '文化广电旅游局')
    """
    out = []
    for m in _duty_named().finditer(text):
        duty = ".{0,4}".join(map(re.escape, m.group(1)))
        organ = {"部门": "(?:局|委|厅|办|部)", "单位": ""}.get(m.group(2), re.escape(m.group(2)))   # a 部门 is a department
        fits = sorted((len(f), c) for f, c in _agency_forms() if re.search(duty + ".*" + organ + "$", f))
        if fits:   # the shortest form holding the duty: 体育局, not 文化广电旅游体育局
            out.append((fits[0][1], m.group(), m.start(), m.end()))
    return out


def agency_mentions(text: str) -> list[tuple[str, str, int, int]]:
    """(canonical, form, start, end) of agency forms in TEXT, longest form first, not overlapping."""
    forms = _agency_forms()
    taken: list[tuple[int, int]] = []
    out = []
    for form, canonical in forms:
        for m in re.finditer(re.escape(form), text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            out.append((canonical, form, m.start(), m.end()))
    return sorted(out, key=lambda x: x[2])


@functools.lru_cache(maxsize=4096)
def chain_codes(place: Place) -> tuple[str, ...]:
    """The place's code followed by its parents' codes."""
    return tuple(p.code for p in place_chain(place.code))


def families(agencies: frozenset[str]) -> frozenset[str]:
    """The genre `family` of each agency type (城市管理局 and 城市管理委员会 are both 城市管理)."""
    family = _family_of()
    return frozenset(family[a] for a in agencies if family.get(a))


def _inspector_after(text: str, end: int, level: str | None) -> bool:
    """Whether TEXT names the inspecting body right at END, after a place of LEVEL (None: unknown). Only
    provincial committees carry out 巡视: "广元市委巡视整改" names the inspected 市委, "四川省委巡视组" the inspector.

    >>> _inspector_after("广元市委巡视整改", 3, "city"), _inspector_after("四川省委巡视组", 3, "province")
    (False, True)
    """
    m = INSPECTOR.match(text, end)
    return bool(m) and not (level is not None and level not in TOUR_LEVELS and TOUR in m.group())


def place_inspects(text: str, p: Place) -> bool:
    return _inspector_after(text, p.end, p.level)


def _own_places(text: str) -> list[Place]:
    """Places of the issuer named in TEXT (the inspecting body's place excluded)."""
    return [p for p in find_places(text) if not place_inspects(text, p)]


def _first_place(found: list[Place]) -> list[Place]:
    """The first place named, with the places written right after it inside it (广州市海珠区)."""
    out = found[:1]
    for p in found[1:]:
        if p.start - out[-1].end > 1 or out[-1].code not in chain_codes(p)[1:]:
            break
        out.append(p)
    return out


def inspects(agency: str, text: str, end: int) -> bool:
    """省委 in "省委第八轮巡视" names the inspecting body, not the notice's issuer (but 广元市委 in
    "广元市委巡视整改" is inspected: the place written with it is below the province)."""
    if agency not in INSPECTING_AGENCIES:
        return False
    before = text[max(0, end - 12):end]   # the place written with the committee ends at most 2 before its end
    level = next((p.level for p in reversed(find_places(before)) if p.end >= len(before) - 2), None)
    return _inspector_after(text, end, level)


def _inspecting_place(text: str) -> list[Place]:
    """The place of the first inspecting committee TEXT names ("郑州市委巡察", "云南省委第二巡视组"):
    a committee inspects bodies within its own place.

    >>> [p.name for p in _inspecting_place("云南省委第二巡视组对省高级人民法院党组开展巡视")]
    ['云南省']
    """
    return [p for p in find_places(text) if place_inspects(text, p) and not p.ambiguous][:1]


def _issuer_level(text: str) -> str:
    """The level word written before the first agency TEXT names that is not the inspecting body
    ("区" in "区委第一巡察组对区行政审批局党组"), "" when none is written.

    >>> _issuer_level("市委第四巡察组对市公安局党委开展了巡察")
    '市'
    """
    for canonical, _, start, end in agency_mentions(text):
        if not inspects(canonical, text, end):
            return text[start - 1] if start and text[start - 1] in LEVEL_PREFIX else ""
    return ""


def _placed(issuer: str, own: list[Place]) -> str:
    """The issuer with its place written out when it names only the level ("市妇联党组" of 湘潭市:
    "湘潭市妇联党组").

    >>> _placed("区司法局", find_places("芦淞区"))
    '芦淞区司法局'
    """
    if len(own) == 1 and issuer[:1] and issuer[0] == own[0].full_name[-1] and own[0].name not in issuer:
        return own[0].full_name + issuer[1:]
    return issuer


def notice_head(notice: Notice) -> str:
    """Where a notice says whose it is: title, issuer, opening paragraph and the 落款 at the end."""
    body = notice.text
    return f"{notice.title}\n{notice.issuer}\n{body[:HEAD_CHARS]}\n{body[-SIGNATURE_CHARS:]}"


def _named_by_file(notice: Notice, head: str) -> tuple[list[Place], list[Place]]:
    """(own places, places it lies within) that the file's name gives, in Chinese (绵阳市司法局巡察整改通报.docx)
    or romanised (mianyang-sfj-xczg.docx). A place above the level the issuer is written at holds the notice
    rather than naming its issuer (区科协 in guilin-kx.txt lies within 桂林市).

    >>> [p.full_name for p in _named_by_file(guilin_district_notice, head)[1]]
    ['桂林市']
    """
    stem = Path(notice.doc).stem
    found = _first_place([p for p in _own_places(stem) if not p.ambiguous]) or romanised_places(stem)[:1]
    order = level_order()
    written = order.get(_issuer_level(head), -1)
    if found and written > min(order.get(w, written) for w in place_levels(found[-1])):
        return [], found
    return found, []


@functools.lru_cache(maxsize=8192)   # read for every notice on every question
def notice_profile(notice: Notice) -> Profile:
    """The profile of one notice (pure; cached per notice)."""
    head = notice_head(notice)
    found = _own_places(f"{notice.title}\n{notice.issuer}") or _first_place(_own_places(head))
    within: list[Place] = []
    if not found:   # no place in the head: the name the user gave the file
        found, within = _named_by_file(notice, head)
    if not found and not within:   # nor there: the place the body names most often, if any
        body = [p for p in find_places(notice.text) if not place_inspects(notice.text, p) and not p.ambiguous]
        top = Counter(p.code for p in body).most_common(1)
        found = [p for p in body if top and p.code == top[0][0]][:1]
    if not found and not within:   # still none: the inspecting committee's place holds the notice's (郑州市委巡察 -> 郑州)
        within = _inspecting_place(head)
        if within and within[0].full_name[-1:] == _issuer_level(head):   # 省委巡视组对省高级人民法院
            found, within = within, []
    chains = {p.code: chain_codes(p) for p in found + within}
    codes = {c for chain in chains.values() for c in chain}
    deepest = [p for p in found if not any(p.code in chains[q.code][1:] for q in found)]
    agencies = {c for c, _, _, end in agency_mentions(head) if not inspects(c, head, end)}
    owner = f"{notice.title}\n{notice.issuer}"   # an audit report names the audited agencies too: not whose it is
    issuing = {c for c, _, _, end in agency_mentions(owner) if not inspects(c, owner, end)}
    years = set(YEAR.findall(notice.text)) | ({notice.year} if getattr(notice, "year", "") else set())
    kinds = {k.name for k in load_genre().notice_kinds if any(c in notice.title + head[:200] for c in k.cues)}
    titled = notice.title + "\n" + notice.text[:HEAD_CHARS]
    periods = set(load_questions().period.findall(titled)) | set(load_questions().plan_period.findall(titled))
    untitled = not notice.title or notice.title == notice.id   # the loader names an untitled notice by its file
    issuer = _placed(notice.issuer, deepest)
    label = f"{issuer}（{notice.doc}）" if untitled and issuer else notice.title or notice.doc
    placed_levels = with_written(frozenset(w for p in deepest for w in place_levels(p)), _issuer_level(head))
    levels = placed_levels or {agency_level(head, start, form) for c, form, start, end
                                                    in agency_mentions(head)[:1] if not inspects(c, head, end)}
    return Profile(notice.id, frozenset(codes), frozenset(p.code for p in deepest),
                   tuple(sorted({p.full_name for p in deepest})), frozenset(agencies), frozenset(years), frozenset(periods),
                   frozenset(kinds), label, frozenset(levels) - {""}, frozenset(issuing), issuer,
                   frozenset({issuer_code(getattr(notice, "doc_number", ""))}) - {""})
