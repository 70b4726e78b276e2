"""The targets a plan sets as percentages ranked (genre worked.toml [ranked_targets]): 带百分比的目标，哪个定得最高？第二是哪个
of a work plan stating 重点人群签约覆盖率达85%以上 … 居民电子健康档案开放率达70%以上: the highest quoted first, then the next,
each cited, and the ranking said as worked out from the figures.

Example:
    >>> targets_ranked("带百分比的目标，哪个定得最高？第二是哪个", "覆盖率达85%以上,开放率达70%以上,素养水平达39%以上")[:2]
    [(0, 9, 85.0), (10, 19, 70.0)]
"""
from __future__ import annotations

import functools
import re

from answer.forms import cite
from answer.prepared import Prepared, Reply
from genre.data_files import section_patterns
from retrieval.index.opened import Index

NOTE = "（按通报所列带百分比的目标推算排序：{order}。）"


@functools.cache
def _rules() -> dict[str, re.Pattern[str]]:
    return section_patterns("worked.toml", "ranked_targets", ("asked", "extreme", "second", "third", "target"))


def targets_ranked(question: str, text: str) -> list[tuple[int, int, float]]:
    """The targets of TEXT as (start, end, figure), the way QUESTION ranks them (highest first unless the lowest is
    asked); [] unless it asks a percentage target's extreme and TEXT sets two targets or more."""
    r = _rules()
    extreme = r["extreme"].search(question)
    if not r["asked"].search(question) or not extreme:
        return []
    found = {(m.start("name"), m.end(), float(m.group("v"))) for m in r["target"].finditer(text)}
    if len(found) < 2:
        return []
    return sorted(found, key=lambda t: (-t[2] if extreme.group("high") else t[2], t[0]))


def ranked_targets_reply(index: Index, p: Prepared, nid: str) -> Reply | None:
    """The ranked targets of the notice NID asked (the first, and the next ones when asked), or None."""
    text = index.records[nid].notice.text
    ranked = targets_ranked(p.question, text)
    if not ranked:
        return None
    r = _rules()
    n = 3 if r["third"].search(p.question) else 2 if r["second"].search(p.question) else 1
    cites = tuple(cite(index, nid, a, b, i) for i, (a, b, _) in enumerate(ranked[:n], 1))
    high = bool(r["extreme"].search(p.question).group("high"))
    words = ("最高的是", "其次是", "第三是") if high else ("最低的是", "其次是", "第三是")
    said = "；".join(f"{w}“{c.quote}”[{c.n}]" for w, c in zip(words, cites)) + "。"
    order = ("＞" if high else "＜").join(f"{v:g}%" for _, _, v in ranked)
    lead = said + NOTE.format(order=order)
    return Reply(p.scope_note + lead, False, cites, lead)
