"""One item of a paragraph's list asked by its ordinal (genre structure_questions.toml [ordinal_item]): "三是讲了什么"
of a notice that numbers its items （1）…（3）… (or ①, 1., 再次) is its item numbered 3 in the part asked.

Example:
    >>> ordinal_asked("嘉兴市文广旅局开头那段“三是”讲了什么措施")
    3
"""
from __future__ import annotations

from genre.data_files import compile_re, read_toml
from genre.figures import cn_value
from retrieval.chunk import sentence_spans
from retrieval.index.opened import Index
from retrieval.parse import InlineItem, inline_runs
from retrieval.search.enumerated import heading_run, quoted_holder
from retrieval.search.held import holder

ASKED = compile_re(read_toml("structure_questions.toml")["ordinal_item"]["pattern"], "structure_questions.toml",
                   "ordinal_item.pattern")
ITEM_CHARS = 160   # the item quoted with the detail after its title, as measures quote an 一是 item


def ordinal_asked(question: str) -> int:
    """The ordinal of the one item asked (三是 -> 3), 0 when none or several are asked."""
    found = [m for m in ASKED.finditer(question)]
    return cn_value(found[0].group("n") or found[0].group("n2")) if len(found) == 1 else 0


def ordinal_item(index: Index, question: str, notice_id: str) -> InlineItem | None:
    """NOTICE_ID's item numbered as the question's ordinal, in the first run (inline, else of item headings) inside
    the part asked that holds it; None when no single ordinal is asked, the notice writes that ordinal itself
    (三是…: its words find it) or no run holds the number."""
    n = ordinal_asked(question)
    if not n or notice_id not in index.records:
        return None
    rec = index.records[notice_id]
    text = rec.notice.text
    if f"{'一二三四五六七八九十'[n - 1]}是" in text:
        return None
    secs = list(rec.sections)
    held = holder(secs, question) or quoted_holder(secs, question)
    lo, hi = (held.start, held.end) if held else (0, len(text))
    runs = [r for r in inline_runs(text) if lo <= r[0].start < hi]
    runs += [heading_run(secs, held, bodies=True)] if held is not None else []
    return next((r[n - 1] for r in runs if len(r) >= n and r[n - 1].start < hi), None)


def item_span(text: str, item: InlineItem) -> tuple[int, int]:
    """The item's title sentence read on with the detail after it, within the item, up to ITEM_CHARS.

    >>> t = "（3）抓实问题整改。建立自查督查报告机制,定期自查。（4）强化督导。"
    >>> t[slice(*item_span(t, InlineItem("（3）", 3, 0, 25, "ar_paren")))]
    '（3）抓实问题整改。建立自查督查报告机制,定期自查。'
    """
    spans = sentence_spans(text, item.start, item.end, clauses=False)
    end = spans[0][1] if spans else item.end
    for a, b in spans[1:]:
        if b - item.start > ITEM_CHARS:
            break
        end = b
    return item.start, end
