"""Figures staff ask that a notice's dates and counts imply (genre/data/worked.toml): the dated steps of an
inspection round and the words naming them, how spans are counted and said, and the shares staff name.

Example:
    >>> [s.name for s in asked_steps("巡察组进场那天到反馈那天隔了多少天？")]
    ['start', 'feedback']
    >>> named_share("完成整改的是不是已经超过八成了？")
    (0.8, '八成')
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre.data_files import compile_re, entries, get, section, section_patterns

FILE = "worked.toml"
CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九", 0)}


@dataclass(frozen=True)
class Step:
    """A dated step of an inspection round: how staff name it (asked) and how a notice's clause dates it (stated);
    `range` says which day of a dated range (…至…) it is ("first", "last", or "" for a day of its own)."""
    name: str
    label: str
    asked: re.Pattern[str]
    stated: re.Pattern[str]
    range: str


@dataclass(frozen=True)
class Worked:
    steps: tuple[Step, ...]
    parts: re.Pattern[str]          # splits a question into its asks
    months_from: int                # a gap of this many days and more is said in months too
    shares: tuple[re.Pattern[str], ...]
    share_compares: re.Pattern[str]
    compared_day: re.Pattern[str]   # 是不是比…还晚: a quoted date held against a day the question names
    average: re.Pattern[str]        # 平均每个方面几个: group "per", what the average is taken over
    versus: re.Pattern[str]         # 哪个时间更长: two spans held against each other
    versus_joins: re.Pattern[str]   # 和/与/还是 between the two spans
    ask_ends: re.Pattern[str]       # ，/、/space typed after one ask before the next (巡察多少天 反馈哪天)
    gap_words: re.Pattern[str]      # 隔/离/过了 asked of the end alone: the gap after the range, not its span
    day_lost: re.Pattern[str]       # a range's last day written without its 日 (至2022年11月15市委…)
    bare_gap: re.Pattern[str]       # 中间隔几天 naming no step: the gap between the steps asked before it
    again: re.Pattern[str]          # 从巡察结束算呢: one step named anew after a gap ask, the same gap again
    again_later: re.Pattern[str]    # 到/至 before the step named anew: it is the later end
    leap_said: str                  # {year}年2月有29天: said of a span holding 29 February
    aside: re.Pattern[str]          # （…进驻那家）: a bracketed aside naming which notice, no step of the span
    share_tenths: re.Pattern[str]   # 占几成: a share said in tenths too (约八成六)
    share_exact: re.Pattern[str]    # 算下百分比: a share said to two decimals (85.88%)


@functools.cache
def load_worked() -> Worked:
    """Read worked.toml once; raises GenreDataError naming the key."""
    steps = tuple(Step(get(e, "name", str, FILE, w), get(e, "label", str, FILE, w),
                       compile_re(get(e, "asked", str, FILE, w), FILE, f"{w}.asked"),
                       compile_re(get(e, "stated", str, FILE, w), FILE, f"{w}.stated"), e.get("range", ""))
                  for w, e in entries(FILE, "step"))
    spans = section(FILE, "spans")
    shares = tuple(compile_re(get(e, "pattern", str, FILE, w), FILE, f"{w}.pattern") for w, e in entries(FILE, "share"))
    compares = "|".join(get(e, "compares", str, FILE, w) for w, e in entries(FILE, "share"))
    day, versus = section(FILE, "compared_day"), section(FILE, "versus")
    return Worked(steps, compile_re(get(spans, "parts", str, FILE, "spans"), FILE, "spans.parts"),
                  get(spans, "months_from", int, FILE, "spans"), shares, compile_re(compares, FILE, "share.compares"),
                  compile_re(get(day, "asks", str, FILE, "compared_day"), FILE, "compared_day.asks"),
                  compile_re(get(section(FILE, "average"), "pattern", str, FILE, "average"), FILE, "average.pattern"),
                  compile_re(get(versus, "pattern", str, FILE, "versus"), FILE, "versus.pattern"),
                  compile_re(get(versus, "joins", str, FILE, "versus"), FILE, "versus.joins"),
                  compile_re(get(spans, "ask_ends", str, FILE, "spans"), FILE, "spans.ask_ends"),
                  compile_re(get(spans, "gap_words", str, FILE, "spans"), FILE, "spans.gap_words"),
                  compile_re(get(spans, "day_lost", str, FILE, "spans"), FILE, "spans.day_lost"),
                  *(compile_re(get(spans, k, str, FILE, "spans"), FILE, f"spans.{k}") for k in ("bare_gap", "again", "again_later")),
                  get(spans, "leap_said", str, FILE, "spans"),
                  compile_re(get(spans, "aside", str, FILE, "spans"), FILE, "spans.aside"),
                  *(compile_re(get(section(FILE, "share_said"), k, str, FILE, "share_said"), FILE, f"share_said.{k}")
                    for k in ("tenths", "exact")))


def asked_steps(question: str) -> list[Step]:
    """The steps a question names, in the order it names them (each once).

    >>> [s.name for s in asked_steps("反馈以后过了多久才公布？")]
    ['feedback', 'published']
    >>> [s.name for s in asked_steps("市公安局（2024年9月进驻那家）巡察结束后多少天才反馈")]
    ['end', 'feedback']
    """
    question = load_worked().aside.sub("", question)   # the aside names which notice, no step asked
    found = sorted((m.start(), i, step) for i, step in enumerate(load_worked().steps)
                   for m in [step.asked.search(question)] if m)
    return [step for _, _, step in found]


def question_parts(question: str) -> list[str]:
    """The asks of a question, split at its question marks and semicolons (non-empty).

    >>> question_parts("前后持续了多久？巡完以后隔了多长时间才反馈？")
    ['前后持续了多久', '巡完以后隔了多长时间才反馈']
    """
    return [p for p in load_worked().parts.split(question) if p.strip()]


def parts_asking(question: str, ask: re.Pattern[str]) -> list[str]:
    """The asks of QUESTION that hold ASK: its parts, each split at its commas (or 、 or spaces) too when more than one of
    its pieces holds ASK (staff type a comma or a space between two asks as often as a question mark).

    >>> gap = re.compile("多少天")
    >>> parts_asking("被提级巡察了多少天，反馈以后多少天公布的", gap), parts_asking("芦淞区，巡了多少天？", gap)
    (['被提级巡察了多少天', '反馈以后多少天公布的'], ['芦淞区，巡了多少天'])
    >>> parts_asking("巡了多少天 反馈以后多少天公布的", gap)
    ['巡了多少天', '反馈以后多少天公布的']
    """
    found = []
    for part in question_parts(question):
        pieces = [c for c in load_worked().ask_ends.split(part) if ask.search(c)]
        found += pieces if len(pieces) > 1 else [part] if ask.search(part) else []
    return found


def cn_number(text: str) -> int:
    """一 .. 九十九 written in Chinese numerals: cn_number("九十") -> 90."""
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (CN_DIGITS.get(tens, 1) if tens else 1) * 10 + (CN_DIGITS.get(ones, 0) if ones else 0)
    return CN_DIGITS.get(text, 0)


def named_share(question: str) -> tuple[float, str] | None:
    """The share a question holds a rate against (超过八成, 不到一半, 达到三分之二, 90%以上) as a fraction with its
    words; None when it names none with a word of comparing.

    >>> named_share("有没有达到三分之二？"), named_share("完成率是不是超过90%？"), named_share("整改了几成？")
    ((0.6667, '三分之二'), (0.9, '90%'), None)
    """
    w = load_worked()
    for pattern in w.shares:
        for m in pattern.finditer(question):
            near = question[max(0, m.start() - 6):m.end() + 3]
            if not w.share_compares.search(near):
                continue
            g = m.groupdict()
            if g.get("tenths"):
                value = CN_DIGITS[g["tenths"]] / 10 + (0.05 if g.get("half") else 0)
            elif g.get("whole"):
                value = 0.5
            elif g.get("den"):
                value = CN_DIGITS[g["num"]] / cn_number(g["den"])
            elif g.get("pct"):
                value = float(g["pct"]) / 100
            else:
                value = cn_number(g["cnpct"]) / 100
            return round(value, 4), "一半" if m.group() == "半" else m.group()   # 过半: 超过一半
    return None


def follow_on_asks(question: str) -> int:
    """How many clauses after the first that asks name only another thing and end in 呢 (基层党组织建设方面呢), typed after a
    question mark or a comma alike: each asks the same kind of figure as the ask before it.

    >>> follow_on_asks("群众身边腐败方面有几个？基层党组织建设方面呢？"), follow_on_asks("反馈了几个问题呢？")
    (1, 0)
    >>> follow_on_asks("腐败方面有几个，基层党组织建设方面呢"), follow_on_asks("文联的问题中，基层党建方面呢，有几个？")
    (1, 0)
    """
    clauses = [c.strip() for c in re.split(r"[，,？?；;。]", question) if c.strip()]
    first = next((i for i, c in enumerate(clauses) if re.search(r"[多少几哪谁何么吗]", c)), len(clauses))
    return sum(1 for c in clauses[first + 1:] if _follow_on().search(c))


@functools.cache
def _follow_on() -> re.Pattern[str]:
    return compile_re(get(section(FILE, "follow_on"), "pattern", str, FILE, "follow_on"), FILE, "follow_on.pattern")


@functools.cache
def _alike_units() -> dict[str, tuple[str, ...]]:
    table = get(section(FILE, "units"), "alike", dict, FILE, "units")
    return {asked: tuple(written) for asked, written in table.items()}


def written_units(asked: str) -> tuple[str, ...]:
    """The units a notice writes a count asked in ASKED in: the asked unit first, then those of the same kind.

    >>> written_units("场"), written_units("条")
    (('场', '次'), ('条',))
    """
    return (asked, *_alike_units().get(asked, ()))


@functools.cache
def _share_asked() -> re.Pattern[str]:
    return compile_re(get(section(FILE, "share_asked"), "pattern", str, FILE, "share_asked"), FILE, "share_asked.pattern")


def share_asked(question: str) -> bool:
    """Whether QUESTION asks a share in tenths or as a fraction (占几成, 占几分之几, 占比).

    >>> share_asked("没整改到位的资金占几成？"), share_asked("发展指数定了多高？")
    (True, False)
    """
    return bool(_share_asked().search(question))


@functools.cache
def _summed() -> dict[str, re.Pattern[str]]:
    return section_patterns(FILE, "summed", ("counted", "cue", "joins"))


def summed_things(question: str) -> int:
    """How many things a sum is asked of when more than two are named: by their count (三项加起来) or their list before
    the sum (党组会、中心组学习和专题会一共); 0 otherwise.

    >>> summed_things("听取汇报、召开推进会、列席学习会议，三项加起来多少次？"), summed_things("党组会、中心组学习和专题会一共开了几次？")
    (3, 3)
    >>> summed_things("开会和批示加起来多少次？"), summed_things("一共反馈了多少个问题？")
    (0, 0)
    """
    pats = _summed()
    counted = pats["counted"].search(question)
    if counted:
        raw = counted.group("n")
        n = int(raw) if raw.isdigit() else cn_number(raw.replace("两", "二"))
        return n if n > 2 else 0
    cue = pats["cue"].search(question)
    if cue is None:
        return 0
    before = re.split(r"[，,。？?；;]", question[:cue.start()])[-1]
    n = len(pats["joins"].findall(before)) + 1
    return n if n > 2 else 0


@functools.cache
def _share_follows() -> re.Pattern[str]:
    return compile_re(get(section(FILE, "share_follows"), "pattern", str, FILE, "share_follows"), FILE, "share_follows.pattern")


def share_follows(ask: str) -> bool:
    """Whether a share ASK names no subject of its own (占多大比例, 占比多少): it is of what the ask before it counted.

    >>> share_follows("占多大比例"), share_follows("没改完的占多大比例")
    (True, False)
    """
    return bool(_share_follows().search(ask.strip()))


def gap_again(question: str, asked: str) -> list[str]:
    """The gaps asked again after ASKED, the gap ask of QUESTION, by clauses naming one step anew and ending in 呢 (从巡察
    结束算呢, 那到公布呢): ASKED's two steps with the named one in place of the one on its side (到/至 before it: the later),
    each written as an ask of its own (genre worked.toml spans.again).

    >>> gap_again("朔州科技局巡察从进驻到反馈一共隔了多久？从巡察结束算呢", "朔州科技局巡察从进驻到反馈一共隔了多久")
    ['从结束到反馈隔了多久']
    >>> gap_again("从进驻到反馈隔了多久？到公布呢", "从进驻到反馈隔了多久"), gap_again("隔了多久？反馈呢", "隔了多久")
    (['从开始到发布隔了多久'], [])
    """
    w = load_worked()
    at = question.find(asked)
    old = sorted(asked_steps(asked), key=w.steps.index)
    if at < 0 or len(old) != 2:
        return []
    found = []
    for clause in re.split(r"[，,？?；;。]", question[at + len(asked):]):
        named = asked_steps(clause)
        if len(named) != 1 or named[0] in old or not w.again.search(clause.strip()):
            continue
        later = bool(w.again_later.search(clause[:named[0].asked.search(clause).start()]))
        pair = sorted([old[0], named[0]] if later else [named[0], old[1]], key=w.steps.index)
        found.append(f"从{pair[0].label}到{pair[1].label}隔了多久")
    return found
