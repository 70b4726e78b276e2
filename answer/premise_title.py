"""A title's wording quoted and asked checked (朔州科技局整改方案标题里写的是“市委第四巡察组”吧？): held letter for letter
against the titles the notice writes, the title cited; the check opens the answer (genre premises.toml [premise_title]).

Example:
    >>> t = "制定了《中共朔州市科学技术局党组关于落实市委第四巡查组反馈意见的整改方案》,建立了问题清单"
    >>> c = title_check("整改方案标题里写的是“市委第四巡察组”吧？", t, ""); c.said, t[c.start:c.end][:6]
    ('不对，标题写的是“市委第四巡查组”，不是“市委第四巡察组”：', '《中共朔州市')
"""
from __future__ import annotations

import functools
import re

from answer.premise_open import PremiseCheck, opened_with
from answer.prepared import Reply
from genre.data_files import compile_re, get, section
from genre.premises import load_premise_body
from retrieval.index.opened import Index

FILE = "premises.toml"
TITLED = re.compile(r"《[^《》]{4,80}》")
KIND_END = 2   # the kind named before 标题 is matched by its last characters (整改方案 → …方案》)


@functools.cache
def _rules() -> tuple[re.Pattern[str], str, str]:
    s = section(FILE, "premise_title")
    return (compile_re(get(s, "asked", str, FILE, "premise_title"), FILE, "premise_title.asked"),
            get(s, "holds", str, FILE, "premise_title"), get(s, "fails", str, FILE, "premise_title"))


def _asked(question: str) -> re.Match[str] | None:
    """The title premise QUESTION states hedged (None when it quotes no title or asks it plainly)."""
    asked, _, _ = _rules()
    hedge = load_premise_body().hedge
    for m in asked.finditer(question):
        rest = re.split(r"[，,。？?；;]", question[m.end():], maxsplit=1)[0]
        if hedge.search(question[m.end():m.end() + len(rest) + 1]):
            return m
    return None


def _nearest(quoted: str, title: str) -> str:
    """The piece of TITLE as long as QUOTED differing from it in fewest characters, at most a quarter of them ("" if none).

    >>> _nearest("市委第四巡察组", "关于落实市委第四巡查组反馈意见"), _nearest("审计局", "关于落实巡查组反馈意见")
    ('市委第四巡查组', '')
    """
    n, best, fewest = len(quoted), "", max(1, len(quoted) // 4) + 1
    for i in range(len(title) - n + 1):
        piece = title[i:i + n]
        other = sum(a != b for a, b in zip(piece, quoted))
        if other < fewest:
            best, fewest = piece, other
    return best


def title_check(question: str, text: str, title: str) -> PremiseCheck | None:
    """The check of the title wording QUESTION quotes against the titles of TEXT (its 《…》 names, of the kind named when
    some are) and TITLE (the notice's own, when its text writes it); None when nothing is to be checked."""
    m = _asked(question)
    if m is None:
        return None
    _, holds, fails = _rules()
    spans = [(t.start(), t.end()) for t in TITLED.finditer(text)]
    own = text.find(title) if title else -1
    spans += [(own, own + len(title))] if own >= 0 else []
    kind = m.group("kind")[-KIND_END:]
    kinds = [(a, b) for a, b in spans if kind and text[a:b].rstrip("》").endswith(kind)]
    quoted = m.group("quoted")
    for a, b in kinds or spans:
        if quoted in text[a:b]:
            return PremiseCheck(holds.format(quoted=quoted), a, b)
    for a, b in kinds or spans:
        written = _nearest(quoted, text[a:b])
        if written:
            return PremiseCheck(fails.format(written=written, quoted=quoted), a, b)
    return None


def with_title_check(index: Index, question: str, reply: Reply, scope_note: str) -> Reply | None:
    """REPLY opened with the check of the title wording QUESTION quotes, the title cited first; None when there is no
    such check (the other premise checks then read the question)."""
    if reply.abstained or not reply.citations:
        return None
    nid = reply.citations[0].notice_id
    notice = index.records[nid].notice
    check = title_check(question, notice.text, notice.title)
    return opened_with(index, nid, check, reply, scope_note) if check else None
