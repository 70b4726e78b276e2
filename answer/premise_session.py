"""The session of the people's congress a question states as its premise for the report's own reading (报告是在十六届
人大常委会第四十一次会议上作的吧？), held against the session the report's subtitle names; the check opens the answer,
the subtitle's lines cited with the day it was read (genre premises.toml [premise_session]).

Example:
    >>> t = "标题\\n——2025年12月30日在广州市第十六届\\n人民代表大会常务委员会第四十五次会议上\\n广州市人民政府副市长  赖志鸿\\n正文"
    >>> c = session_check("报告是在第四十一次会议上作的吧？立行立改的有多少个", t)
    >>> c.said, [t[a:b] for a, b in ((c.start, c.end),) + c.more]
    ('不对，不是“第四十一次会议”，', ['——2025年12月30日在广州市第十六届', '人民代表大会常务委员会第四十五次会议上'])
"""
from __future__ import annotations

from answer.metadata import other_session, report_lines
from answer.premise_open import PremiseCheck, opened_with
from answer.prepared import Reply
from genre.premises import load_premise_session
from retrieval.index.opened import Index


def session_check(question: str, text: str) -> PremiseCheck | None:
    """The check of the session QUESTION states hedged for the report's reading against the subtitle of TEXT; None when
    none is stated, the ask names another act's session (审议意见, 听取, a day), or the report has no subtitle naming one."""
    ps = load_premise_session()
    stated = ps.stated.search(question)
    lines = report_lines(text)[:-1]   # the subtitle's lines, without the byline
    subtitle = "".join(text[a:b] for a, b in lines)
    written = ps.written.search(subtitle)
    if stated is None or written is None:
        return None
    ask = question[:stated.end()]
    ask = ask[max(ask.rfind(c) for c in "？?；;。") + 1:]
    if other_session(ask, subtitle):
        return None
    holds = stated.group("ordinal") == written.group("ordinal")
    said = ps.holds if holds else ps.fails.format(asked=stated.group("ordinal"))
    return PremiseCheck(said, *lines[0], more=tuple(lines[1:]))


def with_session_check(index: Index, question: str, reply: Reply, scope_note: str) -> Reply:
    """REPLY opened with the check of the report's session QUESTION states (对，… / 不对，不是…), the subtitle cited
    first and the reply's own citations renumbered after it; REPLY when there is nothing to check."""
    if reply.abstained or not reply.citations:
        return reply
    nid = reply.citations[0].notice_id
    check = session_check(question, index.records[nid].notice.text)
    return reply if check is None else opened_with(index, nid, check, reply, scope_note)
