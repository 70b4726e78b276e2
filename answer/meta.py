"""The label: value pairs of a notice page's metadata block, found where they stand, and the ones a question asks for
by the label's own name or in staff words (genre metadata.toml [asked], [[asked_field]]).

Example:
    >>> t = "• 索引号:6735597301/2021-1801120\\n  • 公开范围:全部公开\\n  • 公开方式:政府网站\\n标题"
    >>> [t[p.start:p.end] for p in asked_pairs("公开范围和公开方式分别是什么？", head_pairs(t, len(t)))]
    ['公开范围:全部公开', '公开方式:政府网站']
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from genre import load_genre
from genre.meta_asked import asked_fields, asked_labels
from genre.questions import load_questions
from answer.sessions_ranked import sessions_ranked_note
from genre.report_sessions import load_report_sessions
from genre.worked import asked_steps, question_parts
from retrieval.chunk import sentence_spans

OPENING = 1500   # a notice dates the steps of its round (巡察, 反馈) in its opening sentences
DATED = re.compile(r"\d{1,2}月\d{1,2}日")


@dataclass(frozen=True)
class MetaPair:
    """One label: value of a metadata line; TEXT[start:end] is the label with its value."""
    field: str
    label: str
    value: str
    start: int
    end: int


def head_pairs(text: str, header_end: int) -> list[MetaPair]:
    """The label: value pairs of the metadata lines before HEADER_END, each with its span in TEXT (a label whose
    value stands on the next line is left out)."""
    g = load_genre()
    date_value = next(r.pattern for r in g.metadata_values if r.name == "date")
    pairs, pos = [], 0
    for line in text[:header_end].split("\n"):
        cursor = 0
        lead = unlabelled_date(line) or dated_line(line)   # 2025年02月17日 17:21    来源:莆田市司法局: the page's date
        # before its labels; • 2026-01-04: a header line listing the page's date alone among its labelled lines
        if lead is not None:
            pairs.append(MetaPair("date", "", line[lead[0]:lead[1]], pos + lead[0], pos + lead[1]))
            cursor = lead[1]
        for field, label, value in g.metadata_pairs(line[cursor:]) if lead else g.metadata_pairs(line):
            shape = date_value.match(value) if field == "date" else None
            value = shape.group() if shape else value   # 2022-10-09, not the 分享: after it
            at = line.find(label, cursor)
            if at < 0:
                break
            cursor = at + len(label)
            begins = line.find(value, cursor) if value else -1
            if begins < 0:
                continue
            cursor = begins + len(value)
            pairs.append(MetaPair(field, label, value, pos + at, pos + cursor))
        pos += len(line) + 1
    return pairs


def unlabelled_date(line: str) -> tuple[int, int] | None:
    """The span of the date a page header line opens with, unlabelled, when labelled pairs follow it (genre
    metadata.toml [[value]] date; the portal prints the day, then 来源:/字号:); None otherwise.

    >>> unlabelled_date("2025年02月17日 17:21    来源:莆田市司法局     字号:")
    (0, 17)
    >>> unlabelled_date("发布日期:2023-01-06") is None, unlabelled_date("2023-01-06") is None
    (True, True)
    """
    g = load_genre()
    date_value = next(r.pattern for r in g.metadata_values if r.name == "date")
    prefix = g.metadata_prefix.match(line)
    begins = prefix.end() if prefix else 0
    shape = date_value.match(line, begins)
    if shape is None or not g.metadata_pairs(line[shape.end():]):
        return None
    return shape.span()


def dated_line(line: str) -> tuple[int, int] | None:
    """The span of the date a header line holds alone (after its bullet; a portal lists the page's date unlabelled
    above its 来源: line, genre metadata.toml [[value]] date); None when the line holds anything else.

    >>> dated_line("  • 2026-01-04"), dated_line("2023-01-06 10:56 "), dated_line("2023-01-06 来源:某局")
    ((4, 14), (0, 16), None)
    """
    g = load_genre()
    date_value = next(r.pattern for r in g.metadata_values if r.name == "date")
    prefix = g.metadata_prefix.match(line)
    shape = date_value.match(line, prefix.end() if prefix else 0)
    return shape.span() if shape and not line[shape.end():].strip() else None


def asked_spans(asked: list[MetaPair], pairs: list[MetaPair], text: str) -> list[tuple[int, int]]:
    """The spans quoting the ASKED pairs among a header's PAIRS: the asked pair alone, pairs asked together and standing
    side by side in one quote; the other pairs and the chrome of the line are never quoted
    (信息来源:广东省审计厅, not 信息来源:广东省审计厅 发布日期:2022-10-09 when the source alone is asked).

    >>> t = "发布日期:2023-01-06信息来源:宁波市审计局浏览次数:"
    >>> ps = [MetaPair("date", "发布日期", "2023-01-06", 0, 15), MetaPair("source", "信息来源", "宁波市审计局", 15, 26)]
    >>> asked_spans(ps[1:], ps, t), asked_spans(ps, ps, t)
    ([(15, 26)], [(0, 26)])
    """
    spans: list[tuple[int, int]] = []
    last = -2
    for i, p in enumerate(pairs):
        if p not in asked:
            continue
        if i == last + 1 and spans and "\n" not in text[spans[-1][1]:p.start]:
            spans[-1] = (spans[-1][0], p.end)
        else:
            spans.append((p.start, p.end))
        last = i
    return spans


def side_by_side(spans: list[tuple[int, int]], text: str, header_end: int) -> list[tuple[int, int]]:
    r"""SPANS of the page header that stand side by side on one line (only spaces between) joined into one quote, in the
    order first quoted: a date and a source asked together read as the header prints them (信息来源:广东省审计厅
    发布日期:2022-10-09), each asked pair still quoted alone when the other is not asked.

    >>> t = "信息来源:广东省审计厅 发布日期:2022-10-09 字号:大\n正文"
    >>> side_by_side([(12, 27), (0, 11)], t, 35)
    [(0, 27)]
    >>> side_by_side([(12, 27), (31, 32)], t, 35)
    [(12, 27), (31, 32)]
    """
    out: list[tuple[int, int]] = []
    for a, b in spans:
        for i, (c, d) in enumerate(out):
            lo, hi = (d, a) if d <= a else (b, c) if b <= c else (None, None)
            if lo is not None and max(b, d) <= header_end and not text[lo:hi].strip(" \t\u3000"):
                out[i] = (min(a, c), max(b, d))
                break
        else:
            out.append((a, b))
    return out


def asked_pairs(question: str, pairs: list[MetaPair]) -> list[MetaPair]:
    """The PAIRS the question asks for: those whose label it names in an asking clause (公开范围是什么), then for each
    field asked in staff words (来源, 哪个单位发的) the first pair of the first field that answers it."""
    named = asked_labels(question, [p.label for p in pairs])
    out = [p for p in pairs if p.label in named]
    for asked in asked_fields(question):
        if any(p.field in asked.answered_by for p in out):
            continue
        found = next((p for field in asked.answered_by for p in pairs if p.field == field), None)
        if found is not None:
            out.append(found)
    return out


def pairs_span(pairs: list[MetaPair], text: str, at: int) -> tuple[int, int]:
    """The span of the metadata line holding AT, from its first label to its last value: the line as it reads, without
    its bullet or the page furniture after it (信息来源:广东省审计厅 发布日期:2022-10-09, not …分享:)."""
    a = text.rfind("\n", 0, at) + 1
    b = text.find("\n", at)
    b = len(text) if b < 0 else b
    own = [p for p in pairs if a <= p.start < b]
    return (min(p.start for p in own), max(p.end for p in own)) if own else (at, b)


def step_sentences(question: str, text: str, body_start: int, asked_meta) -> list[tuple[int, int]]:
    """For the asks of QUESTION that ask no metadata (ASKED_META(part) is false) but the date of a step of the round
    (又是哪天反馈的, 巡察是什么时候): the opening sentence of the body dating that step (…并于2024年1月4日反馈了巡察意见);
    [] when none is asked or stated.

    >>> t = "标题\\n根据部署,2023年4月20日至5月31日,巡察四组开展巡察,并于2024年1月4日反馈了巡察意见。"
    >>> [t[a:b] for a, b in step_sentences("哪天挂网的？又是哪天反馈的？", t, 3, lambda p: "挂网" in p)]
    ['根据部署,2023年4月20日至5月31日,巡察四组开展巡察,并于2024年1月4日反馈了巡察意见。']
    >>> len(step_sentences("哪天挂网的，巡察组又是哪天反馈的", t, 3, lambda p: "挂网" in p))
    1
    """
    found: list[tuple[int, int]] = []
    sentences = sentence_spans(text, body_start, min(len(text), body_start + OPENING), clauses=False)
    for part in [c for p in question_parts(question) for c in re.split(r"[，,]", p)]:   # 哪天挂网的，又是哪天反馈的: two asks
        if asked_meta(part) or not load_questions().asks_date.search(part):
            continue
        for step in [s for s in asked_steps(part) if s.name != "published"]:
            held = next(((a, b) for a, b in sentences if DATED.search(text, a, b)
                         and (step.stated.search(text, a, b) or (step.range and "至" in text[a:b]))), None)
            if held and held not in found:
                found.append(held)
    return found


THIS_MONTH = re.compile(r"今年(\d{1,2})月")


def sessions_reported(question: str, text: str, body_start: int) -> list[tuple[int, int]]:
    """For a question counting the times a report was made to the congress (报告过几回？分别是哪天？): the opening
    sentences of the body stating a dated report made to an earlier session (今年3月29日,…向…第四十一次会议报告了…);
    the report's own session is its subtitle, quoted apart. [] when no count is asked.

    >>> t = "标题\\n2021年7月,第三十三次会议审议了审计工作报告。今年3月29日,省审计厅向第四十一次会议报告了整改情况。"
    >>> [t[a:b] for a, b in sessions_reported("报告过几回？", t, 3)]
    ['今年3月29日,省审计厅向第四十一次会议报告了整改情况。']
    >>> t = "标题\\n今年3月29日,省审计厅向省人大常委会第四十一次会议报告了整改情况。"
    >>> [t[a:b] for a, b in sessions_reported("3月29号向人大常委会第几次会议报告过", t, 3)], sessions_reported("7月27日", t, 3)
    (['今年3月29日,省审计厅向省人大常委会第四十一次会议报告了整改情况。'], [])
    """
    s = load_report_sessions()
    if s.every.search(question):   # 前后上过哪几次会议: every dated session the opening names, heard or reported to
        return [(a, b) for a, b in sentence_spans(text, body_start, min(len(text), body_start + OPENING), clauses=False)
                if (s.reported.search(text, a, b) or s.session.search(text, a, b)) and s.dated.search(text, a, b)]
    day = s.named_day.search(question)   # 3月29号向…第几次会议报告过: the opening's sentence of that day
    if not (s.times.search(question) or s.earlier.search(question) or day):
        return []
    opening = sentence_spans(text, body_start, min(len(text), body_start + OPENING), clauses=False)
    if day and not (s.times.search(question) or s.earlier.search(question)):   # a session of that day, reported to or
        written = re.compile(f"(?<!\\d){int(day['m'])}月{int(day['d'])}日")   # met (2018年7月30日…第十四次会议后)
        return [(a, b) for a, b in opening if (s.reported.search(text, a, b) or s.session.search(text, a, b))
                and written.search(text, a, b)]
    return [(a, b) for a, b in opening if s.reported.search(text, a, b) and re.search(r"\d{1,2}月", text[a:b])]


def year_meant(quoted: str, delivered: str, published: str) -> str:
    """The year a report's "今年M月" (in QUOTED) means: the year of DELIVERED, the day it was read (its subtitle);
    with no such day, the year of PUBLISHED (the page's date) when month M is not after its month, else the year
    before (a report published 2023-01-06 saying 今年8月…审议了 was read in 2022), for an act already done only. "" when
    nothing says it.

    >>> year_meant("今年8月,市十六届人大常委会第四次会议审议了", "", "2023-01-06"), year_meant("今年3月29日", "2022年7月27日", "")
    ('2022', '2022')
    """
    m = THIS_MONTH.search(quoted)
    if not m:
        return ""
    if re.match(r"\d{4}", delivered or ""):
        return delivered[:4]
    day = re.match(r"(\d{4})\D(\d{1,2})", published or "")
    if not day or not load_report_sessions().done_this_year.search(quoted):   # a deadline may lie after publication
        return ""
    return str(int(day.group(1)) - (int(m.group(1)) > int(day.group(2))))


def year_meant_note(quoted: str, delivered: str, published: str) -> str:
    """Say which year a report's 今年 is (year_meant), and from what.

    >>> year_meant_note("今年8月,第四次会议审议了", "", "2023-01-06")
    '（“今年8月”即2022年8月：报告未写所作日期，按页面发布日期2023-01-06推断（8月在发布之前）。）'
    >>> year_meant_note("今年3月29日,省审计厅报告了整改情况", "2022年7月27日", "")
    '（“今年”指2022年，按报告所作日期2022年7月27日。）'
    """
    year = year_meant(quoted, delivered, published)
    if not year:
        return ""
    if re.match(r"\d{4}", delivered or ""):
        return f"（“今年”指{year}年，按报告所作日期{delivered}。）"   # the day whole, so the month and day are said
    month = THIS_MONTH.search(quoted).group(1)
    return f"（“今年{month}月”即{year}年{month}月：报告未写所作日期，按页面发布日期{published}推断（{month}月在发布之前）。）"


FULL_DAY = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日")   # a day written whole (a subtitle's)


def reporter_spans(question: str, text: str, body_start: int, title: str, lines: list[tuple[int, int]],
                   published: str) -> tuple[list[tuple[int, int]], str]:
    """What answers who read a report and at which session: its subtitle and byline LINES, after the TITLE when the
    year it covers is asked (哪个年度) and the opening's earlier reports when the times are asked (报告过几回, counted,
    with the year their 今年 means); and the note said after them.

    >>> t = "关于2020年度审计整改情况报告\\n——2022年7月27日在第四十五次会议上\\n今年3月29日,省审计厅向第四十一次会议报告了整改情况。"
    >>> sub = (t.index("——"), t.index("上\\n") + 1)
    >>> spans, note = reporter_spans("报告过几回？", t, sub[1], "", [sub], "2022-10-09")
    >>> [t[a:b] for a, b in spans], note
    (['今年3月29日,省审计厅向第四十一次会议报告了整改情况。', '——2022年7月27日在第四十五次会议上'], '（共2次。）（“今年”指2022年，按报告所作日期2022年7月27日。）')
    >>> spans, note = reporter_spans("之前已经报过一次，是在几号的哪次会上", t, sub[1], "", [sub], "2022-10-09")
    >>> [t[a:b] for a, b in spans], note
    (['今年3月29日,省审计厅向第四十一次会议报告了整改情况。'], '（“今年”指2022年，按报告所作日期2022年7月27日。）')
    """
    if not lines:
        return [], ""
    earlier = sessions_reported(question, text, body_start)
    if earlier and not (load_report_sessions().times.search(question) or load_report_sessions().every.search(question)):   # 之前报过一次，是在哪次会上: the opening's alone
        read_on = FULL_DAY.search("".join(text[a:b] for a, b in lines))
        return earlier, year_meant_note("".join(text[a:b] for a, b in earlier), read_on.group() if read_on else "",
                                        published)
    at = text.find(title) if title and load_report_sessions().covered_year.search(question) else -1
    titled = [(at, at + len(title))] if 0 <= at < lines[0][0] else []
    read_on = FULL_DAY.search("".join(text[a:b] for a, b in lines))
    note = f"（共{len(earlier) + 1}次。）" + year_meant_note("".join(text[a:b] for a, b in earlier),
                                                        read_on.group() if read_on else "", published) if earlier else ""
    note += sessions_ranked_note(question, [text[a:b] for a, b in earlier], "".join(text[a:b] for a, b in lines))   # 哪次最晚
    return titled + earlier + lines, note
