"""Averages an answer works out from two counts a notice states together (4个方面33个问题; 11个问题,…整改措施14条), said as
worked out with the division made (genre worked.toml [average]).

Example:
    >>> average_note("朔州科技局反馈的问题平均每个方面几个？", "党组紧紧围绕巡察反馈的4个方面33个问题")
    '（按通报数字推算：33个问题/4个方面，平均每个方面约8.3个（33÷4=8.25）。）'
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from genre.questions import load_questions
from genre.worked import load_worked

UNITS = "个项条件名人次家批"
COUNT = re.compile(rf"(?P<before>[\u4e00-\u9fff]{{0,4}}?)(?P<n>\d+)\s*(?P<unit>[{UNITS}])(?P<after>[\u4e00-\u9fff]{{0,4}})")


@dataclass(frozen=True)
class Count:
    """A count a clause states: its number, unit and noun (written after it, 33个问题, or before it, 整改措施14条)."""
    n: int
    unit: str
    noun: str


def counts_in(text: str) -> list[Count]:
    """The counts TEXT states with their nouns, the noun after the count first, else the one right before it.

    >>> [(c.n, c.unit, c.noun) for c in counts_in("3个方面6项共11个问题,制定有针对性的整改措施14条,建立")]
    [(3, '个', '方面'), (6, '项', '共'), (11, '个', '问题'), (14, '条', '整改措施')]
    """
    found = []
    for m in COUNT.finditer(text):
        noun = m.group("after") or m.group("before")
        if noun:
            found.append(Count(int(m.group("n")), m.group("unit"), noun))
    return found


def ratio_said(things: int, groups: int) -> tuple[str, str]:
    """THINGS over GROUPS: one decimal halved up as said, and the division made (the quotient to two decimals).

    >>> ratio_said(33, 4), ratio_said(14, 11)
    (('约8.3', '（33÷4=8.25）'), ('约1.3', '（14÷11≈1.27）'))
    """
    exact = Fraction(things, groups)
    shown = f"{float(exact):.2f}".rstrip("0").rstrip(".")
    sign = "=" if (exact * 100).denominator == 1 else "≈"
    return f"约{int(things * 10 / groups + 0.5) / 10:.1f}", f"（{things}÷{groups}{sign}{shown}）"


def average_note(question: str, lead: str) -> str:
    """For an average asked (平均每个方面几个问题, 平均一个问题几条) of two counts the LEAD states together (4个方面33个问题):
    the count of the things (in the unit asked, when one is) over the count of the groups named after 平均每/平均一, said
    as worked out; "" when not asked or not both stated.

    >>> average_note("鲤城社科联平均一个问题几条", "对巡察反馈的3个方面6项共11个问题；制定有针对性和可操作性的整改措施14条")
    '（按通报数字推算：14条整改措施/11个问题，平均每个问题约1.3条（14÷11≈1.27）。）'
    """
    asked = load_worked().average.search(question)
    if not asked:
        return ""
    per, unit = asked.group("per") or asked.group("per2"), asked.group("unit") or asked.group("unit2")
    counts = counts_in(lead)
    groups = next((c for c in counts if c.noun.startswith(per) or c.noun.endswith(per)), None)
    others = [c for c in counts if groups and c is not groups and c.n > 0 and c.noun != "共"]
    things = next((c for c in others if c.unit == unit), None) if unit else None
    things = things or next(iter(others), None)
    if groups is None or things is None or groups.n == 0:
        return ""
    named = load_questions().named_with_count
    noun = next((n for n in named if things.noun.startswith(n)), things.noun)
    rounded, division = ratio_said(things.n, groups.n)
    return (f"（按通报数字推算：{things.n}{things.unit}{noun}/{groups.n}{groups.unit}{per}，"
            f"平均每{groups.unit}{per}{rounded}{things.unit}{division}。）")
