"""Answers routed before any sentence is composed: drafting, a document's metadata, a part of its outline, an
enumerated list, the notice asked being absent, and refusals for too little coverage (answer/extractive.py composes
the rest).

Example:
    >>> reply = routed_reply(index, prepare(index, "通报第二部分讲了什么？", Scope((), "")))
    >>> reply is None or all(c.quote in index.records[c.notice_id].notice.text for c in reply.citations)
    True
"""
from __future__ import annotations

import re
from dataclasses import replace

from answer.attachments import attachment_answer
from answer.bundle import bundle_asked, bundle_members, unlisted_said
from answer.excluded import count_note, excluded_rest
from answer.extractive import NO_ANSWER, NO_PART, composed_once
from answer.framed_as import framed_clauses
from answer.forms import DRAFT_REQUEST, cite, WHERE, draft_answer, enum_answer, structure_answer, trim, where_answer
from answer.lead_asked import wanted
from answer.led import led_members
from answer.listed import nth_asked
from answer.meetings import meetings_dated
from answer.metadata import meta_answer
from answer.no_points import no_points_answer
from answer.notes import (counted_position_note, cut_count_note, first_short_note, part_items_lead,
                          parts_each_total_note)
from answer.ordinal_item import item_span, ordinal_item
from answer.practiced import practice_answer
from answer.quoted_listed import quoted_reply
from answer.ranked_targets import ranked_targets_reply
from answer.prepared import Prepared, Reply, compared_notices, prepare
from answer.spans import round_dated_asked
from answer.summary import summary_asked, summary_note, summary_points
from answer.steps import damaged_note
from answer.totals import parts_total_answer
from genre.figure_within import figure_within_ask
from genre.structure_questions import load_structure_questions
from retrieval import weights
from retrieval.index.opened import Index
from retrieval.search.enumerated import enumerated_items
from retrieval.search.structure import missing_part, structural_sections

FIGURE = re.compile(r"\d")   # a lead that writes a figure
ENUM_COUNTED = load_structure_questions().enumerated_counted   # 分了几个“是”: the 一是… run's count asked


def routed_reply(index: Index, p: Prepared) -> Reply | None:
    """Answers that do not compose sentences: drafting, metadata, structure, 'where', and refusals."""
    question, scope, hits = p.question, p.scope, list(p.hits)
    if DRAFT_REQUEST.search(question):   # drafted for the asker's own agency from similar notices, whoever issued them
        drafted = draft_answer(index, question)
        if drafted is not None:
            return Reply(*drafted)
    if scope.unmatched:   # never another agency's figures
        closest = "、".join(f"《{label}》" for label in scope.closest if f"《{label}》" not in scope.covered)
        return Reply(f"知识库中没有关于“{scope.unmatched}”的通报。{scope.covered}" + (f"现有最接近的是{closest}。" if closest else "")
                     + NO_ANSWER, True, ())
    focus = scope.focus or ((hits[0].notice_id,) if hits else ())
    if len(focus) > 1 and hits:   # one notice per answer: the best-ranked of those the question names
        focus = next(((h.notice_id,) for h in hits if h.notice_id in focus), focus[:1])
    totalled = (parts_total_answer(index, focus[0], question, p.scope_note) or
                practice_answer(index, focus[0], question, p.scope_note)) if focus else None   # 边审边改的单位有几个
    if totalled:   # 四个方面合起来一共多少个问题: each part's stated count, summed (answer/totals.py)
        return Reply(*totalled)
    ranked = ranked_targets_reply(index, p, focus[0]) if focus else None
    if ranked:   # 带百分比的目标哪个定得最高: the plan's targets ranked by their figures (answer/ranked_targets.py)
        return ranked
    compared = tuple(dict.fromkeys(compared_notices(p)))   # 瑞金市和慈溪市…的审计局长: a kind named too falls to a side
    sides = compared if len(compared) == 2 else focus   # a comparison: each side
    damaged = damaged_note if wanted(question)[1] else None   # a day the page wrote with 年/月 lost (--20211228日在…
    # 会议), asked: how it is read, after the quotes of the side holding it
    meta = None if focus and meetings_dated(question, index.records[focus[0]].notice.text) else \
        meta_answer(index, question, sides, damaged)
    if meta:
        said = meta[0] + (damaged("".join(c.quote for c in meta[2])) if damaged and len(sides) == 1 else "")
        return Reply(p.scope_note + said, meta[1], meta[2], said)
    attached = attachment_answer(index, question, focus[0]) if focus else None
    if attached:
        return Reply(p.scope_note + attached[0], attached[1], attached[2], attached[0])
    rest = excluded_rest(index, question, focus[0]) if focus else []
    if rest:   # 除了统一思想认识那条，另外还有哪些: the list's other items, each cited (answer/excluded.py)
        said, refused, quoted = enum_answer(index, focus[0], rest, p.scope_note)
        return Reply(said + count_note(question, rest), refused, quoted)
    bundled = bundle_reply(index, p, focus[0]) if focus else None
    if bundled:   # 整改清单叫什么“三清单”: the clause listing its members, or the slogan said to stand alone (answer/bundle.py)
        return bundled
    listed = quoted_reply(index, p, focus[0]) if focus else None
    if listed:   # 那个工作理念里列了几条: the 、-joined members quoted before its name (answer/quoted_listed.py)
        return listed
    framed = framed_reply(index, p, focus[0]) if focus else None
    if framed:   # 把这次巡视整改定位成什么: the clause 把…作为… naming it (answer/framed_as.py)
        return framed
    asked = summary_asked(question) if focus else None
    best = next((h.start for h in hits if h.notice_id == focus[0]), 0) if focus else 0
    points = summary_points(index, focus[0], best) if asked is not None else []
    if points:   # 提炼成几句话: the notice's own points, each opening sentence cited (answer/summary.py)
        said, refused, quoted = enum_answer(index, focus[0], points, p.scope_note)
        return Reply(said + summary_note(asked, points), refused, quoted)
    enumerated = (enumerated_items(index, question, focus[0]) or led_members(index, question, focus[0])) if focus else []
    if enumerated:
        said, refused, quoted = enum_answer(index, focus[0], enumerated, p.scope_note)
        if ENUM_COUNTED.search(question):   # 分了几个“是”，各是什么: the run's count said first
            said = p.scope_note + f"共{len(enumerated)}个“是”：" + said[len(p.scope_note):]
        return Reply(said, refused, quoted)
    ordinal = ordinal_item(index, question, focus[0]) if focus else None
    if ordinal is not None:   # 三是讲了什么 of a notice numbering （1）…（3）…: its item 3, with its detail
        text = index.records[focus[0]].notice.text
        c = cite(index, focus[0], *trim(text, *item_span(text, ordinal)), 1)
        return Reply(p.scope_note + f"{c.quote}[{c.n}]", False, (c,))
    structural = [] if focus and nth_asked(index.records[focus[0]], question) else \
        structural_sections(index, question, focus)   # 明确了几项？第二项是什么: the listed set's, not the outline's
    figured = item_figure_reply(index, p, structural) if structural else None
    if figured:   # 第二部分第一个问题里，中心组学习开了几次: the figure inside the item, not its heading
        return figured
    points_none = no_points_answer(index, question, structural, p.scope_note) if structural else None
    if points_none:   # 第二点下面有几个小点 of an item divided no further: none, said
        return Reply(*points_none)
    if structural:   # 各几个问题 asked beside the parts: their headings' counts summed (answer/notes.py)
        said, refused, quoted = structure_answer(index, structural, p.scope_note)
        lead = part_items_lead(question, structural)
        said = p.scope_note + lead + said[len(p.scope_note):]   # 下面列了几条: counted
        cut = cut_count_note(index.records[structural[0].id.rsplit("#", 1)[0]].notice.text,
                             structural[1:] if lead.startswith("列了") else structural) if lead else ""
        return Reply(said + parts_each_total_note(question, [c.quote for c in quoted]) + counted_position_note(question, structural)
                     + first_short_note(question, structural) + cut,   # an excerpt cut short: counted as shown
                     refused, quoted)
    if focus and missing_part(index, question, focus[0]):   # 第五个方面 of a notice with three: not another part
        return Reply(NO_PART + NO_ANSWER, True, ())
    if hits and WHERE.search(question) and p.best_cov >= weights.ABSTAIN_COVERAGE:
        return Reply(*where_answer(index, hits[0], p.scope_note))
    if not hits or (p.best_cov < weights.ABSTAIN_COVERAGE and len(set(compared)) < 2   # compared: each side decides
                    and not round_dated_asked(question, scope.notice_ids or scope.focus)):   # (answer.compare); the
        # notice the question names by its place and agency too (莆田司法局的通报哪天挂出来的？离反馈有多久了)
        return Reply(NO_ANSWER, True, ())
    return None


def bundle_reply(index: Index, p: Prepared, notice_id: str) -> Reply | None:
    """For a quoted slogan with its count asked what it is (genre led_sets.toml [named_bundle]): the clause of NOTICE_ID
    listing its members, cited, or a refusal saying the notice names it without them; None when the question asks no
    slogan or the notice never quotes it."""
    name = bundle_asked(p.question)
    rec = index.records[notice_id]
    found = bundle_members(rec.notice.text, name, rec.notice.header_end) if name else None
    if found is None:
        return None
    if found.members is None:
        return Reply(p.scope_note + unlisted_said(name), True, ())
    quoted = cite(index, notice_id, *found.members, 1)
    said = f"{quoted.quote}[1]。"
    return Reply(p.scope_note + said, False, (quoted,), said)


def framed_reply(index: Index, p: Prepared, notice_id: str) -> Reply | None:
    """For what the work is regarded as (genre questions.toml [framed_as]): the 把…作为… clauses of NOTICE_ID naming the
    work asked most, each cited; None when the question asks no such thing or the notice writes no such clause."""
    rec = index.records[notice_id]
    found = framed_clauses(rec.notice.text, p.question, rec.notice.header_end)
    if not found:
        return None
    quoted = tuple(cite(index, notice_id, a, b, n) for n, (a, b) in enumerate(found, 1))
    said = "；".join(f"{c.quote}[{c.n}]" for c in quoted) + "。"
    return Reply(p.scope_note + said, False, quoted, said)


def item_figure_reply(index: Index, p: Prepared, items: list) -> Reply | None:
    """For a figure asked inside an item pointed at by its place (genre structure_questions.toml [figure_within]: 第二
    部分第一个问题里，中心组学习开了几次): the composed answer to the ask without the positions, from the sentences of
    the ITEMS walked to only, when its lead writes a figure; None otherwise (the item itself answers)."""
    asked = figure_within_ask(p.question)
    if asked is None:
        return None
    sub = prepare(index, asked, p.scope, k=max(len(p.hits), 5), named_by_user=True)
    inside = lambda nid, a, b: any(nid == s.id.split("#")[0] and s.start <= a and b <= s.end for s in items)
    own = tuple(h for h in sub.hits if any(h.notice_id == s.id.split("#")[0] and h.start < s.end and h.end > s.start
                                           for s in items))   # the passages overlapping the items walked to
    reply = composed_once(index, replace(sub, hits=own)) if own else None
    if (reply is None or reply.abstained or not reply.citations or not FIGURE.search(reply.lead)
            or not inside(reply.citations[0].notice_id, reply.citations[0].start, reply.citations[0].end)):
        return None
    return reply
