"""The publication year a question checks as its whole ask (那份通报是2024年发的吧, genre questions.toml [asks_published]):
held against the notice's own year (its page's date, else its 落款 date line), said right or wrong before the date line
is quoted; when wrong, the opening clause dating another step in the year said (并于2024年1月4日反馈了巡察意见) is quoted
too, as the likely source of the mix-up.

Example:
    >>> t = "通报\\n根据部署,2023年4月20日至5月31日,巡察四组对市司法局开展巡察,并于2024年1月4日反馈了巡察意见。"
    >>> n = Notice("d", "d.txt", "通报", "", "2025-02-17", "", "", t, "txt", "utf-8", header_end=3)
    >>> check = year_said("那份通报是2024年发的吧？", n); check.said, t[check.start:check.end]
    ('不对，不是2024年发布的，通报的发布时间是：', '并于2024年1月4日反馈了巡察意见')
    >>> year_said("那份通报是2025年发的吧？", n).said, year_said("通报是哪天发的", n)
    ('对，是2025年发布的：', None)
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from answer.published import OPENING_CHARS   # the opening sentences that date the inspection and the feedback
from answer.years_asked import notice_year
from genre.questions import load_questions
from genre.relative_years import published_years
from retrieval.load import Notice

CLAUSE = re.compile(r"[^，,。；;\n]+")
RIGHT = "对，是{year}年发布的："
WRONG = "不对，不是{year}年发布的，通报的发布时间是："
OTHER = "\n文中{year}年的日期是另一个环节的：{quote}[{n}]"


@dataclass(frozen=True)
class YearSaid:
    said: str       # the opening words: right or wrong
    year: str       # the year the question says
    start: int = 0  # the opening clause dating another step in that year (0, 0 when right or none)
    end: int = 0


def year_said(question: str, notice: Notice) -> YearSaid | None:
    """The check of the publication year QUESTION states as its ask against NOTICE; None when no year is so asked
    or the notice is not dated by its page or 落款."""
    asked = [m.span() for m in load_questions().asks_published.finditer(question)]
    years = [y for y, a, _ in published_years(question) if any(x <= a < z for x, z in asked)]
    own, basis = notice_year(notice)
    if not years or own is None or "推算" in basis:
        return None
    year = years[0]
    if int(year) == own:
        return YearSaid(RIGHT.format(year=year), year)
    start = notice.header_end
    for m in CLAUSE.finditer(notice.text, start, min(len(notice.text), start + OPENING_CHARS)):
        if re.search(year + r"\s*年\s*\d{1,2}\s*月", m.group()):
            a = m.start() + len(m.group()) - len(m.group().lstrip())
            return YearSaid(WRONG.format(year=year), year, a, m.end())
    return YearSaid(WRONG.format(year=year), year)
