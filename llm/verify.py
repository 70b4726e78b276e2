"""Citation verification of a model reply against the numbered contexts it was given.

A reply is split into sentences (at 。！？； and line ends; a marker written after
the full stop belongs to the sentence before it). A sentence is kept only when
every `[n]` names a context of this turn and the cited contexts support it: all
its numbers and dates and every 《》 name appear there, and at least
`MIN_OVERLAP` of its character bigrams occur in them. For each kept citation the
quote is the context sentence that best matches the claim, as exact offsets into
the notice text. Everything else is listed in `unsupported`.

Example:
    >>> v = verify_reply("2023年改造了639公里。[1]", contexts, {nid: notice_text})
    >>> v.citations[0].quote == notice_text[v.citations[0].start:v.citations[0].end]
    True
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping

from retrieval.chunk import sentence_spans
from retrieval.records import Citation

MARKER = re.compile(r"[\[［【]\s*(\d{1,3}(?:\s*[,，、]\s*\d{1,3})*)\s*[\]］】]")
WORDY_MARKER = re.compile(r"[（(【]\s*(?:资料|来源|出处)\s*[:：]?\s*" + MARKER.pattern + r"\s*[）)】]")
MARKERS_AFTER_STOP = re.compile(r"([。！？!?；;]+)((?:[ \t]*" + MARKER.pattern + r")+)")
PIECE = re.compile(r"[^。！？!?；;\n]*(?:[。！？!?；;]+[”’」』）)]*|\n|$)")
NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
BOOK = re.compile(r"《([^《》\n]{1,80})》")
ENUMERATOR = re.compile(r"^\s*(?:\d{1,2}[.、)）]|[（(]\d{1,2}[)）]|[-*•·])\s*")
NOT_IN_CONTEXT = re.compile(r"(资料|通报|原文|材料)(中|里|内)?(没有|未|并未|没|均未)(提到|提及|找到|写明|说明|涉及|给出|列出|包含|记载)"
                            r"|没有找到答案|无法(回答|确定|判断)")
MIN_OVERLAP = 0.5        # share of the claim's character bigrams found in the cited contexts
MIN_CITE_OVERLAP = 0.2   # a context named next to a better one must still match this much to be shown


@dataclass(frozen=True)
class Context:
    """One numbered context of a turn; `text == notice_text[start:end]`."""
    n: int
    notice_id: str
    doc: str
    title: str
    section: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Claim:
    body: str                 # the sentence without markers, as displayed
    markers: tuple[int, ...]  # context numbers it cites, in order
    newline: bool             # the sentence ended a line


@dataclass(frozen=True)
class Verified:
    text: str                           # kept sentences, markers renumbered to citation numbers
    citations: tuple[Citation, ...]
    unsupported: tuple[str, ...]
    cited_claims: int                   # kept sentences that carry a citation
    had_markers: bool                   # the reply cited anything at all


def _numbers(text: str) -> set[str]:
    return {m.replace(",", "") for m in NUMBER.findall(text)}


def _bigrams(text: str) -> set[str]:
    chars = re.sub(r"[\W_]+", "", text)
    return {chars[i:i + 2] for i in range(len(chars) - 1)}


def overlap(claim: str, support: str) -> float:
    """Share of the claim's character bigrams (letters, digits, CJK) present in `support`."""
    need = _bigrams(claim)
    return len(need & _bigrams(support)) / len(need) if need else 0.0


def split_claims(reply: str) -> list[Claim]:
    """Sentences of a reply with the `[n]` markers each one carries."""
    text = WORDY_MARKER.sub(r"[\1]", reply.replace("\r", ""))     # （资料[1]） -> [1]
    text = MARKERS_AFTER_STOP.sub(lambda m: m.group(2).strip() + m.group(1), text)
    out = []
    for m in PIECE.finditer(text):
        piece = m.group(0)
        if not piece.strip():
            continue
        markers = tuple(int(n) for g in MARKER.findall(piece) for n in re.split(r"\s*[,，、]\s*", g))
        body = re.sub(r"[ \t]+(?=[。！？!?；;，,]|$)", "", MARKER.sub("", piece).strip())
        if not re.search(r"\w", body):        # markers on a line of their own belong to the sentence before
            if out and markers:
                out[-1] = Claim(out[-1].body, out[-1].markers + markers, out[-1].newline)
            continue
        out.append(Claim(body, markers, piece.endswith("\n")))
    return out


def claim_core(body: str) -> str:
    """The checked part of a sentence: list enumerators removed."""
    return ENUMERATOR.sub("", body)


def support_problem(body: str, cited: list[Context]) -> str:
    """Why the cited contexts do not support the sentence ("" when they do)."""
    core = claim_core(body)
    support = "\n".join(f"{c.title}\n{c.section}\n{c.text}" for c in cited)
    missing = sorted(_numbers(core) - _numbers(support))
    if missing:
        return "数字不符：" + "、".join(missing)
    for name in BOOK.findall(core):
        if name not in support:
            return f"文件名称不符：《{name}》"
    if overlap(core, support) < MIN_OVERLAP:
        return "与引用内容不符"
    return ""


def best_span(body: str, ctx: Context, notice_text: str) -> tuple[int, int, float]:
    """The context sentence (offsets in the notice) that best matches the claim, and its bigram overlap."""
    core = claim_core(body)
    nums = _numbers(core)
    best = (ctx.start, ctx.end, -1.0, 0.0)
    for a, b in sentence_spans(notice_text, ctx.start, ctx.end):
        sentence = notice_text[a:b]
        ov = overlap(core, sentence)
        score = ov + (0.5 * len(nums & _numbers(sentence)) / len(nums) if nums else 0.0)
        if score > best[2]:
            best = (a, b, score, ov)
    return best[0], best[1], best[3]


def is_connective(claim: Claim) -> bool:
    """A short lead-in such as "具体如下：" that states nothing."""
    return len(claim.body) <= 15 and claim.body.endswith(("：", ":")) and not re.search(r"\d|《", claim.body)


def is_not_found(claim: Claim) -> bool:
    """The model saying (briefly) that the contexts do not hold (part of) the answer."""
    return (bool(NOT_IN_CONTEXT.search(claim.body)) and len(claim.body) <= 80
            and not re.search(r"《|https?:|www\.", claim.body))


def verify_reply(reply: str, contexts: tuple[Context, ...], texts: Mapping[str, str]) -> Verified:
    """Keep the supported sentences of `reply`; cite each with verbatim quotes (see module doc)."""
    by_n = {c.n: c for c in contexts}
    claims = split_claims(reply)
    cites: dict[tuple[str, int, int], Citation] = {}
    kept: list[str] = []
    unsupported: list[str] = []
    cited_claims = 0
    for claim in claims:
        if not claim.markers:
            if is_connective(claim) or is_not_found(claim):
                kept.append(claim.body + ("\n" if claim.newline else ""))
            else:
                unsupported.append(claim.body)
            continue
        if any(n not in by_n for n in claim.markers):
            unsupported.append(claim.body)
            continue
        cited = [by_n[n] for n in dict.fromkeys(claim.markers)]
        if support_problem(claim.body, cited):
            unsupported.append(claim.body)
            continue
        spans = [(ctx, *best_span(claim.body, ctx, texts[ctx.notice_id])) for ctx in cited]
        top = max(s[3] for s in spans)
        numbers = []
        for ctx, a, b, ov in spans:
            if ov < MIN_CITE_OVERLAP and ov < top:
                continue   # named beside a better context but matches nothing in it
            key = (ctx.notice_id, a, b)
            if key not in cites:
                cites[key] = Citation(len(cites) + 1, ctx.notice_id, ctx.doc, ctx.title, ctx.section,
                                      texts[ctx.notice_id][a:b], a, b)
            if cites[key].n not in numbers:
                numbers.append(cites[key].n)
        cited_claims += 1
        core, stop = re.match(r"(.*?)([。！？!?；;]*)$", claim.body, re.S).groups()
        if stop in ("；", ";") or (not stop and re.search(r"\w$", core)):
            stop = "。"
        kept.append(core + stop + "".join(f"[{n}]" for n in numbers) + ("\n" if claim.newline else ""))
    return Verified("".join(kept).strip(), tuple(cites.values()), tuple(unsupported), cited_claims,
                    any(c.markers for c in claims))
