"""A place the question names whose own notices fit none of what else it asks (another year, kind or agency): no notice
of its province or another place stands in for them, and the user is told what they do cover (retrieval.search.scope
says it as the scope's `covered`).

Example:
    >>> covered_note("宁波", (ningbo_2021,))
    '宁波的通报只涉及2021年度（审计）：《宁波市2021年度…》。'
"""
from __future__ import annotations

from retrieval.load import Notice
from retrieval.search.named import Named
from retrieval.search.profile import notice_profile

CLOSEST = 3   # notices named as the closest when the asked one is not in the knowledge base


def own_place_unmet(named: Named, notices: list[Notice],
                    strengths: dict[str, float | None]) -> tuple[str, tuple[Notice, ...]] | None:
    """The first place the question names that has notices of its own, none of which fits what else it names
    (another year, kind or agency: STRENGTHS None), with those notices; None when every such place has a fitting one.
    A notice of the place's province or of any other place then does not stand in for the place's own (genre
    convention: a notice is its issuer's; a province's 2023 plan is no 宁波 report of 2023). A notice naming no place
    still may when no agency is asked (users import their own notices, which often do not state their place), not
    when one is (绵阳市公安局: 绵阳 is known by its 司法局's notice; a placeless 市公安局 is not shown as 绵阳's); a place
    named as a region around the agency (广东那个市公安局: places.toml [regions]) asks for no notice of its own.

    >>> own_place_unmet(named_in("宁波2023年度审计整改情况"), notices, strengths)[0]
    '宁波'
    """
    for name, codes in zip(named.place_names, named.places):
        if codes & named.regions:   # 广东那个市公安局: a region around the agency, not its own place (places.toml)
            continue
        own = tuple(n for n in notices if codes & notice_profile(n).own_codes)
        if own and all(strengths.get(n.id) is None for n in own):
            return name, own
    return None


def covered_note(place: str, own: tuple[Notice, ...]) -> str:
    """What PLACE's own notices cover, said to a user: their years (N年度) and kinds, then their labels.

    >>> covered_note("宁波", (ningbo_2021,))
    '宁波的通报只涉及2021年度（审计）：《宁波市2021年度…》。'
    """
    profiles = [notice_profile(n) for n in own]
    years = "、".join(sorted({y for p in profiles for y in p.periods}))
    kinds = "、".join(sorted({k for p in profiles for k in p.kinds}))
    what = (f"{years}年度" if years else "") + (f"（{kinds}）" if kinds else "")
    labels = "、".join(f"《{p.label}》" for p in profiles[:CLOSEST])
    return f"{place}的通报只涉及{what}：{labels}。" if what else f"{place}的通报只有{labels}。"
