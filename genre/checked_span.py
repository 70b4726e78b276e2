"""A span the question states roughly for checking (genre/data/figures.toml [checked_span]): 被巡察是一个月左右吧，按天算
具体几天？ The claim with the range of days its rounding allows, and where it stands (with the words of saying it) so the
ask can put it as 多少天.

Example:
    >>> [(c.text, c.low, c.high) for c in span_claims("那绵阳司法局被巡察是一个月左右吧，按天算具体几天？")]
    [('一个月左右', 21.308, 39.572)]
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre.data_files import compile_re, get, section
from genre.figures import cn_value

FILE = "figures.toml"
KEY = "checked_span"


@dataclass(frozen=True)
class SpanClaim:
    text: str       # as typed: 一个月左右
    start: int      # with the words of saying it (，是 / 吧): what the ask replaces
    end: int
    low: float      # the days its rounding allows
    high: float


@dataclass(frozen=True)
class CheckedSpan:
    claim: re.Pattern[str]
    gap_claim: re.Pattern[str]      # a gap stated between two steps (结束后一个多月才反馈): a claim as stated
    said_with: re.Pattern[str]
    hedged_after: re.Pattern[str]
    asked: re.Pattern[str]
    ask_as: str
    months_from: int
    months_step: float
    days: dict[str, float]
    rounding: dict[str, tuple[float, float]]
    holds: str
    fails: str


@functools.cache
def load_checked_span() -> CheckedSpan:
    """The [checked_span] table of figures.toml, read once."""
    sec = section(FILE, KEY)

    def rx(name: str) -> re.Pattern[str]:
        return compile_re(get(sec, name, str, FILE, KEY), FILE, f"{KEY}.{name}")
    days = {u: float(n) for u, n in get(sec, "days", dict, FILE, KEY).items()}
    rounding = {w: (float(lo), float(hi)) for w, (lo, hi) in get(sec, "rounding", dict, FILE, KEY).items()}
    said = get(sec, "said", dict, FILE, KEY)
    return CheckedSpan(rx("claim"), rx("gap_claim"), rx("said_with"), rx("hedged_after"), rx("asked"), get(sec, "ask_as", str, FILE, KEY),
                       get(sec, "months_from", int, FILE, KEY),
                       float(get(sec, "months_step", float, FILE, KEY)), days, rounding, get(said, "holds", str, FILE, f"{KEY}.said"),
                       get(said, "fails", str, FILE, f"{KEY}.said"))


def _day_step(value: float) -> float:
    """For a span in days, the place value of its last non-zero digit, at least a tenth of it: 45 -> 10, 300 -> 100."""
    step = 1
    while value >= step * 10 and int(value) % (step * 10) == 0:
        step *= 10
    return max(float(step), value / 10)


def months_near(days: int) -> str:
    """DAYS in months to the nearest half (months_step), as staff guess a span: months_near(45) -> '约1.5个月'.

    >>> [months_near(d) for d in (32, 42, 45, 62, 65, 88)]
    ['约1个月', '约1.5个月（即6周）', '约1.5个月', '约2个月', '约2个月', '约3个月']
    """
    cs = load_checked_span()
    weeks = days / cs.days["周"]
    said = f"（即{weeks:g}周）" if weeks == int(weeks) and days <= get(section(FILE, KEY), "weeks_upto", int, FILE, KEY) else ""
    return f"约{round(days / cs.days['月'] / cs.months_step) * cs.months_step:g}个月" + said


def span_claims(question: str) -> tuple[SpanClaim, ...]:
    """The spans QUESTION states roughly to have them checked, each with the days its rounding allows; a span is a claim
    only when hedged (吧, ？ after it, 是不是 before it) or when the question also asks the span exactly (按天算, 起止); a gap
    stated before 才/就 (结束后一个多月才反馈) always.

    >>> [(c.text, round(c.low), round(c.high)) for c in span_claims("揭阳市公安局被巡察，大约两个月？按天数是多少")]
    [('大约两个月', 52, 70)]
    >>> span_claims("巡察了两个多月，发现了几个问题？"), span_claims("今年头两个月开了几次会？")
    ((), ())
    >>> [(c.text, round(c.low), round(c.high)) for c in span_claims("巡察结束后一个多月才反馈的？")]
    [('一个多月', 30, 61)]
    >>> [(c.text, round(c.low), round(c.high)) for c in span_claims("反馈意见拿到一年多才公布整改情况？")]
    [('一年多', 365, 731)]
    """
    cs = load_checked_span()
    out = []
    out_matches: list[re.Match[str]] = []
    gaps = list(cs.gap_claim.finditer(question))   # a gap stated before 才/就 is a claim as stated
    for m in sorted([*cs.claim.finditer(question), *gaps], key=lambda m: m.start()):
        before = cs.said_with.search(question[:m.start()])
        start = before.start() if before else m.start()
        after = cs.hedged_after.match(question[m.end():])
        hedged = bool(after) or "是不是" in question[start:m.start()] or m in gaps
        if not (hedged or cs.asked.search(question[:start] + question[m.end():])) or \
                any(o.start() < m.end() and m.start() < o.end() for o in out_matches):
            continue
        out_matches.append(m)
        num = m.group("num")
        value = 0.5 if num == "半" else float(num) if num[0].isdigit() else float(cn_value(num))
        value += 0.5 if m.group("half") else 0.0
        value *= 12 if m.groupdict().get("year") else 1   # 半年: six months, rounded as months are
        unit = "月" if m.group("month") or m.groupdict().get("year") else "周" if m.group("week") else "天"
        words = [w for w in (m.group("about"), m.group("mround"), m.group("mround2"), m.group("wround"),
                             m.group("dround"), m.group("tail")) if w]
        lo, hi = cs.rounding[words[-1] if words else ""]
        size = cs.days[unit]
        step = _day_step(value) if unit == "天" else 12.0 if m.groupdict().get("year") and num != "半" else 1.0   # 一年多: years
        hedge = after.group() if after and after.group().strip() not in ("？", "?") else ""   # a question mark stays
        end = m.end() + len(hedge)
        out.append(SpanClaim(m.group(), start, end, max(0.0, (value + lo * step) * size), (value + hi * step) * size))   # 不到: from 0
    return tuple(out)
