"""Split a notice's text into its head (title, metadata), its body and web-page chrome.

The head is read by the genre's cues (retrieval.load.header): a line's position before the
body, labels and separators, URL/date/counter/font-size shapes, repetition of the title.
Everything before the title that is not metadata is page furniture (breadcrumbs, channel
names), but for a page's outline of the notice (its table of contents, kept above the title); after the title, metadata, bylines and repeats of
the title (kept as published) run until the first body line (a sentence, an addressee line, a heading). The title
and metadata lines stay at the top of the cleaned text, verbatim, so they can be quoted;
chrome lines are dropped wherever they stand, and so are page markers (`- 2 -`) of run-on
pages. Body lines are never rewritten, but for one character-for-character change made before all this
(`retrieval.load.half_width`): full-width digits (２０２３年, １．０５亿元) are read as the digits staff type, so a
question's 2023 finds them; lengths and offsets are unchanged, and quotes show the text so read.

Example:
    >>> c = clean_text("当前位置:首页 > 通知公告\\n关于某事的通报\\n来源: 某局\\n\\n一、总体情况\\n正文。\\n| 政策解读")
    >>> c.meta["issuer"], c.meta["title"], c.body
    ('某局', '关于某事的通报', '关于某事的通报\\n来源: 某局\\n\\n一、总体情况\\n正文。')
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from genre import load_genre
from genre.places import find_places
from retrieval.load.header import (
    G,
    Line,
    classify,
    date_rank,
    normal_date,
    split_source,
    title_shape,
)

HEAD_WINDOW = 60          # lines looked at for the head; a notice's head is far shorter
HEAD_KEEP = ("meta", "docno", "byline", "subtitle")
PAGE_OUTLINE_MIN = 2      # heading lines before a title that make a page's outline of the notice (目录)
FIRST_HEADING = re.compile(r"^(?:一[、.．]|[(（]一[)）]|1[.、．](?!\d)|第一(?:部分|章))")   # an outline starts at its first part
_VALUES = {r.name: r.pattern for r in load_genre().metadata_values}


@dataclass(frozen=True)
class Cleaned:
    meta: dict[str, str] = field(default_factory=dict)
    body: str = ""
    header_end: int = 0   # offset in `body` where the notice proper starts (after title and metadata)


def _norm(s: str) -> str:
    return re.sub(r"[\s\u3000]", "", s)


def _classify_head(lines: list[str]) -> list[Line]:
    kinds: list[Line] = []
    pending = ""
    for line in lines[:HEAD_WINDOW]:
        k = classify(line, pending)
        kinds.append(k)
        if k.kind != "blank":
            pending = k.pending if len(k.fields) == 1 else ""
    return kinds


def _title_block(lines: list[str], kinds: list[Line], t: int, stop: int) -> tuple[str, str, list[int]]:
    """(title, 文号 after it, line indexes) of a title starting at line t, joined across line breaks."""
    if kinds[t].kind == "meta":
        return next(v for f, _, v in kinds[t].fields if f == "title"), "", [t]
    title, docno = title_shape(lines[t]) or (lines[t].strip(), "")
    parts = [t]
    j = t + 1
    while not G.header.title_ending.search(_norm(title)) and j < stop and len(parts) < 3:
        if kinds[j].kind == "blank":
            j += 1
            continue
        s = lines[j].strip()
        if kinds[j].kind not in ("title", "other") or len(title) + len(s) > 100 or re.search(r"[，,。；;:：]", s):
            break
        title, parts, j = title + s, parts + [j], j + 1
    if len(parts) > 1 and not G.header.title_ending.search(_norm(title)):
        return (title_shape(lines[t]) or (lines[t].strip(), ""))[0], docno, [t]
    title, parts = _organ_line_before(lines, kinds, title, parts)
    nxt = next((i for i in range(parts[-1] + 1, stop) if kinds[i].kind != "blank"), None)
    if nxt is not None and kinds[nxt].kind == "title" and len(parts) == 1:  # 工作要点\n和任务分解表的通知
        piece = lines[nxt].strip()
        if not G.header.title_about.search(piece) and len(piece) < len(title) and len(title + piece) <= 100:
            return title + piece, docno, parts + [nxt]
    return title, docno, parts


def _organ_line_before(lines: list[str], kinds: list[Line], title: str, parts: list[int]) -> tuple[str, list[int]]:
    """A 关于… title whose issuing organ stands on the line above it (GB/T 9704 breaks a long title after the
    organ: 中共某市某局党组\n关于巡察整改进展情况的通报): the organ joined in front."""
    if not G.header.title_about.match(_norm(title)):
        return title, parts
    p = next((i for i in range(parts[0] - 1, -1, -1) if kinds[i].kind != "blank"), None)
    if p is None or kinds[p].kind not in ("title", "other") or not G.header.signature_organ.fullmatch(lines[p]):
        return title, parts
    return lines[p].strip(" \t\u3000") + title, [p, *parts]


def read_head(lines: list[str]) -> tuple[dict[str, str], list[int], int]:
    """(metadata, indexes of head lines to keep, index of the first body line)."""
    kinds = _classify_head(lines)
    prose = next((i for i, k in enumerate(kinds) if k.kind == "prose"), len(kinds))
    label_title = next((v for k in kinds[:prose] for f, _, v in k.fields if f == "title" and v), "")
    t = next((i for i, k in enumerate(kinds[:prose]) if k.kind == "title"
              or (k.kind == "meta" and any(f == "title" and v for f, _, v in k.fields))), None)
    if t is None:  # a news-style title: the first line, shaped like a title, right above the metadata
        first = next((i for i, k in enumerate(kinds[:prose]) if k.kind not in ("blank", "chrome")), None)
        after = next((k for k in kinds[first + 1:prose] if k.kind != "blank"), None) if first is not None else None
        if first is not None and kinds[first].extra.get("title_like") and after is not None and after.kind == "meta":
            kinds[first] = Line("title")
    meta: dict[str, str] = {}
    keep: list[int] = []
    title_lines: list[int] = []
    if t is not None:
        title, docno, title_lines = _title_block(lines, kinds, t, prose)
        meta["title"] = label_title or title
        if docno:
            meta["doc_number"] = docno
        keep += [i for i in range(t) if kinds[i].kind in HEAD_KEEP]  # the rest before the title is chrome
        keep += _page_outline(lines, kinds, t)   # ... but a page's own outline of the notice (目录) is kept
        keep += title_lines
        i = title_lines[-1] + 1
    else:
        i = 0
    seen_title = _norm(meta.get("title", ""))
    while i < len(kinds):
        k, s = kinds[i], _norm(lines[i])
        if k.kind in HEAD_KEEP:
            keep.append(i)
        elif k.kind in ("title", "other") and seen_title and len(s) >= 4 and s in seen_title:
            keep.append(i)  # the title printed again, whole or in pieces: kept, as published
        elif k.kind == "marker" and seen_title and (toc := _contents_after_title(lines, kinds, i)):
            keep += toc   # the notice's outline listed under its title, the body starting over at its first part
            i = toc[-1]
        elif k.kind == "title" and t is None and i < prose:
            t = i  # no title yet: a title after metadata
            title, docno, title_lines = _title_block(lines, kinds, i, prose)
            meta["title"], seen_title = label_title or title, _norm(label_title or title)
            if docno:
                meta.setdefault("doc_number", docno)
            keep += title_lines
            i = title_lines[-1]
        elif k.kind not in ("blank", "chrome"):
            break
        i += 1
    _read_fields([kinds[j] for j in sorted(keep)], meta)
    return meta, sorted(set(keep)), i


def _page_outline(lines: list[str], kinds: list[Line], t: int) -> list[int]:
    """Lines before the title that list the notice's outline (一、… (一)… 四、…: a page's table of contents): at least
    PAGE_OUTLINE_MIN heading lines from a first heading on. A notice cut short on the page (an excerpt) keeps its
    whole outline there, with what each part holds (…方面(7个问题)); kept above the title, never read as sections."""
    marked = [i for i in range(t) if kinds[i].kind == "marker"]
    if len(marked) < PAGE_OUTLINE_MIN or not FIRST_HEADING.match(lines[marked[0]].strip()):
        return []
    return marked


def _contents_after_title(lines: list[str], kinds: list[Line], i: int) -> list[int]:
    """Heading lines from line I on that list the notice's outline under its title (a table of contents, 目录): at
    least PAGE_OUTLINE_MIN headings in a row from a first heading (一、…), the outline starting over below them at a
    line that opens with the first of them (一、提高政治站位 … 四、…, then 一、提高政治站位,统一思想认识). [] otherwise:
    a body's own first heading is never written twice.

    >>> _contents_after_title(["一、提高站位", "二、加强领导", "正文。", "一、提高站位,统一认识"], _classify_head(
    ...     ["一、提高站位", "二、加强领导", "正文。", "一、提高站位,统一认识"]), 0)
    [0, 1]
    """
    run = []
    for j in range(i, len(kinds)):
        if kinds[j].kind == "marker":
            run.append(j)
        elif kinds[j].kind != "blank":
            break
    first = _norm(lines[i]) if run else ""
    if len(run) < PAGE_OUTLINE_MIN or not FIRST_HEADING.match(first):
        return []
    return run if any(_norm(ln).startswith(first) for ln in lines[run[-1] + 1:]) else []


def _read_fields(kept: list[Line], meta: dict[str, str]) -> None:
    """Issuer, source, date, 文号 and 索引号 from the kept head lines."""
    dates: list[tuple[int, int, str]] = []
    for n, k in enumerate(kept):
        for f, label, value in k.fields:
            if f in ("issuer", "source") and value:
                value, stray = split_source(value)
                if G.header.internal_unit.search(value):
                    value = ""  # 来源:法规督考科 names a section of the issuer, not the issuer
                if stray:
                    dates.append((len(G.header.date_preference), n, stray))
                if value:
                    meta.setdefault(f, value)
            elif f == "date" and value:
                dates.append((date_rank(label) if label else len(G.header.date_preference), n, value))
            elif f == "doc_number" and _VALUES["doc_number"].search(value):
                meta.setdefault("doc_number", value)
            elif f == "index_number" and value and value != "无":
                meta.setdefault("index_number", value)
            elif f == "title" and value:
                meta.setdefault("title", value)
        if k.kind == "byline":
            meta.setdefault("byline", k.extra["org"])
        if k.kind == "subtitle" and k.extra.get("date"):
            dates.append((len(G.header.date_preference) + 1, n, k.extra["date"]))
    for _, _, raw in sorted(dates):
        if normal_date(raw):
            meta["date"] = normal_date(raw)
            break


def read_signature(lines: list[str]) -> tuple[str, str]:
    """(organ, date) of the first 落款: an organ line followed, after blank lines, by a date line."""
    for i, line in enumerate(lines):
        m = G.header.signature_organ.match(line)
        if not m:
            continue
        nxt = next((ln.strip() for ln in lines[i + 1:i + 4] if ln.strip()), "")
        if nxt and normal_date(nxt) and len(nxt) <= 20:
            return m.group("org").strip(), normal_date(nxt)
    return "", ""


def read_preamble_party(text: str) -> str:
    """The inspected body named by the opening sentence (…巡察组对市司法局党组开展了巡察)."""
    m = G.header.preamble_party.search(text[:3000])
    if not m:
        return ""
    org = m.group("org").strip()
    return org + G.header.region_party if find_places(org) and org.endswith(G.header.region_ends) else org


def _is_chrome(line: str) -> bool:
    cue = G.chrome_cue(line)
    return (cue is not None and cue != "page_date") or any(p.pattern.match(line) for p in G.page_markers)


def _footer_start(lines: list[str], start: int) -> int:
    """First line of the page's footer: chrome lines, and an empty 附件 label, at the very end."""
    j = len(lines)
    while j > start:
        s = lines[j - 1].strip()
        if not s or _is_chrome(lines[j - 1]) or (re.fullmatch(r"附件\s*[:：]?", s) and j == _last_text(lines, start) + 1):
            j -= 1
            continue
        break
    return j


def _last_text(lines: list[str], start: int) -> int:
    return max((i for i in range(start, len(lines)) if lines[i].strip() and not _is_chrome(lines[i])), default=start)


def clean_text(raw: str) -> Cleaned:
    """Separate metadata and chrome from the notice body (body lines verbatim)."""
    lines = raw.split("\n")
    meta, keep, start = read_head(lines)
    end = _footer_start(lines, start)
    header = [lines[i] for i in keep if lines[i].strip()]
    body_lines = [ln for ln in lines[start:end] if not _is_chrome(ln)]
    prefix = "\n".join(header) + "\n\n" if header else ""
    body = prefix + "\n".join(body_lines)
    org, signed = read_signature(body_lines)
    if org:
        meta["signature"] = org
    if signed:
        meta["signature_date"] = signed
    meta.setdefault("date", signed or "")
    meta["issuer"] = (meta.get("issuer") or meta.get("source") or _issuer_in_title(meta.get("title", ""))
                      or meta.get("byline") or org or read_preamble_party("\n".join(body_lines)))
    return Cleaned(meta={k: v for k, v in meta.items() if v}, body=body, header_end=len(prefix))


def _issuer_in_title(title: str) -> str:
    """The organ a title starts with: `X关于…`, `X印发…`, or a news title `鞍山市自然资源局认真做好…`."""
    m = re.match(r"^(.+?)(?:关于|關於|印[发發])", title) or G.header.title_organ.match(title)
    return m.group(1).strip() if m else ""
