"""Counts staff ask of what a notice names rather than counts (genre/data/worked.toml): a total of a thing counted by
its kinds (定了几个方案: kinds_asks), counts of one kind asked each (each_summed), how a stated count is grouped
(11个问题是怎么归类的: 3个方面6项共11个问题), and the units a notice groups by what they did (部分单位边审边改,…逍林镇…,
胜山镇、市文广局…: 边审边改的单位有几个).

Example:
    >>> grouping_asked("11个问题是怎么归类的")
    '个'
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre.data_files import compile_re, get, section
from genre.worked import FILE


@functools.lru_cache(maxsize=1)
def _count_grouped() -> re.Pattern[str]:
    return compile_re(get(section(FILE, "count_grouped"), "pattern", str, FILE, "count_grouped"), FILE, "count_grouped.pattern")


def grouping_asked(question: str) -> str:
    """The unit of a stated count QUESTION quotes and asks how it is grouped (11个问题是怎么归类的: 个), "" when none:
    one more figure asked, answered by the clause stating the count with its grouping (genre worked.toml [count_grouped]).

    >>> grouping_asked("11个问题是怎么归类的，后来开了几次会"), grouping_asked("那14条措施分成哪几块"), grouping_asked("有几个问题")
    ('个', '条', '')
    """
    m = _count_grouped().search(question)
    return re.match(r"\d+\s*(.)", m.group()).group(1) if m else ""


@functools.lru_cache(maxsize=1)
def _parts_whole() -> re.Pattern[str]:
    return compile_re(get(section(FILE, "count_grouped"), "parts_whole", str, FILE, "count_grouped"), FILE, "count_grouped.parts_whole")


def parts_counted_whole(question: str) -> bool:
    """Whether QUESTION counts the parts whole before a total asked (三个方面一共多少问题): the clause restating the parts'
    count (3个方面6项共11个问题) answers (genre worked.toml [count_grouped] parts_whole).

    >>> parts_counted_whole("鲤城社科联三个方面一共多少问题"), parts_counted_whole("第三个方面一共几个问题")
    (True, False)
    """
    return bool(_parts_whole().search(question))


@dataclass(frozen=True)
class PracticeGroup:
    """Units a notice groups by what they did: the group's span in the text (部分单位边审边改 … up to the next group), its
    doing (边审边改) and the units named in its clauses (逍林镇, 胜山镇, 市文广局)."""
    start: int
    end: int
    practice: str
    members: tuple[str, ...]


@functools.lru_cache(maxsize=1)
def _practice() -> dict[str, re.Pattern[str]]:
    sec = section(FILE, "practice_group")
    return {k: compile_re(get(sec, k, str, FILE, "practice_group"), FILE, f"practice_group.{k}")
            for k in ("group", "member", "asked")}


def practice_asked(question: str) -> str:
    """The doing of the units whose count QUESTION asks (边审边改的单位一共有几个: …边审边改), "" when none.

    >>> practice_asked("慈溪审计报告里点到的边审边改的单位一共有几个？")[-4:], practice_asked("有几个单位")
    ('边审边改', '')
    >>> practice_asked("报告写“部分单位边审边改”，点了几个单位的名？各做了啥")
    '边审边改'
    """
    m = _practice()["asked"].search(question)
    return (m.group("practice") or m.group("practice2") or m.group("practice3") or m.group("practice4")) if m else ""


def practice_groups(text: str) -> list[PracticeGroup]:
    """The groups of units TEXT names by their doing, each up to the next group or the sentence's end (；/。).

    >>> t = "部分单位边审边改,在审计期间,甲镇清理往来款项15笔,乙镇、市文广局出台了制度;有些单位开展专项整治,丙集团自查。"
    >>> [(g.practice, g.members) for g in practice_groups(t)]
    [('边审边改', ('甲镇', '乙镇', '市文广局')), ('开展专项整治', ('丙集团',))]
    """
    pats = _practice()
    found = list(pats["group"].finditer(text))
    groups = []
    for i, m in enumerate(found):
        stop = re.compile(r"[；;。\n]").search(text, m.end())
        end = min(stop.start() if stop else len(text), found[i + 1].start() if i + 1 < len(found) else len(text))
        pieces = re.split(r"[,，、:：]", text[m.end():end])
        members = tuple(dict.fromkeys(n.group("name") for p in pieces for n in [pats["member"].match(p)] if n))
        end = m.start() + len(text[m.start():end].rstrip(",，、:： "))   # the clause, without the comma it ran on to
        groups.append(PracticeGroup(m.start(), end, m.group("practice"), members))
    return groups


@dataclass(frozen=True)
class KindsAsked:
    """A total asked of a thing a notice counts by its kinds (一共几个整改方案): the unit and the noun the kinds end in;
    `said` whether a word of all asks it (一共, 总共), else only the count of the thing is asked (定了几个方案); `part` the
    words of a sentence counting a part of a whole (其中), where kinds are not summed unless the total is asked."""
    unit: str
    noun: str
    said: bool = True
    part: str = "(?!)"
    named: str = ""   # the thing as asked (专项方案): a kind of its own when a kind ends as it does


@functools.lru_cache(maxsize=1)
def _kinds() -> dict[str, re.Pattern[str]]:
    sec = section(FILE, "kinds_total")
    return {k: compile_re(get(sec, k, str, FILE, "kinds_total"), FILE, f"kinds_total.{k}")
            for k in ("total", "asked", "before", "part", "added")}


def kinds_asked(question: str) -> KindsAsked | None:
    """The thing a count is asked of (一共出了几个整改方案, 定了几个方案, 整改方案定了几个), or None.

    >>> kinds_asked("一共出了几个整改方案？")
    KindsAsked(unit='个', noun='方案', said=True, part='(?!)', named='整改方案')
    >>> kinds_asked("整改方案定了几个").noun, kinds_asked("定了几个方案").said, kinds_asked("什么时候印发的")
    ('方案', False, None)
    >>> kinds_asked("整改方案一共定了几个？分别是什么")
    KindsAsked(unit='个', noun='方案', said=True, part='(?!)', named='整改方案')
    """
    p = _kinds()
    total = p["total"].search(question)
    asked = p["asked"].search(question, total.end()) if total else None
    if asked:
        return KindsAsked(asked.group("unit"), asked.group("noun")[-2:], named=asked.group("noun"))
    asked = p["asked"].search(question) or p["before"].search(question)
    said = bool(asked and asked.groupdict().get("all"))   # 整改方案一共定了几个: a word of all before the verb
    return KindsAsked(asked.group("unit"), asked.group("noun")[-2:], said, "(?!)" if said else p["part"].pattern,
                      asked.group("noun")) if asked else None


def kinds_asks(question: str) -> tuple[KindsAsked, ...]:
    """Every thing a count is asked of, one ask per 几个X (成立了几个小组 定了几个方案: 小组, then 方案), the one after a word
    of all first; () when none (genre worked.toml [kinds_total], several counts asked together).

    >>> [(k.noun, k.said) for k in kinds_asks("成立了几个小组 定了几个方案")]
    [('小组', False), ('方案', False)]
    >>> [(k.noun, k.said) for k in kinds_asks("一共出了几个整改方案？")], kinds_asks("什么时候印发的")
    ([('方案', True)], ())
    >>> [(k.noun, k.said) for k in kinds_asks("整改方案是1个总的加几个专项的？")][0]
    ('方案', True)
    """
    p = _kinds()
    added = p["added"].search(question)   # 1个总的加几个专项的: the thing named before the kind known, its total asked
    found = [KindsAsked(added.group("unit"), added.group("noun")[-2:], named=added.group("noun"))] if added else []
    first = kinds_asked(question)
    found += [first] if first else []
    for pattern in (p["asked"], p["before"]):
        for m in pattern.finditer(question):
            noun = re.split(r"[\s，,。？?；;]", m.group("noun"))[0]
            if len(noun) >= 2 and all(k.named != noun and k.noun != noun[-2:] for k in found):
                found.append(KindsAsked(m.group("unit"), noun[-2:], False, p["part"].pattern, noun))
    return tuple(found)


@functools.lru_cache(maxsize=1)
def _each_summed() -> dict[str, re.Pattern[str]]:
    sec = section(FILE, "each_summed")
    return {k: compile_re(get(sec, k, str, FILE, "each_summed"), FILE, f"each_summed.{k}") for k in ("each", "repeated")}


def each_noun_end(unit: str) -> int:
    """How many final characters the nouns after counts in UNIT summed unasked must share, 0 when the unit counts
    people or times whatever follows (genre worked.toml [each_summed]).

    >>> each_noun_end("个"), each_noun_end("人")
    (2, 0)
    """
    sec = section(FILE, "each_summed")
    units = get(sec, "noun_units", list, FILE, "each_summed")
    return get(sec, "same_noun_end", int, FILE, "each_summed") if unit in units else 0


def each_summed(question: str) -> bool:
    """Whether QUESTION asks counts of things of one kind each (各开了几次, 分别处理了几个人) or one after another in one
    unit (开了几次党组会 几次领导小组会): their sum is worked out beside them (genre worked.toml [each_summed]).

    >>> each_summed("党组会和领导小组会各开了几次"), each_summed("开了几次党组会 几次领导小组会"), each_summed("开了几次会")
    (True, True, False)
    """
    p = _each_summed()
    return bool(p["each"].search(question) or p["repeated"].search(question))
