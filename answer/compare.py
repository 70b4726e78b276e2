"""Comparisons ("莆田市司法局和芦淞区司法局，分别隔了多久？"): each notice compared answers the
question as if it had been asked about it alone (its own lead, quotes and refusal checks), and the
answers stand one after another under each notice's name.

Example:
    >>> r = compared_reply(index, prepare(index, "遂宁和朔州两个科技局各自建了多少制度？", scope))
    >>> r.text.splitlines()[0].startswith("《")
    True
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from itertools import zip_longest

from answer.cross import _short, cross_note, dashed_day, named_apart, naming_run, side_asks
from answer.echoed import echoed_asks, echoed_note
from answer.extractive import NO_ANSWER
from answer.longer import longer_note
from answer.prepared import Prepared, Reply, compared_notices, prepare
from answer.ranked import asked_day, ranking
from answer.one_notice import side_contexts, side_reply
from genre.comparisons import as_count, load_comparisons
from genre.longer import as_length, without_comparing, without_name_rest
from genre.questions import load_questions
from genre.ratio import beside_ask, between_ask
from retrieval.index.opened import Index
from retrieval.search.profile import agency_mentions, notice_profile
from retrieval.search.scope import Scope

MARKER = re.compile(r"\[(\d+)\]")
FRAME = load_comparisons().frame   # 这两家 / 各自 / 哪家更长 (genre/data/comparisons.toml)
HAN = re.compile(r"[\u4e00-\u9fff]")
SIDE_SILENT = "这份通报中没有找到能回答这个问题的内容。"


def compared_sides(p: Prepared) -> tuple[str, ...]:
    """One notice per entity the question compares: the best-ranked of its group (() when the
    question compares nothing, or every entity fell to the same notice)."""
    sides = tuple(dict.fromkeys(compared_notices(p)))
    return sides if len(sides) >= 2 else ()


def side_candidates(p: Prepared, sides: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Per side of SIDES, the notices standing for it in turn: the side's own first, then the rest of its group (an agency
    kind several notices share, 市公安局) by rank, at most comparisons.toml [shared_kind] tried.

    >>> side_candidates(prepare(index, "湖北司法厅和市公安局两份通报，开的会各是多少次", scope), ("d04", "d20"))
    [('d04',), ('d20', 'd19')]
    """
    groups = [g for g in p.scope.groups if g]
    if len(groups) != len(sides):   # two groups fell to one notice: each side alone
        return [(nid,) for nid in sides]
    ranked = list(dict.fromkeys(h.notice_id for h in p.hits))
    order = [sorted(g, key=lambda n: ranked.index(n) if n in ranked else len(ranked)) for g in groups]
    return [tuple([nid] + [n for n in g if n != nid])[:load_comparisons().side_tried] for nid, g in zip(sides, order)]


def _side_answered(index: Index, p: Prepared, tried: list[str], k: int, ask: str) -> tuple[str, Prepared, Reply]:
    """The first notice of TRIED whose answer to the side's ASK states something, its prepared ask and reply; the first
    notice's when none does."""
    first = None
    for nid in tried:
        sub = prepare(index, ask, Scope((nid,), p.scope.reason), k=k, named_by_user=True)
        reply = side_reply(index, sub)   # as a one-notice question of the same asks (answer.one_notice)
        if not (reply.abstained and not reply.citations):
            return nid, sub, reply
        first = first or (nid, sub, reply)
    return first


def side_question(question: str, names: str) -> str:
    """The ask each compared notice answers alone: the question without the span naming the notices compared
    (from the first name to the last) nor the words that frame it as a comparison (the whole question so framed
    when too little is left).

    >>> side_question("利州法院和中山一院，这两家法院的巡察各持续了多久？哪家更长？", "利州、中山、法院")
    '的巡察各持续了多久？？'
    >>> side_question("年轻干部培养方面，湘潭妇联和浙江省妇联各有什么办法？", "湘潭、浙江省、妇联")
    '年轻干部培养方面，各有什么办法？'
    >>> side_question("朔州科技局被反馈的问题数是鲤城社科联的几倍？", "朔州、鲤城、科技局、社科联")
    '被反馈的问题有多少'
    >>> side_question("体育局（厦门）细化出来的整改措施条数，跟鲤城社科联的措施条数比，各是多少？", "厦门、鲤城、体育局、社科联")
    '细化出来的整改措施条数，各是多少？'
    """
    apart = named_apart(question, names)
    counted = between_ask(*apart) if apart else None   # 甲的问题数是乙的几倍: the thing named between the names, counted
    counted = counted or (beside_ask(*apart) if apart else None)   # 甲的措施条数，跟乙的比，各是多少: likewise
    if counted:                                          # by each (genre comparisons.toml [ratio])
        return counted
    run = naming_run(question, names)   # the names compared, not a name met again in the ask (answer.cross)
    ask = question
    if run:
        ask = question[:run[0]] + question[run[1]:]
        last = next(w for w in names.split("、") if w and question[:run[1]].endswith(w))
        ask = ask if agency_mentions(last) else without_name_rest(ask)   # 中山一院，: 一院 is the name's (a place's) rest
    ask = _as_which(FRAME.sub("", as_count(_as_day(as_length(without_comparing(ask))))))   # 谁家…时间长: each asked how
    # long; 哪家…问题最多: each asked how many (genre comparisons.toml [ranked])
    return ask if len(HAN.findall(ask)) >= 3 else _as_which(FRAME.sub("", as_count(_as_day(as_length(question)))))


def _as_day(ask: str) -> str:
    """Which came first asked as each notice's day (谁先收到巡察反馈？相差几天？ -> 哪天收到巡察反馈？): the order and the
    days between are worked out across the two (order_note)."""
    c = load_comparisons()
    if not c.order.search(ask):
        return ask
    rest = c.order_gap.sub("", ask)
    at = c.order.search(rest)
    before = rest[:at.start()] + " " + re.split(r"[？?。；;]", rest[at.end():])[0]   # up to the end of the order's ask
    dated = load_questions().asks_date.search(before)   # 各是哪天？谁早: the day is asked already, the order adds no
    return c.order.sub("" if dated else c.order_written, rest, count=1)   # second day (a later ask's 时间 is its own)


def order_note(question: str, days: list[tuple[str, date | None]]) -> str:
    """Which of the compared notices' quoted days came first and the days between, when the question asks the order;
    DAYS: (whose, the first day its lead quotes) per side, in order. "" when not asked or a side quotes no full day.

    >>> order_note("谁先收到反馈？相差几天？", [("《甲》", date(2025, 1, 3)), ("《乙》", date(2025, 1, 13))])
    '（按两份通报的日期推算：《甲》2025年1月3日在先，比《乙》2025年1月13日早10天。）'
    """
    if not load_comparisons().order.search(question) or len(days) != 2 or not all(d for _, d in days):
        return ""
    (a, da), (b, db) = sorted(days, key=lambda x: x[1])
    gap = (db - da).days
    if gap == 0:
        return f"（按两份通报的日期推算：{a}与{b}是同一天，{_written(da)}。）"
    return f"（按两份通报的日期推算：{a}{_written(da)}在先，比{b}{_written(db)}早{gap}天。）"


def _written(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _as_which(ask: str) -> str:
    """A yes-or-no "the same?" asked as which one (巡察组是同一个编号吗 -> 巡察组是哪个编号), so each notice says its own."""
    same = load_comparisons()
    return same.same.sub(lambda m: same.same_written + (m.group(1) or ""), ask, count=1)


def compared_reply(index: Index, p: Prepared, k: int = 5) -> Reply | None:
    """The comparison answered notice by notice, or None when the question compares nothing."""
    sides = compared_sides(p)
    if not sides:
        return None
    parts, cites, leads, searched, days, lengths, texts = [], [], [], [], [], [], []
    taken = set(sides)
    own = side_asks(p.question, p.scope.reason) if len(sides) == 2 else None   # 甲那天，乙…了吗: each its own ask
    own = own or (echoed_asks(p.question, p.scope.reason) if len(sides) == 2 else None)   # 甲13个，乙也是这个数吧
    asks = own or (side_question(p.question, p.scope.reason),) * len(sides)   # (answer.cross)
    for tried, ask in zip(side_candidates(p, sides), asks):
        nid, sub, reply = _side_answered(index, p, [n for n in tried if n == tried[0] or n not in taken], k, ask)
        taken.add(nid)
        searched.append(side_contexts(index, sub, reply))   # its quoted passages first (answer.one_notice)
        name = f"《{notice_profile(index.records[nid].notice).label}》："
        if reply.abstained and not reply.citations:
            parts.append(name + SIDE_SILENT)
            lengths.append((name.rstrip("："), ""))   # no figure of its own to rank (answer.ranked)
            days.append((name.rstrip("："), None))   # no day of its own: said so by a cross note (answer.cross)
            texts.append("")
            continue
        shift = len(cites)
        parts.append(name + MARKER.sub(lambda m, s=shift: f"[{int(m.group(1)) + s}]", reply.text))
        cites += [replace(c, n=c.n + shift) for c in reply.citations]
        if reply.lead:
            leads.append(name + MARKER.sub(lambda m, s=shift: f"[{int(m.group(1)) + s}]", reply.lead))
        days.append((name.rstrip("："), asked_day(ask if own else p.question, reply.lead or "")
                                          or (dashed_day(reply.lead or "") if own else None)))   # the day of the step
        # asked, its year carried (answer.ranked)
        lengths.append((name.rstrip("："), reply.lead or ""))
        texts.append(reply.text)   # a count of events ranked is read in the whole answer (answer.ranked)
    if not cites:   # each side asked its own and none states it: said of each by name (answer.cross)
        return Reply("\n".join(parts) if own else NO_ANSWER, True, ())
    turns = [h for row in zip_longest(*searched) for h in row if h is not None][:k]   # each side's passages in turn
    ranked = ranking(p.question, [(name, lead) for name, lead in lengths], texts)   # 哪家问题最多, 三家谁最早 (answer.ranked)
    if ranked.unstated:   # a side states no figure of the kind ranked: said of it, nothing ranked
        return Reply("\n".join(parts + [ranked.note]), True, tuple(cites), "",
                     tuple(replace(h, rank=i + 1) for i, h in enumerate(turns)))
    order = "".join(n for n in (order_note(p.question, days), longer_note(p.question, lengths)) if n) or ranked.note
    order = order or (cross_note(p.question, own, days) if own else "")   # 是不是同一天 (answer.cross)
    # 谁先收到反馈？相差几天？: worked out from each side's day; 谁家…时间长: from each side's length (answer.longer); both
    # when both are asked (哪家先收到反馈？进驻时间哪家长)
    parts += [order] if order else []
    leads += [order] if order and leads else []
    echo = echoed_note(p.question, [(_short(name), lead) for name, lead in lengths])   # 是，两边一样，都是13个 (answer.echoed)
    parts, leads = ([echo] + parts, [echo] + leads) if echo else (parts, leads)
    return Reply("\n".join(parts), False, tuple(cites), "\n".join(leads),
                 tuple(replace(h, rank=i + 1) for i, h in enumerate(turns)))
