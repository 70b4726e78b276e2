"""Helpers of the 问答 tab beside the answer itself: example questions made from the notices in the
knowledge base, the line naming the active filters, and the choices of the conversation list.

Example:
    >>> example_questions(index, ledger_for_index(index))[0]
    '莆田市司法局党组“……”的问题是怎么整改的？'
"""
from __future__ import annotations

import time

from frontends.web.render import esc

ALL = "__all__"
EXAMPLE_COUNT = 4
PROBLEM_CHARS = (6, 24)     # a problem statement short enough to ask about as it stands


def example_questions(index, items, count: int = EXAMPLE_COUNT) -> list[str]:
    """One question per notice (newest first): how a short problem of its ledger was rectified, or,
    for a notice without one, what its parts are."""
    if index is None:
        return []
    first: dict[str, str] = {}
    for it in items or ():
        lo, hi = PROBLEM_CHARS
        problem = it.problem.strip().rstrip("。；;，,")
        if it.notice_id not in first and lo <= len(problem) <= hi and "\n" not in problem and it.measures:
            first[it.notice_id] = problem
    out = []
    for n in sorted(index.notices, key=lambda n: (n.date, n.title), reverse=True):
        name = n.issuer or n.title[:20]
        if n.id in first:
            out.append(f"{name}“{first[n.id]}”的问题是怎么整改的？")
        else:
            out.append(f"《{n.title}》分成哪几部分？")
        if len(out) >= count:
            break
    return out


def placeholder(examples: list[str]) -> str:
    return f"输入问题，例如：{examples[0]}" if examples else "输入关于整改通报的问题"


def filters_html(index, issuer: str, year: str, doc: str) -> str:
    """'检索范围：…' naming every active filter, or '' when the search covers all notices."""
    parts = []
    if issuer not in ("", ALL, None):
        parts.append(f"发布机构 {issuer}")
    if year not in ("", ALL, None):
        parts.append(f"{year}年")
    if doc not in ("", ALL, None):
        rec = index.records.get(doc) if index is not None else None
        parts.append(f"《{rec.notice.title}》" if rec else "所选通报")
    if not parts:
        return ""
    return (f'<div class="nq-scope" role="status">只在这些通报中检索：{esc("，".join(parts))}'
            f'（上次选择的范围会被记住）</div>')


def conversation_choices(conversations) -> list[tuple[str, str]]:
    """(label, id) of each saved conversation: title and when it was last used."""
    out = []
    for c in conversations:
        when = time.strftime("%m-%d %H:%M", time.localtime(c.updated))
        out.append((f"{c.title}（{when}）", c.id))
    return out
