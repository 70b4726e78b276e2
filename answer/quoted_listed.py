"""The members of a thing a notice names by quoting them joined by 、 (坚持“目标引领、差距管理、过程控制、考核激励、以实绩论
英雄”工作理念), asked counted or listed (那个工作理念里列了几条): the quoted pieces, counted, the quote cited (genre
structure_questions.toml [quoted_listed]).

Example:
    >>> t = "坚持“目标引领、差距管理、过程控制”工作理念和“不在上游”的卓越意识"
    >>> found = quoted_members(t, "那个工作理念里列了几条？"); found.members, t[found.start:found.end]
    (('目标引领', '差距管理', '过程控制'), '“目标引领、差距管理、过程控制”工作理念')
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre.data_files import compile_re, get, section

FILE = "structure_questions.toml"
QUOTE = "“([^“”]{3,120})”(?:的)?"


@dataclass(frozen=True)
class QuotedMembers:
    start: int
    end: int
    members: tuple[str, ...]
    unit: str


@functools.cache
def _rules() -> tuple[re.Pattern[str], re.Pattern[str], int, int]:
    s = section(FILE, "quoted_listed")
    return (compile_re(get(s, "asked", str, FILE, "quoted_listed"), FILE, "quoted_listed.asked"),
            compile_re(get(s, "pointing", str, FILE, "quoted_listed"), FILE, "quoted_listed.pointing"),
            get(s, "least", int, FILE, "quoted_listed"), get(s, "member_most", int, FILE, "quoted_listed"))


def quoted_members(text: str, question: str) -> QuotedMembers | None:
    """The quote of TEXT listing the members of the thing QUESTION asks listed or counted, right before the thing's name
    (its longest ending written so, at least `least` characters); None when none is asked or written.

    >>> quoted_members("坚持“保五争三拼第一”目标", "那个目标里列了几条？") is None   # one member: no list
    True
    >>> quoted_members("“用文化思想武装头脑、指导实践、推动工作不够主动”的问题", "问题有多少？") is None   # a figure asked
    True
    """
    asked, pointing, least, most = _rules()
    for m in asked.finditer(question):
        thing = pointing.sub("", m.group("thing"))
        for cut in range(len(thing) - least + 1):
            found = next((q for q in re.finditer(QUOTE + re.escape(thing[cut:]), text)
                          if "、" in q.group(1) and all(len(x) <= most for x in q.group(1).split("、"))), None)
            if found:
                members = tuple(x.strip() for x in found.group(1).split("、") if x.strip())
                return QuotedMembers(found.start(), found.end(), members, m.group("unit") or m.group("which") or "条")
    return None


def quoted_reply(index, p, notice_id: str):
    """For the members of a quoted list asked (quoted_members): the quote of NOTICE_ID cited, with their count and each
    member said; None when the question asks no such list or the notice writes none."""
    from answer.forms import cite
    from answer.prepared import Reply
    found = quoted_members(index.records[notice_id].notice.text, p.question)
    if found is None:
        return None
    quoted = cite(index, notice_id, found.start, found.end, 1)
    said = f"{quoted.quote}[1]，共{len(found.members)}{found.unit}（计数所得）：{'、'.join(found.members)}。"
    return Reply(p.scope_note + said, False, (quoted,), said)
