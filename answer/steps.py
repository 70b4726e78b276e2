"""Dated steps a gap is asked between beyond an inspection round's own (answer/spans.py): days a published page wrote
with their 年/月 lost (2021915日), read in one place; and the notice's publication date said when asked beside a span
(哪天挂出来的). Meetings a gap is asked between: answer/meetings.py.

Example:
    >>> mended_days("2021915日,市人大常委会听取和审议了审计工作报告")
    '2021年9月15日,市人大常委会听取和审议了审计工作报告'
"""
from __future__ import annotations

import datetime as dt
import re

from answer.meta import head_pairs
from answer.metadata import other_session
from answer.spans import ISO_DAY, names_day
from genre.questions import load_questions
from genre.steps import load_steps
from genre.worked import asked_steps, load_worked


def _damaged_reading(year: str, digits: str) -> dt.date | None:
    """The one real day a year's run-together month and day make (915 -> 9月15日); None for none or two (111)."""
    days = set()
    for cut in (1, 2):
        try:
            days.add(dt.date(int(year), int(digits[:cut]), int(digits[cut:])))
        except ValueError:
            continue
    return days.pop() if len(days) == 1 else None


def _written(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def damaged_days(text: str) -> list[tuple[str, dt.date]]:
    """The days TEXT writes with 年/月 lost (genre steps.toml [damaged_day]), each with the day read.

    >>> damaged_days("--20211228日在市届人大常委会会议; 2021111日")
    [('20211228日', datetime.date(2021, 12, 28))]
    """
    found = []
    for m in load_steps().damaged_day.finditer(text):
        day = _damaged_reading(m.group(1), m.group(2))
        if day is not None:
            found.append((m.group(), day))
    return found


def mended_days(text: str) -> str:
    """TEXT with each damaged day written out (2021915日 -> 2021年9月15日), for working out spans, never for quoting."""
    for written, day in damaged_days(text):
        text = text.replace(written, _written(day), 1)
    return text


def damaged_note(text: str) -> str:
    """Say how the damaged days of the quoted TEXT are read ("" when none).

    >>> damaged_note("2021915日,市人大常委会听取")
    '（原文“2021915日”缺“年”“月”字，即2021年9月15日。）'
    """
    said = list(dict.fromkeys(f"“{w}”" for w, _ in damaged_days(text)))
    days = list(dict.fromkeys(_written(d) for _, d in damaged_days(text)))
    return f"（原文{'、'.join(said)}缺“年”“月”字，即{'、'.join(days)}。）" if said else ""


def first_day(text: str) -> str:
    """The first day TEXT writes in full (2022年7月27日) or damaged (20211228日), written out; "" when none.

    >>> first_day("——2022年7月27日在省人大常委会会议上"), first_day("--20211228日在市届人大常委会会议")
    ('2022年7月27日', '2021年12月28日')
    """
    m = re.search(r"\d{4}年\d{1,2}月\d{1,2}日", mended_days(text))
    return m.group() if m else ""


def read_days(quoted: str, delivered: str) -> str:
    """QUOTED as the days it means: damaged days written out, a report's 今年 read as the year it was DELIVERED."""
    mended = mended_days(quoted)
    return load_questions().this_year.sub(delivered[:4] + "年", mended) if delivered[:4].isdigit() else mended


def report_read_first(question: str, subtitle: str) -> bool:
    """Whether a gap asked runs from the report being made to its publication (厅长作报告到网站发布隔了多少天): the
    question names the report being made (questions.toml [asks_gap] report_made) and the page's date, and no other
    session's day or act (other_session): the report's SUBTITLE dates its start, not a day its opening quotes.

    >>> report_read_first("厅长作报告到网站发布，中间隔了多少天", "——2022年7月27日在广东省第十三届人民代表大会")
    True
    >>> report_read_first("3月29日那次和作这份报告隔了多少天", "——2022年7月27日在广东省第十三届人民代表大会")
    False
    >>> report_read_first("7月27日报告到网站发布隔几天", "——2022年7月27日在广东省第十三届人民代表大会")
    True
    """
    q = load_questions()
    made = q.report_made.search(question) or names_day(question, first_day(subtitle))   # 7月27日报告到网站发布: its day
    return bool(subtitle and q.asks_gap.search(question) and made) and \
        any(s.name == "published" for s in asked_steps(question)) and not other_session(question, subtitle)


def _published_day_asked(clause: str) -> bool:
    """Whether CLAUSE asks the day the notice was published and no span (通报又是哪天挂出来的)."""
    q = load_questions()
    return bool(q.asks_date.search(clause)) and not q.asks_gap.search(clause) and any(
        s.name == "published" for s in asked_steps(clause))


def span_asked(question: str) -> str:
    """QUESTION without the clauses asking the publication's day, when another clause asks a span: the span runs between
    the steps its own clause names (过了几天反馈，通报又是哪天公开的 asks 结束 -> 反馈, and the page's date apart).

    >>> span_asked("巡察撤场以后过了几天反馈，整改通报又是哪一天公开的？")
    '巡察撤场以后过了几天反馈'
    >>> span_asked("反馈以后过了多久才公布？")
    '反馈以后过了多久才公布？'
    >>> span_asked("通报是哪天挂出来的，离反馈巡察意见过了多少天")
    '通报是哪天挂出来的，离反馈巡察意见过了多少天'
    >>> span_asked("3月18日反馈后，通报是哪天发的？相隔多久？")
    '3月18日反馈后，通报是哪天发的，相隔多久'
    """
    clauses = [c for c in re.split(r"[，,？?；;。]", question) if c.strip()]
    kept = [c for c in clauses if not _published_day_asked(c)]
    if _bare_gap_after_one(kept):   # 反馈后，通报哪天发的？隔了多久？: one ask, up to the day the other clause asks
        return "，".join(clauses)
    if any(load_questions().gap_from.search(c) for c in kept):   # 离反馈过了多少天: up to the day the other clause asks
        return _from_joined(question)
    return "，".join(kept) if len(kept) < len(clauses) and any(load_questions().asks_gap.search(c) for c in kept) \
        else question


def _from_joined(question: str) -> str:
    """QUESTION with the question mark before an ask of a span from one step (…哪天挂出来的？离反馈过了多久) made a comma
    when the ask before it asks the day of a step: 离/距 counts from the day just asked, as it does after a comma
    (genre questions.toml [asks_gap] from_step).

    >>> _from_joined("通报是哪天挂出来的呢？离反馈过了多久")
    '通报是哪天挂出来的呢，离反馈过了多久'
    >>> _from_joined("巡了多少天？离反馈过了多久")
    '巡了多少天？离反馈过了多久'
    """
    q = load_questions()
    parts = re.split(r"([？?；;])", question)
    for i in range(2, len(parts), 2):
        before, ask = parts[i - 2], parts[i]
        first = re.split(r"[，,]", ask)[0]
        if q.gap_from.search(first) and len(asked_steps(first)) <= 1 and q.asks_date.search(before) and \
                not q.asks_gap.search(before) and asked_steps(before):
            parts[i - 1] = "，"
    return "".join(parts)


def _bare_gap_after_one(clauses: list[str]) -> bool:
    """Whether CLAUSES (the publication day's ask left out) name one step only, in a clause ending on 后, and ask a bare
    gap naming no step (3月3日反馈后 … 隔了多久): the gap has no second end but the day the other clause asks.

    >>> _bare_gap_after_one(["市委巡察组3月3日反馈后", "隔了多久"]), _bare_gap_after_one(["巡察撤场以后过了几天反馈"])
    (True, False)
    """
    q = load_questions()
    named = [c for c in clauses if asked_steps(c)]
    bare = [c for c in clauses if q.asks_gap.search(c) and not asked_steps(c)]
    return len(named) == 1 and len(asked_steps(named[0])) == 1 and bool(bare) and \
        bool(q.gap_after_one.search(named[0]))


def published_day_note(question: str, published: str) -> str:
    """For the notice's publication date asked beside another ask (…过了多少天反馈？通报又是哪天挂出来的？): the page's
    date (PUBLISHED, 2020-11-16), said as the page gives it; "" when not asked so or the page has none.

    >>> published_day_note("巡察组撤场后过了多少天反馈？整改通报又是哪天挂出来的？", "2020-11-16")
    '（通报的发布日期为2020年11月16日（页面所载日期）。）'
    >>> published_day_note("巡察结束到反馈隔了几天 通报哪天发的", "2025-02-17")
    '（通报的发布日期为2025年2月17日（页面所载日期）。）'
    """
    when = ISO_DAY.fullmatch(published or "")
    asks = re.split(r"[？?；;。]", question)   # each ask split at ，/、/space too (genre worked.toml spans.ask_ends)
    if when is None or not any(_published_day_asked(c) for a in asks for c in load_worked().ask_ends.split(a)):
        return ""
    return f"（通报的发布日期为{_written(dt.date(*map(int, when.groups())))}（页面所载日期）。）"


def published_line(question: str, text: str, header_end: int, published: str, gap: str = "") -> tuple[int, int] | None:
    """The span of the metadata pair the page is dated by (发布时间:2024-09-19), when `published_day_note` says its
    date or GAP (a worked note) counted days up to the page's date (比文件公开早几天: the step `published`, genre
    worked.toml): the line quoted as the page writes it, beside the date said or used (genre questions.toml
    [asks_published]); None when the date is neither asked nor used, or no labelled date stands before HEADER_END.

    >>> t = "某通报\\n来源:某单位 发布时间:2024-09-19 17:46\\n正文"
    >>> a, b = published_line("通报哪天发的，从反馈到发布隔多久", t, 40, "2024-09-19"); t[a:b]
    '发布时间:2024-09-19 17:46'
    >>> a, b = published_line("期限比文件公开早几天", t, 40, "2024-09-19", "（…相隔8天。）"); t[a:b]
    '发布时间:2024-09-19 17:46'
    """
    used = bool(gap) and any(s.name == "published" for s in asked_steps(question))
    if not (used or published_day_note(question, published)):
        return None
    dated = [p for p in head_pairs(text, header_end) if p.field == "date" and published in p.value.replace("/", "-")]
    pair = next((p for p in dated if p.label.strip()[:2] in question), dated[0] if dated else None)   # 哪天公开的: 公开日期
    return (pair.start, pair.end) if pair else None
