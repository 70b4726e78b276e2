"""Split a web page's text into metadata and the notice body, without touching the body.

Leading web chrome (banners, date lines, language switches) and trailing chrome
(copyright, share links, `| 政策解读`) are dropped. The title and metadata lines
(索引号, 发布机构, 来源, 发文字号 …) stay at the top of the text, verbatim, so they
can be quoted, and are also returned as fields. Every body line is kept as it is.

Example:
    >>> c = clean_text("简体| 繁體\\n关于某事的通报\\n来源: 某局\\n\\n一、总体情况\\n正文。\\n| 政策解读")
    >>> c.meta["issuer"], c.body
    ('某局', '关于某事的通报\\n来源: 某局\\n\\n一、总体情况\\n正文。')
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

# Whole lines that are web chrome wherever they stand in the header or footer.
CHROME = re.compile(
    r"^\s*(头部背景图|今天是.*|简体\s*\|.*|繁[體体].*|政务公开|无障碍.*|长者模式|天津政务网.*|党政机关.*"
    r"|网站标识码.*|版权所有.*|主办单位.*|.*ICP备.*|\|\s*(政策解读|相关政策|相关报道).*|[•·]?\s*上一篇.*"
    r"|[•·]?\s*下一篇.*|Produced By.*|文章关键字.*|附件[:：]?|打印.*|关闭.*|分享到.*|【?\s*打印本页.*"
    r"|(\d{4}-\d{1,2}-\d{1,2})(\s+\d{1,2}:\d{2}(:\d{2})?)?|\d{4}年\d{1,2}月\d{1,2}日星期.*|\(此件主动公开\)|（此件主动公开）"
    r"|[\s\u00a0]*)$"
)
# label: value metadata (label and value on one line, several pairs per line).
# Traditional forms ([号號], [发發] …) are for Big5 / traditional-Chinese notices.
LABELS = {
    "index_number": r"索\s*引\s*[号號]",
    "issuer": r"[发發]\s*[布佈]\s*[机機]\s*[构構]|信息[来來]源|[来來]\s*源",
    "date": r"[发發][布佈][日时時][期间間]|[发發]\s*文\s*日\s*期|成\s*文\s*日\s*期",
    "doc_number": r"[发發]\s*文\s*字\s*[号號]|文\s*[号號]",
    "title": r"[标標]\s*[题題]|名\s*[称稱]",
    "other": r"组配分类|统一编号|有\s*效\s*性|主\s*题|浏览次数|访问次数|字体|分享|主题分类",
}
_LABEL_RE = re.compile(r"(?P<label>" + "|".join(f"(?:{v})" for v in LABELS.values()) + r")\s*[:：]")
_DOCNO_LINE = re.compile(r"^\s*[\u4e00-\u9fff]{1,10}〔\d{2,4}[^\n]{0,12}$")
_TITLE_HINT = re.compile(r"(关于|關於|通[报報]|通知|公[开開]|公告|意[见見]|方案|要[点點]|[报報]告)")


@dataclass(frozen=True)
class Cleaned:
    meta: dict[str, str] = field(default_factory=dict)
    body: str = ""


def _label_key(label: str) -> str:
    for key, pattern in LABELS.items():
        if re.fullmatch(pattern, label):
            return key
    return "other"


def _parse_label_line(line: str) -> dict[str, str] | None:
    """`• 发布机构: 济南市城市管理局 统一编号:` -> {'issuer': '济南市城市管理局'}; None if no label."""
    stripped = line.strip().lstrip("•·").strip()
    matches = list(_LABEL_RE.finditer(stripped))
    if not matches:
        return None
    found: dict[str, str] = {}
    prefix = stripped[: matches[0].start()].strip()
    if prefix and not re.fullmatch(r"[\d\-:\s]+", prefix):
        return None  # a sentence that merely contains '来源:' is body text
    if prefix:
        found["date"] = prefix
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(stripped)
        value = stripped[m.end():end].strip()
        key = _label_key(re.sub(r"\s", "", m.group("label")))
        if value and key not in found:
            found[key] = value
    return found


def _normalize_date(raw: str) -> str:
    m = re.search(r"(\d{4})[-年/.](\d{1,2})[-月/.](\d{1,2})", raw)
    return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}" if m else ""


def _is_title_piece(line: str, title: str) -> bool:
    s = line.strip()
    return bool(s) and bool(title) and len(s) >= 4 and s in title.replace("\n", "")


def _looks_like_title(line: str) -> bool:
    s = line.strip()
    return 8 <= len(s) <= 80 and bool(_TITLE_HINT.search(s)) and not re.search(r"[,，。;；]", s)


def _header_end(lines: list[str], meta: dict[str, str], chrome: set[int]) -> int:
    """Index of the first body line; fills `meta` and the indexes of `chrome` lines."""
    i, pending_label = 0, None
    while i < len(lines):
        line = lines[i]
        s = line.strip()
        if pending_label is not None:  # value line after a bare 'label:' line
            if s and _LABEL_RE.match(s.lstrip("•· ")):
                pending_label = None  # empty value: reread this line as a label
                continue
            if s:
                meta.setdefault(pending_label, s)
                pending_label = None
            i += 1
            continue
        if CHROME.match(line):
            chrome.add(i)
            if s and "date" not in meta and _normalize_date(s) and "星期" not in s:
                meta["date"] = s
            i += 1
            continue
        bare = re.fullmatch(r"[•·]?\s*(" + _LABEL_RE.pattern + r")\s*", s)
        if bare:
            pending_label = _label_key(re.sub(r"\s|[:：]", "", bare.group(1)))
            i += 1
            continue
        pairs = _parse_label_line(line)
        if pairs is not None:
            for k, v in pairs.items():
                meta.setdefault(k, v)
            i += 1
            continue
        if _DOCNO_LINE.match(line):
            meta.setdefault("doc_number", s)
            i += 1
            continue
        if _is_title_piece(line, meta.get("title", "")) or ("title" not in meta and _looks_like_title(line)):
            meta.setdefault("title", s)
            i += 1
            continue
        break
    return i


def _footer_start(lines: list[str], start: int) -> int:
    j = len(lines)
    while j > start and CHROME.match(lines[j - 1]):
        j -= 1
    return j


def clean_text(raw: str) -> Cleaned:
    """Separate metadata and chrome from the notice body (body lines verbatim)."""
    lines = raw.split("\n")
    meta: dict[str, str] = {}
    chrome: set[int] = set()
    start = _header_end(lines, meta, chrome)
    end = _footer_start(lines, start)
    header = [ln for i, ln in enumerate(lines[:start]) if i not in chrome and ln.strip()]
    body = "\n".join(header + ([""] if header else []) + lines[start:end])
    meta = {k: v for k, v in meta.items() if k != "other"}
    if "date" in meta:
        meta["date"] = _normalize_date(meta["date"])
    if not meta.get("issuer") and meta.get("title"):
        m = re.match(r"^(.+?)(关于|關於|印[发發])", meta["title"])
        if m:
            meta["issuer"] = m.group(1)
    if meta.get("doc_number") and not re.search(r"〔", meta["doc_number"]):
        meta.pop("doc_number")
    return Cleaned(meta=meta, body=body)
