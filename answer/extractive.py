"""Answer stage without an LLM: pick the sentences of the top contexts that answer the question.

Every sentence in the answer is a verbatim span of a notice, followed by its
citation `[n]`; numbers, dates and names therefore come from the quoted text.
When the best context covers too little of what the question asks (weighted by
how rare each word is), or the question names a place no notice is about, the
answer says the notices do not cover it.

Example:
    >>> reply = composed_reply(index, prepare(index, "2023年燃气旧管网改造了多少公里？", Scope((), "")))
    >>> cites = reply.citations
    >>> cites[0].quote in index.records[cites[0].notice_id].notice.text
    True
"""
from __future__ import annotations

import re
from dataclasses import replace

from answer.metadata import report_lines
from answer.frequency import frequency_span
from genre.frequency import frequency_asked, how_often_asked
from genre.worked import question_parts
from answer.forms import (
    cite,
    copies_note,
    trim,
)
from answer.actors import actor_clauses, actor_duty
from answer.duration import duration_span
from answer.below_finding import below_finding
from answer.first_act import first_act_span
from answer.prepared import Prepared, Reply
from answer.quoted import quoted_contexts
from answer.lead import lead_spans
from answer.lead_asked import wanted
from answer.lead_kinds import done_claim_span
from answer.led import set_named
from answer.kinds_listed import kinds_listed, kinds_said
from genre.slogan_named import asking_clauses, slogans_named
from genre.measures_counted import measures_count_ask, run_quoted
from answer.holding import holding_note
from answer.listed import count_said, listed_for_unanswered, listed_members, nth_in_section, nth_listed
from answer.measures import asked_topic, item_with_detail, measures_below, own_measures_asked
from answer.unit_run import units_run
from answer.aspect import aspect_item
from answer.ambiguity import reporting_first
from answer.meta import year_meant_note
from answer.status import ledger_items, status_first
from answer.open_counted import with_open_counts
from answer.meetings import meetings_dated
from answer.occasions import each_occasion
from answer.status_ask import status_answered
from answer.steps import first_day
from answer.lead_dates import dated_notes_said
from answer.outcomes import wording_asked
from answer.order_many import several_order_asked
from answer.worked import rate_span
from answer.sentences import LEAD_SEARCH, MEASURE, QUANTITY, asked_units, candidates, near_best, notice_sentences
from answer.refusal_years import year_names_inspection, years_unfound
from answer.years_asked import years_read
from genre.questions import load_questions
from genre.required_listed import required_count, required_holder
from answer.demands import demand_spans
from genre.structure_questions import load_structure_questions
from retrieval.index.opened import Index
from retrieval.search.profile import notice_profile
from retrieval.records import Citation
from retrieval.search.described import framing

STATUS_ASKED = (load_questions().asks_done, load_questions().asks_progress)   # the status words lead
NOT_STATED = "通报没有写明所问的数字或日期。"
QUOTED_PHRASE = load_structure_questions().quoted   # a phrase staff quote from a notice (genre data, one pattern)
NO_ANSWER = "现有通报中没有找到能回答这个问题的内容。可以换个说法，或在“知识库”中导入相关通报后再问。"
NO_PART = "通报的结构中没有所问的这一部分。"
MARKER = re.compile(r"\[(\d+)\]")   # a citation's mark in an answer's text
UNCOUNTED = "通报没有写明所问做法的条数，以下为相关做法原文。"   # measures asked with a count the notice neither states nor numbers 一是…


def composed_reply(index: Index, p: Prepared) -> Reply:
    """Sentences of the top contexts that answer the question, each cited (or a refusal). When the notice answering
    states no figure asked (NOT_STATED) and the question names several notices alike (市公安局党委开了几次会？是哪个
    巡察组巡的: two 市公安局党委 notices, no place), the next of them whose content states it answers: the notice
    asked is the one the content fits, the other stays unanswered only when none states it."""
    counted = measures_counted_reply(index, p)   # 采取了哪些做法，一共几条: the measures, their items counted
    if counted is not None:
        return counted
    reply = composed_once(index, p)
    tied = () if p.scope.notice_ids or p.scope.groups else p.scope.focus
    if not (reply.abstained and reply.text.startswith(NOT_STATED)) or len(tied) < 2:
        return reply
    for nid in sorted(tied, key=lambda n: next((h.rank for h in p.hits if h.notice_id == n), len(p.hits) + 1)):
        own = tuple(h for h in p.hits if h.notice_id == nid)
        other = composed_once(index, replace(p, hits=own)) if own else reply
        if not other.abstained:
            return other
    return reply


def measures_counted_reply(index: Index, p: Prepared) -> Reply | None:
    """For measures asked with their count in one line (genre questions.toml [measures_counted]): the measures answered
    as the measures ask alone is, led by the run of 一是…三是 items they sit in, counted (共3条（计数所得）：一是…[1]；…);
    a count the notice states answers when it numbers no items; None when no such count is asked, the rest asks no
    measures, or it finds none (the question then goes on as it is)."""
    asked = measures_count_ask(p.question)
    if asked is None or not MEASURE.search(asked[0]) or QUANTITY.search(asked[0]):
        return None
    reply = composed_once(index, replace(p, question=asked[0]))
    if reply.abstained or not reply.citations:
        return None
    nid = reply.citations[0].notice_id
    run = run_quoted(index.records[nid].notice.text, [(c.start, c.end) for c in reply.citations if c.notice_id == nid])
    if not run:
        whole = composed_once(index, p)
        return whole if not whole.abstained else replace(
            reply, text=p.scope_note + UNCOUNTED + "\n" + reply.text.removeprefix(p.scope_note))
    items = [cite(index, nid, a, b, i + 1) for i, (a, b) in enumerate(run)]
    said = f"共{len(run)}{asked[1]}（计数所得）：" + "；".join(f"{c.quote}[{c.n}]" for c in items) + "。"
    shift = len(items)
    body = MARKER.sub(lambda m: f"[{int(m.group(1)) + shift}]", reply.text.removeprefix(p.scope_note))
    cites = tuple(items) + tuple(replace(c, n=c.n + shift) for c in reply.citations)
    return Reply(p.scope_note + said + "\n" + body, False, cites, said)


def composed_once(index: Index, p: Prepared) -> Reply:
    """composed_reply over the notice the best sentence of P's contexts is in."""
    question, scope, hits, q_tokens = p.question, p.scope, list(p.hits), p.q_tokens
    cands, wants_measures = candidates(index, hits, q_tokens, question)
    if not cands:
        return Reply(NO_ANSWER, True, ())
    seen: set[tuple[str, int]] = set()
    cands = [c for c in sorted(cands, key=lambda c: -c[0])
             if (c[4].notice_id, c[2]) not in seen and not seen.add((c[4].notice_id, c[2]))]
    if len(scope.groups) < 2:   # one notice per answer: the best one among those the question names
        if scope.focus:   # never another agency's sentences
            cands = [c for c in cands if c[4].notice_id in scope.focus]
            if not cands:
                return Reply(NO_ANSWER, True, ())
            if wants_measures and len(scope.focus) > 1 and not scope.notice_ids:   # of two notices alike, the one
                cands = reporting_first(index, cands, question)                    # reporting measures answers them
        cands = [c for c in cands if c[4].notice_id == cands[0][4].notice_id]
    limit, ratio = (4, 0.6) if wants_measures else (2, 0.8)
    if len(scope.groups) >= 2:  # a comparison: the best of each notice compared
        chosen = [c for g in scope.groups for c in [c for c in cands if c[4].notice_id in g][:2 if wants_measures else 1]]
        if not chosen:
            return Reply(NO_ANSWER, True, ())
    else:
        own = [h for h in hits if h.notice_id == cands[0][4].notice_id]   # one notice per answer
        chosen = ((units_run(index, own, question, q_tokens)   # 被审计单位都是怎么整改的: each clause of the units' example run
                   or aspect_item(index, own, question)   # 在思想层面是怎么抓的: the item telling that aspect
                   or measures_below(index, own, q_tokens, asked_topic(question, q_tokens), own_measures_asked(question), question))
                  if wants_measures else []) or near_best(cands, ratio, limit)
        chosen = _quoted_first(index, question, cands, chosen)
        if wants_measures:  # measures read best in the notice's own order; facts best-first
            chosen.sort(key=lambda c: (c[1], c[2]))
    supports = "".join(index.records[h.notice_id].notice.title + index.records[h.notice_id].notice.issuer
                       for h in hits[:5]) + "".join(
        index.records[h.notice_id].notice.date + h.section_path + index.records[h.notice_id].notice.text[a:b]
        for _, _, a, b, h in chosen)
    q, read = load_questions(), years_read(question, index.records[chosen[0][4].notice_id].notice)   # 前年 as a year
    if not q.asks_quantity.search(read.checked) or year_names_inspection(read.checked):   # a year may name the
        supports += "".join(framing(index.records[n].notice) for n in {h.notice_id for *_, h in chosen})   # inspection
    missing = years_unfound(read, supports)   # (2024年秋巡的, 被…巡察的那个X): its framing dates it
    if missing:
        return Reply(f"通报中没有找到关于“{'、'.join(missing)}”的相应内容。" + NO_ANSWER, True, ())
    spans = [(hit.notice_id, *trim(index.records[hit.notice_id].notice.text,
                                   *item_with_detail(index.records[hit.notice_id].notice.text, a, b)))
             for _, _, a, b, hit in chosen]   # an item's bare title: with its detail
    cites: list[Citation] = []
    lead, listed_count, drawn = "", 0, []
    if len(scope.groups) < 2:
        nid = spans[0][0]
        text = index.records[nid].notice.text
        own = [(a, b) for n, a, b in spans if n == nid]
        found = lead_spans(text, own, question, q_tokens, asked_units(question))
        nth = nth_listed(text, own + [trim(text, c[2], c[3]) for c in cands[:LEAD_SEARCH]], question) or \
            nth_listed(text, [(index.records[nid].notice.header_end, len(text))], question) or \
            nth_in_section(text, list(index.records[nid].sections), question)   # 主要目标指标排第三个: its paragraph's
        near = own + [trim(text, c[2], c[3]) for c in cands[:LEAD_SEARCH]]
        kinds = kinds_listed(text, found or [], (found or []) + near, question) if nth is None else None   # 列了几种会: the list,
        if kinds is not None:   # counted, not the lead's figure of another thing (answer/kinds_listed.py)
            found, listed_count = [kinds[:2]], kinds[2]
            held = next((sp for sp in near if sp[0] <= kinds[0] < sp[1]), kinds[:2])
            spans[:0] = [] if any(a <= kinds[0] < b for a, b in own) else [(nid, *held)]
        if nth is not None:   # 明确几项？第三项是什么: the list leads, its N-th member said after it (answer/listed.py)
            found = [(nth.start, nth.end)]
            spans[:0] = [] if any(a <= nth.start < b for a, b in own) else [(nid, *trim(text, *nth.holder))]
        elif found is None or len(found) < sum(wanted(question)):   # the asked figure may stand in another sentence
            more = [sp for sp in dict.fromkeys(trim(text, c[2], c[3]) for c in cands[:LEAD_SEARCH]) if sp not in own]
            wider = lead_spans(text, own + more, question, q_tokens, asked_units(question))
            if wider is None or len(wider) < sum(wanted(question)):   # ... or in a sentence of the answering notice
                # that no context window held (哪天收到反馈？反馈了多少问题？: the opening sentence dates it)
                more += [sp for sp in notice_sentences(index.records[nid], q_tokens) if sp not in own + more]
                wider = lead_spans(text, own + more, question, q_tokens, asked_units(question))
            listed = listed_members(text, own + more, question) if wider is None else (
                listed_for_unanswered(text, own + more, question, "".join(text[a:b] for a, b in wider))
                if len(wider) < sum(wanted(question)) else None)   # 建了几个机制 设了几个小组: the list the other ask counts
            if listed is not None:   # "分了几个组？都叫啥？": the list names them, counted for the reader
                wider, listed_count = [*(wider or []), listed[:2]], listed[2]
            if wider is None:   # "完成率多少" and no rate stated: the totals it can be worked out from
                derived = rate_span(text, own + more, question) or frequency_span(text, own + more, question)   # 每季…
                wider = [derived] if derived else None
            if wider is None:
                return Reply(NOT_STATED + NO_ANSWER, True, ())
            if found is None or len(wider) > len(found):
                holders = [next(sp for sp in more if sp[0] <= a < sp[1]) for a, _ in wider
                           if not any(x <= a < y for x, y in own)]
                spans[:0] = [(nid, *sp) for sp in dict.fromkeys(holders)]
                found = wider
        often = frequency_span(text, own + [trim(text, c[2], c[3]) for c in cands[:LEAD_SEARCH]], question)
        if often and (not found or how_often_asked(question)):   # 优秀个人多久评一次: the clause stating its period
            rest = "？".join(p for p in question_parts(question) if not frequency_asked(p))   # (每季评选优秀个人) leads,
            kept = (lead_spans(text, found, rest, q_tokens, asked_units(rest)) or []) if rest and found else []
            found = [often] + [sp for sp in kept if not often[0] <= sp[0] < often[1]]   # the other asks' clauses after it
        slogans = slogans_named(text, question, index.records[nid].notice.header_end)
        if slogans:   # 考核评比争取的目标口号是怎么说的: the clause holding the quote its words stand around (genre/slogan_named.py),
            rest = [sp for sp in found or [] if not any(a < sp[1] and sp[0] < b for a, b in slogans)]   # the other asks'
            found = slogans + (rest if asking_clauses(question) > len(slogans) else [])               # clauses after
        held = duration_span(text, question) or first_act_span(text, question) or \
            below_finding(text, question, q_tokens, index.records[nid].notice.header_end)   # 整改历时多久: the clause stating it
        # (经过3个月集中整改) leads; 收到反馈以后首先做了什么: the sentence opening with the step done (反馈意见后,迅速召开…);
        # X那个问题下面具体点的是什么: the line under the finding's heading (answer/below_finding.py)
        if held and not any(a <= held[0] < b for a, b in found or []):
            found = drawn = [held]   # its passage shown first among the contexts (answer/quoted.py)
        if not found:   # 区县政府和具体实施单位各做了什么: the clause each actor opens (answer/actors.py)
            found = [trim(text, a, b) for a, b in actor_clauses(text, question, index.records[nid].notice.header_end)]
        found = actor_duty(text, question, index.records[nid].notice.header_end) or found   # 区县市政府担什么责任
        if not found:   # 整改靠哪几张清单推进: the clause naming the set by its count (“三张清单”) leads
            found = set_named(text, question, index.records[nid].notice.header_end)
        claimed = None if found else done_claim_span(text, question)   # 听说都整改完了: the total and its done count
        found = [claimed] if claimed else found
        if any(cue.search(question) for cue in STATUS_ASKED):   # "整改到位了吗": the item's own status words lead, its
            rec = index.records[nid]                                 # heading before them (which item, its status)
            items = ledger_items(rec.notice, rec.sections)
            found = status_first(text, items, found or [], spans[0][2] - 1)
        found = meetings_dated(question, text) or demand_spans(text, question, index.records[nid].notice.header_end) or \
            found or required_holder(text, own, question)   # 主要领导提了哪些要求: the leader's sentence; 讲了几点: its list
        found = with_open_counts(text, own, found, question)   # 还有哪些没改完: the open items' count (阶段性完成整改1个)
        found = status_answered(text, each_occasion(text, found, question), question)
        # each meeting's day (第十四次到第十六次会议), each day one was held (answer/occasions.py), a yes-or-no ask's result
        cites = [cite(index, nid, a, b, i + 1) for i, (a, b) in enumerate(found)]
        lead = "；".join(f"{c.quote}[{c.n}]" for c in cites) + "。" if cites else ""
        listed_count = listed_count or required_count(text, found or [], question)   # 讲了几点: the list after 要
        lead += (kinds_said(question, listed_count) or count_said(question, listed_count)) if lead and listed_count else nth.said() if lead and nth else ""
        lead += holding_note(question, [text[a:b] for a, b in found or []]) if lead and listed_count else ""   # 带“专项”的几个
        if lead or several_order_asked(question):   # what the quoted dates imply: a gap, the year 今年 means, an order
            lead, cites = dated_notes_said(index, nid, question, lead, cites, [(a, b) for n, a, b in spans if n == nid])
    parts = []
    several = len({nid for nid, _, _ in spans}) > 1
    if several:   # a comparison: each notice's quotes together, under whose they are
        spans = sorted(spans, key=lambda sp: [n for n, _, _ in spans].index(sp[0]))
    for i, (nid, a, b) in enumerate(spans):
        cites.append(cite(index, nid, a, b, len(cites) + 1))
        whose = f"{'' if i == 0 else chr(10)}《{notice_profile(index.records[nid].notice).label}》：" if several and (i == 0 or spans[i - 1][0] != nid) else ""
        parts.append(f"{whose}{cites[-1].quote}[{cites[-1].n}]")
    body = "".join(parts)
    if not lead and spans:   # 今年8月,…会议审议了: the year a report's 今年 means, said under the quotes alone too
        first = index.records[spans[0][0]].notice
        read = [first_day(first.text[a:b]) for a, b in report_lines(first.text)[:2]]
        body += year_meant_note("".join(c.quote for c in cites if c.notice_id == spans[0][0]),
                                next((d for d in read if d), ""), first.date)
    text = p.scope_note + (lead + "\n" if lead else "") + body + copies_note(index, [h for *_, h in chosen])
    return Reply(text, False, tuple(cites), lead, quoted_contexts(index, tuple(hits), tuple(cites[:1])) if drawn else ())


def _quoted_first(index: Index, question: str, cands: list[tuple], chosen: list[tuple]) -> list[tuple]:
    """CHOSEN with the sentence holding a phrase the question quotes verbatim (除了“即知即改”，还提了哪些要求)
    added first when none of them holds it: staff quote the words they point at. Asked for its own words (原文怎么说的),
    only the sentences holding the phrase."""
    phrases = [m.group(1) for m in QUOTED_PHRASE.finditer(question)]
    if not phrases or not cands:
        return chosen
    text = index.records[cands[0][4].notice_id].notice.text

    def holds(c: tuple) -> bool:
        return c[4].notice_id == cands[0][4].notice_id and any(ph in text[c[2]:c[3]] for ph in phrases)
    if wording_asked(question):   # 那个“1135”原文怎么说的: the sentences holding the term alone
        return [c for c in chosen if holds(c)] or [c for c in cands if holds(c)][:1] or chosen
    if any(holds(c) for c in chosen):
        return chosen
    return [c for c in cands if holds(c)][:1] + chosen
