"""HTML pages RECONSTRUCTED from the dev notices' own text, laid out the way government portals do.

We hold no HTML pages of notices (tests/data/notices-dev/ is the text as published), so this builds
them: the notice's chrome lines (gold `chrome`) go into breadcrumb/nav elements, its metadata lines
into an info block under an <h1> title, the body (from gold `body_start`) into a content element
with one <p> per line, and a portal's usual furniture is added around it (menu, accessibility bar,
font-size/print toolbar, share bar, previous/next links, footer). Three layouts are used, one per
notice in turn (mixed across the dev/test split): a div portal (#zoom content), an HTML5 page (header/nav/main/article/footer), and
an old table layout. Every furniture line the generator adds is returned with the page, so a
measure can check that none is left in the text. These are reconstructed layouts, not real pages.

Example:
    >>> page = build_page(Path("tests/data/notices-dev/d08_lusong-justice-bureau-inspection.txt"), gold)
    >>> page.layout, page.html.startswith("<!DOCTYPE html>")
    ('div', True)
"""
from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

LAYOUTS = ("div", "html5", "table")
MENU = ["网站首页", "政务公开", "政务服务", "互动交流", "走进本单位"]
TOP_BAR = ["无障碍", "长者模式", "繁體版", "English"]
TOOLBAR = "【字体:大 中 小】【打印本页】【关闭窗口】"
SHARE = "分享到:"
PREV_NEXT = ["上一篇:关于做好有关工作的通知", "下一篇:没有了"]
FOOTER = ["主办单位:本单位办公室  承办:本单位信息中心", "网站标识码:0000000000  备案号:ICP备00000000号",
          "地址:某某路1号  联系电话:0000-00000000"]
BREADCRUMB = "当前位置:首页 > 政务公开 > 通知公告"


@dataclass(frozen=True)
class Page:
    name: str
    layout: str
    html: str
    added_chrome: tuple[str, ...]   # furniture lines the generator added (none may reach the text)


def _split(lines: list[str], gold: dict) -> tuple[list[str], list[str], list[str], list[str], list[str]]:
    """(chrome, metadata, title, other head lines, body lines) of a notice file, by its gold labels."""
    chrome, meta = {c.strip() for c in gold["chrome"]}, {m.strip() for m in gold["metadata_lines"]}
    titles = {t for t in [gold["title"], *gold.get("title_lines", []), *gold.get("title_variants", [])] if t}
    start = next(i for i, ln in enumerate(lines) if gold["body_start"][:12] in ln)
    head = [ln.strip() for ln in lines[:start] if ln.strip()]
    body = [ln.strip() for ln in lines[start:] if ln.strip() and ln.strip() not in chrome]
    return ([ln for ln in head if ln in chrome], [ln for ln in head if ln in meta],
            [ln for ln in head if ln in titles], [ln for ln in head if ln not in chrome | meta | titles], body)


def _p(lines: list[str], tag: str = "p") -> str:
    return "".join(f"<{tag}>{html.escape(ln)}</{tag}>" for ln in lines)


def build_page(path: Path, gold: dict, layout: str | None = None) -> Page:
    """The notice at PATH as an HTML page of one layout (by default the notice's turn among LAYOUTS)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    chrome, meta, titles, other, body = _split(lines, gold)
    number = int(path.name[1:3]) if path.name[1:3].isdigit() else 0
    layout = layout or LAYOUTS[(number + number // 3) % len(LAYOUTS)]  # every layout on each split
    title = titles[0] if titles else ""
    head_title = html.escape((title or body[0][:20]) + "_门户网站")
    crumbs = chrome or [BREADCRUMB]
    added = [*MENU, *TOP_BAR, TOOLBAR, SHARE, *PREV_NEXT, *FOOTER] + ([] if chrome else [BREADCRUMB])
    h1 = f"<h1>{html.escape(title)}</h1>" if title else ""
    info, more, content = _p(meta, "span"), _p(other, "div"), _p(body)
    if layout == "div":
        page = (f"<div class=\"top-bar\">{_p(TOP_BAR, 'a')}</div>"
                f"<div class=\"header\"><div class=\"logo\">门户网站</div><ul class=\"menu\">{_p(MENU, 'li')}</ul></div>"
                f"<div class=\"position\">{_p(crumbs, 'div')}</div>"
                f"<div class=\"article\">{h1}<div class=\"info\">{info}</div>{more}"
                f"<div class=\"toolbar\">{html.escape(TOOLBAR)}</div>"
                f"<div id=\"zoom\" class=\"content\">{content}</div>"
                f"<div class=\"share\">{SHARE}</div><div class=\"prev-next\">{_p(PREV_NEXT)}</div></div>"
                f"<div class=\"footer\">{_p(FOOTER)}</div>")
    elif layout == "html5":
        page = (f"<header><div class=\"access\">{_p(TOP_BAR, 'a')}</div><h2>门户网站</h2>"
                f"<nav class=\"menu\"><ul>{_p(MENU, 'li')}</ul></nav></header>"
                f"<nav class=\"breadcrumb\">{_p(crumbs, 'div')}</nav>"
                f"<main><article>{h1}<div class=\"meta\">{info}</div>{more}"
                f"<div class=\"tools\">{html.escape(TOOLBAR)}</div>"
                f"<section class=\"article-content\">{content}</section>"
                f"<aside class=\"share\">{SHARE}</aside><div class=\"pager\">{_p(PREV_NEXT)}</div></article></main>"
                f"<footer>{_p(FOOTER)}</footer>")
    else:
        page = (f"<table width=\"1000\"><tr><td>{_p(TOP_BAR, 'a')}</td></tr>"
                f"<tr><td class=\"menu\">{_p(MENU, 'a')}</td></tr>"
                f"<tr><td class=\"nav\">{_p(crumbs, 'div')}</td></tr>"
                f"<tr><td align=\"center\">{h1}</td></tr><tr><td class=\"info\">{info}{more}</td></tr>"
                f"<tr><td>{html.escape(TOOLBAR)}</td></tr>"
                f"<tr><td class=\"content\">{content}</td></tr>"
                f"<tr><td>{SHARE}{_p(PREV_NEXT)}</td></tr>"
                f"<tr><td class=\"footer\">{_p(FOOTER)}</td></tr></table>")
    doc = (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{head_title}</title>"
           f"<script>var siteId = 1;</script><style>p {{ text-indent: 2em; }}</style></head><body>{page}</body></html>")
    return Page(path.name, layout, doc, tuple(added))
