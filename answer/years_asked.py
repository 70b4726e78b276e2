"""Years a question names about the notice itself: its publication year (通报是2025年发的, 2025年那份通报: held against
the notice's date, genre questions.toml [published_year]) and years named relative to it (今年要点, 巡察在前年, 去年几月
反馈, 2024年被巡察，第二年才反馈: [relative_year]), resolved from the notice's own year and said in the answer.

Example:
    >>> n = Notice("d", "d.txt", "通报", "", "2025-02-17", "", "", "2023年4月20日至5月31日巡察，2024年1月4日反馈。", "txt", "utf-8")
    >>> r = years_read("通报是2025年发的，说巡察在前年，反馈是去年几月几号", n)
    >>> r.checked, r.unmet, r.named
    ('通报是年发的，说巡察在2023年，反馈是2024年几月几号', (), {'2023': '前年（2023年）', '2024': '去年（2024年）'})
    >>> year_note("通报是2025年发的，说巡察在前年，反馈是去年几月几号", n)
    '（按通报发布日期2025-02-17，“前年”即2023年，“去年”即2024年。）'
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from answer.meta import year_meant
from answer.prepared import Reply
from answer.published import SIGNED
from genre.questions import load_questions
from genre.relative_years import RelativeYear, latest_dated_year, load_relative_years, published_years, relative_years
from retrieval.load import Notice


@dataclass(frozen=True)
class YearsRead:
    checked: str                    # the question as its years are held: publication years out, relative ones in digits
    unmet: tuple[str, ...]          # publication years the notice's date does not hold, as said in a refusal
    named: dict[str, str] = field(default_factory=dict)   # a resolved year -> the word asked with it (前年（2023年）)
    this_year: str = ""             # the year the notice's own 今年M月 means (answer/meta.py year_meant), held where
                                    # the quotes write 今年 (a report published 2023-01-06: 今年8月 is 2022年8月)
    covered: str = ""               # the notice's title and text: a relative year is held if the notice covers it
                                    # anywhere (前年巡察 finds 2023 in the opening when only the 反馈 clause is quoted)


def notice_year(notice: Notice, question: str = "") -> tuple[int | None, str]:
    """The year NOTICE was published and what says so: the page's date, else its 落款 date line, else the year QUESTION
    says it was published, else the latest year its text dates an act in; (None, "") when nothing dates it.

    >>> notice_year(Notice("d", "d.txt", "", "", "", "", "", "2024年2月巡察，2025年1月21日反馈。", "txt", "utf-8"))
    (2025, '通报未写发布日期，按文中最晚的日期所在年份2025年推算')
    """
    if notice.date[:4].isdigit():
        return int(notice.date[:4]), f"按通报发布日期{notice.date[:10]}"
    signed = [m.group().strip() for m in SIGNED.finditer(notice.text, notice.header_end)]
    if signed:
        return int(signed[-1][:4]), f"按通报落款日期{signed[-1]}"
    if said := published_years(question):
        return int(said[0][0]), f"按问题所说的发布年份{said[0][0]}年"
    latest = latest_dated_year(notice.text)
    return (latest, f"通报未写发布日期，按文中最晚的日期所在年份{latest}年推算") if latest else (None, "")


def _asked(question: str, notice: Notice) -> tuple[list[RelativeYear], str]:
    """The relative years of QUESTION resolved against NOTICE, those the notice writes itself left out (a report's own
    今年, 今年3月29日…报告了, echoed by the asker: its year is the report's, answer/meta.py year_meant)."""
    year, basis = notice_year(notice, question)
    return [w for w in relative_years(question, year) if w.word not in notice.text], basis


def years_read(question: str, notice: Notice) -> YearsRead:
    """QUESTION's years as held against NOTICE (see YearsRead): a publication year (2025年发的) is held by the notice's
    own year, not sought in the quotes; a relative one (前年) is written as the year it resolves to."""
    own, _ = notice_year(notice)
    lag = load_relative_years().undated_lag
    checked, unmet = question, []
    edits = [(a, b, "") for _, a, b in published_years(question)]
    asked = [m.span() for m in load_questions().asks_published.finditer(question)]
    for said, a, _ in published_years(question):
        if any(x <= a < y for x, y in asked):
            continue   # 那份通报是2024年发的吧: the year is the ask itself, the page's date line answers it (metadata)
        dated = bool(notice.date[:4].isdigit() or SIGNED.search(notice.text, notice.header_end))
        latest = latest_dated_year(notice.text) if not dated else None
        held = (own == int(said)) if dated else (latest is None or latest <= int(said) <= latest + lag)
        unmet += [] if held else [f"{said}年发布"]
    words, _ = _asked(question, notice)
    edits += [(w.start, w.end, f"{w.year}年") for w in words]
    for a, b, new in sorted(edits, reverse=True):
        checked = checked[:a] + new + checked[b:]
    return YearsRead(checked, tuple(unmet), {str(w.year): f"{w.word}（{w.year}年）" for w in words},
                     year_meant(notice.text, "", notice.date), notice.title + notice.text)


def year_note(question: str, notice: Notice) -> str:
    """Which year each relative year of QUESTION resolved to against NOTICE, and from what; "" when none is asked.

    >>> year_note("2024年被巡察，第二年才反馈的吗", Notice("d", "d.txt", "", "", "", "", "", "", "txt", "utf-8"))
    '（“第二年”即2025年。）'
    """
    words, basis = _asked(question, notice)
    if not words:
        return ""
    said = "，".join(dict.fromkeys(f"“{w.word}”即{w.year}年" for w in words))
    from_notice = any(w.word in load_relative_years().from_notice for w in words)
    return load_relative_years().note.format(basis=basis, words=said) if from_notice else f"（{said}。）"


def with_year_note(reply: Reply, note: str) -> Reply:
    """REPLY with NOTE said right after its lead (at its end when it has none), once."""
    if not note or note in reply.text:
        return reply
    if reply.lead and reply.lead in reply.text:
        at = reply.text.index(reply.lead) + len(reply.lead)
        return replace(reply, text=reply.text[:at] + note + reply.text[at:], lead=reply.lead + note)
    return replace(reply, text=reply.text.rstrip("\n") + note)
