"""One item of a list named by its words and the others asked (genre structure_questions.toml [excluded_item]):
"除了统一思想认识那条，另外还有哪些" finds the run of sibling items (一是/二是…, 1./2./3., (一)(二)) whose member
matches the excluded words best, drops that member and gives the others, each to be quoted and cited.

Example:
    >>> excluded_asked("区科协加强组织领导那部分三条里，除了第1条压实主体责任，另两条是啥")
    Excluded(part='区科协加强组织领导那部分三条里', words='压实主体责任', number=1, rest_count=2, whole_count=3)
"""
from __future__ import annotations

from dataclasses import dataclass

from genre.data_files import compile_re, read_toml
from genre.figures import cn_value
from retrieval.index.opened import Index
from retrieval.parse import InlineItem, Section, inline_runs

_DATA = read_toml("structure_questions.toml")["excluded_item"]
ASKED = compile_re(_DATA["asked"], "structure_questions.toml", "excluded_item.asked")
POSITION = compile_re(_DATA["position"], "structure_questions.toml", "excluded_item.position")
COUNT = compile_re(_DATA["count"], "structure_questions.toml", "excluded_item.count")
MIN_MATCH = float(_DATA["min_match"])
PART_WEIGHT = float(_DATA["part_weight"])
LEAD_CHARS = 200   # the text before an inline run that stands for its heading (the paragraph leading into 一是)


@dataclass(frozen=True)
class Excluded:
    part: str          # the words before 除了 (the part or list named)
    words: str         # the excluded item's words, its position stripped
    number: int        # the excluded item's number when named (第1条), else 0
    rest_count: int    # the count of the others stated (另两条), else 0
    whole_count: int   # the count of the whole list stated (三条里), else 0


def _number(text: str) -> int:
    return int(text) if text.isdigit() else cn_value(text.replace("两", "二"))


def excluded_asked(question: str) -> Excluded | None:
    """The exclusion asked, or None (no 除了…另外/其余 ask, or only a position is excluded: walked as round 56's)."""
    m = ASKED.search(question)
    if not m:
        return None
    words, number = m.group("x"), 0
    pos = POSITION.match(words)
    if pos:
        number = _number(pos.group("n") or pos.group("m"))
        words = words[pos.end():]
    words = words.strip("“”\"的 ")
    if len(words) < 2:
        return None
    rest = COUNT.match(question, m.end())
    part = question[:m.start()].rstrip("，, ")
    whole = list(COUNT.finditer(part))
    return Excluded(part, words, number, _number(rest.group("n")) if rest else 0,
                    _number(whole[-1].group("n")) if whole else 0)


def _pairs(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def _share(words: str, text: str) -> float:
    """The share of WORDS' character pairs TEXT holds.

    >>> _share("压实主体责任", "提高思想认识,压实整改主体责任")
    0.8
    """
    asked = _pairs(words)
    return len(asked & _pairs(text)) / len(asked) if asked else 0.0


def _opening(text: str, item) -> str:
    """An item's words: a section's heading, an inline item's first sentence."""
    if isinstance(item, Section):
        return item.heading
    stop = min([p for p in (text.find(c, item.start, item.end) for c in "。；;") if p >= 0] or [item.end])
    return text[item.start + len(item.marker):stop]


def _runs(rec) -> list[tuple[list, str]]:
    """Every run of sibling items of a notice with what heads it: sections under one parent of one kind (the
    parent's heading), and inline 一是… runs (the text leading into the first)."""
    text, secs = rec.notice.text, list(rec.sections)
    runs: list[tuple[list, str]] = []
    for parent, kind in dict.fromkeys((s.parent, s.kind) for s in secs):
        run = [s for s in secs if s.parent == parent and s.kind == kind]
        runs.append((run, secs[parent].heading if parent >= 0 else ""))
    for run in inline_runs(text):
        runs.append((run, text[max(0, run[0].start - LEAD_CHARS):run[0].start]))
    return [(run, head) for run, head in runs if len(run) >= 2]


def excluded_rest(index: Index, question: str, notice_id: str) -> list[InlineItem]:
    """The items of NOTICE_ID's list besides the one the question excludes by its words, each as an InlineItem over
    its opening (a section's heading line, an inline item's span); [] when no exclusion is asked or no item matches.

    >>> [i.marker for i in excluded_rest(index, "除了统一思想认识那条，另外还有哪些", "d11_jiaxing-culture-tourism-bureau-inspection")]
    ['二是', '三是']
    """
    asked = excluded_asked(question)
    if asked is None or notice_id not in index.records:
        return []
    rec = index.records[notice_id]
    text = rec.notice.text
    best: tuple[float, list, object] | None = None
    for run, head in _runs(rec):
        part = _share(asked.part, head) if asked.part else 0.0
        for item in run:
            if asked.number and item.number != asked.number:
                continue
            match = _share(asked.words, _opening(text, item))
            if match >= MIN_MATCH and (best is None or match + PART_WEIGHT * part > best[0]):
                best = (match + PART_WEIGHT * part, run, item)
    if best is None:
        return []
    _, run, dropped = best
    return [InlineItem(it.marker, it.number, it.start, min(it.body_end, it.heading_end + 1))
            if isinstance(it, Section) else it for it in run if it is not dropped]


def count_note(question: str, rest: list) -> str:
    """The count the notice holds where it differs from the one the asker states (另两条 of three others).

    >>> count_note("除了第一条，另两条是啥", [1, 2, 3])
    '（除所指一条外，通报列了3条，不是2条。）'
    """
    asked = excluded_asked(question)
    if asked is None:
        return ""
    stated = asked.rest_count or (asked.whole_count - 1 if asked.whole_count else 0)
    if not stated or stated == len(rest):
        return ""
    return f"（除所指一条外，通报列了{len(rest)}条，不是{stated}条。）"
