"""The page's date asked is quoted with the source beside it: portals print a byline, who posted the notice and when,
as two pairs side by side on one header line (信息来源:广东省审计厅 发布日期:2022-10-09; 发布日期:2023-01-06 11:16信息来源:
宁波市审计局). Asked when the notice went up on the site (网上哪天发的), that line is one statement and is quoted whole;
the source asked alone is still quoted alone (answer.meta.asked_spans), and the line's furniture never is.

Example:
    >>> from answer.meta import MetaPair
    >>> t = "信息来源:广东省审计厅 发布日期:2022-10-09 分享:"
    >>> ps = [MetaPair("source", "信息来源", "广东省审计厅", 0, 11), MetaPair("date", "发布日期", "2022-10-09", 12, 27)]
    >>> t[slice(*byline_span(ps[1], ps, t))]
    '信息来源:广东省审计厅 发布日期:2022-10-09'
"""
from __future__ import annotations

BESIDE = ("source",)   # the pairs a byline prints beside its date: the page's 来源/信息来源 (genre metadata.toml [[label]])
GAP = " \t\u3000"      # what may stand between the two pairs of one byline: spaces only


def byline_span(date, pairs: list, text: str, quoted: set[int] = frozenset()) -> tuple[int, int]:
    """The span of the DATE pair with the source pair standing right before or after it on its line (only spaces
    between), among the header's PAIRS; the date pair alone when no source stands beside it, or when that source is
    quoted already (its start in QUOTED: the source asked too, joined with the date by answer.meta.side_by_side).

    >>> from answer.meta import MetaPair
    >>> t = "发布日期:2023-01-06 11:16 作者:张三"
    >>> byline_span(MetaPair("date", "发布日期", "2023-01-06 11:16", 0, 21), [], t)
    (0, 21)
    """
    a, b = date.start, date.end
    for p in pairs:
        if p.field not in BESIDE or p.start in quoted:
            continue
        if p.end <= a and not text[p.end:a].strip(GAP):
            a = p.start
        elif p.start >= b and not text[b:p.start].strip(GAP):
            b = p.end
    return a, b
