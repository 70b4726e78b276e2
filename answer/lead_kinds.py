"""What a lead clause counts, in whatever wording the notice writes it: the status (items.toml [[status]]) and the
item kind (items.toml [[kind]]) a question names. Read by answer/lead.py lead_spans.

Example: a question asking 要求立行立改的有几个 is answered by 其中要求即知即改的283项问题 (one kind, two agencies'
wordings).
"""
from __future__ import annotations

import re

from genre import load_genre
from genre.claim_frame import load_claim_frame


def status_counted(clause: str, status: str) -> bool:
    """Whether CLAUSE counts items of STATUS (a normal status, items.toml [[status]]) in any wording.

    >>> status_counted("阶段性完成整改1个", "基本完成"), status_counted("巡察组共反馈29个问题", "基本完成")
    (True, False)
    """
    return any(said == status for said, _ in load_genre().status_counts(clause))


def kinds_in(text: str) -> set[str]:
    """The item kinds (items.toml [[kind]]) TEXT names, in whatever wording.

    >>> sorted(kinds_in("其中要求即知即改的283项问题已全"))
    ['立行立改']
    """
    return {k.name for k in load_genre().item_kinds if k.pattern.search(text)}


def kind_words(question: str, tokens: dict[str, float]) -> dict[str, str]:
    """The question's tokens that lie within its wording of an item kind, each with that kind's name: a clause naming
    the kind in another agency's wording covers them (立行立改 asked, 即知即改 said); a token the tokenizer glued across
    the wording's edge (时立 of 巡察时立知立改) lies within it too.

    >>> kind_words("要求立行立改的有几个", {"立行立": 1.0, "改": 1.0, "几个": 1.0})
    {'立行立': '立行立改', '改': '立行立改'}
    """
    said = [(m.start(), m.end(), k.name) for k in load_genre().item_kinds for m in k.pattern.finditer(question)]
    return {t: name for t in tokens for a, b, name in said
            for o in re.finditer(re.escape(t), question) if o.start() < b and a < o.end()}   # 时立 of 巡察时立知立改


def done_claim_span(text: str, question: str) -> tuple[int, int] | None:
    """The first sentence of TEXT stating a total with its done count, in any wording (items.toml [[total]], [[count]]),
    when QUESTION claims or asks that all is done (听说…都整改完了, 问题都整改完了？ genre figures.toml all_done): the claim is
    held against it (answer/verify.py done_note); None otherwise.

    >>> t = "一、审计整改工作部署和成效\\n截止2025年11月底,反映的400项问题,已整改到位336个。"
    >>> t[slice(*done_claim_span(t, "听说问题都整改完了，是这样吗"))]
    '截止2025年11月底,反映的400项问题,已整改到位336个'
    """
    if not load_claim_frame().all_done.search(question):   # the frame (听说…, 是这么说的吗) may be gone: asked alike
        return None
    g = load_genre()
    for sent in re.finditer(r"[^。；;\n]+", text):
        if any(t.total and any(s == "已完成" for s, _ in t.counts) for t in g.read_totals(sent.group())):
            return sent.start(), sent.end()
    return None


def whole_status_span(text: str, status: str) -> tuple[int, int] | None:
    """The totals sentence of TEXT with the largest total among those counting STATUS in any wording: the notice-wide
    count of a status, which answers a status asked of no part (整改中的问题有几项: 共计50项…正在整改10项, not a section's
    问题6项…部分整改4项); None when no totals sentence counts it.

    >>> t = "预算执行问题6项,部分整改4项,已整改2项。共计50项具体问题,报告日已整改40项,正在整改10项。"
    >>> t[slice(*whole_status_span(t, "正在整改"))]
    '共计50项具体问题,报告日已整改40项,正在整改10项'
    """
    counting = [t for t in load_genre().read_totals(text) if any(s == status for s, _ in t.counts)] if status else []
    best = max(counting, key=lambda t: t.total, default=None)
    return (best.start, best.end) if best else None
