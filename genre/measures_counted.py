"""Measures asked with their count in one line (genre/data/questions.toml [measures_counted]): 采取了哪些做法，一共几条
asks the measures and the number of items listed, counted by their inline ordinals (一是…三是 → 3).

Example:
    >>> measures_count_ask("嘉兴市文广旅局党委抓整改采取了哪些做法，一共几条")
    ('嘉兴市文广旅局党委抓整改采取了哪些做法', '条')
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre.data_files import compile_re, get, section

FILE = "questions.toml"
UNITS_SAID = {"方面": "个方面"}   # 分几方面 said 共3个方面


@dataclass(frozen=True)
class MeasuresCounted:
    count: re.Pattern[str]
    asks: re.Pattern[str]
    marker: re.Pattern[str]
    count_first: re.Pattern[str]


@functools.cache
def load_measures_counted() -> MeasuresCounted:
    """The [measures_counted] table of questions.toml, read once."""
    t = section(FILE, "measures_counted")
    pat = lambda k: compile_re(get(t, k, str, FILE, "measures_counted"), FILE, f"measures_counted.{k}")
    return MeasuresCounted(pat("count"), pat("asks"), pat("marker"), pat("count_first"))


def measures_count_ask(question: str) -> tuple[str, str] | None:
    """(the question without its closing count ask, the unit asked) when QUESTION closes with a count ask after
    another ask that asks which or how (哪些做法, 怎么整改的); None otherwise. Whether the rest asks measures is the caller's to judge.

    >>> measures_count_ask("针对问题采取了哪些措施？共几项？"), measures_count_ask("一共几条")
    (('针对问题采取了哪些措施', '项'), None)
    >>> measures_count_ask("省里派下去搞巡视整改专项督查的督查组，一共几个？") is None
    True
    """
    if first := count_first_ask(question):
        return first
    m = load_measures_counted().count.search(question)
    if not m or len(question[:m.start()].strip()) < 4 or not load_measures_counted().asks.search(question[:m.start()]):
        return None   # 督查组，一共几个: a thing named counted, no measures asked
    unit = m.group("unit")
    return question[:m.start()], UNITS_SAID.get(unit, unit)


def count_first_ask(question: str) -> tuple[str, str] | None:
    """(the question asking which in place of how many, the unit asked) when QUESTION asks the count first and which
    after it (整改分了几项？各是什么); None otherwise.

    >>> count_first_ask("“三个规定”落实不到位那条，整改分了几项？各是什么")
    ('“三个规定”落实不到位那条，整改分了哪些', '项')
    >>> count_first_ask("下设了几个组？分别叫什么") is None
    True
    """
    m = load_measures_counted().count_first.search(question)
    if not m or len(question[:m.start()].strip()) < 4:
        return None
    rest = question[:m.start("n")] + "哪些" + question[m.end("unit"):m.start("which")].rstrip("，,？?。 呢吗")
    unit = m.group("unit")
    return rest, UNITS_SAID.get(unit, unit)


ORDINALS = "一二三四五六七八九十"
TITLE_END = re.compile(r"[。；;\n]")
RUN_REACH = 1500   # characters after a run's last ordinal still read as its item (its detail)


def item_runs(text: str) -> list[list[tuple[int, int]]]:
    """The runs of inline ordinals in TEXT (一是…二是…三是…, each next ordinal after the one before), each item as the
    span of its title: from its ordinal to the first sentence end.

    >>> t = "总述。一是统一思想。细则。二是加强领导。三是抓实整改。另:一是健全机制。二是分类管控。"
    >>> [[t[a:b] for a, b in run] for run in item_runs(t)]
    [['一是统一思想', '二是加强领导', '三是抓实整改'], ['一是健全机制', '二是分类管控']]
    >>> d = "总述。第一，统一思想。第二，加强领导。"
    >>> [[d[a:b] for a, b in run] for run in item_runs(d)]
    [['第一，统一思想', '第二，加强领导']]
    """
    runs: list[list[tuple[int, int]]] = []
    for m in load_measures_counted().marker.finditer(text):
        numeral = m.group("n") or m.group("n2")   # 一是 / 第一，
        n = ORDINALS.find(numeral) + 1 if len(numeral) == 1 else 0
        end = TITLE_END.search(text, m.end())
        span = (m.start("n") if m.group("n") else m.start("n2") - 1, end.start() if end else len(text))
        if n == 1:
            runs.append([span])
        elif runs and n == len(runs[-1]) + 1:
            runs[-1].append(span)
    return [r for r in runs if len(r) >= 2]


def run_quoted(text: str, quoted: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The run of ITEM_RUNS the QUOTED spans of TEXT end in most (from its first ordinal to RUN_REACH after its last,
    short of the next run); [] when none holds one. A quote is read by its end: 整改情况:一是… opens before its run.

    >>> t = "总述。一是统一思想。细则。二是加强领导。三是抓实整改。另:一是健全机制。二是分类管控。"
    >>> [t[a:b] for a, b in run_quoted(t, [(t.index("细则"), t.index("细则") + 3)])]
    ['一是统一思想', '二是加强领导', '三是抓实整改']
    """
    runs = item_runs(text)
    best, held = [], 0
    for i, run in enumerate(runs):
        stop = min(run[-1][0] + RUN_REACH, runs[i + 1][0][0] if i + 1 < len(runs) else len(text))
        n = sum(run[0][0] < b <= stop for _, b in quoted)   # by its end: 整改情况:一是… opens before its run's ordinal
        if n > held:
            best, held = run, n
    return best
