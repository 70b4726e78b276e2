"""Meetings of the people's congress a gap is asked between, each dated in its own clause: named by their ordinals
(第十四次会议到第十六次会议), the one before a report left unnamed (离上次审议那次会隔了多久), or named by their months (3月底
先报的那次…离7月那次). Split from answer/steps.py.

Example:
    >>> t = "——2018年11月22日在十七届人大常委会第十六次会议上。2018年7月30日市十七届人大常委会第十四次会议后,审计局出具清单。"
    >>> [t[a:b] for a, b in ordinal_ends("第十四次会议到第十六次会议隔了多少天？", t)][0]
    '2018年7月30日市十七届人大常委会第十四次会议后'
"""
from __future__ import annotations

import datetime as dt
import re

from answer.metadata import report_lines
from answer.steps import first_day, read_days
from genre.questions import load_questions
from genre.steps import load_steps
from genre.worked import cn_number

SENTENCE_END = re.compile(r"[。；;]")   # a subtitle's date and meeting may stand on two lines
NEAR = 80   # characters before a meeting's ordinal searched for the day dating it
CLAUSE_END = re.compile(r"[，,。；;：:\n]")
DAY_MARK = re.compile(r"今年(?=\d{1,2}月)|\d{4}年\d{1,2}月\d{1,2}日|(?<![\d.])(?:19|20)\d{5,6}日")   # a day as written, whole or damaged
MONTH_MARK = re.compile(DAY_MARK.pattern + r"|\d{4}年\d{1,2}月(?!\d)")   # ... or a month alone (2021年7月,…会议)


def ordinal_ends(question: str, text: str, delivered: str = "") -> list[tuple[int, int]]:
    """For a gap or an order asked between meetings named by their ordinals (第十四次会议到第十六次会议隔了多少天,
    十四次会议和十六次会议哪个在前): the clause of TEXT dating each (from its day to the ordinal's clause end), earlier
    day first; [] when not asked so or not each dated. Asked for their order, a meeting dated by its month counts.

    >>> t = "——2018年11月22日在十七届人大常委会第十六次会议上。2018年7月30日市十七届人大常委会第十四次会议后,审计局出具清单。"
    >>> [t[a:b] for a, b in ordinal_ends("第十四次会议到第十六次会议隔了多少天？", t)]
    ['2018年7月30日市十七届人大常委会第十四次会议后', '2018年11月22日在十七届人大常委会第十六次会议上']
    >>> len(ordinal_ends("十六次会议和十四次会议哪个在前", t))
    2
    """
    steps = load_steps()
    order = bool(steps.order_asks.search(question))
    if not (order or load_questions().asks_gap.search(question)):
        return []
    found = sorted((m.start(), ordinal_value(m.group())) for pattern in (steps.ordinal_end, steps.ordinal_bare)
                   for m in pattern.finditer(question))
    named = list(dict.fromkeys(n for _, n in found))
    if len(named) != 2:
        return []
    ends = []
    for ordinal in named:
        end = _dated_clause(text, ordinal, delivered, months=order)
        if end is None:
            return []
        ends.append(end)
    return [(a, b) for _, a, b in sorted(ends)]


def ordinal_value(ordinal: str) -> int:
    """The number a meeting's ordinal names, written in Chinese numerals or digits (0 for none).

    >>> ordinal_value("第十四次"), ordinal_value("16次"), ordinal_value("第四十五次")
    (14, 16, 45)
    """
    digits = re.search(r"\d+", ordinal)
    return int(digits.group()) if digits else cn_number(re.sub(r"[第次]", "", ordinal).replace("两", "二"))


def _dated_clause(text: str, ordinal: int, delivered: str, months: bool = False) -> tuple[dt.date, int, int] | None:
    """The first sentence of TEXT naming the meeting of number ORDINAL (第十四次, followed by 会议) with a day before it
    (or, with MONTHS, a month: 2021年7月,…第三十三次会议, read as its first day): (the day, where the day starts, the end
    of the ordinal's clause)."""
    for m in load_steps().ordinal_end.finditer(text):
        if ordinal_value(m.group()) != ordinal:
            continue
        start = max(max((e.end() for e in SENTENCE_END.finditer(text, 0, m.start())), default=0), m.start() - NEAR)
        mark = next(reversed(list(MONTH_MARK.finditer(text, start, m.start()))), None)   # the day nearest before it
        # (a month nearer dates it by the month alone: a day further back is another meeting's)
        day = (first_day(read_days(text[mark.start():m.start()], delivered)) or
               (months and _first_month(read_days(text[mark.start():m.start()], delivered)))) if mark else ""
        if not day:
            continue
        stop = CLAUSE_END.search(text, m.end())
        try:
            when = dt.date(*map(int, (re.findall(r"\d+", day) + ["1"])[:3]))
        except ValueError:   # 2月30日 in a garbled page
            continue
        return when, mark.start(), stop.start() if stop else len(text)
    return None


def _first_month(text: str) -> str:
    m = re.search(r"\d{4}年\d{1,2}月", text)
    return m.group() if m else ""


def described_ends(question: str, text: str, delivered: str) -> list[tuple[int, int]]:
    """For an order asked between meetings named by what each did (先是哪次会议审议的审计工作报告，后来又向哪次会议报告了
    突出问题整改, genre steps.toml [order] meeting): for each clause asking a meeting, the dated meeting of TEXT whose
    sentence shares most two-character words with that clause, each once; earlier first; [] when not asked so.

    >>> t = "2021年7月,第三十三次会议审议了审计工作报告,提出意见。今年3月29日,向第四十一次会议报告了突出问题的整改情况。"
    >>> [t[a:b] for a, b in described_ends("先是哪次会议审议的审计工作报告，后来又向哪次会议报告了突出问题整改？", t, "2022年7月27日")]
    ['2021年7月,第三十三次会议审议了审计工作报告', '今年3月29日,向第四十一次会议报告了突出问题的整改情况']
    """
    steps = load_steps()
    asks = [c for c in re.split(r"[，,？?；;。]", question) if steps.order_meeting.search(c)]
    if len(asks) != 2 or not steps.order_asks.search(question):
        return []
    meetings = [(d, ordinal) for ordinal in dict.fromkeys(ordinal_value(m.group()) for m in steps.ordinal_end.finditer(text))
                for d in [_dated_clause(text, ordinal, delivered, months=True)] if d]
    chosen: list[tuple[dt.date, int, int]] = []
    for ask in asks:
        words = _pairs(steps.order_meeting.sub("", ask))
        scored = [(len(words & _pairs(text[d[1]:_sentence_end(text, d[2])])), d) for d, _ in meetings if d not in chosen]
        best = max(scored, key=lambda s: s[0], default=(0, None))
        if not best[0]:
            return []
        chosen.append(best[1])
    return [(a, b) for _, a, b in sorted(chosen)]


def _pairs(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1) if re.fullmatch(r"[\u4e00-\u9fff]{2}", text[i:i + 2])}


def _sentence_end(text: str, at: int) -> int:
    """Where the sentence going on at AT ends: its full stop, or its line's end (a subtitle has no full stop)."""
    m = re.compile(r"[。；;\n]").search(text, at)
    return m.start() if m else len(text)


def meetings_dated(question: str, text: str) -> list[tuple[int, int]]:
    """`ordinal_ends` of TEXT, a report's 今年 read as the year of its subtitle's day: the body's clauses answer a gap
    between two meetings, not the report's subtitle and byline (第十四次会议到审计局长作报告的第十六次会议隔了多少天);
    else `previous_meeting_ends` (离上次审议那次会隔了多久)."""
    delivered = first_day("".join(text[a:b] for a, b in report_lines(text)[:2]))
    ends = ordinal_ends(question, text, delivered) or previous_meeting_ends(question, text, delivered) or \
        month_meeting_ends(question, text, delivered) or described_ends(question, text, delivered)
    asked_who = ends and load_questions().asks_reporter.search(question) and load_steps().who.search(question)   # 谁在
    # 哪次会上作的: its byline too; not 审计局长作整改报告的第十六次会议, a meeting described
    return ends + [sp for sp in report_lines(text)[-1:] if asked_who and sp not in ends]


def previous_meeting_ends(question: str, text: str, delivered: str) -> list[tuple[int, int]]:
    """For a gap asked between a report read on DELIVERED (its subtitle's day) and the meeting before it, unnamed (离上次
    审议那次会隔了多久, 之前那次…跟这次报告隔多少天): the body's clause dating the latest meeting before that day, and the
    subtitle's line; [] when not asked so, no subtitle is dated, or no earlier meeting is dated with a day (genre
    steps.toml [previous_meeting]).

    >>> t = "报告\\n——2018年11月22日在十七届人大常委会第十六次会议上\\n市审计局局长  某某\\n正文。2018年7月30日市十七届人大常委会第十四次会议后,审计局出具清单。"
    >>> [t[a:b] for a, b in previous_meeting_ends("离上次审议那次会隔了多久", t, "2018年11月22日")]
    ['2018年7月30日市十七届人大常委会第十四次会议后', '——2018年11月22日在十七届人大常委会第十六次会议上']
    """
    lines = report_lines(text)[:1]
    if not delivered or not lines or not load_questions().asks_gap.search(question) or \
            not load_steps().previous_meeting.search(question):
        return []
    own = dt.date(*map(int, re.findall(r"\d+", delivered)))
    dated = [d for ordinal in dict.fromkeys(ordinal_value(m.group()) for m in load_steps().ordinal_end.finditer(text, lines[0][1]))
             for d in [_dated_clause(text, ordinal, delivered)] if d and d[0] < own]
    if not dated:
        return []
    _, a, b = max(dated)
    return [(a, b), lines[0]]


def month_meeting_ends(question: str, text: str, delivered: str) -> list[tuple[int, int]]:
    """For a gap asked between two meetings named by their months (3月底先报的那次…离7月那次隔了多少天, genre steps.toml
    [month_meeting]): the clause of TEXT dating each, earlier first; a month two meetings share answers with the one after
    the meeting named before it; [] when not asked so or a month dates no meeting.

    >>> t = "——2022年7月27日在省第十三届人大常委会第四十五次会议上。2021年7月,第三十三次会议审议了报告。今年3月29日,向省十三届人大常委会第四十一次会议报告了整改情况。"
    >>> [t[a:b] for a, b in month_meeting_ends("3月底先报的那次是第几次会议？离7月那次隔了多少天", t, "2022年7月27日")]
    ['今年3月29日,向省十三届人大常委会第四十一次会议报告了整改情况', '2022年7月27日在省第十三届人大常委会第四十五次会议上']
    """
    steps = load_steps()
    named = list(steps.month_meeting.finditer(question))
    if len(named) != 2 or not load_questions().asks_gap.search(question):
        return []
    dated = sorted(d for o in dict.fromkeys(ordinal_value(m.group()) for m in steps.ordinal_end.finditer(text))
                   for d in [_dated_clause(text, o, delivered)] if d)
    parts = {p: (a, b) for p, a, b in steps.month_parts}
    chosen: list[tuple[dt.date, int, int]] = []
    for m in named:
        month = int(m.group("month")) if m.group("month").isdigit() else cn_number(m.group("month"))
        first, last = parts.get(m.group("part") or "", (1, 31))
        fits = [d for d in dated if d[0].month == month and first <= d[0].day <= last and d not in chosen]
        after = [d for d in fits if chosen and d[0] > chosen[-1][0]]
        if not fits:
            return []
        chosen.append((after or fits)[0])
    return [(a, b) for _, a, b in sorted(chosen)]
