"""A figure the question states for checking (genre/data/figures.toml [checked_figure]): 整改措施细化了两百多条？
清理用地款一个亿出头吧？ Each claim with the range its rounding allows, in base units (元 for money).

Example:
    >>> [(c.text, c.low, c.high, c.kind) for c in stated_claims("整改措施细化了两百多条？")]
    [('两百多条', 200.0, 300.0, '条')]
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre.claim_frame import claim_framed
from genre.data_files import compile_re, get, section
from genre.figures import cn_value
from genre.small_counts import one_counts

FILE = "figures.toml"
BIG = {"万": 10_000, "亿": 100_000_000}
MONEY = {"元": 1, "万元": 10_000, "亿元": 100_000_000}


@dataclass(frozen=True)
class Claim:
    text: str       # as typed: 两百多条
    start: int
    end: int
    low: float      # the range the rounding allows, in base units
    high: float
    kind: str       # the unit: 条, 个 …, or 元 for money ("" when none typed)
    unit: str       # the unit as typed (条, 万元, "" for 一个亿出头)
    big: str        # 万/亿 typed apart from the unit (一个亿), else ""


@dataclass(frozen=True)
class Checked:
    figure: re.Pattern[str]
    hedge: re.Pattern[str]
    rounding: dict[str, tuple[float, float]]
    holds: str
    fails: str
    date_claim: re.Pattern[str]
    date_end: re.Pattern[str]
    counted_as: re.Pattern[str]     # a noun after 个 that is the unit counted (个人 -> 人)
    shown: re.Pattern[str]          # nouns shown with a claimed 个 (3个方面)
    summed: str                     # parts of a claimed total said: 1人、2人，共3人
    other_thing: str                # a failing claim's figure stated of another thing: 12次是“巡察整改领导小组会议”。
    names_whole: re.Pattern[str]    # after a rounded figure: the whole a part is asked of (五十项左右的问题里，…), not judged


@dataclass(frozen=True)
class DateClaim:
    text: str                                   # as typed: 2025年6月到8月
    start: int                                  # the whole hedged clause (是…吧，), dropped from the ask
    end: int
    ends: tuple[tuple[str, int], ...]           # each end's (year or "", month)


@functools.cache
def load_checked() -> Checked:
    """The [checked_figure] table of figures.toml, read once."""
    sec = section(FILE, "checked_figure")
    rounding = {w: (float(lo), float(hi)) for w, (lo, hi) in get(sec, "rounding", dict, FILE, "checked_figure").items()}
    said = get(sec, "said", dict, FILE, "checked_figure")
    return Checked(compile_re(get(sec, "figure", str, FILE, "checked_figure"), FILE, "checked_figure.figure"),
                   compile_re(get(sec, "hedge", str, FILE, "checked_figure"), FILE, "checked_figure.hedge"),
                   rounding, get(said, "holds", str, FILE, "checked_figure.said"),
                   get(said, "fails", str, FILE, "checked_figure.said"),
                   compile_re(get(sec, "date_claim", str, FILE, "checked_figure"), FILE, "checked_figure.date_claim"),
                   compile_re(get(sec, "date_end", str, FILE, "checked_figure"), FILE, "checked_figure.date_end"),
                   *(compile_re(get(get(sec, "after_ge", dict, FILE, "checked_figure"), k, str, FILE, "checked_figure.after_ge"),
                                FILE, f"checked_figure.after_ge.{k}") for k in ("counted_as", "shown")),
                   get(said, "summed", str, FILE, "checked_figure.said"),
                   get(said, "other_thing", str, FILE, "checked_figure.said"),
                   compile_re(get(sec, "names_whole", str, FILE, "checked_figure"), FILE, "checked_figure.names_whole"))


def _step(value: float) -> float:
    """The place value of VALUE's last non-zero digit: _step(200) -> 100, _step(21) -> 1, _step(1e8) -> 1e8."""
    if value <= 0 or value != int(value):
        return 1.0
    step = 1
    while int(value) % (step * 10) == 0:
        step *= 10
    return float(step)


def stated_claims(question: str) -> tuple[Claim, ...]:
    """The rounded figures QUESTION states (a rounding word typed with them), each with its allowed range; inside a claim
    frame (听说…处理了3个人，对不对) exact figures too.

    >>> [(c.text, c.low, c.high, c.kind) for c in stated_claims("清理用地款一个亿出头？对二十来个问题持续整改")]
    [('一个亿出头', 100000000.0, 150000000.0, '元'), ('二十来个问题', 20.0, 25.0, '个')]
    >>> [(c.text, c.low, c.kind) for c in stated_claims("听说处理了3个人，对不对")]
    [('3个人', 3.0, '人')]
    """
    cf = load_checked()
    out = []
    framed = claim_framed(question)
    for m in cf.figure.finditer(question):
        words = [w for w in (m.group("about"), m.group("round"), m.group("round3"), m.group("round2"), m.group("mid"), m.group("tail")) if w]
        if not words and framed:
            words = [""]   # an exact figure claimed: held as typed
        if not words or question.startswith("少", m.end("round") if m.group("round") else m.end("round2")
                                             if m.group("round2") else len(question) + 1):
            continue   # 多少 asks, it states nothing
        if not (m.group("unit") or m.group("big")):
            continue
        if words == [""] and m.group("num") == "一" and not one_counts(question, m.start("num"), m.end("unit")):
            continue   # 是合在一起开的吧: 一起 the adverb, 是一次全面体检: the article, no figure claimed
        num = m.group("num")
        value = float(num) if num[0].isdigit() else float(cn_value(num))
        step = _step(value)
        unit = m.group("unit") or ""
        scale = BIG.get(m.group("big") or "", 1) * MONEY.get(unit, 1)
        kind = "元" if unit in MONEY or m.group("big") == "亿" else unit.replace("％", "%")   # a percent typed wide or narrow
        after = question[m.end():]
        noun = cf.shown.match(after) if unit == "个" else None
        kind = cf.counted_as.match(after).group() if unit == "个" and cf.counted_as.match(after) else kind
        lo, hi = cf.rounding[words[-1]]
        out.append(Claim(m.group() + (noun.group() if noun else ""), m.start(), m.end(), (value + lo * step) * scale, (value + hi * step) * scale, kind,
                         unit, m.group("big") or ""))
    return tuple(out)


def dated_claims(question: str) -> tuple[DateClaim, ...]:
    """The dates QUESTION states and hedges at once (是2025年6月到8月吧，), each end's year ("" when unsaid) and month.

    >>> [(c.text, c.ends) for c in dated_claims("巡市公安局是2025年6月到8月吧，一共多少天")]
    [('2025年6月到8月', (('2025', 6), ('', 8)))]
    """
    cf = load_checked()
    return tuple(DateClaim(m.group("claim"), m.start(), m.end(),
                           tuple((e.group("year") or "", int(e.group("month"))) for e in cf.date_end.finditer(m.group("claim"))))
                 for m in cf.date_claim.finditer(question))
