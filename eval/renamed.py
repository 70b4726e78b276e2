"""Renamed notices: the same notices and questions with their places and agency types swapped for others,
consistently, to see whether answering rests on the genre's rules or on the names of the notices it was built on.

A `Renaming` (one seeded variant) maps every division the notices name (genre.places.find_places, and the
romanised file name) to another real division of the same level and name ending, parents first (a county
moves under the city its city moved to), each surface kept in its form (full name -> full name, short form ->
short form); and each issuer's agency type to another type of the same kind written as real agencies are
named (TARGET_TYPES: government departments, party departments, public institutions, development zones,
streets, state-owned groups, people's organisations; many not in genre/data/agencies.toml), each form to the
matching form (full, short, provincial), the level word before it kept, the notice's self-references and
organ words (我局, 局党组) following the type. A target never appears in any text it could collide with.

Example:
    >>> r = plan({"d05_mianyang-x.txt": "市委巡察组对市司法局党组开展了巡察。我局…"}, [], [], seed=1)
    >>> rename_text("市司法局党组", r, "d05_mianyang-x.txt")   # e.g. '市气象局党组'
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from pathlib import PurePath

from genre import load_genre
from genre.places import _table, division_names, find_places
from genre.romanised import WORD, romanised_places
from pypinyin import lazy_pinyin
from retrieval.search.profile import agency_mentions, inspects


@dataclass(frozen=True)
class TargetType:
    """An agency type as real agencies write it: full name, short form, provincial form, self-reference word."""
    full: str
    short: str
    province: str
    self_word: str
    kind: str = "bureau"   # bureau | federation | court
    also: tuple[str, ...] = ()   # other names of the same kind of unit: a text naming one rules the type out


# Written from the State Council's and local governments' line-up, party organs, institutions and
# people's organisations (not read from any notice). Some are in agencies.toml, most are not.
TARGET_TYPES = (
    TargetType("档案局", "档案局", "档案局", "局", also=("档案馆",)),
    TargetType("水利局", "水利局", "水利厅", "局", also=("水务局", "水务")),
    TargetType("互联网信息办公室", "网信办", "网信办", "办"),
    TargetType("政法委员会", "政法委", "政法委", "委"),
    TargetType("机构编制委员会办公室", "编办", "编办", "办"),
    TargetType("党校", "党校", "党校", "校"),
    TargetType("人民防空办公室", "人防办", "人防办", "办", also=("国防动员办公室", "人防")),
    TargetType("气象局", "气象局", "气象局", "局"),
    TargetType("疾病预防控制中心", "疾控中心", "疾病预防控制中心", "中心", also=("疾控局",)),
    TargetType("融媒体中心", "融媒体中心", "融媒体中心", "中心", also=("媒体中心",)),
    TargetType("经济技术开发区管理委员会", "开发区管委会", "开发区管委会", "委"),
    TargetType("街道办事处", "街道办", "街道办事处", "街道"),
    TargetType("城市建设投资集团有限公司", "城投集团", "城投集团", "公司"),
    TargetType("民族宗教事务局", "民宗局", "民族宗教事务厅", "局"),
    TargetType("国有资产监督管理委员会", "国资委", "国资委", "委"),
    TargetType("外事办公室", "外事办", "外事办", "办"),
    TargetType("粮食和物资储备局", "粮储局", "粮食和物资储备局", "局", also=("粮食局",)),
    TargetType("地方金融监督管理局", "金融局", "地方金融监督管理局", "局", also=("金融办", "金融工作局")),
    TargetType("乡村振兴局", "乡村振兴局", "乡村振兴局", "局", also=("扶贫办",)),
    TargetType("住房公积金管理中心", "公积金中心", "住房公积金管理中心", "中心"),
    TargetType("老干部局", "老干部局", "老干部局", "局"),
    TargetType("民政局", "民政局", "民政厅", "局"),
    TargetType("统计局", "统计局", "统计局", "局"),
    TargetType("商务局", "商务局", "商务厅", "局"),
    TargetType("红十字会", "红十字会", "红十字会", "会", "federation"),
    TargetType("法学会", "法学会", "法学会", "会", "federation"),
    TargetType("作家协会", "作协", "作家协会", "会", "federation"),
    TargetType("计划生育协会", "计生协", "计划生育协会", "会", "federation"),
    TargetType("归国华侨联合会", "侨联", "侨联", "会", "federation"),
    TargetType("残疾人联合会", "残联", "残联", "会", "federation"),
    TargetType("工商业联合会", "工商联", "工商联", "会", "federation"),
    TargetType("总工会", "总工会", "总工会", "会", "federation"),
    TargetType("人民检察院", "检察院", "人民检察院", "院", "court"),
)
ABROAD = ("71", "81", "82")   # 台湾, 香港, 澳门
ZONES = ("开发区", "管理区", "示范区", "园区", "新区", "风景", "产业", "综合", "聚集", "集聚")   # zones, not divisions
PLACE_ORGANS = frozenset({"人民政府", "党委", "人大常委会", "政协", "纪委监委", "乡镇"})   # named by their place: kept
ORGAN_AFTER = ("党组", "党委", "机关", "领导", "班子", "属")   # 局党组, 局机关, 局属单位 follow the type
SELF_LEADS = ("我", "本", "我们", "咱们")   # 我局, 本委, and staff's 我们局/咱们委 in questions follow the type too
DIVISION_ENDS = tuple("省市区县旗州盟")   # a division's full name ends so; 中沙群岛的岛礁及其海域 is no target
_SELF_ENDS = (("委员会", "委"), ("联合会", "会"), ("协会", "会"), ("中心", "中心"), ("办公室", "办"))


@dataclass(frozen=True)
class Renaming:
    """One variant: surface replacements (places and agency forms), per-notice self words, new file names."""
    seed: int
    surfaces: dict[str, str]
    self_words: dict[str, dict[str, str]] = field(default_factory=dict)   # doc -> {我局: 我委, 局党组: 委党组}
    files: dict[str, str] = field(default_factory=dict)
    places: dict[str, str] = field(default_factory=dict)     # full name -> full name (for reports)
    agencies: dict[str, str] = field(default_factory=dict)   # canonical -> target full name (for reports)


def self_word(name: str) -> str:
    """The word a unit of this type calls itself by after 我/本: self_word('卫生健康委员会') -> '委'."""
    return next((w for end, w in _SELF_ENDS if name.endswith(end)), name[-1])


def _kind(canonical: str) -> str:
    if canonical.endswith(("法院", "检察院")):
        return "court"
    return "federation" if self_word(canonical) == "会" or canonical.endswith("联") else "bureau"


def _role(form: str, canonical: str) -> str:
    if form.endswith(("厅", "部", "署")) or "高级" in form:
        return "province"
    return "full" if len(form) >= len(canonical) else "short"


def _own_types(text: str) -> list[str]:
    """Agency types the notice's head names as the inspected unit or issuer, most named first."""
    head = text[:400]
    found = [c for c, _, _, end in agency_mentions(head) if not inspects(c, head, end) and c not in PLACE_ORGANS]
    return sorted(set(found), key=lambda c: (-found.count(c), found.index(c)))


def _readable(code: str) -> bool:
    """Whether the pinyin of the division's short name (its full name if none) reads back as this division alone."""
    names = division_names(code)
    return [p.code for p in romanised_places(_spelled(names[1] if len(names) > 1 else names[0]))] == [code]


def _place_targets(codes: set[str], taken_text: str, rng: random.Random, from_files: set[str]) -> dict[str, str]:
    """code -> another division's code: same level, same name ending and 自治 or not, under the parent's target
    when it has one, with room for the renamed children; a file-name place's pinyin as readable as the original's;
    never 港澳台 (their notices are not of this genre)."""
    t = _table()
    children: dict[str, list[str]] = {}
    for c, d in t.by_code.items():
        children.setdefault(d.parent, []).append(c)
    order = sorted(codes, key=lambda c: (("province", "city", "county").index(t.by_code[c].level), c))   # no set order: same draws every run
    used: set[str] = set(codes)
    out: dict[str, str] = {}

    def free(c: str) -> bool:   # also: no name that is an ordinary word (平安, 矿区), no zone (…开发区), no 和县-like name
        names = division_names(c)
        return (c not in used and c[:2] not in ABROAD and not any(n in taken_text for n in names if len(n) >= 2)
                and len(names[0]) > 2 and not any(n in t.context_only for n in names)
                and not any(z in names[0] for z in ZONES) and names[0].endswith(DIVISION_ENDS))

    needed = {c: sum(1 for k in codes if t.by_code[k].parent == c) for c in codes}
    readable_kids = any(t.by_code[k].parent in codes for k in from_files)

    def room(c: str) -> int:   # children free to take a renamed child (readable ones when a child is a file's place)
        return sum(1 for k in children.get(c, ()) if free(k) and (not readable_kids or _readable(k)))

    for code in order:
        div = t.by_code[code]
        same = [c for c, d in sorted(t.by_code.items()) if d.level == div.level and free(c)
                and ("自治" in d.name) == ("自治" in div.name) and room(c) >= needed[code]
                and (code not in from_files or _readable(c))]
        under = {c for c in children.get(out.get(div.parent, "?"), [])}
        ending = [c for c in same if t.by_code[c].name[-1] == div.name[-1]]
        pool = next((p for p in ([c for c in ending if c in under], [c for c in same if c in under], ending, same) if p), [])
        if pool:
            out[code] = rng.choice(pool)
            used.add(out[code])
    return out


def _short_of(source_surface: str, source_code: str, target_code: str) -> str:
    src, tgt = division_names(source_code), division_names(target_code)
    if source_surface == src[0]:
        return tgt[0]
    if source_surface == src[0][:-1] and tgt[0][:-1] in tgt[1:]:
        return tgt[0][:-1]
    return tgt[1] if len(tgt) > 1 else tgt[0]


def plan(notices: dict[str, str], questions: list[dict], fixed_texts: list[str], seed: int) -> Renaming:
    """A seeded renaming of NOTICES (doc -> text) and the QUESTIONS on them; FIXED_TEXTS (notices kept as
    they are) and every text are never given a target's name."""
    rng = random.Random(seed)
    texts = list(notices.values()) + [q["question"] + q.get("answer", "") for q in questions]
    everything = "\n".join(texts + fixed_texts)
    fixed = {p.code for t in fixed_texts for p in find_places(t)}
    found: dict[str, set[str]] = {}
    for text in texts:
        for p in find_places(text):
            if not p.ambiguous and p.code not in fixed:
                found.setdefault(p.code, set()).add(p.name)
    from_files = set()
    for doc in notices:
        for p in romanised_places(PurePath(doc).stem)[:1]:
            found.setdefault(p.code, set()).add(p.full_name)
            from_files.add(p.code)
    targets = _place_targets(set(found), everything, rng, from_files)
    surfaces = {s: _short_of(s, c, targets[c]) for c, names in found.items() if c in targets for s in names}
    fixed_types = {c for t in fixed_texts for c in _own_types(t)}
    own = {doc: _own_types(text) for doc, text in notices.items()}
    sources = sorted({c for types in own.values() for c in types[:1]} - fixed_types)
    free = [t for t in TARGET_TYPES if not any(f in everything for f in {t.full, t.short, t.province, *t.also})]
    random.Random(f"{seed}-agencies").shuffle(free)   # its own stream: the place draws do not move it
    chosen: dict[str, TargetType] = {}
    for canonical in sources:
        pick = next((t for t in free if t.kind == _kind(canonical) and t not in chosen.values()), None)
        if pick:
            chosen[canonical] = pick
    forms = {a.canonical: a.forms for a in load_genre().agency_types}
    for canonical, target in chosen.items():
        for form in forms[canonical]:
            surfaces[form] = {"province": target.province, "full": target.full, "short": target.short}[_role(form, canonical)]
    self_words: dict[str, dict[str, str]] = {}
    for doc, types in own.items():
        if types and types[0] in chosen:
            target = chosen[types[0]]
            pairs = {self_word(types[0]): target.self_word, "厅": self_word(target.province)}
            self_words[doc] = {w.format(s): w.format(t) for s, t in pairs.items() if s != t
                               for w in [lead + "{}" for lead in SELF_LEADS] + ["{}" + o for o in ORGAN_AFTER]}
    files = {doc: _renamed_file(doc, targets) for doc in notices}
    return Renaming(seed, surfaces, self_words, files,
                    {division_names(c)[0]: division_names(t)[0] for c, t in targets.items()},
                    {c: t.full for c, t in chosen.items()})


def _spelled(name: str) -> str:
    return "".join(lazy_pinyin(name))


def _renamed_file(doc: str, targets: dict[str, str]) -> str:
    """The file name with each romanised place name replaced by its target's (mianyang -> deyang, cixi -> ...)."""
    stem, suffix = PurePath(doc).stem, PurePath(doc).suffix
    words = {_spelled(n): _spelled(division_names(t)[min(i, len(division_names(t)) - 1)])
             for c, t in targets.items() for i, n in enumerate(division_names(c)[:2])}
    return WORD.sub(lambda m: words.get(m.group(), m.group()), stem) + suffix


CLAUSE_START = "(?:(?<![\u4e00-\u9fff])|(?<=[由对经向在和与及是为将把被从按以了的]))"   # 。局党组, 由局党组: not 公安局党组


def _pattern(words: dict[str, str], organ_words: bool = False) -> re.Pattern[str] | None:
    keys = sorted((w for w in words if w), key=len, reverse=True)
    lead = lambda w: CLAUSE_START if organ_words and not w.startswith(SELF_LEADS) else ""   # noqa: E731
    return re.compile("|".join(lead(w) + re.escape(w) for w in keys)) if keys else None


def rename_text(text: str, renaming: Renaming, doc: str = "") -> str:
    """TEXT with the renaming's places and agency forms swapped in one pass, then DOC's self words."""
    for organ, words in ((False, renaming.surfaces), (True, renaming.self_words.get(doc, {}))):
        rx = _pattern(words, organ)
        if rx:
            text = rx.sub(lambda m, w=words: w[m.group()], text)
    return text


def rename_item(item: dict, renaming: Renaming) -> dict:
    """A question item with its question, answer, evidence and doc renamed (self words of its one notice)."""
    doc = item.get("doc", "")
    one = doc if isinstance(doc, str) else ""
    new_doc = [renaming.files.get(d, d) for d in doc] if isinstance(doc, list) else renaming.files.get(doc, doc)
    return {**item, "question": rename_text(item["question"], renaming, one),
            "answer": rename_text(item.get("answer", ""), renaming, one),
            "evidence": [rename_text(e, renaming, one) for e in item.get("evidence", [])], "doc": new_doc}
