"""What a notice does not print or state, asked in the styles of rounds 47–50 (genre questions.toml [unprinted],
[not_a_report], [step_undated]; round 52):
- a header field (作者, 责任编辑, 浏览次数) of a page whose header does not print it, or prints the label empty (a view
  counter that printed its number is chrome cut at load: said not kept, never unprinted);
- the reader or session of a report (报告人, 在哪次会议上作的报告) of a notice that is no report to a congress;
- the day of a step dated as a day of its own (反馈在哪天) of a notice that never writes that step with a date;
- a feedback channel (联系电话, 邮箱, 怎么反映; questions.toml [feedback_channel], round 59) of a notice printing none.
"""
from __future__ import annotations

import functools
import re

from genre.data_files import get, section
from genre.worked import asked_steps

FILE = "questions.toml"
NO_AUTHOR = "通报页面没有印出作者或编辑。"
NO_COUNTER = "通报页面没有印出浏览次数。"
# A counter line printing its number (浏览量:1 | | | |) is page chrome, cut at load (chrome.toml counters; round 142): a
# head without any counter label may have printed one, so the reply says the count is not kept, never that it is unprinted
NOT_KEPT = "浏览次数是网页的页面计数，不属于通报内容，载入时不予保留。"
NO_REPORT = "这份通报不是向人大常委会所作的报告，没有写明报告人或报告的会议。"
NO_STEP_DAY = "通报没有写明{label}的日期。"
NO_CONTACT = "通报没有公布联系电话、邮箱等反映问题的渠道。"


@functools.cache
def _pattern(part: str, key: str) -> re.Pattern[str]:
    return re.compile(get(section(FILE, part), key, str, FILE, part))


def header_unprinted(question: str, head: str, authors: list[str]) -> str:
    """Why a header field asked is not printed: HEAD is the page's header text, AUTHORS the values of its author pairs;
    "" when the field is printed or none is asked.

    >>> header_unprinted("这篇通报的作者是谁", "时间:2020-11-16 17:06", [])
    '通报页面没有印出作者或编辑。'
    >>> header_unprinted("浏览次数是多少", "发布日期:2023-01-06 浏览次数: 字号:[ ]", [])
    '通报页面没有印出浏览次数。'
    >>> header_unprinted("浏览量是多少", "来源:华容县政府   2021-03-23 10:56", [])
    '浏览次数是网页的页面计数，不属于通报内容，载入时不予保留。'
    >>> header_unprinted("作者是谁", "来源:区司法局作者:区司法局", ["区司法局"])
    ''
    """
    if _pattern("unprinted", "author").search(question) and not any(a.strip() for a in authors):
        return NO_AUTHOR
    if _pattern("unprinted", "counter").search(question) and not _pattern("unprinted", "counted").search(head):
        return NO_COUNTER if _pattern("unprinted", "counter").search(head) else NOT_KEPT
    return ""


def report_unread(question: str, texts: list[str], bylines: list[bool]) -> str:
    """NO_REPORT when QUESTION asks who read a report or at which session, and none of TEXTS (the answering notices) is
    a report to a congress: none names one and none has a subtitle and byline (BYLINES, one per text).

    >>> report_unread("遂宁市科技局这份通报是谁作的报告", ["市委第四巡察组对市科技局党组开展了巡察"], [False])
    '这份通报不是向人大常委会所作的报告，没有写明报告人或报告的会议。'
    >>> report_unread("谁作的报告", ["向市人大常委会报告"], [False])
    ''
    """
    if not texts or not _pattern("not_a_report", "asked").search(question) or any(bylines):
        return ""
    return "" if any(_pattern("not_a_report", "congress").search(t) for t in texts) else NO_REPORT


def step_undated(question: str, texts: list[str]) -> str:
    """Why the day of a step asked is not written: a step a notice dates as a day of its own (反馈), asked with a day or
    a gap (哪天反馈的, 结束后几天反馈的), that no sentence of TEXTS writes with a date; "" otherwise.

    >>> step_undated("揭阳市公安局巡察是哪天反馈的", ["2025年6月5日至2025年8月8日,市委第四巡察组对市公安局党委开展了巡察。"])
    '通报没有写明反馈的日期。'
    >>> step_undated("哪天反馈的", ["2025年1月8日,巡察组向市公安局党委反馈了巡察意见。"])
    ''
    """
    if not texts or not _pattern("step_undated", "asked").search(question):
        return ""
    dated = _pattern("step_undated", "dated")
    for step in asked_steps(question):
        if step.range or step.name == "published":
            continue   # the range's days and the page's date are read elsewhere
        sentences = (s for t in texts for s in re.split(r"[。；;\n]", t) if step.stated.search(s))
        if not any(dated.search(s) for s in sentences):
            return NO_STEP_DAY.format(label=step.label)
    return ""


def contact_unprinted(question: str, texts: list[str]) -> str:
    """NO_CONTACT when QUESTION asks for a feedback channel (电话, 邮箱, 怎么反映) and none of TEXTS prints one; "" when
    one prints it (its feedback line answers) or none is asked.

    >>> contact_unprinted("审计整改报告留了群众反映问题的电话没", ["现将整改具体情况报告如下:"])
    '通报没有公布联系电话、邮箱等反映问题的渠道。'
    >>> contact_unprinted("有意见往哪个电话反映", ["如有意见建议,请及时向我们反映。联系电话:84838689"])
    ''
    """
    if not texts or not _pattern("feedback_channel", "asked").search(question):
        return ""
    return "" if any(_pattern("feedback_channel", "printed").search(t) for t in texts) else NO_CONTACT
