"""Who leads a body the notice sets up, asked where the notice names no leader of it (genre claims.toml [body_leader]):
成立巡视整改办,负责整改工作的统筹推进 answers no 巡视整改办由哪位领导牵头; the leader of another body (领导小组) does not.

    >>> t = "成立厅党委书记任组长的巡视整改工作领导小组。成立巡视整改办,负责整改工作的统筹推进。"
    >>> body_leader_unstated("巡视整改办由哪位领导牵头负责？", t)[1]
    '通报中没有相关信息：只写了“成立巡视整改办,负责整改工作的统筹推进”，没有写明巡视整改办由谁牵头负责。'
    >>> body_leader_unstated("巡视整改工作领导小组由谁牵头？", t) is None
    True
"""
from __future__ import annotations

import re

from genre.data_files import section_patterns
from genre.marks import sentence_at

FILE = "claims.toml"
_P = section_patterns(FILE, "body_leader", ("body", "asked", "leader_stated"))
BODY, ASKED, STATED = _P["body"], _P["asked"], _P["leader_stated"]


def _sentence(text: str, pos: int) -> tuple[int, int]:
    """(start, end) of the sentence holding POS, its end mark left out."""
    a, b = sentence_at(text, pos).span()
    while a < b and text[a].isspace():
        a += 1
    return a, b


def body_leader_unstated(question: str, text: str) -> tuple[tuple[int, int], str] | None:
    """((start, end) of the body's first sentence, the refusal) when QUESTION asks who leads a body TEXT writes but
    states no leader of in any sentence holding it; None otherwise (no such ask, the body unwritten, a leader stated)."""
    if not ASKED.search(question):
        return None
    bodies = [m.group("body") for m in BODY.finditer(question)]
    body = next((b[i:] for b in bodies for i in range(len(b) - 2) if b[i:] in text), None)   # 司法厅巡视整改办: as written
    if body is None:
        return None
    spans = [_sentence(text, m.start()) for m in re.finditer(re.escape(body), text)]
    if any(STATED.search(text[a:b]) for a, b in spans):
        return None
    a, b = spans[0]
    return (a, b), f"通报中没有相关信息：只写了“{text[a:b]}”，没有写明{body}由谁牵头负责。"
