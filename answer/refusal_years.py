"""Years a question insists on that the cited text and the notices found never mention: a refusal check of
answer.refusal.overruled (split from it; the checks by what a notice states stay there). "2025年…" is not answered
by a "2024-2025年采暖季" range, "华容县2022年…文号" not by the 2021 task list; a notice's publication date counts
unless a figure is asked (a 2022 notice gives 2021's PM2.5).

Example:
    >>> missing_terms("2025年改造了多少公里？", "2024年改造燃气管网639公里")
    ['2025']
"""
from __future__ import annotations

import re

from answer.years_asked import YearsRead, years_read
from genre.described import described
from genre.questions import load_questions
from retrieval.load import Notice
from retrieval.search.described import framing
from retrieval.search.profile import YEAR

YEAR_RANGE = re.compile(r"\d{4}\s*[-—–至到~]\s*\d{4}")


def missing_terms(question: str, supports: str) -> list[str]:
    """Years the question names that `supports` (the quoted sentences, titles and dates) never mentions."""
    if not YEAR_RANGE.search(question):  # "2024-2025年采暖季" does not answer a question about 2025
        supports = YEAR_RANGE.sub(" ", supports)
    return [y for y in sorted(set(YEAR.findall(question))) if y not in supports]


def years_missing(question: str, notices: list[Notice], cited: str) -> list[str]:
    """Years the question names that neither the CITED text nor the titles and issuers of NOTICES mention; their
    publication dates and framing sentences (a year may name the inspection: 2024年秋巡的) count unless a figure is
    asked (a 2022 notice gives 2021's PM2.5; 2024年全年填报了多少 is not answered by a 2025 count); a year naming the
    inspection (2025年这轮巡察) or the notice by its inspection (2019年秋天被巡察的那个体育局: genre described.toml) is
    found in the framing sentence, and a cited 今年3月 is the year of the notice's date; a year the question gives as the
    notice's publication (2025年发的) is held by its date alone, a relative one (前年) as the year it resolves to."""
    q = load_questions()
    read = years_read(question, notices[0]) if notices else YearsRead(question, ())   # 2025年发的, 前年 (answer/years_asked)
    question = read.checked
    dated = not q.asks_quantity.search(question)
    rounds = "".join(framing(n) for n in notices) if year_names_inspection(question) else ""
    this_year = "".join(n.date[:4] for n in notices) if q.this_year.search(cited) else ""   # the report's 今年
    names = "".join(f"{n.title}\n{n.issuer}\n" + (f"{n.date}\n{framing(n)}\n" if dated else "") for n in notices)
    return years_unfound(read, names + rounds + this_year + cited)


def years_unfound(read: YearsRead, supports: str) -> list[str]:
    """The years of a question READ (answer.years_asked) that SUPPORTS never mentions, each as asked (前年（2023年）), after
    the publication years the notice's date does not hold; a quoted 今年 holds the year the notice's own 今年 means, and a
    relative year (前年) is held by the whole notice covering it.

    >>> years_unfound(YearsRead("巡察在2023年", ("2024年发布",), {"2023": "前年（2023年）"}), "2024年1月4日反馈")
    ['2024年发布', '前年（2023年）']
    """
    held = supports + (read.this_year if "今年" in supports else "")   # a quoted 今年8月 is the year it means
    return [*read.unmet, *(read.named.get(y, y) for y in missing_terms(read.checked, held)
                           if y not in read.named or y not in read.covered)]   # 前年: a year the notice covers


def year_names_inspection(question: str) -> bool:
    """Whether a year of QUESTION names the inspection (2025年这轮巡察) or the notice by its inspection
    (2019年秋天被巡察的那个体育局: genre described.toml), not the period of a figure: the framing sentence answers it.

    >>> year_names_inspection("2019年秋天被巡察的那个体育局，设了几个小组"), year_names_inspection("2024年收回多少资金")
    (True, False)
    """
    return bool(load_questions().year_names_round.search(question) or described(question))
