"""Averages an answer works out from two counts a notice states together (4个方面33个问题; 11个问题,…整改措施14条), said as
worked out with the division made (genre worked.toml [average]).

Example:
    >>> average_note("朔州科技局反馈的问题平均每个方面几个？", "党组紧紧围绕巡察反馈的4个方面33个问题")
    '（按通报数字推算：33个问题/4个方面，平均每个方面约8.3个（33÷4=8.25）。）'
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from fractions import Fraction

from genre.data_files import compile_re, get, section
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


@functools.cache
def _periods() -> tuple[tuple[str, re.Pattern[str], str], ...]:
    """The periods an average may be asked per: word, stated range, unit (genre worked.toml [average_period])."""
    table = section("worked.toml", "average_period")
    return tuple((get(e, "per", str, "worked.toml", "average_period.periods"),
                  compile_re(get(e, "range", str, "worked.toml", "average_period.periods"), "worked.toml",
                             "average_period.periods.range"), str(e.get("unit", "")))
                 for e in get(table, "periods", list, "worked.toml", "average_period"))


def period_count(per: str, text: str) -> Count | None:
    """The months (years) of the first dated period TEXT states, both ends counted, when PER asks per month (year).

    >>> period_count("月", "2025年1—3月累计填报事项595条"), period_count("月", "2025年3月累计填报事项595条")
    (Count(n=3, unit='个', noun='月'), None)
    """
    for word, stated, unit in _periods():
        if per.startswith(word):
            m = stated.search(text)
            if m and int(m.group("b")) > int(m.group("a")):
                return Count(int(m.group("b")) - int(m.group("a")) + 1, unit, word)
    return None


def ratio_said(things: int, groups: int) -> tuple[str, str]:
    """THINGS over GROUPS: one decimal halved up as said, and the division made (the quotient to two decimals).

    >>> ratio_said(33, 4), ratio_said(14, 11)
    (('约8.3', '（33÷4=8.25）'), ('约1.3', '（14÷11≈1.27）'))
    """
    exact = Fraction(things, groups)
    shown = f"{float(exact):.2f}".rstrip("0").rstrip(".")
    sign = "=" if (exact * 100).denominator == 1 else "≈"
    return f"约{int(things * 10 / groups + 0.5) / 10:.1f}", f"（{things}÷{groups}{sign}{shown}）"


ASKED_NOUN = 2   # the first characters of a count's noun that name it right after the ask (几个问题 of 11个问题)


def _asked_noun(count: Count, after: str) -> bool:
    """Whether the words right AFTER the ask name COUNT's noun (几个问题: 问题).

    >>> _asked_noun(Count(11, "个", "问题"), "问题？巡察组"), _asked_noun(Count(3, "个", "方面"), "问题？")
    (True, False)
    """
    return len(count.noun) >= ASKED_NOUN and after.startswith(count.noun[:ASKED_NOUN])


def average_note(question: str, lead: str) -> str:
    """For an average asked (平均每个方面几个问题, 平均一个问题几条) of two counts the LEAD states together (4个方面33个问题):
    the count of the things (in the unit asked, when one is) over the count of the groups named after 平均每/平均一, said
    as worked out; "" when not asked or not both stated.

    >>> average_note("鲤城社科联平均一个问题几条", "对巡察反馈的3个方面6项共11个问题；制定有针对性和可操作性的整改措施14条")
    '（按通报数字推算：14条整改措施/11个问题，平均每个问题约1.3条（14÷11≈1.27）。）'
    >>> average_note("平均一项摊到几个问题", "对巡察反馈的3个方面6项共11个问题")
    '（按通报数字推算：11个问题/6项，平均每项约1.8个（11÷6≈1.83）。）'
    >>> average_note("平均每个问题几条", "对巡察反馈的3个方面6项共11个问题"), average_note("平均一个月多少", "1—3月累计填报事项595条")
    ('', '（按通报数字推算：595条填报事项/3个月，平均每个月约198.3条（595÷3≈198.33）。）')
    """
    asked = load_worked().average.search(question)
    if not asked:
        return ""
    per, unit = asked.group("per") or asked.group("per2") or "", asked.group("unit") or asked.group("unit2")
    counts = counts_in(lead)
    if per:
        groups = next((c for c in counts if c.noun.startswith(per) or c.noun.endswith(per)), None)
        groups = groups or period_count(per, lead)   # 平均一个月多少: the months of the stated period (1—3月)
    else:   # 平均一项摊到几个: the classifier names the groups, the count written in it (6项)
        groups = next((c for c in counts if asked.group("cls") not in (None, "个") and c.unit == asked.group("cls")), None)
    others = [c for c in counts if groups and c is not groups and c.n > 0 and c.noun != "共"]
    named = [c for c in others if _asked_noun(c, question[asked.end():])]
    others = named + [c for c in others if c not in named]   # 几个问题: the count of the noun asked first
    things = next((c for c in others if c.unit == unit), None) if unit else None
    if unit in ("", None, "个"):   # 几个 is any counter's word; 几条 asks a count in 条 only, else none is worked
        things = things or next(iter(others), None)
    if groups is None or things is None or groups.n == 0:
        return ""
    per = groups.noun if groups.noun in per else per
    named = load_questions().named_with_count
    noun = next((n for n in named if things.noun.startswith(n)), things.noun)
    rounded, division = ratio_said(things.n, groups.n)
    return (f"（按通报数字推算：{things.n}{things.unit}{noun}/{groups.n}{groups.unit}{per}，"
            f"平均每{groups.unit}{per}{rounded}{things.unit}{division}。）")
