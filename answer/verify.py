"""A figure the question states for checking (genre figures.toml [checked_figure]): the question is asked with each
claim as 多少 (so no claimed figure has to stand in the notice), and the reply's quoted figure is held against the claim.
A span guessed roughly (巡察是一个月左右吧，按天算具体几天) is asked as 多少天 and held against the span the quoted dates imply.

Example:
    >>> neutral_question("整改措施细化了两百多条吧？")
    '整改措施细化了多少条？'
    >>> claim_note("整改措施细化了两百多条？", "细化制定整改措施239条[1]。")
    '问题说的“两百多条”与通报一致（通报写的是239条）。'
"""
from __future__ import annotations

import re

from answer.judged_date import date_note
from answer.spans import ISO_DAY, span_days
from genre import load_genre
from genre.checked import BIG, MONEY, Claim, dated_claims, load_checked, stated_claims
from genre.checked_date import date_claims, load_checked_date
from genre.checked_span import SpanClaim, load_checked_span, months_near, span_claims
from genre.claim_frame import (
    claim_framed,
    claimed_actions,
    load_claim_frame,
    without_frame,
)
from genre.figures import arabic, cn_counts
from genre.questions import load_questions

QUOTED_FIGURE = re.compile(r"(?P<n>\d+(?:\.\d+)?)(?P<big>万|亿)?(?:余|多)?(?P<unit>元|个|项|条|件|次|人|名|家|处|笔|批|起|户|%)")
QUOTED_DAY = re.compile(r"(?:(\d{4})年)?(\d{1,2})月\d{1,2}日?")   # 2025年6月5日, 8月8日 (a year from the date before)
QUOTED_DATE = re.compile(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日?(?:(?:至|到|—|-)(?:\d{4}年)?\d{1,2}月\d{1,2}日?)?")
WORKED_GAP = re.compile(r"相隔(?P<n>\d+)天")   # the gap a reply worked out and said (answer/spans.py)
CITED = re.compile(r"([^\[\]]*?)\[\d+\]")   # a quoted clause and its citation mark
OTHER_THING = re.compile(r"[^、，,。；;：:和及与\[\]\d]{2,16}")   # the thing a quoted figure counts, up to the next member
WINDOW = 6   # characters either side of a claim or a figure compared to tell which figure the claim is of


def neutral_question(question: str) -> str:
    """QUESTION with each claimed figure asked as 多少 and its hedges dropped ("" when it states no claim).

    >>> neutral_question("清理用地款一个亿出头？"), neutral_question("反馈了几个问题？")
    ('清理用地款多少亿元？', '')
    """
    spans = asked_spans(question)
    claims = [(c.start, c.end, "多少" + (c.big + "元" if c.big and not c.unit else c.unit)) for c in stated_claims(question)
              if not _within(c, spans)]
    claims += [(c.start, c.end, "") for c in dated_claims(question)]   # 是6月到8月吧，一共多少天: the ask alone
    claims += [(c.start, c.end, load_checked_span().ask_as) for c in spans]   # 巡察是一个月左右吧 -> 巡察多少天
    claims += [(c.start, c.end, load_checked_date().ask_as) for c in date_claims(question)]   # 是1月中旬反馈的 -> 是哪天反馈的
    framed = claim_framed(question)   # 听说…处理了3个人，对不对: the frame's words are no subject either
    if not claims:
        return _as_whole(question, without_frame(question)) + "？" if framed else ""
    out, last = [], 0
    for start, end, asked in sorted(claims):
        if start < last:
            continue
        out += [question[last:start], asked]
        last = end
    text = "".join(out) + question[last:]
    text = _as_whole(question, without_frame(text, framed)) if framed else text
    text = load_checked().hedge.sub("", text).rstrip("？?，, ")
    return text + "？"


def _as_whole(question: str, text: str) -> str:
    """TEXT with each accountability form QUESTION claims (处分) asked as the whole (问责): other forms answer it.

    >>> _as_whole("听说处分了24个人，准确吗", "处分了24个人")
    '问责（责令检查、批评教育、谈话提醒）了24个人'
    """
    q = load_questions()
    for word in claimed_actions(question, q.accountability, q.accountability_whole):
        text = text.replace(word, load_claim_frame().action_as, 1)
    return text


def action_note(question: str, clauses: list[str]) -> str:
    """What the notice names instead of the accountability form QUESTION claims, from the quoted CLAUSES ("" when a
    clause names the form claimed or none reports accountability).

    >>> action_note("听说处分了24个人，准确吗", ["给予责令检查、批评教育、谈话提醒24人"])
    '通报没有说是“处分”，写的是“给予责令检查、批评教育、谈话提醒24人”。'
    """
    q = load_questions()
    words = tuple(w for g in q.accountability for w in g) + q.accountability_taken
    notes = []
    for claimed in claimed_actions(question, q.accountability, q.accountability_whole):
        group = next(g for g in q.accountability if claimed in g)
        if any(w in c for c in clauses for w in group):
            continue
        parts = [p for c in clauses for p in re.split(r"[，,；;。]", c)]   # the clause naming the form, not its sentence
        said = next((p for p in parts if any(w in p for w in words)), "")
        if said:
            notes.append(load_claim_frame().action_said.format(claimed=claimed, clause=said.strip("，,。；; ")))
    return "".join(notes)


def done_note(question: str, clauses: list[str]) -> str:
    """The judgement on a claim that all is done (都整改完了), held against the first quoted total with a done count.

    >>> done_note("听说问题都整改完了，是这样吗", ["反映的400个问题,已完成整改336个"])
    '问题说的“都整改完了”与通报不符：400个问题已完成整改336个，还有64个未完成。'
    """
    f = load_claim_frame()
    claim = f.all_done.search(question) if claim_framed(question) else None
    if claim is None:
        return ""
    g = load_genre()
    for clause in clauses:
        for t in g.read_totals(clause):
            done = sum(n for status, n in t.counts if status == "已完成")
            if t.total and done:
                said = f.done_holds if done >= t.total else f.done_fails
                return said.format(claim=claim.group(), total=t.total, done=done, left=t.total - done)
    return ""


def asked_spans(question: str) -> tuple[SpanClaim, ...]:
    """The spans QUESTION states roughly (genre figures.toml [checked_span]) that, put as 多少天, ask a span of time (genre
    questions.toml [asks_gap]): 巡察是一个月左右吧 -> 巡察多少天.

    >>> [c.text for c in asked_spans("芦淞司法局那次提级巡察在局里待了两个月左右？按天算多少天")]
    ['两个月左右']
    """
    gap, ask_as = load_questions().asks_gap, load_checked_span().ask_as
    return tuple(c for c in span_claims(question) if gap.search(question[:c.start] + ask_as + question[c.end:]))


def _within(claim: Claim, spans: tuple[SpanClaim, ...]) -> bool:
    """Whether CLAIM (大约两个) is part of a span stated (大约两个月): the span is the claim."""
    return any(s.start <= claim.start < s.end for s in spans)


def span_note(question: str, lead: str, worked_text: str = "") -> str:
    """The judgement on each span QUESTION states roughly, held against the span the dates LEAD quotes imply.

    >>> span_note("绵阳司法局被巡察是一个月左右吧，按天算具体几天？", "2024年5月7日至6月7日,市委第五巡察组开展了巡察[1]")
    '问题说的“一个月左右”与通报一致（含首尾共32天，约1个月）。'
    """
    spans = asked_spans(question)
    page = ISO_DAY.search(lead)   # the page's date line quoted (发布时间:2024-09-19): a gap up to publication
    worked = span_days(neutral_question(question), lead, page.group() if page else "") if spans else None
    said = WORKED_GAP.search(worked_text) if spans and worked is None else None   # the gap the reply worked out up to
    worked = (int(said.group("n")), False) if said else worked                   # the page's date (相隔410天)
    if worked is None:
        return ""
    n, ranged = worked
    cs = load_checked_span()
    figure = f"{'含首尾共' if ranged else '相隔'}{n}天" + (f"，{months_near(n)}" if n >= cs.months_from else "")
    return "".join((cs.holds if c.low <= n <= c.high else cs.fails).format(claim=c.text, figure=figure) for c in spans)


def _value(m: re.Match[str]) -> tuple[float, str]:
    unit = m.group("unit")
    scale = BIG.get(m.group("big") or "", 1) * MONEY.get(unit, 1)
    return float(m.group("n")) * scale, "元" if unit in MONEY else unit


def _near(a: str, b: str) -> int:
    return len(set(a) & set(b))


def _shared_start(a: str, b: str) -> int:
    """How many characters A and B open with alike: _shared_start("党组会议，", "党组会议、12次") -> 4."""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _figure_for(question: str, claim: Claim, quoted: str) -> tuple[str, float] | None:
    """The figure of QUOTED in the claim's unit whose words around it share most with the claim's."""
    around = question[max(0, claim.start - WINDOW):claim.start] + question[claim.end:claim.end + WINDOW]
    best, figures = None, list(QUOTED_FIGURE.finditer(quoted))
    for i, m in enumerate(figures):
        value, kind = _value(m)
        if claim.kind and kind != claim.kind:
            continue
        last = figures[i - 1].end() if i else 0   # the words around reach no other figure (40项；正在整改10项: 10项's
        nxt = figures[i + 1].start() if i + 1 < len(figures) else len(quoted)   # words start after 40项)
        words = quoted[max(last, m.start() - WINDOW):m.start()] + quoted[m.end():min(nxt, m.end() + WINDOW)]
        score = _near(around, words)
        score += 2 * _shared_start(question[claim.end:], quoted[m.end():])   # the thing counted right after: 7次党组会议
        noun = load_checked().shown.match(quoted[m.end():]) if m.group("unit") == "个" else None   # 4个方面
        if best is None or score > best[0]:
            best = (score, m.group() + (noun.group() if noun else ""), value)
    return (best[1], best[2]) if best else None


def _other_thing(claim: Claim, quoted: str) -> str:
    """What the figure CLAIM states counts in QUOTED when the quote states it exactly of another thing ("" when none).

    >>> c = stated_claims("开了12次党组会吧？领导小组会开了几次")[0]
    >>> _other_thing(c, "召开7次党组会议、12次巡察整改领导小组会议。局主要领导")
    '12次是“巡察整改领导小组会议”。'
    """
    for m in QUOTED_FIGURE.finditer(quoted):
        value, kind = _value(m)
        thing = OTHER_THING.match(quoted, m.end())
        if claim.low == claim.high == value and (not claim.kind or kind == claim.kind) and thing:
            return load_checked().other_thing.format(figure=m.group(), thing=thing.group())
    return ""


def _summed(claim: Claim, clauses: list[str]) -> tuple[str, float] | None:
    """The figures of the claim's unit one quoted clause states in parts, said with their sum, when the sum holds.

    >>> c = stated_claims("听说处理了3个人，对不对")[0]
    >>> _summed(c, ["对1人予以记大过处分,对2人予以提醒谈话"])
    ('1人、2人，共3人', 3.0)
    """
    for clause in clauses:
        parts = [(m.group(), *_value(m)) for m in QUOTED_FIGURE.finditer(clause)]
        parts = [(w, v) for w, v, kind in parts if kind == claim.kind]
        total = sum(v for _, v in parts)
        if len(parts) > 1 and claim.low <= total <= claim.high:
            shown = f"{total:g}" if claim.kind != "元" else f"{total:g}元"
            return load_checked().summed.format(parts="、".join(w for w, _ in parts), total=shown,
                                                unit="" if claim.kind == "元" else claim.kind), total
    return None


def claim_note(question: str, lead: str, worked_text: str = "", published: str = "") -> str:
    """The judgement on each figure QUESTION claims, held against the figures LEAD quotes ("" when none is held); a gap
    claimed is held against the one WORKED_TEXT (the reply) says when the quotes alone date no gap (up to the page's date);
    a day claimed that is PUBLISHED (the page's date of the notice quoted) is said to be it (answer/judged_date.py).

    >>> claim_note("清理用地款一个亿出头吧？", "已清理用地款1.05亿元[1]。")
    '问题说的“一个亿出头”与通报一致（通报写的是1.05亿元）。'
    >>> claim_note("整改措施细化了三百多条？", "细化制定整改措施239条[1]。")
    '问题说的“三百多条”与通报不符，通报写的是239条。'
    >>> claim_note("是2025年6月到8月吧，一共多少天", "2025年6月5日至2025年8月8日,市委第四巡察组开展了巡察[1]。")
    '问题说的“2025年6月到8月”与通报一致（通报写的是2025年6月5日至2025年8月8日）。'
    >>> claim_note("五十项左右的问题里，有几项是财政方面的？", "财政部门(含自然资源局)预算执行问题6项[1]。")
    ''
    """
    cf = load_checked()
    quoted = arabic("".join(CITED.findall(lead)) or lead)
    notes = []
    spans = asked_spans(question)
    for c in stated_claims(question):
        if _within(c, spans) or (not claim_framed(question) and cf.names_whole.match(question, c.end)):
            continue   # 五十项左右的问题里，有几项…: the rough whole names the notice; the part's figure is no claim's
        found = _figure_for(question, c, quoted)
        if found is None:
            continue
        if not c.low <= found[1] <= c.high:
            found = _summed(c, CITED.findall(arabic(lead))) or found
        written, value = found
        written = as_written("".join(CITED.findall(lead)) or lead, written)   # 十四条（14条）
        notes.append((cf.holds if c.low <= value <= c.high else cf.fails).format(claim=c.text, figure=written)
                     + ("" if c.low <= value <= c.high else _other_thing(c, "。".join(CITED.findall(arabic(lead))))))
    for d in dated_claims(question):
        days = [(y or "", int(mo)) for y, mo in QUOTED_DAY.findall(quoted)]
        days = [(y or next((p for p, _ in reversed(days[:i]) if p), ""), mo) for i, (y, mo) in enumerate(days)]
        if not days:
            continue
        holds = all(any(mo == m and (not y or y == yy) for yy, m in days) for y, mo in d.ends)
        shown = "、".join(dict.fromkeys(m.group() for m in QUOTED_DATE.finditer(quoted)))
        notes.append((cf.holds if holds else cf.fails).format(claim=d.text, figure=shown))
    clauses = CITED.findall(arabic(lead))
    return (action_note(question, clauses) + done_note(question, clauses) + "".join(notes) + date_note(question, quoted, published)
            + span_note(question, quoted, worked_text))


def as_written(raw: str, written: str) -> str:
    """WRITTEN (a figure of RAW read in digits, its noun after it) as RAW writes it when in Chinese numerals, its digits
    after; as it is otherwise.

    >>> as_written("制定整改措施十四条", "14条"), as_written("反馈的四个方面", "4个方面"), as_written("措施14条", "14条")
    ('十四条（14条）', '四个方面（4个方面）', '14条')
    """
    if re.search(r"[、，,]", written):   # parts summed (1人、2人，共3人): said in digits, as worked
        return written
    for m, value in cn_counts(raw):
        digits = f"{value}{m.group('more') or ''}{m.group('unit')}"
        if written.startswith(digits) and written not in raw:
            return f"{m.group()}{written[len(digits):]}（{written}）"
    return written


def with_claim_note(text: str, note: str) -> str:
    """TEXT with NOTE said right after its lead (its first line), where the quoted figure stands.

    >>> with_claim_note("细化制定整改措施239条[1]。\\n全文…[2]", "问题说的“两百多条”与通报一致。")
    '细化制定整改措施239条[1]。问题说的“两百多条”与通报一致。\\n全文…[2]'
    """
    lead, nl, rest = text.partition("\n")
    return lead + note + nl + rest
