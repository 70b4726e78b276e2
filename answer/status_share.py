"""The share of one status asked of a totals statement (巡察组共反馈29个问题,其中已完成整改28个,阶段性完成整改1个): staff ask
the part at a status short of done (只做到阶段性完成的占多大比例, 基本完成的占几成) by the status word the notice counts it
with, and the share is of that count over the total, not the completion rate.

Example:
    >>> status_share_note("29个反馈问题里只做到阶段性完成的占多大比例？", "共反馈29个问题,其中已完成整改28个,阶段性完成整改1个")
    '（按通报数字推算：阶段性完成1/共29，约占3.4%。）'
"""
from __future__ import annotations

from answer.share_words import share_said
from genre import load_genre

SHORT_OF_DONE = ("基本完成", "正在整改", "长期整改")   # the normal statuses short of done and not the rest not done
# (未完成, 没改完 is rate_note's rest); 已完成 is the completion rate itself


def asked_status(asking: str) -> tuple[str, str] | None:
    """(the status word as ASKING types it, its normal status) when it names a status short of done; None otherwise.

    >>> asked_status("阶段性完成的占多大比例"), asked_status("完成整改的占多大比例")
    (('阶段性完成', '基本完成'), None)
    """
    for status in load_genre().status_words:   # longest first: 阶段性完成 before 完成
        if status.word in asking:
            return (status.word, status.normal) if status.normal in SHORT_OF_DONE else None
    return None


def status_share_note(asking: str, sentences: str) -> str:
    """The share of the status ASKING names among the items of the first totals statement of SENTENCES counting it, said
    as worked out; "" when no such status is asked or counted."""
    named = asked_status(asking)
    if named is None:
        return ""
    for totals in load_genre().read_totals(sentences):
        n = totals.count_of(named[1])
        if totals.total and 0 < n < totals.total:
            return f"（按通报数字推算：{named[0]}{n}/共{totals.total}，{share_said(n, totals.total)}。）"
    return ""
