"""The notes a fact answer's lead gains from the dates it quotes: the gap asked between two days, the day a report was
read, a deadline against the publication day, which of two came first, the year a report's 今年 means, and the
page's own dated line when the publication day is asked. Split from answer/extractive.py.

Example:
    >>> lead, cites = dated_notes_said(index, nid, "巡察结束后隔了多久反馈", lead, cites, own_spans)
    >>> "相隔" in lead
    True
"""
from __future__ import annotations

from answer.deadline import deadline_published_note
from answer.forms import cite
from answer.lead_asked import wanted
from answer.meta import year_meant_note
from answer.metadata import report_lines, with_wrapped_subtitle
from answer.notes import figure_notes
from answer.order import order_note
from answer.order_many import several_order_said
from answer.range_length import range_length_note
from answer.span_threshold import span_asked as span_asked_length
from answer.session_day import session_gap, session_unknown
from answer.step_gaps import asked_day_gap_note
from answer.steps import (damaged_note, first_day, mended_days, published_day_note, published_line, read_days,
                          report_read_first, span_asked)
from answer.period_end import period_end_note
from answer.worked import gap_note, report_gap_note
from retrieval.index.opened import Index
from retrieval.records import Citation


def dated_notes_said(index: Index, nid: str, question: str, lead: str, cites: list[Citation],
                     own_spans: list[tuple[int, int]]) -> tuple[str, list[Citation]]:
    """LEAD with what its quoted dates imply appended, and CITES with any line that says it (the report's reading day,
    the page's date line); OWN_SPANS are the answer's spans in notice NID."""
    text = index.records[nid].notice.text
    cites = list(cites)
    read = next(((a, b, day) for a, b in report_lines(text)[:2] for day in [first_day(text[a:b])] if day), None)
    delivered = read[2] if read else ""
    quoted = "".join(c.quote for c in cites)
    published = index.records[nid].notice.date
    first = bool(read) and report_read_first(question, "".join(text[a:b] for a, b in report_lines(text)))
    gap = "" if first else gap_note(span_asked(question), read_days(quoted, delivered), published)   # (2021915日)
    if not gap and not first and own_spans:   # the lead quotes one end (2023年1月16日…反馈): the sentences quoted under
        shown = "。".join(text[a:b] for a, b in own_spans)   # it date the other (2022年8月19日至2022年11月15…巡察)
        gap = gap_note(span_asked(question), read_days(quoted + "。" + shown, delivered), published)
    if not gap and read and report_gap_note(question, mended_days(quoted), delivered, published):   # the day it was read
        for a, b in with_wrapped_subtitle(text, [read[:2]]):   # its wrapped lines too: the meeting's full name
            cites.append(cite(index, nid, a, b, len(cites) + 1))
        added = cites[len(cites) - len(with_wrapped_subtitle(text, [read[:2]])):]
        lead += "".join(f"{c.quote.strip()}[{c.n}]" for c in added) + "。"
        gap = report_gap_note(question, mended_days(quoted), delivered, published)
    held = session_gap(question, text, text[read[0]:read[1]], published) if read and not gap else None   # 第十四次会议
    if held:   # 开完到作报告: the opening's clause dating that session, the gap up to the subtitle's day
        cites.append(cite(index, nid, *held[0], len(cites) + 1))
        lead, gap = lead + f"{cites[-1].quote.strip()}[{cites[-1].n}]。", held[1]
    gap = "" if session_unknown(question, text) else gap   # 第二十次会议到作报告: a session the notice never names
    gap = gap or deadline_published_note(question, quoted, published)   # 期限比发文公开早还是晚 (answer/deadline.py)
    many, cites = several_order_said(index, nid, question, cites, delivered, published)   # 三步按先后排 (answer/order_many.py)
    order = many or order_note(question, [c.quote for c in cites], delivered, published)   # 哪个在前 (answer/order.py)
    length = "" if "首尾" in gap and not span_asked_length(question) else range_length_note(question, quoted)   # 哪段时间: the range's days (answer/range_length.py)
    length += asked_day_gap_note(question, quoted, published, gap + length)   # 反馈在哪天 beside a span: its gap too
    length += period_end_note(question, "".join(text[text.rfind("。", 0, c.start) + 1:c.end] for c in cites))   # 整改到
    # 什么时候 beside 经过3个月集中整改: from the day its sentence dates before it (answer/period_end.py)
    lead += order + gap + length + year_meant_note(quoted, delivered, published) + (damaged_note("".join(c.quote for c in cites)) if gap or wanted(question)[1] else "")
    dated = published_line(question, text, index.records[nid].notice.header_end, published, gap or order)   # its own line
    cites += [cite(index, nid, *dated, len(cites) + 1)] if dated else []
    lead += (f"{cites[-1].quote}[{cites[-1].n}]。" if dated else "") + published_day_note(question, published)
    lead += figure_notes(question, text, cites, own_spans, quoted)
    return lead, cites
