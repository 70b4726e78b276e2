"""Rectification ledger (整改台账): every item a notice reports, with kind, status and verbatim measures.

Three house styles are recognised by their wording, not by notice:
- `针对X问题,进行了以下整改。一是……` (also `针对“举一反三”整改事项“X”`, `“推动改革促进发展”` items,
  `N.针对“X”,制定1项举一反三措施。`); measures are the `一是/二是` enumeration (paragraph-initial
  or inline), else the paragraphs that follow;
- `1)X。` / `针对“X。”` followed by `整改结果:S` and `整改情况:M` (status S, measures from M);
- work plans: `一是T。…` tasks under a heading naming 任务.
Stated totals (`具体问题29个,目前已完成整改16个…`) are read too, for the summary and, when a
notice says every item of a kind is done, for the items' status.

Example:
    >>> items = extract_ledger(notice, sections)
    >>> items[0].problem, items[0].kind, len(items[0].measures)
    ('全面学习贯彻党的二十大精神有差距', '反馈问题', 6)
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from genre import load_genre
from retrieval.load import Notice
from retrieval.parse import Section, cn_to_int

G = load_genre()
FIELDS = {r.name: r.pattern for r in G.item_fields}
FRAMES = G.item_frames
KIND_RULES = G.item_kinds

GROUP_KINDS = ("举一反三", "推动改革促进发展")
_TERMINAL = "。！？；;!?：:”’」』)）"
_LEAD = re.compile(r"[ \u3000]*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．)）])?[ \u3000]*")
_MARKED_LINE = re.compile(r"[ \u3000]*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、是]|\d{1,2}[.、．)）])")
_DO = r"(?:“[^”\n]*”|[^。“\n]){0,200}?进行了以下\s*整改[。.]?"  # the tail may quote opinions holding 。
_Q = r"(?P<q>(?:(?!进行了以下).)+?)"
GROUP = re.compile(r"针对“(?P<k>举一反三|推动改革促进发展)”整改事项“" + _Q + r"”(?:问题)?[,，]?\s*进行了以下\s*整改[。.]?", re.S)
LISTED = re.compile(r"针对“" + _Q + r"”[,，]\s*制定\s*\d+\s*项\s*(?P<k>举一反三|推\s*动\s*改\s*革\s*促\s*进\s*发\s*展)\s*措施[。.]?", re.S)
QUOTED = re.compile(r"针对“" + _Q + r"”(?=问题|[,，]?\s*进行了以下)" + _DO, re.S)
PLAIN = re.compile(r"针对(?P<q>[^。]+)问题" + _DO, re.S)
RESULT = re.compile(r"整改结果[:：]\s*(?P<s>[^\n]*)")
DETAIL = re.compile(r"整改情况[:：]\s*")
ENUM = re.compile(r"([一二三四五六七八九十]{1,2})是")
LABELLED = next(m.pattern for m in G.outline if m.name == "labelled")
FIGURE = re.compile(r"\d+(?:\.\d+)?(?:余|多)?(?:万|亿)?(?:人次|家次|平方米|公里|万元|亿元|[个项条名人次件处家座台套批期起户株支所场辆吨篇份类组%])")
HEADING_KINDS = [("长期整改", r"长期整改"), ("审计", r"审计"), ("立行立改", r"立行立改"),
                 ("前轮巡察", r"(?:巡察|巡视).*(?:届|轮|专项)|(?:届|轮|专项).*(?:巡察|巡视)")]  # an earlier round
TASK_PARENT = re.compile(r"工作任务|重点任务|主要任务")
_CAT = r"(?P<cat>重点问题|具体问题(?!表现)|整改意见|意见建议|“?举一反三”?整改事项|“?推动改革促进发展”?(?:整改)?事项|立行立改问题|(?:具体)?整改措施|问题线索|工作)"
_END = r"(?=[,，;；。、:：和)）]|已|$)"
STATED = [re.compile(_CAT + r"(?P<n>\d+)(?:个|项|条|件)" + _END), re.compile(r"(?P<n>\d+)(?:个|项|条|件)" + _CAT + _END)]
STATUS_N = re.compile(r"(?P<s>已完成整改|已完成|基本完成|长期整改|阶段性完成|未完成|已落实|已办结|正在办理)(?P<n>\d+)(?:个|项|条|件)"
                      r"|(?P<n2>\d+)(?:个|项|条|件)(?P<s2>进一步落实中|正在办理)")
ALL_DONE = re.compile(r"^[^;；。]{0,6}?已全部(?P<w>完成整改|落实|完成)")


@dataclass(frozen=True)
class Measure:
    quote: str     # verbatim: notice.text[start:end]
    start: int
    end: int
    marker: str    # "一是" … or "" for an unnumbered paragraph


@dataclass(frozen=True)
class LedgerItem:
    id: str
    doc: str
    notice_id: str
    title: str
    section: str
    problem: str          # verbatim: notice.text[problem_start:problem_end]
    problem_start: int
    problem_end: int
    kind: str
    status: str           # "" when the notice does not say
    measures: tuple[Measure, ...]
    figures: tuple[str, ...]
    owner: str = ""       # 责任单位 as stated ("" when the notice does not say)
    deadline: str = ""    # 整改时限 as stated


@dataclass(frozen=True)
class Stated:
    category: str         # as written, e.g. 具体问题 or “举一反三”整改事项
    kind: str             # the ledger kind it counts ("" when it counts no ledger item)
    total: int
    statuses: tuple[tuple[str, int], ...]
    quote: str
    start: int
    end: int


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-empty lines (trimmed spans); a line broken mid-sentence is joined to the next one."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        if not line.strip():
            continue
        a, b = a + len(line) - len(line.lstrip()), b - (len(line) - len(line.rstrip()))
        if spans and _broken(text[spans[-1][0]:spans[-1][1]]) and not _MARKED_LINE.match(line) \
                and not any(p.match(line) for p in FIELDS.values()):
            spans[-1] = (spans[-1][0], b)
        else:
            spans.append((a, b))
    return spans


def _broken(p: str) -> bool:
    if p[-1] in _TERMINAL:
        return False
    body = p[_LEAD.match(p).end():]
    return "。" in p or body.startswith("针对") or p.count("“") > p.count("”")


def _trim(text: str, a: int, b: int, strip: str = "") -> tuple[int, int]:
    while a < b and (text[a].isspace() or text[a] in strip):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in strip):
        b -= 1
    return a, b


def _problem_span(text: str, a: int, b: int) -> tuple[int, int]:
    """Drop quotes wrapping the whole problem, a final 。 and a trailing 的."""
    a, b = _trim(text, a, b, "。")
    s = text[a:b]
    if s.startswith("“") and (s.endswith("”") and s.count("“") == 1 or s.count("“") > s.count("”")):
        a, b = _trim(text, a + 1, b - (1 if s.endswith("”") else 0), "。")
    if text[a:b].endswith("的"):
        b -= 1
    return a, b


def _deepest(sections: list[Section], offset: int, enum: bool = False) -> Section | None:
    best = None
    for s in sections:
        if s.start <= offset < s.end and (enum or s.kind != "enum") and (best is None or s.depth > best.depth):
            best = s
    return best


def _chain(sections: list[Section], s: Section | None) -> list[Section]:
    out = []
    while s is not None:  # deepest first
        out.append(s)
        s = sections[s.parent] if s.parent >= 0 else None
    return out


def _heading_kind(chain: list[Section]) -> str:
    """Kind of a 整改结果-style item from the headings above it, deepest first."""
    return next((kind for s in chain for kind, p in HEADING_KINDS if re.search(p, s.heading)), "反馈问题")


def _about_heading(text: str, chain: list[Section]) -> tuple[int, int] | None:
    """`针对该问题`: the problem is named by the nearest `关于X问题` heading."""
    for s in chain:
        i = text.find("关于", s.start, s.heading_end)
        if i >= 0:
            a, b = _trim(text, i + 2, s.heading_end)
            return a, b - 2 if text[a:b].endswith(("问题", "方面")) else b
    return None


def _measures(text: str, a: int, b: int, paras: list[tuple[int, int]]) -> list[Measure]:
    """`一是…二是…` in order (paragraph-initial or after 。；:), else one measure per paragraph."""
    marks = []
    for m in ENUM.finditer(text, a, b):
        gap = text[a:m.start()]
        before = gap.rstrip()
        if (not before or "\n" in gap[len(before):] or before[-1] in "。；;:：") and cn_to_int(m.group(1)) == len(marks) + 1:
            marks.append(m)
    if marks:
        ends = [m.start() for m in marks[1:]] + [b]
        spans = [(m.group(0), *_trim(text, m.end(), e)) for m, e in zip(marks, ends)]
    else:
        spans = [("", pa, min(pb, b)) for pa, pb in paras if pb > a and pa < b]
        spans = [(mk, *_trim(text, max(pa, a), pb)) for mk, pa, pb in spans]
    return [Measure(text[s:e], s, e, mk) for mk, s, e in spans if e > s]


def stated_counts(text: str, skip: list[tuple[int, int]] = ()) -> list[Stated]:
    """Totals a notice states outside the `skip` spans (measure text), one per category, e.g.
    具体问题29个 (已完成16, 基本完成10, 长期整改3); only categories that count ledger items,
    carry a status breakdown, or count measures are kept."""
    hits = sorted({(m.start(), m.end(), m.group("cat"), int(m.group("n"))) for p in STATED for m in p.finditer(text)
                   if not any(a <= m.start() < b for a, b in skip)})
    best: dict[str, Stated] = {}
    for i, (s, e, cat, n) in enumerate(hits):
        stop = min([j for j in (text.find(c, e) for c in ";；。:：\n") if j >= 0] + [len(text)])
        stop = min([stop] + [h[0] for h in hits[i + 1:] if h[0] >= e])
        clause = text[e:stop]
        statuses = [((m.group("s") or m.group("s2")).replace("已完成整改", "已完成"), int(m.group("n") or m.group("n2")))
                    for m in STATUS_N.finditer(clause)]
        done = ALL_DONE.search(clause)
        if done:
            statuses.insert(0, ("已落实" if done.group("w") == "落实" else "已完成", n))
        kind = next((k for k in GROUP_KINDS if k in cat), "")
        kind = kind or {"具体问题": "反馈问题", "立行立改问题": "立行立改", "工作": "工作任务"}.get(cat, "")
        if not (kind or statuses or "措施" in cat) or (cat == "工作" and "方面" not in text[max(0, s - 12):s]):
            continue
        key = kind or cat.replace("具体", "")
        if key not in best or len(statuses) > len(best[key].statuses):
            best[key] = Stated(cat, kind, n, tuple(statuses), text[s:stop].strip(), s, stop)
    return sorted(best.values(), key=lambda st: st.start)


def _status_from_stated(items: list[dict], stated: list[Stated]) -> None:
    """When a notice says all N items of a kind are done and N items are found, mark them 已完成."""
    for st in stated:
        if not st.kind or dict(st.statuses).get("已完成") != st.total:
            continue
        pool = [it for it in items if it["kind"] == st.kind and not it["status"]]
        numbered = [it for it in pool if it["numbered"]]
        for group in (numbered, pool):
            if len(group) == st.total:
                for it in group:
                    it["status"] = "已完成"
                break


def _field_of(text: str, span: tuple[int, int]) -> tuple[str, re.Match[str]] | None:
    """(field name, match) when the paragraph starts with an item field label (整改情况:, 完成情况: …)."""
    piece = text[span[0]:span[1]]
    for name, pattern in FIELDS.items():
        m = pattern.match(piece)
        if m:
            return name, m
    return None


def _framed(text: str, a: int, b: int) -> tuple[int, int] | None:
    """Span of the problem inside a problem frame at the paragraph's start (关于“X”的问题, 问题1:X, 针对X问题)."""
    piece = text[a:b]
    for rule in FRAMES:
        m = rule.pattern.match(piece)
        if m:
            g = "problem" if m.group("problem") is not None else "problem2"
            if m.group(g) is None:
                continue
            inner = _framed(text, a + m.start(g), a + m.end(g)) if rule.name.startswith("问题") else None
            return inner or (a + m.start(g), a + m.end(g))
    return None


def _status_word(value: str) -> str:
    """The status word a field value opens with, as written (整改情况:已完成。… -> 已完成)."""
    for st in G.status_words:
        if value.lstrip().startswith(st.word):
            return st.word
    return ""


def _fielded(text: str, paras: list[tuple[int, int]], i: int, lead: int, pb: int, chain: list) -> dict:
    """An item stated as a problem paragraph followed by labelled fields (整改情况:, 完成情况:, 责任单位: …)."""
    span = _framed(text, lead, pb) or (lead, pb)
    problem = _problem_span(text, *span)
    if text[problem[0]:problem[1]].endswith("问题") and span == (lead, pb):
        problem = (problem[0], problem[1])
    out = {"problem": problem, "kind": _heading_kind(chain), "status": "", "owner": "", "deadline": ""}
    body = None
    for pa2, pb2 in paras[i + 1:i + 8]:
        f = _field_of(text, (pa2, pb2))
        if not f:
            if body is None or _MARKED_LINE.match(text, pa2) or _framed(text, pa2, pb2):
                break
            continue
        name, m = f
        if body is not None and "end" not in out:
            out["end"] = pa2  # the measures stop at the next labelled field
        vstart = pa2 + m.end()
        value = text[vstart:pb2]
        if name == "完成情况" and not out["status"]:
            out["status"] = value.strip()
        elif name in ("整改情况", "整改措施"):
            word = _status_word(value)
            if word and not out["status"]:
                out["status"] = word
            if body is not None:
                continue
            skip = len(value) - len(value.lstrip()) + len(word)
            while vstart + skip < pb2 and text[vstart + skip] in "。,，;； ":
                skip += 1
            body = vstart + skip
        elif name == "责任单位":
            out["owner"] = value.strip()
        elif name == "整改时限":
            out["deadline"] = value.strip()
    out["body"] = body if body is not None else paras[i + 1][1]
    return out


def _heading_start(text: str, s: Section) -> int:
    return text.find(s.marker, s.start) + len(s.marker)


def _section_items(text: str, sections: list[Section], found: list[dict]) -> list[dict]:
    """Items stated as headings: a leaf heading framed as a problem (关于“X”的问题), a leaf heading under
    a heading that announces findings (巡察发现的问题), a task under a heading that announces tasks."""
    out = []
    starts = [it["start"] for it in found]
    plan = next((m.end() for m in G.plan_title.finditer(text)), len(text) + 1)
    for s in sections:
        if s.kind in ("enum", "attach") or any(s.start <= a < s.end for a in starts):
            continue
        kids = [c for c in sections if c.parent == s.index]
        chain = _chain(sections, s)
        above = " ".join(c.heading for c in chain[1:])
        hs = _heading_start(text, s)
        framed = _framed(text, hs, s.heading_end)
        task = any(r.name == "工作任务" and r.pattern.search(c.heading) for c in chain[1:2] if c.kind != "attach"
                   for r in KIND_RULES) or (s.start > plan and sum(c.kind != "attach" for c in chain) == 2 and not kids)  # a plan's task
        if task and not any(c.kind == "enum" for c in kids):
            kind = "工作任务"
        elif any(c.kind != "enum" for c in kids) or (len(chain) >= 2 and any(
                chain[1].start <= a < s.start for a in starts)):
            continue  # a grouping heading, or a sub-point of an item stated above it
        elif framed or (len(chain) >= 2 and any(r.name == "反馈问题" and r.pattern.search(above) for r in KIND_RULES)):
            kind = _heading_kind(chain[1:]) if not task else "工作任务"
        else:
            continue
        a, b = framed or (hs, s.heading_end)
        out.append({"start": s.start, "own": s, "chain": chain, "status": "", "numbered": True, "kind": kind,
                    "problem": _problem_span(text, a, b), "body": min(s.heading_end + 1, s.end), "end": s.end})
    return out


def extract_ledger(notice: Notice, sections: list[Section] | tuple[Section, ...]) -> list[LedgerItem]:
    """All rectification items of one notice, in document order."""
    text, sections = notice.text, list(sections)
    paras = paragraphs(text)
    found: list[dict] = []
    boundaries = {s.start for s in sections if s.kind != "enum"}
    for i, (pa, pb) in enumerate(paras):
        lead = _LEAD.match(text, pa, pb).end()
        own = next((s for s in sections if s.kind != "enum" and s.start <= pa < s.heading_end), None)
        chain = _chain(sections, _deepest(sections, pa))
        item = {"start": pa, "own": own, "chain": chain, "status": "", "numbered": lead > pa}
        if re.match(r"此外|另外", text[pa:pb]):
            boundaries.add(pa)  # a lead-in to the next group of items
            continue
        m = None
        for pattern in (GROUP, LISTED, QUOTED, PLAIN):
            m = pattern.match(text, lead, pb)
            if m:
                break
        if m:
            kind = re.sub(r"\s", "", m.groupdict().get("k") or "")
            if not kind:
                top = chain[-1].heading if chain else ""
                kind = "立行立改" if "立行立改" in top else "反馈问题"
            span = m.span("q")
            if text[span[0]:span[1]] == "该":
                span = _about_heading(text, chain) or span
            item.update(problem=_problem_span(text, *span), kind=kind, body=m.end())
        elif i + 1 < len(paras) and _field_of(text, paras[i + 1]) and not _field_of(text, (pa, pb)) \
                and (lead > pa or _framed(text, lead, pb)):
            item.update(_fielded(text, paras, i, lead, pb, chain))  # its fields follow on their own lines
        elif LABELLED.match(text[pa:pb]) and _framed(text, pa, pb):
            a, b = _framed(text, pa, pb)
            cut = text.find("。", a, b)
            item.update(problem=_problem_span(text, a, cut if cut > 0 else b), kind=_heading_kind(chain),
                        body=(cut + 1) if cut > 0 else pb, numbered=True)
        else:
            continue
        boundaries.add(pa)
        found.append(item)
    for s in sections:  # work-plan tasks: `一是T。…` under a heading naming 任务
        chain = _chain(sections, s)
        if s.kind == "enum" and any(TASK_PARENT.search(c.heading) for c in chain[1:]):
            a = ENUM.search(text, s.start).end()
            pb = next((p[1] for p in paras if p[0] <= a <= p[1]), s.body_end)
            cut = re.compile(r"[。,，;；]").search(text, a, pb)
            found.append({"start": s.start, "own": s, "chain": chain, "status": "", "numbered": True, "kind": "工作任务",
                          "problem": _problem_span(text, a, cut.start() if cut else pb), "body": cut.end() if cut else pb,
                          "end": pb, "task": True})
    found += _section_items(text, sections, found)
    found.sort(key=lambda it: it["start"])
    ends = sorted(boundaries | {len(text)})
    for it in found:
        it.setdefault("end", next((b for b in ends if b > it["body"]), len(text)))
    _status_from_stated(found, stated_counts(text, [(it["body"], it["end"]) for it in found]))
    return [_to_item(notice, n, it, paras) for n, it in enumerate(found, 1)]


def _to_item(notice: Notice, n: int, it: dict, paras: list[tuple[int, int]]) -> LedgerItem:
    text = notice.text
    own, chain, kind = it["own"], it["chain"], it["kind"]
    home = own or (chain[0] if chain else None)
    path = home.path if home else ()
    if kind in GROUP_KINDS and own is not None:   # a numbered list of group items: top > kind > item
        path = (chain[-1].path[0], kind, own.path[-1])
    elif kind in GROUP_KINDS:                      # a group item following the problem it extends
        path = path + (kind,)
    measures = tuple(_measures(text, it["body"], it["end"], paras)) if not it.get("task") else \
        tuple(Measure(text[s:e], s, e, "") for s, e in [_trim(text, it["body"], it["end"])] if e > s)
    figures = tuple(dict.fromkeys(f.group(0) for m in measures for f in FIGURE.finditer(m.quote)))
    a, b = it["problem"]
    return LedgerItem(f"{notice.id}:{n:03d}", notice.doc, notice.id, notice.title, " > ".join(path), text[a:b], a, b,
                      kind, it["status"], measures, figures, it.get("owner", ""), it.get("deadline", ""))


def ledger_for_index(index) -> list[LedgerItem]:
    """The ledger of every notice in an opened index (notices in id order)."""
    return [item for nid in sorted(index.records) for item in
            extract_ledger(index.records[nid].notice, index.records[nid].sections)]
