"""Rankings over the notices a comparison names (芦淞司法局、朔州科技局、鲤城社科联，哪家被反馈的问题最多，排个序; 三家谁最早
拿到巡察反馈; 哪个巡察进驻更久): the figure each side's own lead quotes (a count of problems, a day, a span's length), the
ranking worked out from them and said as such; when a side quotes no such figure, that side is named and nothing is
ranked (genre comparisons.toml [ranked]).

Example:
    >>> r = ranking("哪家被反馈的问题最多", [("《甲》", "巡察组共反馈29个问题"), ("《乙》", "反馈的4个方面33个问题")])
    >>> r.note, r.unstated
    ('（按两份通报所写的数目推算：《乙》33个，比《甲》29个多4个。）', ())
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from answer.cross import dashed_day
from answer.longer import LENGTH
from answer.ratio import named_count, ratio_note
from answer.spans import lead_days, step_day
from genre.comparisons import counted_asked, load_comparisons
from genre.cross import load_cross
from genre.events import count_of, event_ranked
from genre.figures import arabic
from genre.longer import longer_asked
from genre.ratio import ratio_asked
from genre.worked import asked_steps

COUNTS = {2: "两", 3: "三", 4: "四", 5: "五", 6: "六"}


@dataclass(frozen=True)
class Ranked:
    """The ranking said ("" when none is asked) and the sides that quote no figure of the kind ranked."""
    note: str
    unstated: tuple[str, ...] = ()


def ranking(question: str, leads: list[tuple[str, str]], texts: list[str] | None = None) -> Ranked:
    """The ranking QUESTION asks over LEADS ((whose, its lead) per side, "" for a side that answered nothing): by
    count (问题最多), by day (谁最早, 谁先), by length (哪个更久) or by the count of a kind of event (哪家开的党组会多,
    read in TEXTS, each side's whole answer, when given); Ranked("") when no ranking is asked.

    >>> ranking("谁最早拿到巡察反馈", [("《甲》", "2024年1月17日反馈"), ("《乙》", "")]).unstated
    ('《乙》',)
    """
    c = load_comparisons()
    if len(leads) < 2:
        return Ranked("")
    if counted_asked(question):
        figures = [(w, _count(lead)) for w, lead in leads]
        return _said(figures, "数目", lambda n: f"{n}个", True, "多", "少") if all(n is not None for _, n in figures) \
            else Ranked(f"（{_missing(figures)}没有写明{counted_asked(question)}的数目，无法比较。）", _missing_sides(figures))
    event = event_ranked(question)
    if event:   # 哪家开的党组会多: the count written beside the kind's name; 多次 is none
        times = [(w, count_of(event, text)) for (w, _), text in zip(leads, texts or [lead for _, lead in leads])]
        return _said(times, "次数", lambda n: f"{n}次", True, "多", "少") if all(n is not None for _, n in times) \
            else Ranked(f"（{_missing(times)}没有写明召开{event.asked}的次数，无法比较多少。）", _missing_sides(times))
    if ratio_asked(question):   # 甲的问题数是乙的几倍: each side's count of the thing named, the ratio worked out
        return Ranked(ratio_note(ratio_asked(question), [(w, named_count(lead, question)) for w, lead in leads]))
    if c.more.search(question) or load_cross().more_gap.search(question):   # 开会各几次，谁多: no kind named, each
        return _counted(leads, question)                                     # side's count of the noun named
        # (answer.ratio), else its first (answer.cross)
    if c.order.search(question):
        days = [(w, asked_day(question, lead)) for w, lead in leads]
        late = bool(re.search(r"晚|后", c.order.search(question).group()))
        return _said(days, "日期", _written, late, "晚" if late else "早", "", order=True) \
            if all(d is not None for _, d in days) else Ranked(f"（{_missing(days)}没有写明所问的日期，无法比较先后。）",
                                                               _missing_sides(days))
    if longer_asked(question):
        spans = [(w, _length(lead)) for w, lead in leads]
        return _said(spans, "日期", lambda n: f"{n}天", True, "长", "短") if all(n is not None for _, n in spans) \
            else Ranked(f"（{_missing(spans)}没有写明起止日期，无法比较长短。）", _missing_sides(spans))
    return Ranked("")


def _counted(leads: list[tuple[str, str]], question: str = "") -> Ranked:
    """LEADS ranked by the count each quotes of the noun QUESTION names (4个方面33个问题, asked of 问题: 33), else by its
    first, when all quote one in the same unit; that a side quotes none said (nothing ranked, nothing refused: the side's
    own answer stands); Ranked("") when the units differ.

    >>> _counted([("《甲》", "研究整改9次"), ("《乙》", "先后组织召开2次会议")]).note
    '（按两份通报所写的数目推算：《甲》9次，比《乙》2次多7次。）'
    """
    counts = [(w, named_count(lead, question)) for w, lead in leads]
    if not all(n for _, n in counts):
        return Ranked(f"（{_missing(counts)}没有写明所问的数目，无法比较多少。）")
    units = {n[1] for _, n in counts}
    if len(units) != 1:
        return Ranked("")
    unit = units.pop()
    return _said([(w, n[0]) for w, n in counts], "数目", lambda n: f"{n}{unit}", True, "多", "少", unit=unit)


def asked_day(question: str, lead: str) -> date | None:
    """The day of the step QUESTION names (谁先收到反馈: the 反馈 day, not the round's first) that LEAD quotes, else the
    first day it quotes; a page header's dashed day (时间: 2023-08-09) when it quotes none written out and no step but
    publication is asked (哪个先挂网: the header dates the publication); None when it quotes none.

    >>> asked_day("哪家先收到反馈", "2024年9月23日至12月20日开展巡察；2025年1月13日反馈巡察意见")
    datetime.date(2025, 1, 13)
    >>> asked_day("哪个先挂网", "发布时间:2024-09-19 17:46"), asked_day("哪家先收到反馈", "时间: 2023-08-09")
    (datetime.date(2024, 9, 19), None)
    """
    days = lead_days(lead)
    steps = [s for s in asked_steps(question) if s.name != "published"]
    named = step_day(steps[0], days, lead, None) if steps else None
    return named or (days[0].when if days else None) or (None if steps else dashed_day(lead))


def _length(lead: str) -> int | None:
    """The days of the span LEAD states (为期45天 -> 45), None when it states none."""
    m = LENGTH.search(lead)
    return int(m.group(1) or m.group(2)) if m else None


def _count(lead: str) -> int | None:
    """The count of problems LEAD states (巡察组共反馈29个问题 -> 29), None when it states none."""
    m = load_comparisons().figure.search(arabic(lead))   # 问题四个 as 4个 (genre figures.toml [numerals])
    return int(m.group(1)) if m else None


def _missing_sides(figures: list[tuple[str, object]]) -> tuple[str, ...]:
    return tuple(w for w, v in figures if v is None)


def _missing(figures: list[tuple[str, object]]) -> str:
    return "、".join(_missing_sides(figures))


def _said(figures: list, kind: str, shown, high_first: bool, more: str, less: str, order: bool = False,
          unit: str = "") -> Ranked:
    """FIGURES ranked and said: two as one against the other, three and more in order, the first named."""
    ranked = sorted(figures, key=lambda x: x[1], reverse=high_first)
    head = f"（按{COUNTS.get(len(figures), str(len(figures)))}份通报所写的{kind}推算："
    if len(ranked) == 2:
        (a, va), (b, vb) = ranked
        if va == vb:
            return Ranked(f"{head}{a}与{b}相同，都是{shown(va)}。）")
        gap = abs((vb - va).days) if order else va - vb
        unit = unit or {"日期": "天", "次数": "次"}.get(kind, "个")
        return Ranked(f"{head}{a}{shown(va)}，比{b}{shown(vb)}{more}{abs(gap)}{unit}。）")
    listed = "，".join(f"{w}{shown(v)}" for w, v in ranked)
    top = ranked[0][0] if ranked[0][1] != ranked[1][1] else "、".join(w for w, v in ranked if v == ranked[0][1])
    return Ranked(f"{head}依次为{listed}；{top}最{more}。）")


def _written(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"
