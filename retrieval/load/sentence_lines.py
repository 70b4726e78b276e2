"""Text set a sentence a line (a page putting each sentence in its own <p>, text copied out of some editors).

Such a notice holds its paragraphs as runs of one-sentence lines; the parse reads a line as a paragraph (an inline item
一是… alone on its line as an item without its body, a paragraph's list of 一是/二是 as headings). It is told apart from a
notice written a paragraph per line by its body lines (lines without an outline marker): in this layout nearly every
sentence stands alone on its line. Its sentences are joined again into their paragraphs: a line that ends a sentence
goes on in the next when that ends a sentence or a lead-in clause (…报告如下:) or is longer than a closing line,
and opens no heading, field or label (wraps.opens_paragraph), unless
it is the opening's announcing sentence. An inline item's line (一是…) joins a body paragraph (the lead into its list)
but not an item's own paragraph (二是 after 一是's body opens its own). Rules: genre/data/outline.toml
[sentence_lines]; measured on the dev notices so laid out (bench/bench_formats.py, format txt-lines).

Example:
    >>> print(join_sentences("一、总体情况\\n正文一。\\n正文二。\\n二、下一步\\n正文三。"))
    一、总体情况
    正文一。正文二。
    二、下一步
    正文三。
"""
from __future__ import annotations

import re

from genre import load_genre
from genre.data_files import compile_re, get, section
from retrieval.load.wraps import CLOSES, opens_paragraph

G = load_genre()
_RULES = section("outline.toml", "sentence_lines")
MIN_SENTENCES = get(_RULES, "min_sentences", int, "outline.toml", "sentence_lines")
SHARE = get(_RULES, "share", float, "outline.toml", "sentence_lines")
ENDS = compile_re(get(_RULES, "ends", str, "outline.toml", "sentence_lines"), "outline.toml", "sentence_lines.ends")
LEADS = compile_re(get(_RULES, "leads", str, "outline.toml", "sentence_lines"), "outline.toml", "sentence_lines.leads")
RUNS_ON = get(_RULES, "runs_on", int, "outline.toml", "sentence_lines")
SENTENCE_MARK = re.compile(r"[。！？!?；;]")
INLINE_KINDS = frozenset(m.name for m in G.outline if m.inline)   # 一是…: an item that may run on in a paragraph


def sentence_a_line(text: str) -> bool:
    """Whether TEXT sets (nearly) every body sentence on a line of its own.

    >>> sentence_a_line("一、情况\\n甲。\\n乙。\\n丙。\\n丁。"), sentence_a_line("一、情况\\n甲。乙。丙。\\n丁。戊。")
    (True, False)
    """
    body = [ln.strip() for ln in text.split("\n") if ln.strip() and G.marker_of(ln.strip()) is None]
    counts = [len(SENTENCE_MARK.findall(ln)) for ln in body]
    total = sum(counts)
    return total >= MIN_SENTENCES and sum(1 for n in counts if n == 1) / total >= SHARE


def _inline_item(line: str) -> bool:
    found = G.marker_of(line)
    return found is not None and found[0].name in INLINE_KINDS


def _goes_on(line: str) -> bool:
    """LINE may go on a paragraph: it ends a sentence or a lead-in clause, or is longer than a closing line."""
    return bool(ENDS.search(line) or LEADS.search(line)) or len(line) >= RUNS_ON


def join_sentences(text: str) -> str:
    """TEXT with each paragraph's sentence lines joined into one line (see module doc).

    >>> join_sentences("做好整改工作。\\n一是提高认识。\\n召开会议。\\n二是加强领导。\\n成立小组。")
    '做好整改工作。一是提高认识。召开会议。二是加强领导。成立小组。'
    >>> join_sentences("（一）党组整改情况\\n一是提高认识。\\n召开会议。\\n二是加强领导。\\n成立小组。")
    '（一）党组整改情况\\n一是提高认识。召开会议。\\n二是加强领导。成立小组。'
    """
    out: list[str] = []
    item_paragraph = False   # the paragraph being joined was opened by an inline item (一是…)
    for line in text.split("\n"):
        stripped = line.strip()
        prev = out[-1].strip() if out else ""
        item = _inline_item(stripped)   # 一是…: opens an item, never a closing line, however short
        joins = (prev and stripped and ENDS.search(prev) and (item or _goes_on(stripped)) and not CLOSES.search(prev)
                 and (not opens_paragraph(stripped) or (item and not item_paragraph)))
        if joins:
            out[-1] = out[-1].rstrip() + stripped
        else:
            out.append(line)
            item_paragraph = item
    return "\n".join(out)
