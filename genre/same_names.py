"""A question read in the answering notices' own names of what it counts (genre/data/names.toml): staff ask 多少条措施
of a notice writing 整改举措239项, 每条整改措施 of one writing 每项措施, 11个问题 of one writing 11项问题.

Example:
    >>> notice_worded("细化了多少条措施？", ("细化制定整改举措239条,逐条明确责任领导",))
    '细化了多少条举措？'
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre.data_files import get, read_toml, section

FILE = "names.toml"
COUNT = r"(?:每|\d+|[〇零一二两三四五六七八九十百千]+|几|多少)"   # what stands before a measure word
HELD_COUNT = r"(?:每|\d+|[〇零一二两三四五六七八九十百千]+)"   # ... as a notice writes it
GAP = r"(?:(?!几|多少)[\u4e00-\u9fff]){0,4}?"   # 每条整改措施: words between the measure word and the noun; never
# another ask of a count (平均一项摊到几个问题: 项 counts what the notice writes in 项, 几个 counts the 问题)


@dataclass(frozen=True)
class Measure:
    """Measure words that count the nouns alike (个/项/条/件 of 问题 and 措施); the general ones (个) asked stay."""
    units: tuple[str, ...]
    nouns: tuple[str, ...]
    general: tuple[str, ...]


@functools.cache
def _groups() -> tuple[tuple[str, ...], ...]:
    data = read_toml(FILE)
    return tuple(tuple(get(e, "words", list, FILE, f"same[{i}]")) for i, e in enumerate(get(data, "same", list, FILE)))


@functools.cache
def _measures() -> tuple[Measure, ...]:
    data = read_toml(FILE)
    return tuple(Measure(tuple(get(e, "units", list, FILE, f"measure[{i}]")),
                         tuple(get(e, "nouns", list, FILE, f"measure[{i}]")),
                         tuple(e.get("general", ())))
                 for i, e in enumerate(get(data, "measure", list, FILE)))


@dataclass(frozen=True)
class Spoken:
    """The asker's everyday words for a counted thing (毛病, 钱, 追回来), the notices' names of it, and what must stand
    right before a spoken word for it to name the thing ("" when anything may)."""
    words: tuple[str, ...]
    names: tuple[str, ...]
    after: str


@functools.cache
def _spoken() -> tuple[Spoken, ...]:
    data = read_toml(FILE)
    return tuple(Spoken(tuple(get(e, "words", list, FILE, f"spoken[{i}]")), tuple(get(e, "names", list, FILE, f"spoken[{i}]")),
                        str(e.get("after", "")))
                 for i, e in enumerate(get(data, "spoken", list, FILE)))


def spoken_read(question: str, texts: tuple[str, ...]) -> str:
    """QUESTION with the asker's everyday words for a counted thing (names.toml [[spoken]]) that none of TEXTS writes read as
    the notices' name of it the TEXTS hold most; a spoken word not after its entry's `after` stays.

    >>> spoken_read("群众身边腐败那块反馈了几个毛病", ("聚焦群众身边腐败问题方面(11个问题)",))
    '群众身边腐败那块反馈了几个问题'
    >>> spoken_read("追回来多少钱？", ("收回清退违规资金5.0227万元",)), spoken_read("力度不足的有几个", ("问题",))
    ('收回多少钱？', '力度不足的有几个')
    """
    for entry in _spoken():
        held = max(((sum(t.count(n) for t in texts), -i, n) for i, n in enumerate(entry.names)), default=(0, 0, ""))
        if not held[0]:
            continue
        spoken = [w for w in entry.words if w in question and not any(w in t for t in texts)]
        if not spoken:
            continue
        rx = re.compile(f"(?P<after>{entry.after})" + "(?:" + "|".join(map(re.escape, spoken)) + ")")
        question = rx.sub(lambda m: m.group("after") + held[2], question)
    return question


def _by_word() -> dict[str, tuple[str, ...]]:
    return {w: group for group in _groups() for w in group}


def _word_read(word: str, texts: tuple[str, ...]) -> str:
    """WORD, or the name of its group the TEXTS hold most when none of them holds WORD.

    >>> _word_read("专题会议", ("召开党委会、专题会等",)), _word_read("专题会议", ("召开专题会议3次",))
    ('专题会', '专题会议')
    """
    if any(word in t for t in texts):
        return word
    held = [(sum(t.count(w) for t in texts), -i, w) for i, w in enumerate(_by_word()[word]) if w != word]
    best = max(held, default=(0, 0, word))
    return best[2] if best[0] else word


def _unit_held(unit: str, noun: str, texts: tuple[str, ...]) -> int:
    """How often the TEXTS count NOUN with UNIT (11项问题, 每项措施, 整改举措239项).

    >>> _unit_held("项", "问题", ("反馈的4个方面33项问题",)), _unit_held("条", "举措", ("整改举措239条",))
    (1, 1)
    """
    u, n = re.escape(unit), re.escape(noun)
    rx = re.compile(f"{HELD_COUNT}{u}{GAP}{n}|{n}[^，,。；;、]{{0,8}}?\\d+{u}")
    return sum(len(rx.findall(t)) for t in texts)


def notice_worded(question: str, texts: tuple[str, ...]) -> str:
    """QUESTION with each name of a counted thing, and each measure word counting one, that none of TEXTS (the
    answering notices) writes read as the name they do write; unchanged when they hold its own words or none.

    >>> notice_worded("每条整改措施提了什么要求", ("确保每项措施每个要点可检验",))
    '每项整改措施提了什么要求'
    >>> notice_worded("针对11个问题定了多少条措施", ("对3个方面6项共11项问题,制定整改举措14条",))
    '针对11个问题定了多少条举措'
    >>> notice_worded("开了几次专题会议", ("召开专题会议5次",)), notice_worded("平均每个问题几条", ("11项问题",))
    ('开了几次专题会议', '平均每个问题几条')
    >>> notice_worded("平均一项摊到几个问题", ("3个方面6项共11个问题",))
    '平均一项摊到几个问题'

    """
    texts = tuple(t for t in texts if t)
    if not texts:
        return question
    words = sorted(_by_word(), key=len, reverse=True)
    read = re.sub("|".join(map(re.escape, words)), lambda m: _word_read(m.group(), texts), spoken_read(question, texts))
    for measure in _measures():
        units = "|".join(map(re.escape, measure.units))
        nouns = "|".join(map(re.escape, sorted(measure.nouns, key=len, reverse=True)))
        rx = re.compile(f"(?P<count>{COUNT})(?P<unit>{units})(?=(?P<gap>{GAP})(?P<noun>{nouns}))")

        def unit_read(m: re.Match[str]) -> str:
            noun, unit = m.group("noun"), m.group("unit")
            if unit in measure.general or _unit_held(unit, noun, texts):
                return unit
            held = max(((_unit_held(u, noun, texts), u) for u in measure.units if u != unit), default=(0, unit))
            return held[1] if held[0] else unit
        read = rx.sub(lambda m: m.group("count") + unit_read(m), read)
    return read


@dataclass(frozen=True)
class CountedAs:
    """Names of a counted thing (措施, 举措) some agencies write under a nearby name only (整改任务: `written`, read as
    `name`), and the note said when its count is asked."""
    words: tuple[str, ...]
    name: str
    written: str
    note: str


@functools.cache
def _counted_as() -> tuple[CountedAs, ...]:
    data = read_toml(FILE)
    where = [(e, f"counted_as[{i}]") for i, e in enumerate(data.get("counted_as", []))]
    return tuple(CountedAs(tuple(get(e, "words", list, FILE, at)), get(e, "name", str, FILE, at),
                           get(e, "written", str, FILE, at), get(e, "note", str, FILE, at)) for e, at in where)


@functools.cache
def _count_asked() -> tuple[str, str, int]:
    """(measure-word class, ask alternation, clause reach) of names.toml [counted_as_asked]."""
    t = section(FILE, "counted_as_asked")
    measures = get(t, "measures", list, FILE, "counted_as_asked")
    asks = get(t, "asks", list, FILE, "counted_as_asked")
    return ("[" + "".join(map(re.escape, measures)) + "]", "|".join(map(re.escape, asks)),
            get(t, "within", int, FILE, "counted_as_asked"))


def counted_as_read(question: str, texts: tuple[str, ...]) -> tuple[str, str]:
    """(QUESTION, note): the words of a names.toml [[counted_as]] entry asked of TEXTS that write none of them but write
    its `written` name (细化制定整改任务239条) read as its `name`, with the entry's note when their count is asked;
    (QUESTION, "") when TEXTS write an asked word (明确整改任务32项、整改措施97条) or not the `written` name.

    >>> counted_as_read("细化了多少条措施？", ("细化制定整改任务239条",))
    ('细化了多少条整改任务？', '通报统计的是“整改任务”，没有单列“整改措施”，以下按整改任务作答。')
    >>> counted_as_read("整改措施多少条", ("明确整改任务32项、整改措施97条",))
    ('整改措施多少条', '')
    >>> counted_as_read("推动整改措施落地开了几次会", ("推进整改任务落地",))
    ('推动整改任务落地开了几次会', '')
    >>> counted_as_read("问题数和措施条数各是多少", ("6项共11个问题,制定整改任务14条",))[0]
    '问题数和整改任务条数各是多少'
    """
    texts = tuple(t for t in texts if t)
    for entry in _counted_as():
        asked = [w for w in entry.words if w in question]
        if not asked or not any(entry.written in t for t in texts) or any(w in t for w in entry.words for t in texts):
            continue
        rx = "|".join(map(re.escape, sorted(asked, key=len, reverse=True)))
        measure, asks, within = _count_asked()
        counted = re.search(f"{COUNT}{measure}{GAP}(?:{rx})|(?:{rx})[^，,。？?；;]{{0,{within}}}?(?:{asks})(?:{measure}|[，,。？?]|$)",
                            question)
        return re.sub(rx, entry.name, question), entry.note if counted else ""
    return question, ""


def units_alike(unit: str, other: str, noun: str) -> bool:
    """Whether UNIT and OTHER count NOUN alike (names.toml [[measure]]): 33项问题 answers 25个问题.

    >>> units_alike("个", "项", "问题"), units_alike("个", "项", "方面"), units_alike("次", "场", "会议")
    (True, False, True)
    """
    return unit == other or any(unit in m.units and other in m.units and any(n in noun for n in m.nouns)
                                for m in _measures())
