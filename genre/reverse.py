"""Which agency's notice says a fact, asked with no notice named (genre/data/which.toml [reverse_ask]): 哪个单位的通报说
建了45项制度？它清退了多少违规资金 / 谁家的巡察是市委提级巡察组来巡的？哪天反馈.

Example:
    >>> r = reverse_asked("哪个单位的通报说建了45项制度？它清退了多少违规资金")
    >>> r.figure, r.units, r.noun, r.rest
    ('45', ('个', '项', '条', '件'), '制度', '它清退了多少违规资金')
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre.data_files import compile_re, get, section

FILE = "which.toml"
DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2}
CLAUSE = re.compile(r"[？?，,。！!；;]")


@dataclass(frozen=True)
class ReverseRules:
    who: re.Pattern[str]
    figure: re.Pattern[str]     # groups n, unit
    alike: tuple[tuple[str, ...], ...]
    noun_edge: re.Pattern[str]
    noun_run: int
    kind: re.Pattern[str]       # group kind
    max_holders: int


@dataclass(frozen=True)
class ReverseAsk:
    figure: str                 # the figure in digits ("" when a kind is asked)
    units: tuple[str, ...]      # its unit and those alike
    noun: str                   # the noun beside the figure, the asker's edge words left out
    kind: str                   # the kind of inspection asked (提级), "" when a figure is asked
    said: str                   # the fact as the asker wrote it (45项制度, 提级巡察)
    head: str                   # the ask's clause before the fact (哪家的审计整改报告里给了)
    rest: str                   # the detail asked after, "" when none


@functools.cache
def load_reverse() -> ReverseRules:
    """Read which.toml [reverse_ask] once; raises GenreDataError naming the key."""
    d = section(FILE, "reverse_ask")
    pats = {k: compile_re(get(d, k, str, FILE, "reverse_ask"), FILE, f"reverse_ask.{k}")
            for k in ("who", "figure", "noun_edge", "kind")}
    alike = tuple(tuple(g) for g in get(d, "alike", list, FILE, "reverse_ask"))
    return ReverseRules(pats["who"], pats["figure"], alike, pats["noun_edge"], get(d, "noun_run", int, FILE, "reverse_ask"),
                        pats["kind"], get(d, "max_holders", int, FILE, "reverse_ask"))


def in_digits(n: str) -> str:
    """A count of one to ninety-nine written in Chinese numerals, in digits; digits as they are.

    >>> in_digits("一"), in_digits("十二"), in_digits("三十"), in_digits("45")
    ('1', '12', '30', '45')
    """
    if n[0].isdigit():
        return n
    if "十" not in n:
        return str(DIGITS.get(n[-1], 0))
    tens, _, ones = n.partition("十")
    return str(DIGITS.get(tens, 1) * 10 + DIGITS.get(ones, 0))


def reverse_asked(question: str) -> ReverseAsk | None:
    """The reverse ask of QUESTION (who says a fact), or None: the who word opens the ask and its clause holds a figure
    with a noun beside it, or a kind of inspection.

    >>> r = reverse_asked("哪家的审计整改报告里给了1个人记大过处分？另外还有几人被提醒谈话")
    >>> r.figure, r.units, r.noun, r.head
    ('1', ('人', '名', '个人'), '记大过处分', '哪家的审计整改报告里给了')
    >>> reverse_asked("谁家的巡察是交叉巡察").kind, reverse_asked("哪份通报提过“七张问题清单”") is None
    ('交叉', True)
    """
    r = load_reverse()
    q = question.strip()
    if not r.who.search(q):
        return None
    end = CLAUSE.search(q)
    clause, rest = (q[:end.start()], q[end.end():]) if end else (q, "")
    rest = re.sub(r"^[\s，,。？?！!；;]+|[\s，,。？?！!；;]+$", "", rest)
    k = r.kind.search(clause)
    if k:
        return ReverseAsk("", (), "", k.group("kind"), k.group(0), clause[:k.start()], rest)
    f = r.figure.search(clause)
    if not f:
        return None
    after = r.noun_edge.sub("", clause[f.end():])
    before = r.noun_edge.sub("", clause[r.who.search(clause).end():f.start()])
    before = re.split(r"(?:通报|报告|文件|材料)(?:里面|里|中|上)?", before)[-1]
    before = r.noun_edge.sub("", before)
    noun = after if len(after) >= 2 else before
    if len(noun) < 2:
        return None
    unit = "人" if f.group("unit") == "个人" else f.group("unit")
    units = next((g for g in r.alike if unit in g), (unit,))
    said = clause[f.start():] if noun == after else noun + f.group(0)
    return ReverseAsk(in_digits(f.group("n")), units, noun, "", said, clause[:f.start()], rest)
