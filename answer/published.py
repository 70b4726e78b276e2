"""The publication date asked of a notice whose page states none (genre questions.toml [asks_published]: 几月几号发布的,
哪天公开的, 落款日期): a page with no 发布时间/日期 label and a body with no 落款 date line does not say when it was
published. The other dated steps the notice opens with (巡察 2022年8月19日至11月15日, 反馈 2023年1月16日) must not stand
in for it: the refusal says so and quotes them.

Example:
    >>> publication_unstated("那份通报是几月几号发布的？", "", "根据部署,2022年8月19日至11月15日,巡察组对市文联开展了巡察。", 0)
    ((0, 36),)
"""
from __future__ import annotations

import re

from genre.questions import load_questions
from genre.worked import asked_steps
from retrieval.chunk import sentence_spans

SIGNED = re.compile(r"^[ \t\u3000]*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[ \t\u3000]*$", re.M)   # a 落款 date line
DAY = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日?")   # a dated step of the opening (2023年1月16日)
OPENING_CHARS = 600   # the opening sentences that date the inspection and the feedback
NO_DATE = "通报没有写明发布日期（页面没有发布时间，正文没有落款日期）。"
OTHER_DATES = "通报中写到的日期是巡视巡察本身的时间，不是发布日期。"


def publication_unstated(question: str, published: str, text: str, header_end: int) -> tuple[tuple[int, int], ...] | None:
    """The spans of the dated opening sentences of TEXT (a notice's text, its body starting at HEADER_END) when QUESTION
    asks its publication date alone and neither PUBLISHED (the page's date) nor a 落款 date line states it; () when no
    sentence is dated; None when the date is not so asked (a gap, another step's day asked beside it) or is stated.

    >>> publication_unstated("通报是哪天发布的", "2024-09-19", "…", 0) is None
    True
    >>> publication_unstated("从反馈到发布隔了几天", "", "…", 0) is None
    True
    """
    q = load_questions()
    if not q.asks_published.search(question) or q.asks_gap.search(question):
        return None
    if any(s.name != "published" for s in asked_steps(question)) or published or SIGNED.search(text, header_end):
        return None
    opening = sentence_spans(text, header_end, min(len(text), header_end + OPENING_CHARS), clauses=False)
    return tuple((a, b) for a, b in opening if DAY.search(text[a:b]))
