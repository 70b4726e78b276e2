"""Which notices a question is about, from the agency, place or document it names.

"济南城管局……" should be answered from the Jinan notice, not from a similar
passage of another agency. Each notice gets aliases from its issuer and title
(place short names, agency names and their usual abbreviations, document kinds
such as 工作要点); a question that names them is scoped to the notices that
match every kind of alias it uses.

Example:
    >>> scope_for("济南城管局怎么整改的", notices)
    Scope(notice_ids=('jinan-…',), reason='济南、城管局')
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from retrieval.load import Notice

AGENCY_ABBREVIATIONS = {
    "城市管理局": ("城管局", "城市管理局"),
    "城市管理委员会": ("城管委", "城市管理委", "城市管理委员会"),
    "机关事务管理局": ("机关事务管理局", "机关事务局", "机管局", "机关事务"),
    "综合行政执法局": ("综合行政执法局", "执法局"),
}
DOC_KINDS = ("工作要点", "任务分解", "工作方案", "实施方案", "工作计划", "通报", "公开")
GENERIC_PLACES = {"中共", "市委", "区委", "全市", "全区", "本市"}


COMPARE = re.compile(r"和|与|及|跟|、|对比|比较|分别|各自|各有|各做|两家|三家|几家")


@dataclass(frozen=True)
class Scope:
    notice_ids: tuple[str, ...]   # empty = all notices
    reason: str                   # the names in the question that set the scope
    groups: tuple[tuple[str, ...], ...] = ()  # one group per entity compared ("东丽区和济南城管局")


def _places(text: str) -> set[str]:
    text = text.replace("中共", "")
    found = set()
    for m in re.finditer(r"([\u4e00-\u9fff]{2,3}?)(省|市|区|县)", text):
        if m.start() > 8:
            break
        name = m.group(1)
        if name[0] in "市区省县" or name in GENERIC_PLACES:
            continue
        if name not in GENERIC_PLACES and not name.endswith(("城市", "管理", "委员")):
            found.add(name)
            found.add(name + m.group(2))
    return found


@functools.lru_cache(maxsize=8192)  # read for every notice on every question
def notice_aliases(notice: Notice) -> dict[str, frozenset[str]]:
    """{'place': {...}, 'agency': {...}, 'kind': {...}} for one notice."""
    head = f"{notice.issuer} {notice.title}"
    agencies = {alias for full, aliases in AGENCY_ABBREVIATIONS.items() if full in head for alias in aliases}
    kinds = {k for k in DOC_KINDS if k in notice.title}
    return {"place": frozenset(_places(notice.issuer) | _places(notice.title)), "agency": frozenset(agencies),
            "kind": frozenset(kinds)}


def scope_for(question: str, notices: list[Notice]) -> Scope:
    """Notices the question names (all notices when it names none or all of them)."""
    aliases = {n.id: notice_aliases(n) for n in notices}
    chosen = {n.id for n in notices}
    reasons: list[str] = []
    for kind in ("place", "agency", "kind"):
        names = {a for al in aliases.values() for a in al[kind] if a in question}
        # prefer the longest names mentioned ("东丽区" over "东丽"), drop names inside others
        names = {a for a in names if not any(a != b and a in b for b in names)}
        if not names:
            continue
        matching = {nid for nid, al in aliases.items() if names & al[kind]}
        if matching & chosen:
            chosen &= matching
            reasons.append("、".join(sorted(names, key=question.find)))
    compared = _compared_groups(question, aliases, len(notices))
    if compared:
        ids = tuple(sorted({nid for g in compared for nid in g}))
        return Scope(ids, "、".join(sorted(_mentions(question, aliases), key=question.find)), compared)
    if len(chosen) == len(notices) or not reasons:
        return Scope((), "")
    return Scope(tuple(sorted(chosen)), "、".join(reasons))


def _mentions(question: str, aliases: dict[str, dict[str, frozenset[str]]]) -> set[str]:
    names = {a for al in aliases.values() for kind in ("place", "agency") for a in al[kind] if a in question}
    return {a for a in names if not any(a != b and a in b for b in names)}


def _compared_groups(question: str, aliases: dict[str, dict[str, frozenset[str]]], total: int) -> tuple[tuple[str, ...], ...]:
    """Groups of notices when the question compares two or more specific agencies or places."""
    if not COMPARE.search(question):
        return ()
    groups: list[tuple[str, ...]] = []
    for name in sorted(_mentions(question, aliases), key=question.find):
        match = tuple(sorted(nid for nid, al in aliases.items() if name in al["place"] | al["agency"]))
        if 0 < len(match) <= max(1, total // 2) and match not in groups:
            groups.append(match)
    merged = [g for g in groups if not any(set(h) < set(g) for h in groups)]  # 济南 + 城管局 -> one entity
    return tuple(merged) if len({nid for g in merged for nid in g}) >= 2 and len(merged) >= 2 else ()
