"""A figure the notice states converted into the unit a question asks it in (genre worked.toml [converted]): 5.0227万元
asked 换算成元 is 50227元, 1.05亿元 asked 折合多少万元 is 10500万元, 体检人数达1000万以上 asked 换成亿人 is 0.1亿人以上; said as
worked out after the cited clause, rounded as notices write money (约25.10亿元) when it has more decimals; and a total
asked where the quotes state the figure per head only (人均…102元 asked 全省总共多少亿元: [per_head]), a refusal.

Example:
    >>> converted_note("收回清退的违规资金换算成元是多少", "收回清退违规资金5.0227万元")
    '（按通报数字换算：5.0227万元=50227元。）'
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from genre.converted import load_converted, load_per_head, unit_asked
from genre.questions import load_questions

CLAUSE = re.compile(r"[^，,；;。：:]+")
BOUND = re.compile(r"[，,；;。：:]")
NOUN = re.compile(r"[\u4e00-\u9fff]{2,8}$")   # the words naming a figure right before it in its clause
NO_TOTAL = "通报中没有写明总数，只给出{marker}数字：“{clause}”，不能据此得出总数。"


@dataclass(frozen=True)
class Figure:
    number: str          # as written: 251023.54
    unit: str            # 万元, or a bare multiplier (万 of 人数达1000万)
    kind: str            # money, people, length, area
    size: int            # the unit's size in its kind's base unit
    before: str          # 至少, 约 …
    inner: str           # 余, 多
    after: str           # 以上, 左右 …
    start: int           # where the figure stands in its text

    def written(self) -> str:
        return f"{self.before}{self.number}{self.inner}{self.unit}{self.after}"


def _alt(words) -> str:
    """WORDS as a regex alternation, longest first: _alt(["米", "千米"]) -> '千米|米'."""
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


@functools.cache
def _figure_pattern() -> re.Pattern[str]:
    """A figure with its bounding words: before, number, inner, then a unit of [converted.scales] or a bare 万/亿."""
    c = load_converted()
    alt, units = _alt, _alt(c.scales)
    return re.compile(rf"(?P<before>{alt(c.before)})?(?<![\d.])(?P<n>\d+(?:\.\d+)?)\s*(?P<inner>{alt(c.inner)})?\s*"
                      rf"(?:(?P<unit>{units}){c.unit_end}|(?P<mult>{alt(c.multipliers)})(?P<inner2>{alt(c.inner)})?"
                      rf"(?=$|[^\u4e00-\u9fff]|{alt(c.after)}))"
                      rf"(?P<after>{alt(c.after)})?")


def figures(text: str) -> list[Figure]:
    """The figures of TEXT written in a unit that converts (longest unit first: 千米 before 米), with the words bounding
    them; a figure with a bare 万/亿 (体检人数达1000万以上) when a noun of its clause before it names its kind.

    >>> [f.written() for f in figures("已清理用地款1.05亿元,改造管网12.5公里,共3个问题,体检人数达1000万以上")]
    ['1.05亿元', '12.5公里', '1000万以上']
    """
    c = load_converted()
    found = []
    for m in _figure_pattern().finditer(text):
        if m.group("unit"):
            kind, size = c.scales[m.group("unit")]
        else:
            clause = BOUND.split(text[:m.start()])[-1]   # the clause up to the figure
            kind = next((k for k, nouns in c.bare_nouns.items() if any(n in clause for n in nouns)), "")
            size = c.multipliers[m.group("mult")]
            if not kind:
                continue
        found.append(Figure(m.group("n"), m.group("unit") or m.group("mult"), kind, size, m.group("before") or "",
                            m.group("inner") or m.group("inner2") or "", m.group("after") or "", m.start()))
    return found


def said(value: Decimal) -> str:
    """VALUE written plainly: no exponent, no trailing zeros.

    >>> said(Decimal("50227.0000")), said(Decimal("1E+4")), said(Decimal("0.000105"))
    ('50227', '10000', '0.000105')
    """
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def converted_figure(figure: Figure, unit: str) -> str:
    """FIGURE said in UNIT with its bounding words, exactly and, when it has more decimals than notices write money with,
    rounded after it (to more places when two would keep too few digits: 0.0116 as 约0.012) (only rounded when it never ends), said after "=" or as 约合; "" when the result is too small to be of the size asked (below [converted] least).

    >>> f = figures("问题资金251023.54万元")[0]
    >>> converted_figure(f, "亿元"), converted_figure(figures("人均经费102元")[0], "亿元")
    ('=25.102354亿元，约25.10亿元', '')
    >>> converted_figure(figures("建设高标准农田8600亩")[0], "公顷"), converted_figure(figures("投资1600余万元")[0], "亿元")
    ('约合573.33公顷', '=0.16亿余元')
    """
    c = load_converted()
    value = Decimal(figure.number) * figure.size / c.scales[unit][1]
    if 0 < value < c.least:
        return ""
    exact = said(value)
    decimals = len(exact.partition(".")[2])
    inner = unit[0] + figure.inner + unit[1:] if unit[0] in c.multipliers and len(unit) > 1 else figure.inner + unit

    def bound(v: str) -> str:   # 1600余万元: 0.16亿余元
        return f"{figure.before}{v}{inner}{figure.after}"

    places = max(c.decimals, c.rounded_digits - 1 - value.adjusted()) if value else c.decimals   # 0.0116亿人: 约0.012亿人
    if decimals <= places:
        return f"={bound(exact)}"
    rounded = format(value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP), "f")
    return f"约合{bound(rounded)}" if decimals > c.exact_decimals else f"={bound(exact)}，约{bound(rounded)}"


def named_figures(question: str, holding: str) -> list[tuple[str, Figure]]:
    """The figures of HOLDING (the sentences the lead stands in) whose clause names them by words the QUESTION names
    (问题资金和整改到位资金折成亿元: 问题资金251023.54万元 and 整改到位资金215587.84万元), each with its naming words.

    >>> [(n, f.written()) for n, f in named_figures("问题资金和整改到位资金折成亿元", "问题资金251023.54万元,未整改资金35435.70万元")]
    [('问题资金', '251023.54万元')]
    """
    named = []
    for f in figures(holding):
        noun = NOUN.search(BOUND.split(holding[:f.start])[-1])
        if noun and noun.group() in question:
            named.append((noun.group(), f))
    return named


def converted_note(question: str, lead: str, holding: str = "") -> str:
    """For a figure asked in a unit (换算成元, 折合多少万元, 按亿元算, 换成亿人) the LEAD's figures of that kind are not
    written in: each converted into the asked unit, said as worked out; "" when no unit is asked, the lead writes no
    figure of its kind, one already in that unit, or only figures far too small for it.

    >>> converted_note("附海镇清理的用地款折合多少万元？", "已清理用地款1.05亿元")
    '（按通报数字换算：1.05亿元=10500万元。）'
    >>> converted_note("清退了多少万元？", "收回清退违规资金5.0227万元"), converted_note("折合多少米", "资金5万元")
    ('', '')
    """
    unit = unit_asked(question)
    scales = load_converted().scales
    if not unit:
        return ""
    same = [f for f in figures(lead) if f.kind == scales[unit][0]]
    if not same or any(f.unit == unit for f in same):
        return ""
    named = [(n, f) for n, f in named_figures(question, holding) if f.kind == scales[unit][0] and f.unit != unit]
    if len(named) > 1:   # 问题资金和整改到位资金折成亿元各是多少: every figure the question names, with its name
        shown = [f"{n}{f.written()}{to}" for n, f in named for to in [converted_figure(f, unit)] if to]
        return f"（按通报数字换算：{'；'.join(dict.fromkeys(shown))}。）" if shown else ""
    shown = [f"{f.written()}{to}" for f in dict.fromkeys(same) for to in [converted_figure(f, unit)] if to]
    return f"（按通报数字换算：{'；'.join(dict.fromkeys(shown))}。）" if shown else ""


def per_head_only(question: str, quotes: list[str]) -> str:
    """Why a reply must not stand when QUESTION asks a total (总共, 一共, 全省) of a kind of figure (money, or the kind of
    the unit asked) and every figure of that kind the QUOTES state is per head (人均, 每人, 户均): the notice gives no
    total; "" otherwise.

    >>> per_head_only("公卫服务经费全省总共要投多少亿元？", ["人均基本公共卫生服务经费达102元以上"])
    '通报中没有写明总数，只给出人均数字：“人均基本公共卫生服务经费达102元以上”，不能据此得出总数。'
    """
    p = load_per_head()
    if not p.total.search(question) or p.marker.search(question):
        return ""
    unit = unit_asked(question)
    kind = load_converted().scales[unit][0] if unit else "money" if load_questions().asks_money.search(question) else ""
    if not kind:
        return ""
    per_head = []
    for clause in (c for q in quotes for c in CLAUSE.findall(q)):
        for f in figures(clause):
            if f.kind != kind:
                continue
            marker = p.marker.search(clause[:f.start])
            if not marker:
                return ""
            per_head.append((marker.group(), clause.strip()))
    return NO_TOTAL.format(marker=per_head[0][0], clause=per_head[0][1]) if per_head else ""
