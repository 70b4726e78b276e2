"""A question typed as several asks (一共反馈了多少个问题？是哪天反馈的？) whose count ask the answering notice never
states: the other asks are answered as they were, but the reply says first which ask the notice does not state and
stands as abstained, so it never reads as complete.

Staff ask the count of problems fed back, or a target in people, beside a day, a 文号 or a meeting's frequency; a
notice writing no such count anywhere answers only the rest. A count asked names what it counts (多少个问题: the noun
after its unit, answer.counted_asked.counted_nouns) or a unit of a specific measure (多少人: genre questions.toml
[measure_units]); notices write such a count beside its noun (4个方面33个问题, 具体问题50项) or in its unit (培训120人).
Where the notice the reply quotes writes none (count_unwritten) and the ask read alone there finds no clause holding
its figure (answer.extractive.NOT_STATED), the ask is unstated. Asks worked out from what is written (a share, a sum,
an average, a frequency's times a year) and asks naming nothing counted never are.

Example:
    >>> count_unwritten("湘潭妇联这次反馈了多少个问题", "研究制定巡察整改方案,细化分解具体问题,形成整改台账。")
    True
    >>> count_unwritten("针对的是多少个问题", "对2016年经责审计提出的21个问题进行持续整改")
    False
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import reduce

from answer.asks import ask_clauses
from answer.counted_asked import count_alike, counted_nouns
from answer.extractive import NOT_STATED, composed_reply
from answer.lead_asked import wanted
from answer.metadata import meta_answer
from answer.prepared import Prepared, Reply, prepare
from answer.routed import routed_reply
from answer.sentences import asked_units
from answer.worked import DONE, STATED_RATE
from genre import load_genre
from genre.figures import arabic
from genre.questions import load_questions
from genre.worked import load_worked, named_share, share_asked
from retrieval import weights
from retrieval.index.opened import Index

MARKER = re.compile(r"\[\d+\]")   # a citation's mark in a reply's text
NOTE = "通报中没有写明所问的{asks}。其余所问如下："
END_MARKS = "？?；;。！! "
SHARE_UNITS = {"%", "％", "百分点"}   # a share is worked out from two counts (11÷25), not written as one


def unstated_note(asks: list[str]) -> str:
    """The note naming the ASKS the notice does not state, each quoted as typed without its end mark.

    >>> unstated_note(["广元这轮巡视一共反馈了多少个问题？"])
    '通报中没有写明所问的“广元这轮巡视一共反馈了多少个问题”。其余所问如下：'
    """
    return NOTE.format(asks="、".join(f"“{a.strip().rstrip(END_MARKS)}”" for a in asks))


def count_unwritten(ask: str, text: str) -> bool:
    """Whether ASK counts a named thing (a noun after its count unit, or a specific measure unit) of which TEXT (the
    notice) writes no count anywhere; False when ASK names nothing counted or works its figure out.

    >>> count_unwritten("城乡居民免费健康体检定了多少人的目标", "每季评选优秀个人,争取各项考核评比“保五争三拼第一”")
    True
    >>> count_unwritten("一年下来评几回", "每季评选优秀个人")   # a frequency's times a year: worked out
    False
    >>> count_unwritten("问题整改率是多少", "推动审计查出问题整改到位")   # a share with no count to work it from
    True
    >>> count_unwritten("整改完成率是多少", "谈话提醒24人,建立完善制度45项"), count_unwritten("整改完成率是多少", "共29个问题,已完成整改28个")
    (True, False)
    """
    q, worked = load_questions(), load_worked()
    text = arabic(text)
    count = r"\d+(?:\.\d+)?\s*(?:余|多)?\s*"
    shared = share_asked(ask) or named_share(ask) is not None or bool(SHARE_UNITS & set(asked_units(ask)))
    if shared and not re.search(count + "(?:" + "|".join(map(re.escape, [*SHARE_UNITS, *q.count_units])) + ")", text):
        return True   # 整改率是多少 of a notice writing no share and no count at all: nothing to work it out from
    if q.asks_rate.search(ask) and q.asks_completion.search(ask) and not STATED_RATE.search(text) and \
            not any(t.total and t.count_of(DONE) for t in load_genre().read_totals(text)):
        return True   # 整改完成率是多少 of a notice counting no items done of a total (24人, 45项 count other things)
    if (shared or q.asks_sum.search(ask) or q.asks_difference.search(ask) or worked.average.search(ask)):
        return False   # 占百分之几, 一共多少, 高多少, 平均几个: worked out from the counts written
    if q.asks_money.search(ask) or q.asks_money_kind.search(ask):   # 经费预算是多少: written only in 元/万元/亿元
        return not re.search(count + "(?:" + "|".join(map(re.escape, q.measure_units["元"])) + ")", text)
    reach = weights.COUNTED_NOUN_REACH
    nouns = counted_nouns(ask)
    if nouns:
        units = "|".join(map(re.escape, q.count_units))
        return not any(re.search(f"{count}(?:{units})[^，,。；;：:\\d]{{0,{reach}}}{re.escape(n)}"
                                 f"|{re.escape(n)}[^，,。；;：:\\d]{{0,{reach}}}{count}(?:{units})", text) for n in nouns)
    asked = {re.sub(r"\\", "", u) for u in asked_units(ask)} - SHARE_UNITS
    forms = [f for u, fs in q.measure_units.items() if u in asked for f in fs]
    return bool(forms) and not re.search(count + "(?:" + "|".join(map(re.escape, forms)) + ")", text)


def signer_unwritten(ask: str, text: str) -> bool:
    """Whether ASK asks the person in a post who signed the notice (哪位县长签发的) and TEXT writes neither a 签发 line
    nor that post (for 领导, no post at all): a notice signed by its organ names no person.

    >>> signer_unwritten("是哪位县长签发的", "各乡镇人民政府、县直各单位: 华容县人民政府 2021年2月20日")
    True
    >>> signer_unwritten("是哪位局长签发的", "局长 马学斌 2021年2月20日"), signer_unwritten("谁签发的", "")
    (False, False)
    """
    q = load_questions()
    m = q.asks_signer_person.search(ask)
    if not m or "签发" in text:
        return False
    post = m.group(1) or m.group(2)
    posts = q.signer_posts - {"领导"} if post == "领导" else {post}
    return not any(p in text for p in posts)


def unstated_asks(index: Index, p: Prepared, reply: Reply) -> list[str]:
    """The count asks of P's question (two asks or more) that the notice REPLY cites first states nowhere
    (count_unwritten, and read alone there no clause holds their figure); [] when the question asks one thing, REPLY
    abstains or every ask is stated."""
    clauses = ask_clauses(p.question)
    if len(clauses) < 2 or reply.abstained or not reply.citations:
        return []
    nid = reply.citations[0].notice_id
    text = index.records[nid].notice.text
    scope = replace(p.scope, notice_ids=(nid,), groups=())
    longest = sorted(reply.citations, key=lambda c: -len(c.quote))   # a sentence before the lead clause inside it
    said = arabic(MARKER.sub("", reduce(lambda t, c: t.replace(c.quote, ""), longest, reply.text)))   # (else its rest stays)
    out = []
    for clause in clauses:
        if signer_unwritten(clause, text):
            out.append(clause)   # a person asked as signer: the notice names none in any line
            continue
        figures, dates = wanted(clause)
        if not figures or dates or not count_unwritten(clause, text) or meta_answer(index, clause, (nid,)) is not None:
            continue   # a day or a 文号 asked: their own checks say when the notice does not write them
        alike = count_alike([re.sub(r"\\", "", u) for u in asked_units(clause)])
        if alike and alike.search(said):
            continue   # counted by the reply itself (几项制度？第二项是啥: 共3项, the listed members counted)
        sub = prepare(index, clause, scope, k=len(p.hits) or 5, named_by_user=True)
        if routed_reply(index, sub) is not None:
            continue   # read off the outline or the metadata: stated there
        alone = composed_reply(index, sub)
        if alone.abstained and alone.text.startswith(NOT_STATED):
            out.append(clause)
    return out if len(out) < len(clauses) else []


def with_unstated_asks(index: Index, p: Prepared, reply: Reply) -> Reply:
    """REPLY opened by the note naming the asks its notice does not state (unstated_asks), and abstained; REPLY as it
    is when every ask is stated."""
    missing = unstated_asks(index, p, reply)
    if not missing:
        return reply
    head = p.scope_note if p.scope_note and reply.text.startswith(p.scope_note) else ""
    text = head + unstated_note(missing) + "\n" + reply.text[len(head):]
    return Reply(text, True, reply.citations, reply.lead, reply.contexts)
