"""Outline house styles other than the dev notices' own, for bench_formats: the same notice with its top-level
section markers written another way, so a check can see whether parsing and answering rest on the genre's
outline conventions or on the one style the dev notices happen to use.

Each style rewrites the marker of a top-level heading (a Chinese numeral + 、 at a line start, GB/T 9704's
first level) and nothing else; the same rewrite is applied to the questions' gold evidence and answers, so
they stay verbatim. Styles, each a convention seen in notices and work plans:

- parts: 第一部分 + full-width space (long reports and work plans number their parts so);
- cn-dot: the numeral + a half-width dot (一.总体情况), as web editors and Word's list export write it.

Example:
    >>> restyle("一、总体情况\\n正文。", "parts")
    '第一部分\\u3000总体情况\\n正文。'
"""
from __future__ import annotations

import re

TOP = re.compile(r"(?m)^([ \u3000]*)([一二三四五六七八九十]{1,3})、")
STYLES = {
    "parts": lambda m: f"{m.group(1)}第{m.group(2)}部分\u3000",
    "cn-dot": lambda m: f"{m.group(1)}{m.group(2)}.",
}


def restyle(text: str, style: str) -> str:
    """TEXT with every top-level marker written in STYLE."""
    return TOP.sub(STYLES[style], text)


def restyle_item(item: dict, style: str) -> dict:
    """A Q&A item whose evidence and gold answer follow the restyled notice."""
    return {**item, "evidence": [restyle(e, style) for e in item.get("evidence", [])],
            "answer": restyle(item.get("answer", ""), style)}
