"""Spans of time worked out from a notice's dates, each said as worked out ("按上述日期推算") with the two days it
runs between: how long an inspection lasted (its dated range, both ends counted as notices count it), how long one
step came after another (进驻 -> 反馈, 结束 -> 反馈, 反馈 -> 公布), the ends chosen by the words the question names them
with (genre worked.toml [[step]]); several spans asked at once are each said. Notes on single quoted dates (the year
a day carries, a date held against a named day): answer/dated_notes.py.

Example:
    >>> gap_note("进场那天到反馈那天隔了多少天？", "2024年9月9日至2024年10月24日,巡察组进行了巡察。2025年1月8日,巡察组反馈了巡察意见")
    '（按上述日期推算，从2024年9月9日（巡察开始）到2025年1月8日（反馈）相隔121天（近4个月）。）'
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from genre.questions import load_questions
from genre.steps import load_steps, steps_order_asked
from genre.worked import Step, asked_steps, cn_number, gap_again, load_worked, parts_asking
from answer.span_words import day_month as _day_month, gap_said as _gap, leap_said, months_said, written as _written

DAY = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日")
ISO_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")   # a notice's publication date (metadata)
RANGE_JOIN = re.compile(r"\s*[至到\-—~]\s*")   # between the two days of a dated range
ACTS = ("巡视", "巡察")   # the act a range dates, named with its start and end


@dataclass(frozen=True)
class Day:
    """A day a lead quotes, with where it stands and, for a range's days, which end it is ("first"/"last")."""
    when: dt.date
    start: int
    end: int
    range: str = ""


def lead_days(lead: str) -> list[Day]:
    """The days LEAD quotes in order, years carried forward (notices drop the year a day shares with the one before);
    the two days of the first dated range (…至…) marked as its first and last.

    >>> [(d.when.isoformat(), d.range) for d in lead_days("2024年3月5日至4月18日开展巡察,5月16日反馈")]
    [('2024-03-05', 'first'), ('2024-04-18', 'last'), ('2024-05-16', '')]
    """
    days, year = [], None
    for m in DAY.finditer(lead):
        year = int(m.group(1)) if m.group(1) else year
        if year is not None:
            try:
                days.append(Day(dt.date(year, int(m.group(2)), int(m.group(3))), m.start(), m.end()))
            except ValueError:   # 2月30日 in a garbled page
                continue
    for i, (a, b) in enumerate(zip(days, days[1:])):
        if RANGE_JOIN.fullmatch(lead[a.end:b.start]) and b.when > a.when:
            days[i], days[i + 1] = Day(a.when, a.start, a.end, "first"), Day(b.when, b.start, b.end, "last")
            break
    return days


def day_mended(lead: str) -> str:
    """LEAD with a range's last day that lost its 日 written whole (genre worked.toml spans.day_lost), for working out.

    >>> day_mended("2022年8月19日至2022年11月15市委第三巡察组开展了巡察")
    '2022年8月19日至2022年11月15日市委第三巡察组开展了巡察'
    """
    return load_worked().day_lost.sub(lambda m: m.group() + "日", lead)


def step_day(step: Step, days: list[Day], lead: str, published: dt.date | None) -> dt.date | None:
    """The day STEP happened by the LEAD: a day of its own whose clause says it (…反馈了巡察意见), else its end of the
    dated range; the publication date for a step the body never dates; None when the lead does not date it."""
    if step.name == "published":
        return published
    for i, d in enumerate(days):
        stop = days[i + 1].start if i + 1 < len(days) else len(lead)
        clause = re.split(r"[。；;]", lead[d.end:stop])[0]
        if not d.range and step.stated.search(clause):
            return d.when
    return next((d.when for d in days if step.range and d.range == step.range), None)


def span_said(question: str, lead: str, published: str = "") -> list[str]:
    """What each asked span comes to, one phrase per ask of QUESTION that asks a gap or a length ([] when none).

    >>> span_said("前后持续了多久？巡完以后隔了多长时间才反馈？", "2025年3月18日至6月6日进行了巡察。2025年7月31日反馈了巡察意见")
    ['2025年3月18日至6月6日首尾两天都算共81天（两日相隔80天），2个半月多', '从2025年6月6日（巡察结束）到2025年7月31日（反馈）相隔55天']
    """
    q = load_questions()
    lead = day_mended(lead)
    days = lead_days(lead)
    when = ISO_DAY.fullmatch(published or "")
    public = dt.date(*map(int, when.groups())) if when else None
    said: list[str] = []
    asks = parts_asking(question, q.asks_gap) or [question]   # 巡了多少天，反馈以后多少天公布的: two spans
    for part in asks + gap_again(question, asks[-1]):   # 从进驻到反馈隔了多久？从巡察结束算呢: the second gap too
        versus = load_worked().versus.search(part)   # 巡察本身和等反馈哪个时间更长: each side, then the longer
        sides = [x for x in load_worked().versus_joins.split(part[:versus.start()]) if x.strip()] if versus else []
        if len(sides) >= 2:
            held = [_part_said(side, days, lead, public) for side in sides[-2:]]
            if all(held):
                (one, n1), (two, n2) = held
                said.append(f"{one}；{two}；{'两者一样长' if n1 == n2 else '前者更长' if n1 > n2 else '后者更长'}")
                continue
        phrase = _part_said(part, days, lead, public, question[:max(question.find(part), 0)])[0]
        if phrase and phrase not in said:
            said.append(phrase)
    return said


def span_days(question: str, lead: str, published: str = "") -> tuple[int, bool] | None:
    """The days of the first span QUESTION asks, worked out from the days LEAD quotes (and PUBLISHED, the page's date,
    for a span up to its publication), and whether it is a dated range (both ends counted) rather than a gap; None when
    the lead does not date it.

    >>> span_days("巡察多少天？", "2024年5月7日至6月7日,市委第五巡察组开展了巡察"), span_days("巡察多少天？", "7月24日反馈")
    ((32, True), None)
    """
    lead = day_mended(lead)
    days = lead_days(lead)
    when = ISO_DAY.fullmatch(published)
    public = dt.date(*map(int, when.groups())) if when else None
    for part in parts_asking(question, load_questions().asks_gap) or [question]:
        phrase, n = _part_said(part, days, lead, public, question[:max(question.find(part), 0)])
        if phrase:
            return n, "首尾" in phrase
    return None


def _part_said(part: str, days: list[Day], lead: str, public: dt.date | None, before: str = "") -> tuple[str, int]:
    """The phrase of the span PART asks and its days (a range counted with both ends); ("", 0) when not dated. A bare
    gap naming no step (中间隔几天) is between the steps the asks BEFORE it named (genre worked.toml spans.bare_gap)."""
    start, stop = ask_bounds(part)
    piece = part[start:stop]
    steps = asked_steps(piece)
    after_end = len(steps) == 1 and steps[0].range == "last" and load_worked().gap_words.search(piece)
    # 巡察结束后隔了多少天 asks from the range's end, whatever days the asker stated before it (2023年4月20号开始被巡察，
    # 到24年1月4号才反馈，巡察结束后隔了多少天: round 80); otherwise the steps named before it, none of a later ask
    steps = steps if len(steps) >= 2 or after_end else asked_steps(part[:stop])
    steps = steps or (asked_steps(before) if load_worked().bare_gap.search(piece) else [])
    order = load_worked().steps
    steps.sort(key=order.index)   # steps happen in their order, whichever the question names first
    ranged = [d for d in days if d.range]
    act = next((a for a in ACTS if a in lead), "")
    if ranged and [s.range for s in steps] == ["last"] and load_worked().gap_words.search(piece):
        return _after_end(ranged[-1], days, lead, act)   # 巡察结束隔了多少天: up to the step dated after it
    if ranged and all(s.range for s in steps) and (steps or not load_questions().gap_second_step.search(piece)):
        # how long the round lasted (从进驻到撤离 too): both ends count
        first, last = ranged[0].when, ranged[1].when
        n = (last - first).days
        months = f"，{months_said(n + 1)}" if n + 1 >= load_worked().months_from else ""
        leap = leap_said(first, last)
        return f"{_written(first)}至{_day_month(last, first)}首尾两天都算共{n + 1}天（两日相隔{n}天{leap}）{months}", n + 1
    later = next((s for s in reversed(steps) if not s.range), None)
    if later is None:   # no later step named and no range: the last two days quoted
        if len(days) < 2 or days[-1].when <= days[-2].when:
            return "", 0
        return _gap(days[-2].when, days[-1].when, "", ""), (days[-1].when - days[-2].when).days
    end = step_day(later, days, lead, public)
    earlier = next((s for s in steps if s is not later), None)
    start = step_day(earlier, days, lead, public) if earlier else None
    if end is not None and (start is None or start >= end):   # 反馈以后: from the day quoted last before it
        before = max((d for d in days if d.when < end), key=lambda d: d.when, default=None)
        earlier = next((s for s in load_worked().steps if before and before.range and s.range == before.range), None)
        start = before.when if before else None
    if end is None or start is None:
        return "", 0
    named = f"{act}{earlier.label}" if earlier is not None and earlier.range else (earlier.label if earlier else "")
    return _gap(start, end, named, later.label), (end - start).days


def _after_end(last: Day, days: list[Day], lead: str, act: str) -> tuple[str, int]:
    """The gap from a range's LAST day to the first day LEAD dates after it (its feedback named when its clause says so).

    >>> _after_end(*(lambda d: (d[1], d))(lead_days("2023年10月11日至12月1日开展巡察；2024年1月17日反馈了巡察意见")), "2023年10月11日至12月1日开展巡察；2024年1月17日反馈了巡察意见", "巡察")
    ('从2023年12月1日（巡察结束）到2024年1月17日（反馈）相隔47天', 47)
    """
    feedback = next((s for s in load_worked().steps if s.name == "feedback"), None)
    fed = step_day(feedback, days, lead, None) if feedback else None
    after = fed if fed and fed > last.when else next((d.when for d in days if not d.range and d.when > last.when), None)
    if after is None:
        return "", 0
    end = next(s for s in load_worked().steps if s.range == "last")
    return _gap(last.when, after, f"{act}{end.label}", feedback.label if feedback and after == fed else ""), \
        (after - last.when).days


def round_dated_asked(question: str, notice_ids: tuple[str, ...]) -> bool:
    """Whether QUESTION asks a day or a span of the inspection round's steps (哪天收到反馈, 进驻了多长时间: genre worked.toml
    [[step]]) of the one notice NOTICE_IDS hold (a side of a comparison): staff name the steps by words the notice's dated
    opening need not use (进驻 for 开展了巡察), so their words weigh no coverage against it.

    >>> round_dated_asked("进驻了多长时间", ("d37",)), round_dated_asked("进驻了多长时间", ())
    (True, False)
    """
    q = load_questions()
    return len(notice_ids) == 1 and bool(asked_steps(question)) and bool(q.asks_date.search(question) or q.asks_gap.search(question)
                                                                          or steps_order_asked(question))   # 先反馈还是先公布


def ask_piece(part: str) -> str:
    """The comma piece of PART holding its span ask, on to the end of that ask: the words before it describe the notice
    asked of (揭阳那份…公安局通报，巡察搞了多少天; 2024年秋天开始被巡察的那个科技局，巡察结束后隔了多久才反馈) and name no step
    of the span; the asks typed after it (，哪天反馈; 通报哪天发的) are asks of their own (genre worked.toml spans.ask_ends).

    >>> ask_piece("2024年秋天开始被巡察的那个科技局，巡察结束后隔了多久才反馈"), ask_piece("广元市委被巡视了多少天，哪个巡视组，哪天反馈")
    ('巡察结束后隔了多久才反馈', '广元市委被巡视了多少天')
    """
    start, stop = ask_bounds(part)
    return part[start:stop]


def ask_bounds(part: str) -> tuple[int, int]:
    """Where ask_piece's piece starts and stops in PART.

    >>> ask_bounds("中山一院 巡察多少天 反馈哪天")
    (0, 10)
    """
    m = load_questions().asks_gap.search(part)
    if m is None:
        return 0, len(part)
    start = max((c.end() for c in re.finditer(r"[，,]", part[:m.start()])), default=0)
    end = load_worked().ask_ends.search(part, m.end())
    return start, end.start() if end else len(part)


def gap_note(question: str, lead: str, published: str = "") -> str:
    """The spans QUESTION asks, worked out from the days LEAD quotes (and the notice's PUBLISHED date, 2020-11-16, for a
    step up to its publication), said as worked out; "" when none is asked or the lead does not date its ends.

    >>> gap_note("反馈以后过了多久才公布？", "2019年9月20日至10月26日开展了巡察并于2020年4月9日反馈了巡察意见", "2020-11-16")
    '（按上述日期推算，从2020年4月9日（反馈）到2020年11月16日（发布）相隔221天（7个多月）。）'
    >>> gap_note("巡了多少天？", "2024年3月5日至4月18日,区委第一巡察组开展了巡察")
    '（按上述日期推算，2024年3月5日至4月18日首尾两天都算共45天（两日相隔44天）。）'
    """
    if not load_questions().asks_gap.search(question):
        return ""
    said = span_said(question, lead, published)
    lost = [m.group().strip() for m in load_worked().day_lost.finditer(lead)]
    note = f"（原文“{lost[0]}”缺“日”字，即{lost[0]}日。）" if said and lost else ""
    return f"（按上述日期推算，{'；'.join(said)}。）{note}" if said else ""


def report_gap_note(question: str, quoted: str, read_on: str, published: str) -> str:
    """For a gap asked of a report read to the people's congress whose QUOTED clauses alone give no gap: up to its
    publication, from READ_ON, the day it was read (its subtitle) ("作完报告后过了多少天才挂网"); from a quoted day to the
    report itself when the question names the report being made ("3月29日那次和作这份报告隔了多少天"), the report's 今年
    read as the year it was read; "" otherwise.

    >>> report_gap_note("作完报告后过了多少天才发布？", "", "2022年7月27日", "2022-10-09")
    '（按上述日期推算，从2022年7月27日到2022年10月9日（发布）相隔74天（2个半月）。）'
    >>> report_gap_note("向人大报告突出问题整改，和作这份整改报告隔了多少天？", "今年3月29日,受省政府委托", "2022年7月27日", "")
    '（按上述日期推算，从2022年3月29日到2022年7月27日相隔120天（近4个月）。）'
    >>> report_gap_note("3月29日报告突出问题到7月27日报告整改隔几天", "今年3月29日,受省政府委托", "2022年7月27日", "")
    '（按上述日期推算，从2022年3月29日到2022年7月27日相隔120天（近4个月）。）'
    """
    q = load_questions()
    if not read_on or not q.asks_gap.search(question):
        return ""
    if any(s.name == "published" for s in asked_steps(question)):
        return gap_note(question, read_on, published)
    if not (q.report_made.search(question) or names_day(question, read_on)):   # 7月27日报告整改: the report's own day
        return ""
    this_year = q.this_year.sub(read_on[:4] + "年", quoted)   # a report's 今年 is the year it was read
    return gap_note(question, this_year + "," + read_on, "")


def names_day(question: str, day: str) -> bool:
    """Whether QUESTION names DAY (a full 2022年7月27日) by its month and day, with or without its year: a gap asked up
    to the day a report's subtitle dates names the report being made (7月27日报告整改).

    >>> names_day("3月29日到7月27日报告整改隔几天", "2022年7月27日"), names_day("3月29日到7月2日隔几天", "2022年7月27日")
    (True, False)
    >>> names_day("3月29号向人大报告，到7月27号正式报告整改情况", "2022年7月27日")
    True

    A month named by its part holds the day when the day falls in it (genre steps.toml [month_meeting] parts), as a
    month named with the report made at it does (到7月底正式报告, 7月份作的报告):

    >>> names_day("3月29日先报了突出问题，到7月底正式报告隔了多少天", "2022年7月27日"), names_day("到7月初报告", "2022年7月27日")
    (True, False)
    """
    m = DAY.fullmatch(day)   # staff write a day's 日 as 号 (7月27号报告整改), as genre asking.toml written_day reads it
    if not m:
        return False
    if re.search(rf"(?<!\d){int(m.group(2))}月{int(m.group(3))}[日号]", question):
        return True
    steps = load_steps()
    parts = {p: (a, b) for p, a, b in steps.month_parts}
    for named in steps.month_meeting.finditer(question):   # the month with its part, or with the report made
        month = int(named.group("month")) if named.group("month").isdigit() else cn_number(named.group("month"))
        first, last = parts.get(named.group("part") or "", (1, 31))
        if month == int(m.group(2)) and first <= int(m.group(3)) <= last:
            return True
    return False
