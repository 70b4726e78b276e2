"""Pure HTML/markdown helpers of the web UI (no gradio): every notice or user text is escaped here.

Example:
    >>> md_text("<script>alert(1)</script>")
    '&#60;script&#62;alert(1)&#60;/script&#62;'
    >>> short_path("二、巡视反馈问题 > (一)关于学习")
    '二、巡视反馈问题 › (一)关于学习'
"""
from __future__ import annotations

import html
import re

from retrieval.index.opened import Index
from retrieval.settings import Settings

CONTEXT_CHARS = 150       # shown around a quote when its section is too long to show whole
SECTION_CHARS = 1200      # a cited section up to this length is shown whole
PATH_PART_CHARS = 36      # each part of a long section path is shortened to this in the panel
MARKER = re.compile(r"\[(\d+)\]")
# html.escape's characters plus those markdown/LaTeX would interpret, as numeric entities, in one pass.
_MD_ESCAPES = str.maketrans({c: f"&#{ord(c)};" for c in "&<>\"'\\`*_[]$~|#"})
PANEL_PLACEHOLDER = ('<div class="cite-empty">提问后，这里显示答案引用的通报原文：所在章节全文，引用句高亮标出。'
                     '点击回答中的 [n] 可跳到对应原文。</div>')


def esc(text: object) -> str:
    """html.escape for any value ('' for None)."""
    return html.escape("" if text is None else str(text))


_AUTOLINK = re.compile(r"(?i)(?<=[a-z])(:)(?=//)|\b(www)(\.)|(@)")


def no_autolink(text: str) -> str:
    """Break what the chat's markdown would turn into a link by itself (bare URLs, www., e-mail):
    a notice's text is shown, never made clickable. The entities display the same characters.

    >>> no_autolink("详见 http://www.gov.cn 或 a@b.cn")
    '详见 http&#58;//www&#46;gov.cn 或 a&#64;b.cn'
    """
    return _AUTOLINK.sub(lambda m: m.group(0).replace(":", "&#58;").replace(".", "&#46;").replace("@", "&#64;"), text)


def md_text(text: str) -> str:
    """Escape text for a markdown message: html.escape's characters plus markdown/LaTeX syntax and
    bare links (no_autolink)."""
    return no_autolink(text.translate(_MD_ESCAPES))


def short_path(path: str, limit: int = PATH_PART_CHARS) -> str:
    """'二、巡视反馈… > (一)关于… > 1.…' with every long part cut to `limit` characters."""
    parts = [p if len(p) <= limit else p[:limit] + "…" for p in path.split(" > ")]
    return " › ".join(parts)


def cited_window(text: str, sections, start: int, end: int, limit: int = SECTION_CHARS) -> tuple[int, int, bool, bool]:
    """(a, b, cut_before, cut_after): the quote's deepest section whole, or `limit` characters of it around
    the quote; the flags say whether the shown part was cut out of a longer section."""
    sec = None
    for s in sections:
        if s.start <= start < s.end and (sec is None or s.depth >= sec.depth):
            sec = s
    a, b = (sec.start, max(sec.end, end)) if sec is not None else (max(0, start - CONTEXT_CHARS), end + CONTEXT_CHARS)
    a, b = max(0, a), min(len(text), b)
    lo, hi = a, b
    if b - a > limit:
        room = max(CONTEXT_CHARS, (limit - (end - start)) // 2)
        a, b = max(a, start - room), min(b, end + room)
    if sec is None:
        return a, b, a > 0, b < len(text)
    return a, b, a > lo, b < hi


def highlighted(text: str, a: int, b: int, start: int, end: int, cut_before: bool = False,
                cut_after: bool = False) -> str:
    """text[a:b] escaped (outer blank lines dropped), text[start:end] inside <mark>; … where the part was cut."""
    before = text[a:start].lstrip()
    after = text[end:b].rstrip()
    return (f"{'…' if cut_before else ''}{esc(before)}<mark>{esc(text[start:end])}</mark>{esc(after)}"
            f"{'…' if cut_after else ''}")


def citation_card_html(c, index: Index | None, anchor: str) -> str:
    """One citation: title, issuer/date/文号, section path, the section text with the quote highlighted."""
    rec = index.records.get(c.notice_id) if index is not None and getattr(c, "notice_id", "") else None
    meta = ""
    if rec is not None and rec.notice.text[c.start:c.end] == c.quote:
        n = rec.notice
        a, b, cut_before, cut_after = cited_window(n.text, rec.sections, c.start, c.end)
        body = highlighted(n.text, a, b, c.start, c.end, cut_before, cut_after)
        meta = " · ".join(esc(x) for x in (n.issuer, n.date, n.doc_number) if x)
    else:  # notice removed since the answer, or offsets do not match: show the quote alone
        body = f"<mark>{esc(c.quote)}</mark>"
    section = c.section or "（导语）"
    return (f'<div class="cite-card" id="{esc(anchor)}">'
            f'<div class="cite-head"><span class="cite-n">[{int(c.n)}]</span>《{esc(c.title)}》</div>'
            + (f'<div class="cite-meta">{meta}</div>' if meta else "") +
            f'<div class="cite-section" title="{esc(section)}">{esc(short_path(section))}</div>'
            f'<div class="cite-text">{body}</div>'
            f'<div class="cite-doc">{esc(c.doc)}{page_label(c)} · 第 {int(c.start)}–{int(c.end)} 字</div></div>')


def page_label(c) -> str:
    """' · 第N页' for a citation of a PDF page, '' when its page is unknown."""
    page = int(getattr(c, "page", 0) or 0)
    return f' · <span class="cite-page">第{page}页</span>' if page else ""


def panel_html(groups: list[str]) -> str:
    """All groups of a conversation; the latest is shown, clicking an older [n] shows its group (see ui.app JS)."""
    if not groups:
        return PANEL_PLACEHOLDER
    last = len(groups) - 1
    return "".join(f'<div class="cite-group{" active" if i == last else ""}" id="cite-group-{i + 1}">{g}</div>'
                   for i, g in enumerate(groups))


def status_html(settings: Settings, index: Index | None, problem: str = "") -> str:
    """The state of the knowledge base and how answers are made, in plain words (details in the tooltip)."""
    search = "按关键词查找" if settings.embeddings == "none" else "按关键词和语义查找"
    llm = "大模型撰写并核对引用" if settings.llm_enabled else "直接摘录通报原文"
    size = (f"知识库：通报 {len(index.records)} 篇" if index is not None
            else f'<span class="nq-warn">知识库暂不可用：{esc(problem)}</span>')
    detail = f"检索模型 {settings.embeddings}；索引存放："
    detail += f"服务器 {settings.chroma_host}:{settings.chroma_port}" if settings.chroma_host else "本机"
    if settings.llm_enabled:
        detail += f"；大模型 {settings.llm_model}"
    return (f'<span title="{esc(detail)}"><span>{size}</span> ｜ <span>查找方式：{search}</span> ｜ '
            f'<span>回答方式：{llm}</span></span>')


def message_html(text: str, kind: str = "info") -> str:
    """A short notice line under a form: kind is info, ok or error."""
    if not text:
        return ""
    return f'<div class="nq-msg nq-msg-{esc(kind)}">{esc(text)}</div>'


def chips_html(counts: dict[str, int], total_label: str = "合计") -> str:
    """Counts as small labelled chips, largest first."""
    total = sum(counts.values())
    chips = [f'<span class="nq-chip nq-chip-total">{esc(total_label)} {total}</span>']
    ordered = sorted(counts.items(), key=lambda kv: -kv[1])
    chips += [f'<span class="nq-chip">{esc(k)} {int(v)}</span>' for k, v in ordered]
    return '<div class="nq-chips">' + "".join(chips) + "</div>"


def section_tree_html(record) -> str:
    """A notice's section tree as nested <details> (top level open), with each section's chunk count."""
    n = record.notice
    chunks: dict[int, int] = {}
    for c in record.chunks:
        chunks[c.section_index] = chunks.get(c.section_index, 0) + 1
    children: dict[int, list] = {}
    for s in record.sections:
        children.setdefault(s.parent, []).append(s)

    def node(s) -> str:
        heading = s.heading if len(s.heading) <= 80 else s.heading[:80] + "…"
        label = f'<span class="tree-label">{esc(s.marker)}{esc(heading)}</span>' \
                f'<span class="tree-count">{chunks.get(s.index, 0)} 段</span>'
        kids = children.get(s.index, [])
        if not kids:
            return f'<li class="tree-leaf">{label}</li>'
        opened = " open" if s.depth == 1 else ""
        inner = "".join(node(k) for k in kids)
        return f'<li><details{opened}><summary>{label}</summary><ul>{inner}</ul></details></li>'

    meta = " · ".join(esc(x) for x in (n.issuer, n.date, n.doc_number) if x)
    head = (f'<div class="tree-title">《{esc(n.title)}》</div><div class="cite-meta">{meta}</div>'
            f'<div class="cite-doc">{esc(n.doc)} · {len(record.sections)} 个章节 · {len(record.chunks)} 个检索段落 · '
            f'{len(n.text)} 字</div>')
    top = children.get(-1, [])
    if not top:
        return head + '<div class="cite-empty">这篇通报没有识别出章节标题。</div>'
    return head + f'<ul class="nq-tree">{"".join(node(s) for s in top)}</ul>'
