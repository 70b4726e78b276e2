"""How one answer reads in the chat and in the citation panel (pure HTML, no gradio).

The message: the lead line first (when the answer has one), then the quoted sentences grouped under
the name of the notice they come from, each ending with its [n] link. The panel: one card per cited
section, every quote of that section highlighted in it, anchors for every [n] it holds.

Example:
    >>> html = answer_message_html(answer, turn=1)
    >>> group = citations_panel_group(answer, index, turn=1, asked="2023年燃气旧管网改造了多少公里？")
"""
from __future__ import annotations

from frontends.web.render import MARKER, cited_window, esc, md_text, short_path

GAP = "……"
ITEM_KIND = "enum"   # an inline 一是/二是 item: its quotes are shown in the section that holds the items


def _link(turn: int, n: int) -> str:
    return (f'<a class="cite-ref" href="#cite-{int(turn)}-{int(n)}" aria-label="查看引用 {int(n)} 的原文" '
            f'title="查看引用 {int(n)} 的原文">&#91;{int(n)}&#93;</a>')


def linked(text: str, known: set[int], turn: int) -> str:
    """Escaped text with every known [n] turned into a link to its card."""
    out, last = [], 0
    for m in MARKER.finditer(text):
        if int(m.group(1)) in known:
            out += [md_text(text[last:m.start()]), _link(turn, int(m.group(1)))]
            last = m.end()
    return "".join(out) + md_text(text[last:])


def segments(body: str) -> list[tuple[str, list[int]]]:
    """'句一[1]句二[2][3]尾' -> [('句一', [1]), ('句二', [2, 3]), ('尾', [])]: each sentence with its markers."""
    out: list[tuple[str, list[int]]] = []
    last, text, ns = 0, "", []
    for m in MARKER.finditer(body):
        between = body[last:m.start()]
        if between.strip() and ns:
            out.append((text, ns))
            text, ns = "", []
        text += between
        ns.append(int(m.group(1)))
        last = m.end()
    if ns:
        out.append((text, ns))
    tail = body[last:]
    if tail.strip():
        out.append((tail, []))
    return out


def grouped_quotes_html(body: str, citations, turn: int) -> str:
    """The quoted sentences under the title of the notice each first cites, notices in order of first use."""
    by_n = {c.n: c for c in citations}
    known = set(by_n)
    groups: dict[str, list[str]] = {}
    titles: dict[str, str] = {}
    for text, ns in segments(body):
        c = next((by_n[n] for n in ns if n in by_n), None)
        key = c.doc if c is not None else ""
        titles.setdefault(key, c.title if c is not None else "")
        links = "".join(_link(turn, n) for n in ns if n in known)
        groups.setdefault(key, []).append(f'<li class="nq-quote">{md_text(text.strip())}{links}</li>')
    html = []
    for key, items in groups.items():
        head = f'<div class="nq-quote-doc">《{md_text(titles[key])}》</div>' if key else ""
        html.append(f'<div class="nq-quote-group">{head}<ul class="nq-quotes">{"".join(items)}</ul></div>')
    return "".join(html)


def answer_message_html(answer, turn: int, rewritten: str = "", filter_note: str = "") -> str:
    """The chat message of an Answer: notes, lead line, quotes grouped by notice (extractive) or the
    model's text (llm), and a plain footer."""
    body = answer.answer
    note = answer.scope_note
    if note and body.startswith(note):
        body = body[len(note):]
    lead = (getattr(answer, "lead", "") or "").strip()
    if lead and body.startswith(lead):
        body = body[len(lead):]
    known = {c.n for c in answer.citations}
    parts = []
    if rewritten:
        parts.append(f'<div class="nq-rewrite">（已理解为：{md_text(rewritten)}）</div>')
    for extra in (filter_note, note):
        if extra:
            parts.append(f'<div class="nq-meta">{md_text(extra)}</div>')
    if lead:
        parts.append(f'<div class="nq-lead">{linked(lead, known, turn)}</div>')
    if answer.mode == "extractive" and known and not answer.abstained:
        parts.append(grouped_quotes_html(body, answer.citations, turn))
    elif body.strip():
        parts.append(f'<div class="nq-body">{linked(body.strip(), known, turn)}</div>')
    if not answer.abstained:
        mode = "大模型撰写，引用已逐句核对" if answer.mode == "llm" else "摘录通报原文"
        parts.append(f'<div class="nq-meta">{mode} · 引用 {len(answer.citations)} 处 · '
                     f'用时 {answer.latency_ms / 1000:.1f} 秒 · 点击 [n] 查看原文</div>')
    if getattr(answer, "unsupported", ()):
        parts.append(f'<div class="nq-meta">已删去 {len(answer.unsupported)} 句无法在原文中核实的内容。</div>')
    return "".join(parts)


def _windows(text: str, sections, spans: list[tuple[int, int]]) -> list[list]:
    """Merged display windows [a, b, cut_before, cut_after] around the quotes of one section."""
    wins: list[list] = []
    for start, end in sorted(spans):
        a, b, cb, ca = cited_window(text, sections, start, end)
        if wins and a <= wins[-1][1]:
            wins[-1][1], wins[-1][3] = max(wins[-1][1], b), ca if b >= wins[-1][1] else wins[-1][3]
        else:
            wins.append([a, b, cb, ca])
    return wins


def marked(text: str, a: int, b: int, quotes: list[tuple[int, int, int]]) -> str:
    """text[a:b] escaped, each quote (start, end, n) inside its own <mark data-n>."""
    out, pos = [], a
    for start, end, n in sorted(quotes):
        if start < pos or start >= b:
            continue
        out += [esc(text[pos:start]), f'<mark data-n="{int(n)}">{esc(text[start:end])}</mark>']
        pos = end
    out.append(esc(text[pos:b]))
    return "".join(out).strip("\n ")


def _record(index, c):
    return index.records.get(c.notice_id) if index is not None and getattr(c, "notice_id", "") else None


def _headed(rec) -> list:
    """The sections with a heading of their own (inline 一是 items belong to the section around them)."""
    return [s for s in rec.sections if s.kind != ITEM_KIND] if rec is not None else []


def card_key(c, index) -> tuple:
    """(notice, section) a citation is shown under: the deepest headed section holding its quote."""
    best = None
    for s in _headed(_record(index, c)):
        if s.start <= c.start < s.end and (best is None or s.depth >= best.depth):
            best = s
    return (c.doc, best.index if best is not None else c.section)


def section_card_html(cites: list, index, turn: int) -> str:
    """One card for the citations of one section: title, meta, path, the text with every quote marked."""
    c0 = cites[0]
    rec = _record(index, c0)
    anchors = "".join(f'<span class="cite-anchor" id="cite-{int(turn)}-{int(c.n)}"></span>' for c in cites)
    ns = "".join(f"[{int(c.n)}]" for c in cites)
    pages = sorted({int(getattr(c, "page", 0) or 0) for c in cites} - {0})   # PDF pages of the quotes
    where = f' <span class="cite-page">第{"、".join(map(str, pages))}页</span>' if pages else ""
    ok = [c for c in cites if rec is not None and rec.notice.text[c.start:c.end] == c.quote]
    meta = ""
    if ok:
        n = rec.notice
        wins = _windows(n.text, _headed(rec), [(c.start, c.end) for c in ok])
        quotes = [(c.start, c.end, c.n) for c in ok]
        body = GAP.join(("…" if cb else "") + marked(n.text, a, b, quotes) + ("…" if ca else "")
                        for a, b, cb, ca in wins)
        meta = " · ".join(esc(x) for x in (n.issuer, n.date, n.doc_number) if x)
    else:  # notice removed since the answer, or offsets do not match: show the quotes alone
        body = GAP.join(f'<mark data-n="{int(c.n)}">{esc(c.quote)}</mark>' for c in cites)
    key = card_key(c0, index)[1]
    held = next((s for s in _headed(rec) if s.index == key), None)
    section = " > ".join(held.path) if held is not None else c0.section
    section = section or "（导语）"
    return (f'<div class="cite-card" id="cite-card-{int(turn)}-{int(c0.n)}">{anchors}'
            f'<div class="cite-head"><span class="cite-n">{ns}</span>《{esc(c0.title)}》{where}</div>'
            + (f'<div class="cite-meta">{meta}</div>' if meta else "") +
            f'<div class="cite-section" title="{esc(section)}">{esc(short_path(section))}</div>'
            f'<div class="cite-text">{body}</div></div>')


def citations_panel_group(answer, index, turn: int, asked: str) -> str:
    """The cards of one answer: one per cited section, in order of first citation."""
    head = f'<div class="cite-group-head">第 {int(turn)} 问：{esc(asked)}</div>'
    if not answer.citations:
        return head + '<div class="cite-empty">这一问的回答没有引用原文。</div>'
    by_section: dict[tuple, list] = {}
    for c in answer.citations:
        by_section.setdefault(card_key(c, index), []).append(c)
    return head + "".join(section_card_html(cs, index, turn) for cs in by_section.values())
