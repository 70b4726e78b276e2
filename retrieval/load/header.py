"""What each line at the head of a notice is: chrome, metadata, title, byline, prose …

Every shape comes from the genre data (genre/data/metadata.toml, chrome.toml, outline.toml);
this module only reads lines with them. `classify` looks at one line; `read_values` turns the
metadata lines into fields.

Example:
    >>> classify("当前位置:首页 > 政务公开 > 通知公告").kind
    'chrome'
    >>> classify("中共莆田市司法局党组关于巡察整改进展情况的通报").kind
    'title'
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from genre import load_genre

G = load_genre()
_VALUES = {r.name: r.pattern for r in G.metadata_values}
_SENTENCE = re.compile(r"[，,。；;！？!?]")
_SALUTATION = re.compile(r"^[^，,。；;]{2,80}[:：]\s*$")
_NAMED_DATE = re.compile(r"^(?P<src>[\u4e00-\u9fff]{2,20})\s+(?P<date>" + _VALUES["date"].pattern.replace("(?P<", "(?P<n_") + r")\s*$")
_DATE_LEAD = re.compile(r"^[\s\u3000•·]*(?:" + _VALUES["date"].pattern + r")")


@dataclass(frozen=True)
class Line:
    kind: str   # blank | chrome | meta | title | subtitle | byline | docno | prose | marker | other
    fields: tuple[tuple[str, str, str], ...] = ()   # (field, label as written, value) of a meta line
    pending: str = ""                                # a bare `label:` whose value is on the next line
    extra: dict[str, str] = field(default_factory=dict, compare=False)


def title_shape(line: str) -> tuple[str, str] | None:
    """(title, 文号 in brackets after it or '') when the line is shaped like a title, else None.

    >>> title_shape("【巡察整改】中共某局党组关于巡察整改进展情况的通报")
    ('中共某局党组关于巡察整改进展情况的通报', '')
    """
    s = line.strip().lstrip("•· \u3000")
    tag = _VALUES["column_tag"].match(s)
    if tag:
        s = s[tag.end():].strip()
    docno = ""
    m = G.header.title_doc_number.search(s)
    if m:
        docno, s = m.group("docno"), s[:m.start()].strip()
    if not 6 <= len(s) <= 100 or _SENTENCE.search(s) or re.search(r"[:：|>]", s) or s[0] in "—-–(（":
        return None
    if G.marker_of(s) or _DATE_LEAD.match(s):
        return None
    compact = re.sub(r"\s", "", s)
    if G.header.title_about.search(compact) or G.header.title_ending.search(compact):
        return s, docno
    return None


def is_prose(line: str) -> bool:
    """A sentence of the body (the preamble, a paragraph) or an addressee line (各区…:)."""
    s = line.strip()
    if len(s) >= 20 and _SENTENCE.search(s) and not G.metadata_pairs(line):
        return True
    return bool(_SALUTATION.match(s)) and ("、" in s or s.startswith("各")) and not G.metadata_pairs(line)


def classify(line: str, pending: str = "") -> Line:
    """The kind of one head line; `pending` is the field of a bare label on the line before."""
    s = line.strip(" \t\u3000\u00a0")
    if not s:
        return Line("blank")
    pairs = G.metadata_pairs(line)
    if pending and not pairs:
        return Line("meta", ((pending, "", s),))
    cue = G.chrome_cue(line)
    if cue == "page_date" or (cue is None and _DATE_LEAD.match(line) and _only_meta_after_date(line)):
        return Line("meta", (("date", "", _DATE_LEAD.match(line).group().strip(" •·\u3000")),)
                    + tuple(G.metadata_pairs(line[_DATE_LEAD.match(line).end():])))
    if cue:
        return Line("chrome")
    named = _NAMED_DATE.match(s)
    if named:  # `建湖日报数字报 2024-07-12`: the page's source, then its date
        return Line("meta", (("outlet", "", named.group("src")), ("date", "", named.group("date"))))
    if pairs:
        bare = [f for f, _, v in pairs if not v]
        return Line("meta", tuple(pairs), pending=bare[-1] if bare and pairs[-1][2] == "" else "")
    if _VALUES["doc_number"].fullmatch(s) or _VALUES["index_number"].fullmatch(s):
        return Line("docno", (("doc_number" if "〔" in s or "号" in s else "index_number", "", s),))
    if re.fullmatch(r"[\u4e00-\u9fff]{1,10}〔\d{2,6}", s):
        return Line("docno")  # a 文号 damaged in copying (津城管办〔201948): metadata, no value
    if G.header.byline.match(s):
        return Line("byline", extra={"org": G.header.byline.match(s).group("org")})
    sub = G.header.subtitle.match(s)
    if sub:
        return Line("subtitle", extra={"date": sub.groupdict().get("date") or ""})
    if is_prose(line):
        return Line("prose")
    if G.marker_of(line):
        return Line("marker")
    if title_shape(line):
        return Line("title")
    if 8 <= len(s) <= 80 and not _SENTENCE.search(s) and not re.search(r"[:：|>]", s):
        return Line("other", extra={"title_like": "1"})  # a title only if metadata follows it
    return Line("other")


def _only_meta_after_date(line: str) -> bool:
    rest = line[_DATE_LEAD.match(line).end():]
    return not rest.strip() or bool(G.metadata_pairs(rest)) or G.chrome_cue(rest) is not None


def normal_date(raw: str) -> str:
    """'2023年4月26日' / '2023-04-25 17:10' / '二〇二三年四月二十六日' -> '2023-04-26'; '' if none."""
    m = _VALUES["date"].search(raw or "")
    if m:
        return f"{m.group('y')}-{int(m.group('m')):02d}-{int(m.group('d')):02d}"
    m = _VALUES["date_cn"].search(raw or "")
    if m:
        digits = "〇一二三四五六七八九"
        year = "".join(str(digits.index(c)) if c in digits else "0" for c in m.group("y"))
        return f"{year}-{_cn_num(m.group('m')):02d}-{_cn_num(m.group('d')):02d}"
    return ""


def _cn_num(s: str) -> int:
    digits = "一二三四五六七八九"
    if "十" not in s:
        return digits.index(s) + 1 if s in digits else 0
    tens, _, ones = s.partition("十")
    return (digits.index(tens) + 1 if tens else 1) * 10 + (digits.index(ones) + 1 if ones else 0)


def split_source(value: str) -> tuple[str, str]:
    """'华容县政府   2021-03-23 10:56' -> ('华容县政府', '2021-03-23 10:56'): a date left in a value."""
    m = _VALUES["date"].search(value)
    if not m:
        return value.strip(), ""
    return (value[:m.start()] + value[m.end():]).strip(" |\u3000"), m.group()


def date_rank(label: str) -> int:
    """Preference of a date label (发布日期 before 公开日期 …); unlabelled dates come last."""
    compact = re.sub(r"\s", "", label)
    for i, word in enumerate(G.header.date_preference):
        if word in compact:
            return i
    return len(G.header.date_preference)
