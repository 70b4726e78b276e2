"""A notice's measures asked in short (genre structure_questions.toml [summary_ask]): "市公安局党委抓巡察整改的招数，
提炼成几句话" is answered by the notice's own points — the 一是/二是/三是 run holding the best passage, or the sibling
items of its part — each point's opening sentence quoted and cited (answer/forms.py enum_answer).

Example:
    >>> summary_asked("抓巡察整改的招数，提炼成几句话"), summary_asked("用三句话概括一下做法"), summary_asked("有几个问题")
    (0, 3, None)
"""
from __future__ import annotations

from genre.data_files import compile_re, read_toml
from genre.figures import cn_value
from retrieval.index.opened import Index
from retrieval.parse import InlineItem, Section, inline_items

_DATA = read_toml("structure_questions.toml")["summary_ask"]
ASKED = compile_re(_DATA["asked"], "structure_questions.toml", "summary_ask.asked")
WORDED = compile_re(_DATA["worded"], "structure_questions.toml", "summary_ask.worded")   # 用哪八个字概括的: a phrase
MIN_POINTS = 2   # one point is no summary in points


def summary_asked(question: str) -> int | None:
    """The count of points the asker names (0 for none or 几), or None when no summary is asked (nor when the notice's
    own phrase is asked by its characters: 用哪八个字概括的).

    >>> summary_asked("那个责任闭环体系是用哪八个字概括的？") is None
    True
    """
    m = ASKED.search(question)
    if not m or WORDED.search(question):
        return None
    n = m.group("n") or m.group("m") or ""
    return 0 if not n or n == "几" else (int(n) if n.isdigit() else cn_value(n.replace("两", "二")))


def _runs(text: str) -> list[list[InlineItem]]:
    """Every run of inline items numbered 1, 2, 3… in a row."""
    runs: list[list[InlineItem]] = []
    for it in inline_items(text):
        if it.number == 1:
            runs.append([it])
        elif runs and it.number == runs[-1][-1].number + 1:
            runs[-1].append(it)
    return [r for r in runs if len(r) >= MIN_POINTS]


def summary_points(index: Index, notice_id: str, at: int) -> list[InlineItem | Section]:
    """The points of NOTICE_ID around offset AT (its best passage): the 一是… run holding AT, else the first run inside the
    deepest section holding AT, else that section's siblings, else the notice's first 一是… run after its header, else the items of its first part holding two or more;
    [] when none has two points."""
    rec = index.records[notice_id]
    text = rec.notice.text
    runs = [r for r in _runs(text) if r[0].start >= rec.notice.header_end]
    held = next((r for r in runs if r[0].start <= at < r[-1].end), None)
    if held:
        return held
    inside = [s for s in rec.sections if s.start <= at < s.end]
    if inside:
        deepest = max(inside, key=lambda s: s.start)
        own = next((r for r in runs if deepest.start <= r[0].start < deepest.end), None)
        if own:   # 2.…不够到位。整改情况:一是…: the item's own measures, not its sibling findings
            return own
        siblings = [s for s in rec.sections if s.parent == deepest.parent]
        if deepest.parent >= 0 and len(siblings) >= MIN_POINTS:   # a part's items, never the notice's parts
            return siblings
    if runs:
        return runs[0]
    groups = [[s for s in rec.sections if s.parent == parent] for parent in dict.fromkeys(
        s.parent for s in rec.sections if s.parent >= 0)]   # the first part's items: the measures part of a notice
    return next((g for g in groups if len(g) >= MIN_POINTS), [])   # opening with how it rectified


def summary_note(asked: int, points: list) -> str:
    """A note when the count named differs from the points listed."""
    return _DATA["count_note"].format(n=len(points)) if asked and asked != len(points) else ""
