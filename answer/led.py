"""A set staff name by its count and the word every member starts with (genre led_sets.toml): "讲了哪三个坚持" asks the
run of sibling items headed 一是坚持…二是坚持…三是坚持… — the notice never writes "三个坚持".

Example:
    >>> led_asked("绵阳市司法局党组抓整改讲了哪三个坚持")
    (3, '坚持')
"""
from __future__ import annotations

import re

from genre.data_files import compile_re, read_toml
from genre.figures import cn_value
from retrieval.index.opened import Index
from retrieval.parse import Section, inline_runs
from genre.marks import CLAUSE

_DATA = read_toml("led_sets.toml")["led_set"]
WHICH = compile_re(_DATA["which"], "led_sets.toml", "led_set.which")
WHAT = compile_re(_DATA["what"], "led_sets.toml", "led_set.what")
MIN_MEMBERS = 2   # 哪几个坚持: two items or more make a set
_SET = read_toml("led_sets.toml")["named_set"]
SET_ASKED = compile_re(_SET["asked"], "led_sets.toml", "named_set.asked")
SET_SAID = compile_re(_SET["said"], "led_sets.toml", "named_set.said")   # 三张清单是哪三张: group 2 the kind


def led_asked(question: str) -> tuple[int, str] | None:
    """(the count asked, 0 for 几; the word the members start with), or None when no such set is asked."""
    m = WHICH.search(question) or WHAT.search(question)
    if not m:
        return None
    count = 0 if m.group(1) == "几" else (int(m.group(1)) if m.group(1).isdigit() else cn_value(m.group(1)))
    return count, m.group(2)


def led_members(index: Index, question: str, notice_id: str) -> list:
    """The first run of sibling sections (or inline 一是 items) of NOTICE_ID whose headings all start with the asked word,
    as many as counted (Section or InlineItem, each with start/end); [] when none fits."""
    asked = led_asked(question)
    if asked is None or notice_id not in index.records:
        return []
    count, word = asked
    rec = index.records[notice_id]
    text = rec.notice.text
    runs: list[list] = []
    for parent in dict.fromkeys(s.parent for s in rec.sections):
        runs.append([s for s in rec.sections if s.parent == parent])
    runs += inline_runs(text)
    for run in sorted(runs, key=lambda r: r[0].start):
        led = [m for m in run if _heading(text, m).startswith(word)]
        if len(led) == len(run) and (len(run) == count or (not count and len(run) >= MIN_MEMBERS)):
            return run
    return []


def _heading(text: str, member) -> str:
    """The member's heading after its marker (Section.heading; an inline item's words after 一是)."""
    if isinstance(member, Section):
        return member.heading
    return text[member.start + len(member.marker):member.end].lstrip()


def set_named(text: str, question: str, start: int = 0) -> list[tuple[int, int]]:
    """The clause of TEXT (after START) that names the set the question asks the members of by its count (哪几张清单 ->
    根据问题、任务、责任“三张清单”; genre led_sets.toml [named_set]), its first one; [] when none is asked or named.

    >>> t = "标题\\n一是提高认识。根据问题、任务、责任“三张清单”,扎实推进整改。"
    >>> [t[a:b] for a, b in set_named(t, "整改靠哪几张清单推进？")]
    ['根据问题、任务、责任“三张清单”']
    >>> [t[a:b] for a, b in set_named(t, "三张清单是哪三张？")]
    ['根据问题、任务、责任“三张清单”']
    >>> [t[a:b] for a, b in set_named(t, "整改是按哪三张清单推的")], set_named(t, "整改是按哪两张清单推的")
    (['根据问题、任务、责任“三张清单”'], [])
    >>> set_named(t, "制定了几个方案？")
    []
    """
    asked = SET_ASKED.search(question)
    said = None if asked else SET_SAID.search(question)   # 三张清单是哪三张: the set named by the asker, asked which
    if not asked and not said:
        return []
    kind = asked.group("kind") if asked else said.group(2)
    named = compile_re(_SET["named"].replace("{kind}", re.escape(kind)), "led_sets.toml", "named_set.named")
    count = cn_value(asked.group("n").replace("两", "二")) if asked and asked.group("n") else 0   # 哪三张清单
    m = next((m for m in named.finditer(text, start)
              if not count or (m.group()[0].isdigit() and int(m.group()[0]) == count)
              or cn_value(m.group()[0].replace("两", "二")) == count), None)
    if not m:
        return []
    clause = next(c for c in CLAUSE.finditer(text, text.rfind("\n", 0, m.start()) + 1) if c.end() >= m.end())
    a = clause.start() + len(clause.group()) - len(clause.group().lstrip())
    return [(a, clause.end())]


def set_unnamed(question: str, text: str) -> str:
    """The refusal for a set asked by its count (按哪三张清单推的; genre led_sets.toml [named_set] asked, group `n`) of a
    TEXT that names no set of that count and kind and lists no two of the kind either (问题清单、整改清单); "" otherwise.

    >>> set_unnamed("整改是按哪三张清单推的", "成立领导小组,建立整改清单销号管理制度。")
    '通报中没有提到“三张清单”。'
    >>> set_unnamed("整改是按哪三张清单推的", "根据问题、任务、责任“三张清单”,扎实推进整改。")
    ''
    """
    asked = SET_ASKED.search(question)
    if not asked or not asked.group("n") or set_named(text, question):
        return ""
    kind = re.escape(asked.group("kind"))
    if re.search(rf"{kind}、[^，,。；;]{{1,12}}{kind}", text):   # the lists named one by one, with no count
        return ""
    return _SET["unnamed"].format(set=re.sub(r"\s", "", asked.group()[1:]))
