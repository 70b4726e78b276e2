"""Answers about the notice as a document, quoted from its metadata lines, subtitle, byline and 落款.

- meta_answer: 文号 / 索引号 / 发布时间 / 发布机构 / 报告人 / 落款 / 第几轮 / 主送 of the scoped notice(s)
- report_lines: a speech-style report's subtitle and byline
- attachments asked ("带了几个附件") are answer.attachments'

Example:
    >>> bool(META["doc_number"].search("这份通报的文号是多少"))
    True
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from answer.byline_date import byline_span
from answer.date_time import timed_lines
from answer.forms import cite, trim
from answer.published_year import OTHER, year_said
from answer.session_of import thing_session_spans
from answer.meta import asked_pairs, asked_spans, head_pairs, pairs_span, reporter_spans, side_by_side, step_sentences
from answer.session_day import session_gap
from answer.worked import compared_day_note, gap_note
from genre import load_genre
from genre.meta_asked import doc_number_asked, load_meta_asking
from genre.questions import load_questions
from genre.report_sessions import load_report_sessions
from retrieval.index.opened import Index
from retrieval.search.profile import notice_profile
from retrieval.records import Citation

META = {  # questions about the document itself are answered from its metadata lines
    "doc_number": doc_number_asked(),   # 文号, 发文字号, 几号文
    "index_number": re.compile(r"索引号"),
    "date": load_questions().asks_published,
    "issuer": re.compile("|".join(f.pattern.pattern for f in load_meta_asking().fields)),   # 来源, 发布机构, 哪个单位发的
    "reporter": re.compile("|".join(p.pattern for p in (load_questions().asks_reporter, load_report_sessions().asked,
                                                         load_report_sessions().times, load_report_sessions().every))),
    # 几届几次, 报告过几回, 上过哪几次会议
    "signer": load_questions().asks_signer,
    "round": load_questions().asks_round,
    "addressee": load_questions().asks_addressee,
}
COUNT_ASKED = re.compile(r"(?:几|多少)(?:类|种)|(?:几|多少)(?:个|家)?(?:单位|部门)")   # 发给几类单位 (not 几个县)
ROUND_IN_HEAD = 1200   # a notice names its inspection round in its title or opening sentence
HEAD_LINES = 16      # a report's subtitle and byline stand among its first lines
DATE_WORDS = ("公开", "发布", "成文", "印发", "生成")   # the date label a question names (哪天公开 → 公开日期)
SIGNED = re.compile(r"^[ \t\u3000]*(\d{4}年\d{1,2}月\d{1,2}日)[ \t\u3000]*$", re.M)   # a 落款 date on its own line
ASK = re.compile(r"[^？?；;]+[？?；;]?")   # one ask of a question typed as several, up to its question mark


def report_lines(text: str) -> list[tuple[int, int]]:
    """Spans of a speech-style report's subtitle (where and when it was read, wrapped lines too) and
    byline (who read it): `——2022年7月27日在…会议上` / `广东省审计厅厅长  马学斌`; [] when it has none.

    >>> t = "标题\n——2025年12月30日在广州市第十六届\n\n人民代表大会常务委员会第四十五次会议上\n广州市人民政府副市长  赖志鸿\n正文"
    >>> [t[a:b] for a, b in report_lines(t)][-1]
    '广州市人民政府副市长  赖志鸿'
    """
    head = load_genre().header
    lines, pos = [], 0
    for line in text.split("\n")[:HEAD_LINES]:
        if line.strip():
            a = pos + len(line) - len(line.lstrip())
            lines.append((a, pos + len(line.rstrip()), line))
        pos += len(line) + 1
    by = next((i for i, (_, _, ln) in enumerate(lines) if head.byline.match(ln)), None)
    if by is None:
        return []
    sub = next((i for i, (_, _, ln) in enumerate(lines[:by]) if head.subtitle.match(ln)), by)
    return [(a, b) for a, b, _ in lines[sub:by + 1]]   # lines between the subtitle and the byline continue it


def with_wrapped_subtitle(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """SPANS with the lines that continue a report's subtitle after the one quoted (the page wraps `——2025年12月30日在广州市
    第十六届` / `人民代表大会常务委员会第四十五次会议上`): the meeting's full name is quoted with its day, each line apart.

    >>> t = "标题\\n——2025年12月30日在广州市第十六届\\n\\n人民代表大会常务委员会第四十五次会议上\\n广州市人民政府副市长  赖志鸿\\n正文"
    >>> [t[a:b] for a, b in with_wrapped_subtitle(t, [(3, t.index("\\n", 3))])]
    ['——2025年12月30日在广州市第十六届', '人民代表大会常务委员会第四十五次会议上']
    """
    lines = report_lines(text)[:-1]   # the subtitle's lines, the byline left out
    out = []
    for a, b in spans:
        out.append((a, b))
        at = next((i for i, (x, y) in enumerate(lines) if x <= a < y), None)
        if at is not None and b >= lines[at][1]:   # the subtitle's line quoted to its end: the lines after it too
            out += [ln for ln in lines[at + 1:] if ln not in spans and ln not in out]
    return out


def _named_dates(notice, question: str) -> list:
    """The labelled date pairs of NOTICE's header whose labels QUESTION names, when it names two or more (网上写的公开日期和
    发布日期差了几天: a page labels its dates apart, and each is quoted); [] when it names one or none."""
    named = [p for p in head_pairs(notice.text, notice.header_end)
             if p.field == "date" and any(w in p.label and w in question for w in DATE_WORDS)]
    return named if len({p.label for p in named}) >= 2 else []


def _date_line(notice, question: str) -> str:
    """The metadata date line whose label the question uses (公开日期 for 哪天公开), else the first one."""
    g = load_genre()
    date_value = next(r.pattern for r in g.metadata_values if r.name == "date")
    dated = [ln for ln in notice.text[:notice.header_end].split("\n")
             if "date" in g.metadata_fields(ln) or date_value.match(ln[g.metadata_prefix.match(ln).end():].strip())]
    # an unlabelled date line, bare ("2025年02月17日 17:21 来源:…") or bulleted like the labelled ones ("  • 2026-01-04")
    named = [ln for ln in dated if any(w in ln and w in question for w in DATE_WORDS)]
    timed = timed_lines(notice.text[:notice.header_end].split("\n"), question)   # 几点几分发的: the line printing it
    return (timed or named or dated or [""])[0]


def meta_answer(index: Index, question: str, scope_ids: tuple[str, ...],
                side_note: Callable[[str], str] | None = None) -> tuple[str, bool, tuple[Citation, ...]] | None:
    """文号/索引号/发布时间/发布机构/报告人 of the scoped notice(s), quoted from their metadata lines
    (and a report's subtitle and byline, a 落款 date); two notices each under its label (the one every answer names it
    by: its title, else its issuer and file), SIDE_NOTE of a side's quotes (how a damaged day is read) said after that
    side's own, not after the other's (one notice's is the caller's to add)."""
    fields = [f for f, pattern in META.items() if pattern.search(question)]
    if load_questions().asks_holder.search(question) and not load_questions().holder_body.search(question):
        fields.append("holder")   # 局长是谁: a report's byline names its reader's post (市审计局局长 李火生), quoted when it is the post asked
    gap = "date" in fields and bool(load_questions().asks_gap.search(question))   # 落款到挂网隔了几天: worked out below
    if not scope_ids or len(scope_ids) > 2:
        return None
    asked = {nid: [p for p in asked_pairs(question, head_pairs(index.records[nid].notice.text, index.records[nid].notice.header_end))
                   if p.field not in fields] for nid in scope_ids}   # 公开范围, 信息来源: any label, asked by its name
    if not fields and not any(asked.values()):
        return None
    cites: list[Citation] = []
    parts: list[str] = []
    for nid in scope_ids:
        first = len(cites)
        notice = index.records[nid].notice
        header_end = notice.header_end
        counted = ""   # how many groups of addressees, when asked
        for a, b in asked_spans(asked[nid], head_pairs(notice.text, header_end), notice.text):
            cites.append(cite(index, nid, a, b, len(cites) + 1))   # the pair asked, without the rest of its line
        for name in fields:
            if name == "issuer" and any(p.field in ("issuer", "source") for p in asked[nid]):
                continue   # the 来源/发布机构 pair asked is quoted above
            if name == "reporter":
                lines = report_lines(notice.text)
                for a, b in thing_session_spans(question, notice.text, header_end):   # 审议意见是哪一届哪一次会出的
                    cites.append(cite(index, nid, *trim(notice.text, a, b), len(cites) + 1))
                own = own_session_asks(question, "".join(notice.text[a:b] for a, b in lines))
                if own:   # 第几次会议的审议意见？报告又是在第几次会上作的？: the 2nd ask is the subtitle's own session
                    spans, counted = reporter_spans(own, notice.text, header_end, notice.title, lines, notice.date)
                    for a, b in spans:   # the title (哪个年度), earlier reports (报告过几回), the subtitle and byline
                        cites.append(cite(index, nid, *trim(notice.text, a, b), len(cites) + 1))
                continue
            if name == "holder":
                cites += [cite(index, nid, a, b, len(cites) + 1) for a, b in report_lines(notice.text)[-1:]
                          if byline_holder(question, notice.text[a:b]) and not any(c.start == a for c in cites)]
                continue
            if name == "signer":   # the 落款's organ, else a report's byline, else the publisher (issuer below)
                at = notice.text.rfind(notice.signature) if notice.signature else -1
                signers = [(at, at + len(notice.signature))] if at >= 0 else report_lines(notice.text)[-1:]
                cites += [cite(index, nid, a, b, len(cites) + 1) for a, b in signers]
                if signers:
                    continue
                name = "issuer"
            if name == "addressee":   # 发给哪些单位: the line naming them, before the body
                m = load_questions().addressee_line.search(notice.text)
                if m:
                    cites.append(cite(index, nid, *m.span(1), len(cites) + 1))
                    counted = f"（共{len(addressee_groups(m.group(1)))}类。）" if COUNT_ASKED.search(question) else ""
                continue
            if name == "round":   # 第几轮: the clause of the title or opening that names the round
                m = load_questions().round_named.search(notice.text, 0, ROUND_IN_HEAD)
                if m:
                    cites.append(cite(index, nid, m.start(), m.end(), len(cites) + 1))
                continue
            raw = getattr(notice, name) if name != "date" else None
            line = _date_line(notice, question) if name == "date" else next(
                (ln for ln in notice.text[:header_end].split("\n") if raw and raw in ln), "")
            if line:
                a = notice.text.index(line) + load_genre().metadata_prefix.match(line).end()   # without its bullet
                b = notice.text.index(line) + len(line.rstrip())
                own = [p for p in head_pairs(notice.text, header_end) if a <= p.start < b]
                field = [p for p in own if p.field == name or (name == "issuer" and p.field == "source")]
                field = [p for p in field if any(w in p.label and w in question for w in DATE_WORDS)] or field
                if field:   # labelled: the pair asked alone (发布日期:2023-01-06 11:16), not the line's other pairs or chrome
                    a, b = byline_span(field[0], own, notice.text, {c.start for c in cites}) if name == "date" else (field[0].start, field[0].end)
                elif own:   # labelled: without the furniture
                    a, b = pairs_span(own, notice.text, a)
                if not any(c.start == a and c.notice_id == nid for c in cites):
                    cites.append(cite(index, nid, a, b, len(cites) + 1))
            if name == "date":   # 公开日期和发布日期差了几天: every date label the question names, each pair quoted
                cites += [cite(index, nid, p.start, p.end, len(cites) + 1) for p in _named_dates(notice, question)
                          if not any(c.start == p.start and c.notice_id == nid for c in cites)]
        joined = side_by_side([(c.start, c.end) for c in cites[first:]], notice.text, header_end)
        if len(joined) < len(cites) - first:   # 哪天挂网的？信息来源是哪个单位？: the two pairs as the header prints them
            cites[first:] = [cite(index, nid, a, b, first + i + 1) for i, (a, b) in enumerate(joined)]
        if "date" in fields:   # a report read to a congress is dated twice: the day it was read (its subtitle) is said
            cites += [cite(index, nid, a, b, len(cites) + 1) for a, b in report_lines(notice.text)[:1]]   # (and a gap counts from it)
        if not gap:   # 哪天挂网的？巡察组又是哪天反馈的？: the body's sentence dating the step asked beside the metadata
            for a, b in step_sentences(question, notice.text, header_end, lambda part: any(
                    pattern.search(part) for pattern in META.values()) or bool(asked_pairs(part, head_pairs(notice.text, header_end)))):
                cites.append(cite(index, nid, *trim(notice.text, a, b), len(cites) + 1))
        signed = list(SIGNED.finditer(notice.text, notice.header_end))
        if ("date" in fields or "signer" in fields) and signed:  # the 落款 date (of the notice, or of the covering 通知)
            a, b = signed[-1].span(1)
            cites.append(cite(index, nid, a, b, len(cites) + 1))
        held = session_gap(question, notice.text, "".join(notice.text[a:b] for a, b in report_lines(notice.text)[:1]),
                           notice.date) if "reporter" in fields else None   # 第十四次会议开完到作报告隔了多少天，谁报告的
        cites[first:first] = [cite(index, nid, *held[0], first + 1)] if held else []   # the session's clause, then the subtitle
        cites[first:] = [replace(c, n=first + i + 1) for i, c in enumerate(cites[first:])]
        said = "；".join(f"{c.quote.strip()}[{c.n}]" for c in cites[first:]) + counted + (held[1] if held else "")
        if said and len(scope_ids) > 1:   # with two notices, each part says whose it is, and its own note
            said += side_note("".join(c.quote for c in cites[first:])) if side_note else ""
            parts.append(f"《{notice_profile(notice).label}》：{said}")
        elif said:
            parts.append(said)
    if not cites:
        return None
    if gap:   # the days quoted up to the publication date; none quoted: the body's dates answer
        note = gap_note(question, "".join(c.quote for c in cites), index.records[scope_ids[0]].notice.date)
        return ("\n".join(parts) + note, False, tuple(cites)) if note else None
    held = compared_day_note(question, cites[0].quote) if "date" in fields else ""   # 是不是比3月15日的期限还晚
    year = year_said(question, index.records[scope_ids[0]].notice) if "date" in fields and len(scope_ids) == 1 else None
    if year is not None:   # 那份通报是2024年发的吧: said right or wrong, the step dated that year quoted (answer/published_year.py)
        other = [cite(index, scope_ids[0], year.start, year.end, len(cites) + 1)] if year.end > year.start else []
        said = OTHER.format(year=year.year, quote=other[0].quote, n=other[0].n) if other else ""
        return year.said + "\n".join(parts) + held + said, False, tuple(cites + other)
    return "\n".join(parts) + held, False, tuple(cites)


def byline_holder(question: str, byline: str) -> bool:
    """The question asks who holds a post (局长是谁, 局长叫什么名字) and BYLINE, a report's reader line, names that post
    with its holder: the byline answers; a deputy (副局长) or another post is not the byline's.

    >>> byline_holder("瑞金审计局局长是谁", "市审计局局长   李火生"), byline_holder("审计局副局长是谁", "市审计局局长   李火生")
    (True, False)
    """
    asked = load_questions().asks_holder.search(question)
    read = load_genre().header.byline.match(byline)
    if not asked or not read:
        return False
    post = next(g for g in asked.groups() if g)
    at = byline.find(post, read.end("org"))
    return at >= 0 and (post.startswith("副") or byline[at - 1:at] != "副")


def addressee_groups(line: str) -> list[str]:
    """The groups of addressees a 通知's addressee line lists apart with ，/,/；, brackets and 、 kept inside a group.

    >>> addressee_groups("各市、县(市、区)卫生健康委(局),省级医疗卫生单位:")
    ['各市、县(市、区)卫生健康委(局)', '省级医疗卫生单位']
    """
    groups, depth, part = [], 0, ""
    for ch in line.rstrip(":：").strip():
        depth += (ch in "(（") - (ch in ")）")
        if ch in ",，;；" and depth == 0:
            groups, part = groups + [part], ""
        else:
            part += ch
    return [g for g in groups + [part] if g.strip()]


def other_session(question: str, subtitle: str) -> bool:
    """The question names a session of the congress by an act or a day the report's subtitle and byline
    (SUBTITLE) do not carry: the body sentence naming that session answers, not the subtitle.

    >>> other_session("广东今年3月29日那次是向省人大常委会第几次会议报告的？", "——2022年7月27日在广东省第十三届人民代表大会")
    True
    """
    return any(m.group() not in subtitle for m in load_questions().other_session.finditer(question))


def own_session_asks(question: str, subtitle: str) -> str:
    """The asks of QUESTION (each up to its question mark) that name no session of another act or day (other_session),
    joined, when one of them asks the report's own session or reader; "" when none does. Each ask of a question asking two sessions
    gets its own answer: the body sentence for the one, the subtitle for the other.

    >>> own_session_asks("第几次会议的审议意见？报告又是在第几次会上作的？", "——2025年12月30日在第四十五次会议上")
    '报告又是在第几次会上作的？'
    """
    every = load_report_sessions().every   # 先后在哪两次会议上审议…、听取…: every session asked, those heard too
    asks = [c for c in ASK.findall(question) if c.strip()] or [question]
    if len(asks) == 1:
        return "" if other_session(question, subtitle) and not every.search(question) else question
    own = [c for c in asks if not other_session(c, subtitle) or every.search(c)]   # 哪个年度？在几届几次会议上报告的？: both kept
    return "".join(own) if any(META["reporter"].search(c) for c in own) else ""
