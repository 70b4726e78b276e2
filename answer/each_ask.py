"""Every ask of a question typed as several (3月3号是啥事？巡察是哪段时间) gets its own cited clause: an ask the reply
quotes nothing for is answered on its own, in the notice the reply cites, and its clause follows the reply.

A routed answer or a lead read for the whole question often answers one ask only (the day's event, not the range
asked after it); each ask is read apart (answer.asks.ask_clauses) and the clause answering it (its lead, else its first
cited sentence, when that holds enough of the ask's words: retrieval.weights.EACH_ASK_COVERAGE; for an ask of a document's
name, the sentence writing its title in 《》: genre documents.toml [titled_document]) is added when the reply does not
already quote it. An ask whose own reading abstains adds nothing.

Example:
    >>> uncovered("3月3日,巡察组反馈了意见[1]。", ["2022年11月18日至2023年1月18日,巡察组开展了巡察", "3月3日,巡察组反馈了意见"])
    ['2022年11月18日至2023年1月18日,巡察组开展了巡察']
"""
from __future__ import annotations

import re
from dataclasses import replace

from answer.asks import ask_clauses
from answer.extractive import composed_reply
from answer.measures import coverage, same_act
from answer.meta import year_meant_note
from answer.metadata import report_lines
from answer.prepared import Prepared, Reply, prepare
from answer.routed import routed_reply
from answer.steps import first_day
from genre.asking import leans_back
from genre.documents import titles_asked
from genre.questions import load_questions
from retrieval import weights
from retrieval.index.opened import Index
from retrieval.records import Citation

MARKER = re.compile(r"\[(\d+)\]")
END = re.compile(r"[。！？!?；;:：]\s*$")   # a quoted sentence keeps its own end mark
WORKED = re.compile(r"（按|（[^（）]*即\d")   # a lead's worked-out note opens so (（按上述日期推算，…）, （按通报数字…）:
# answer/spans.py), or reads a quoted count in digits (（“七张问题清单”，即7张。）: genre/quoted_figure.py)
FIGURES = re.compile(r"\d+(?:\.\d+)?")


def uncovered(text: str, quotes: list[str]) -> list[str]:
    """The QUOTES that TEXT (a reply, with its [n] marks) does not already hold."""
    plain = MARKER.sub("", text)
    return [q for q in quotes if q.strip() and q.strip() not in plain]


def with_each_ask(index: Index, p: Prepared, reply: Reply) -> Reply:
    """REPLY followed by the cited clause of each ask of the question it quotes nothing for (read apart, in the notice
    REPLY cites first); REPLY as it is when the question asks one thing, REPLY abstains, or every ask is covered."""
    clauses = ask_clauses(p.question)
    if len(clauses) < 2 or reply.abstained or not reply.citations:
        return reply
    focus = (reply.citations[0].notice_id,)
    scope = replace(p.scope, notice_ids=focus, groups=())   # each ask read in the notice the reply answers from
    if any(leans_back(c) for c in clauses[1:]):
        return reply   # 第（一）类叫什么？下面头两条是啥: one walk of the part named, answered together (genre asking.toml)
    for clause in clauses:
        sub = prepare(index, clause, scope, k=len(p.hits) or 5, named_by_user=True)
        routed = routed_reply(index, sub)
        other = routed or composed_reply(index, sub)
        if other.abstained or not other.citations:
            continue
        titled = next((c for c in other.citations if titles_asked(clause, c.quote)), None)   # 方案全称叫什么: 《…方案》
        if (titled is None and not (routed or other.lead) and not _post_held(clause, other.citations[0].quote)
                and coverage(_written(index, sub.all_tokens), other.citations[0].quote) < weights.EACH_ASK_COVERAGE):
            continue   # 下面第一点讲啥, read alone: its best sentence says nothing it asks
        marks = ({titled.n} if titled is not None and not routed else
                 {int(m) for m in MARKER.findall(other.lead)} or {other.citations[0].n})
        picked = [c for c in other.citations if c.n in marks and c.notice_id in focus]
        if picked and not uncovered(reply.text, [c.quote for c in picked]):
            reply = _with_worked(reply, worked_tail(other.lead))   # 进驻了多少天: its days quoted, its span said
            continue
        if not picked:
            continue
        shift = len(reply.citations)
        added = tuple(replace(c, n=shift + i + 1) for i, c in enumerate(picked))
        text = (_lead_renumbered(other.lead, picked, shift) if other.lead and titled is None else "") or \
            "".join(f"{c.quote}[{c.n}]" + ("" if END.search(c.quote) else "。") for c in added)
        text += _year_said(index, added, reply.text + text)   # 今年8月,…第四次会议: the year its 今年 means, kept
        reply = Reply(reply.text + "\n" + text, False, reply.citations + added, reply.lead, reply.contexts)
    return reply


def _year_said(index: Index, added: tuple[Citation, ...], said: str) -> str:
    """The year a report's 今年 means in the ADDED quotes (今年8月,市十六届人大常委会第四次会议…), as the ask read alone says
    it under its quotes (answer/meta.py year_meant_note); "" when they write no 今年 or SAID already holds the note."""
    if not added:
        return ""
    notice = index.records[added[0].notice_id].notice
    read = [first_day(notice.text[a:b]) for a, b in report_lines(notice.text)[:2]]
    note = year_meant_note("".join(c.quote for c in added), next((d for d in read if d), ""), notice.date)
    return "" if note in said else note


def worked_tail(lead: str) -> str:
    """What LEAD (an ask's own cited lead) works out after its last quote (the span of the days it quotes, a count), ""
    when it ends on a quote or works out no figure.

    >>> worked_tail("2024年9月23日至2024年12月20日开展巡察[1]。（按上述日期推算，首尾两天都算共89天。）")
    '（按上述日期推算，首尾两天都算共89天。）'
    >>> worked_tail("院党组迅速召开党组会议[1]。")
    ''
    """
    marks = list(MARKER.finditer(lead))
    tail = lead[marks[-1].end():].lstrip("。；;，, ") if marks else ""
    return tail if WORKED.match(tail) and re.search(r"\d", tail) else ""


def _with_worked(reply: Reply, tail: str) -> Reply:
    """REPLY with TAIL, the figure an ask's own lead works out from clauses REPLY already quotes, said after its lead
    (at its end when it has none); REPLY as it is when TAIL is empty or says no figure REPLY lacks.

    >>> r = Reply("2024年1月4日至2月2日,巡察组开展了巡察[1]。", False, ())
    >>> _with_worked(r, "（按上述日期推算，首尾两天都算共30天。）").text[-8:]
    '都算共30天。）'
    """
    if not tail or tail in reply.text:
        return reply
    said = set(FIGURES.findall(MARKER.sub("", reply.text)))
    if set(FIGURES.findall(tail)) <= said:   # every figure it works out is already said
        return reply
    if reply.lead and reply.text.startswith(reply.lead):
        at = len(reply.lead)
        return replace(reply, text=reply.text[:at] + tail + reply.text[at:], lead=reply.lead + tail)
    return replace(reply, text=reply.text + tail)


def _lead_renumbered(lead: str, picked: list[Citation], shift: int) -> str:
    """LEAD (an ask's own cited lead, with what it worked out: 综合组、督察组[1]。共2个。) with its marks renumbered after
    SHIFT in the order of PICKED; "" when it cites anything PICKED does not hold (then the quotes alone are added).

    >>> from retrieval.records import Citation
    >>> c = Citation(1, "d", "d.txt", "通报", "", "综合组、督察组", 0, 7)
    >>> _lead_renumbered("综合组、督察组[1]。共2个。", [c], 2)
    '综合组、督察组[3]。共2个。'
    """
    order = {c.n: shift + i + 1 for i, c in enumerate(picked)}
    if not {int(m) for m in MARKER.findall(lead)} <= set(order):
        return ""
    return MARKER.sub(lambda m: f"[{order[int(m.group(1))]}]", lead)


def _written(index: Index, tokens: dict[str, float]) -> dict[str, float]:
    """TOKENS without the words no notice writes: the asker's own shorthand (中办、国办 for 中共中央办公厅…, 省里, 哪份)
    and words glued across a typed phrase (整改时办的 -> 时办) weigh as the rarest of the ask yet no sentence can hold
    them, so they would keep any sentence under EACH_ASK_COVERAGE; what the ask shares with the notices is weighed.
    (A word written in its other form of one act, 巡察 for 巡视, counts as written: answer.measures.same_act.)"""
    return {t: w for t, w in tokens.items() if any(index.keyword.doc_freq(v) for v in same_act(t))}


def _post_held(clause: str, quote: str) -> bool:
    """Whether CLAUSE asks the holder of a post (由谁担任组长) and QUOTE names that post: notices name the holder by post
    (以局主要领导为组长), and that sentence answers however few of the ask's other words it holds.

    >>> _post_held("领导小组由谁担任组长？", "成立了以局主要领导为组长的领导小组"), _post_held("开了几次会？", "以局长为组长")
    (True, False)
    """
    asked = load_questions().asks_holder.search(clause)
    post = next((g for g in asked.groups() if g), "") if asked else ""
    return bool(post) and post in quote
