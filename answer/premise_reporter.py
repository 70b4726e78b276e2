"""Who read a report, as a question states it for its premise (广东那份报告是省财政厅厅长作的吧？), held against the
report's byline; the check opens the answer, the subtitle's lines and the byline cited, so the day and session it was
read come with it (genre premises.toml [premise_reporter]).

Example:
    >>> t = "标题\\n——2022年7月27日在广东省第十三届人民代表大会\\n常务委员会第四十五次会议上\\n广东省审计厅厅长  马学斌\\n正文"
    >>> reporter_check("广东那份报告是省财政厅厅长作的吧？", t).said
    '不对，不是“省财政厅厅长”，'
"""
from __future__ import annotations

from answer.metadata import report_lines
from answer.premise_open import PremiseCheck, opened_with
from answer.prepared import Reply
from genre.premises import load_premise_reporter
from retrieval.index.opened import Index


def reporter_holds(who: str, byline: str) -> bool:
    """Whether the reader WHO (as stated) is the byline's: its office and title written there, the level word before an
    office and 人民 left out, a bare title not read inside a deputy's (市长 in 副市长).

    >>> reporter_holds("省审计厅厅长", "广东省审计厅厅长  马学斌"), reporter_holds("市长", "广州市人民政府副市长  赖志鸿")
    (True, False)
    >>> reporter_holds("审计厅长马学斌", "广东省审计厅厅长  马学斌"), reporter_holds("李火生局长", "市审计局局长   李火生")
    (True, True)
    """
    pr = load_premise_reporter()
    core = pr.doubled.sub(r"\1", pr.level.sub("", who))
    written = pr.doubled.sub(r"\1", pr.level.sub("", "".join(byline.split())))
    name = byline.split()[-1] if len(byline.split()) > 1 else ""
    if name and name in core:   # 李火生局长, 审计厅长马学斌: the person is the byline's; the rest held against the office
        core, written = core.replace(name, ""), written.replace(name, "")
        if not core:
            return True
    at = written.find(core)
    while at >= 0:
        if core.startswith(pr.deputy) or not written[:at].endswith(pr.deputy):
            return True
        at = written.find(core, at + 1)
    return False


def reporter_check(question: str, text: str) -> PremiseCheck | None:
    """The check of the reader QUESTION states hedged against the byline of TEXT; None when none is stated or the
    notice has no byline."""
    pr = load_premise_reporter()
    stated = pr.stated.search(question)
    lines = report_lines(text)
    if stated is None or not lines:
        return None
    who = stated.group("who")
    said = pr.holds if reporter_holds(who, text[slice(*lines[-1])]) else pr.fails.format(asked=who)
    return PremiseCheck(said, *lines[0], more=tuple(lines[1:]))


def with_reporter_check(index: Index, question: str, reply: Reply, scope_note: str) -> Reply:
    """REPLY opened with the check of the report's reader QUESTION states (对，… / 不对，不是…), the subtitle and byline
    cited first and the reply's own citations renumbered after them; REPLY when there is nothing to check."""
    if reply.abstained or not reply.citations:
        return reply
    nid = reply.citations[0].notice_id
    check = reporter_check(question, index.records[nid].notice.text)
    return reply if check is None else opened_with(index, nid, check, reply, scope_note)
