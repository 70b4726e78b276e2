"""A question that asks two things at once, one of them a notice's metadata ("通报是哪天挂网的？巡察组又是哪天反馈
意见的？"): the metadata answer covers only its own ask, so the other asks are answered from the body and follow it.

Example:
    >>> ask_clauses("莆田市司法局的整改通报是哪天挂网的？巡察组又是哪天反馈意见的？")
    ['莆田市司法局的整改通报是哪天挂网的？', '巡察组又是哪天反馈意见的？']
"""
from __future__ import annotations

import re
from dataclasses import replace

from answer.extractive import composed_reply
from answer.routed import routed_reply
from answer.prepared import Prepared, Reply, prepare
from answer.forms import cite
from answer.metadata import meta_answer
from genre import load_genre
from genre.asking import load_asking
from genre.comma_asks import comma_asks
from genre.meta_asked import doc_number_asked, kind_alone_named, own_number_named
from genre.premises import load_premise_body
from retrieval.index.opened import Index

MARKER = re.compile(r"\[(\d+)\]")
CLAUSE = re.compile(r"[^？?；;]+[？?；;]?")   # one ask: up to its question mark
HAN = re.compile(r"[\u4e00-\u9fff]")
CLAUSE_END = re.compile(r"[，,；;：:。！？!?\n]")
MIN_ASK = 4
MIN_SHARED = 2   # two-character pieces a 文号's clause shares with the ask: 整改方案 named, not the notice's own 文号   # Han characters an ask needs to stand alone ("哪天？" leans on the one before)


def ask_clauses(question: str) -> list[str]:
    """The asks of QUESTION, each up to its question mark, when it holds two or more that each ask with a question
    word (genre asking.toml particles.asks) or check a premise hedged (是常规巡察吧？: genre premises.toml
    [premise_body] hedge) and stand alone; [question] otherwise.

    >>> ask_clauses("妇联那次是常规巡察吧？哪个组、什么时候反馈的？")
    ['妇联那次是常规巡察吧？', '哪个组、什么时候反馈的？']"""
    asks, hedge = load_asking().asks, load_premise_body().hedge
    parts = [m.group() for m in CLAUSE.finditer(question) if m.group().strip()]
    if len(parts) >= 2 and all((asks.search(p) or hedge.search(p)) and len(HAN.findall(p)) >= MIN_ASK for p in parts):
        return parts
    return comma_clauses(question) if len(parts) == 1 else [question]


def comma_clauses(question: str) -> list[str]:
    """The asks of QUESTION joined by commas (genre asking.toml [comma_asks]): each clause asks with a question word,
    the later ones stand alone (enough Han, leaning on no clause before); [question] otherwise.

    >>> comma_clauses("这份公告哪天挂到网上的，里面说听取审计工作报告的是第几届人大常委会第几次会？")
    ['这份公告哪天挂到网上的', '里面说听取审计工作报告的是第几届人大常委会第几次会？']
    >>> comma_clauses("这份通报哪天发布的，离巡察反馈隔了几天？")   # a gap of both: one ask
    ['这份通报哪天发布的，离巡察反馈隔了几天？']
    """
    asks, rule = load_asking().asks, comma_asks()
    parts = [c for c in rule.split.split(question) if c.strip()]
    later = parts[1:]
    if (len(parts) >= 2 and asks.search(parts[0]) and len(HAN.findall(parts[0])) >= MIN_ASK
            and all(asks.search(c) and len(HAN.findall(c)) >= rule.min_han and not rule.leaning.search(c) for c in later)):
        return parts
    return [question]


def with_body_asks(index: Index, p: Prepared, reply: Reply) -> Reply:
    """REPLY (a routed answer) followed by the answers to the asks of the question it does not cover, when it
    is a metadata answer and the question also asks something the metadata lines do not hold; REPLY as it is
    otherwise (a body ask that finds no answer adds nothing)."""
    clauses = ask_clauses(p.question)
    focus = p.scope.focus or tuple(h.notice_id for h in p.hits[:1])
    if len(clauses) < 2 or reply.abstained or not focus or meta_answer(index, p.question, focus) is None:
        return reply
    rest = [c for c in clauses if meta_answer(index, c, focus) is None]
    if not rest or len(rest) == len(clauses):
        return reply
    sub = prepare(index, "".join(rest), p.scope, k=len(p.hits) or 5, named_by_user=True)
    other = routed_reply(index, sub) or composed_reply(index, sub)
    if other.abstained or not other.citations:
        return reply
    shift = len(reply.citations)
    text = MARKER.sub(lambda m: f"[{int(m.group(1)) + shift}]", other.text)
    lead = MARKER.sub(lambda m: f"[{int(m.group(1)) + shift}]", other.lead)
    cites = reply.citations + tuple(replace(c, n=c.n + shift) for c in other.citations)
    return Reply(reply.text + "\n" + text, False, cites, "\n".join(x for x in (reply.lead, lead) if x))


def _doc_numbers():
    """(the pattern of a document number asked: 文号/发文字号/几号文, the value pattern: 遂科技党组〔2020〕20号)."""
    return doc_number_asked(), next(r.pattern for r in load_genre().metadata_values if r.name == "doc_number")


def numbered_clause(text: str, start: int, question: str) -> tuple[int, int] | None:
    """For a 文号 asked of a document the body names (整改方案的文号是什么): the clause after START holding a document
    number, the one sharing most two-character pieces with the ask that names 文号; None when none is asked or written.

    >>> t = "标题\\n制定了《巡察反馈问题整改工作方案》(遂科技党组〔2020〕20号),明确了任务。印发《学习安排》(芦宣发〔2024〕4号)。"
    >>> a, b = numbered_clause(t, 3, "制定了多少个制度？整改方案的文号是什么？"); t[a:b]
    '制定了《巡察反馈问题整改工作方案》(遂科技党组〔2020〕20号)'
    >>> numbered_clause(t, 3, "这份通报的文号是多少？") is None   # the notice's own: its metadata, not a body document's
    True
    """
    label, value = _doc_numbers()
    part = next((p for p in CLAUSE.findall(question) if label.search(p)), "")
    if not part:
        return None
    pieces = re.split(r"[的，,、]", part[:label.search(part).start()].rstrip("的"))
    named = next((x for x in reversed(pieces) if x.strip()), "")[-8:]   # 整改方案(的文号), …学习安排是哪个文件，发文字号
    pairs = {named[i:i + 2] for i in range(len(named) - 1)}
    kind = kind_alone_named().search(named)   # 方案的文号: the document whose 《…》 name ends in 方案, right before it
    if kind:
        titled = re.compile(r"《[^《》]*" + re.escape(kind.group("kind")) + r"》\s*[(（]?\s*$")
        return next((_clause_around(text, start, m) for m in value.finditer(text, start)
                     if titled.search(text[max(start, m.start() - 60):m.start()])), None)
    best = None   # (-pieces shared, start, end)
    for m in value.finditer(text, start):
        a, b = _clause_around(text, start, m)
        shared = sum(p in text[max(start, a - 40):b] for p in pairs)
        if best is None or -shared < best[0]:
            best = (-shared, a, b)
    return best[1:] if best and -best[0] >= MIN_SHARED else None   # the document asked of is named (整改方案)


def _clause_around(text: str, start: int, number: re.Match[str]) -> tuple[int, int]:
    """The clause of TEXT (from START on) ending with the document NUMBER and its closing bracket.

    >>> t = "为此,制定了《方案》(遂科技党组〔2020〕20号),明确任务"
    >>> a, b = _clause_around(t, 0, re.search(r"遂.*?号", t)); t[a:b]
    '制定了《方案》(遂科技党组〔2020〕20号)'
    """
    a = max((c.end() for c in CLAUSE_END.finditer(text, max(start, number.start() - 80), number.start())),
            default=max(start, number.start() - 80))
    close = re.match(r"\s*[)）]", text[number.end():])
    return a, number.end() + (close.end() if close else 0)


def own_number_line(notice, question: str) -> tuple[int, int] | None:
    """For the notice's own 文号 asked (刚才那个华容的文件，文号是多少, genre metadata.toml [doc_number_asked] own): the
    line of its head writing it (its title line, a 文号 pair), without its bullet; None when another document is named
    before the label or the head writes no 文号.

    >>> from types import SimpleNamespace as N
    >>> n = N(text="• 公开日期:2021-03-23\\n2021年县政府重点工作任务(华政发〔2021〕2号)\\n正文", header_end=46, doc_number="华政发〔2021〕2号")
    >>> a, b = own_number_line(n, "华容的文件，文号是多少？"); n.text[a:b]
    '2021年县政府重点工作任务(华政发〔2021〕2号)'
    >>> own_number_line(n, "整改方案的文号是多少？") is None
    True
    """
    label, _ = _doc_numbers()
    part = next((p for p in CLAUSE.findall(question) if label.search(p)), "")
    at = notice.text.find(notice.doc_number, 0, notice.header_end) if notice.doc_number else -1
    if not part or at < 0:
        return None
    pieces = re.split(r"[的，,、]", part[:label.search(part).start()].rstrip("的"))
    if not own_number_named().search(pieces[-1].strip() if pieces else ""):
        return None
    start = notice.text.rfind("\n", 0, at) + 1
    end = notice.text.find("\n", at)
    line = notice.text[start:end if end >= 0 else len(notice.text)]
    bullet = load_genre().metadata_prefix.match(line)
    return start + (bullet.end() if bullet else 0), start + len(line.rstrip())


def with_document_number(index: Index, p: Prepared, reply: Reply) -> Reply:
    """REPLY with the clause holding the asked document number added to its lead (制定和完善相关制度13个[1]；
    制定了《…整改工作方案》(遂科技党组〔2020〕20号)[2]), when a 文号 is asked and the reply quotes none; REPLY otherwise."""
    label, value = _doc_numbers()
    if reply.abstained or not reply.citations or not label.search(p.question) or value.search(reply.lead):
        return reply
    nid = reply.citations[0].notice_id
    rec = index.records[nid]
    found = numbered_clause(rec.notice.text, 0, p.question) or own_number_line(rec.notice, p.question)
    if found is None:
        return reply
    n = max((int(x) for x in MARKER.findall(reply.lead)), default=0) + 1
    shifted = MARKER.sub(lambda m: f"[{int(m.group(1)) + 1}]" if int(m.group(1)) >= n else m.group(), reply.text)
    added = cite(index, nid, *found, n)
    piece = f"{added.quote}[{n}]。"
    lead = reply.lead[:-1] + "；" + piece if reply.lead.endswith("。") else reply.lead + piece
    if reply.lead:
        text = shifted.replace(reply.lead, lead, 1)
    else:
        head = p.scope_note if shifted.startswith(p.scope_note) else ""
        text = head + lead + "\n" + shifted[len(head):]
    cites = tuple(c for c in reply.citations if c.n < n) + (added,) + tuple(
        replace(c, n=c.n + 1) for c in reply.citations if c.n >= n)
    return Reply(text, False, cites, lead)
