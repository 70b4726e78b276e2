"""A member asked by its place of a set the notice never lists (咱们单位建了几个数据平台？第三个是什么平台 of a notice
naming no 平台): refused, not answered by whatever part stands at that place (三、坚持问题导向). A notice that lists the
set writes its members in one clause ending as the thing does (下设综合组、整改督察组、…: …组) or names the thing once a
member (一是坚持…、二是坚持…); one doing neither lists none (genre questions.toml [nth_member] `unlisted_led`).

Example:
    >>> set_unlisted("我们局建了几个数据平台？第三个是什么平台", "成立了领导小组,下设综合组、督察组。") is not None
    True
"""
from __future__ import annotations

import re

from answer.listed import CLAUSE, members
from answer.listed_scope import thing_end
from genre.nth import load_nth
from genre.questions import load_questions
from genre.structure_questions import load_structure_questions

UNLISTED = "通报没有逐一列出所问的{thing}，说不出第{place}个是哪个。"
WORD = re.compile(r"[\u4e00-\u9fff]*")   # the rest of the thing's word past what the count pattern reads


def asked_thing(question: str) -> str:
    """The thing a question counts before the place it asks (几个数据平台？第三个 -> 数据平台), or the kind named after the
    place (第二个是什么组 -> 组); "" when it names none.

    >>> asked_thing("建了几个数据平台？第三个是什么平台"), asked_thing("明确几项？第三项是什么")
    ('数据平台', '')
    >>> asked_thing("我们开了几个会议推进审计整改？第三个是哪个会议")
    '会议'
    """
    nth, q = load_nth(), load_questions()
    asked = nth.position.search(question)
    if not asked:
        return ""
    counted = q.members_counted.search(question, 0, asked.start())
    if counted and counted.group(1) not in q.members_classifiers:
        said = counted.group(1) + WORD.match(question, counted.end(1)).group()   # 数据平台, 会议推进审计整改
        kind = WORD.match(question, asked.end()).group()   # the thing named again after the place: 是什么平台 -> 平台
        return said[:said.find(kind) + len(kind)] if kind and kind in said else counted.group(1)
    return asked.group("kind") or ""


def in_named_part(question: str) -> bool:
    """Whether the place is asked inside a part the question names by its position or its quoted marker before the
    place (第一部分下面列了几条问题？第三条是什么): that part's items are the set, the outline lists them.

    >>> in_named_part("第一部分下面列了几条问题？第三条是什么？"), in_named_part("建了几个数据平台？第三个是什么平台")
    (True, False)
    """
    asked = load_nth().position.search(question)
    if not asked:
        return False
    s = load_structure_questions()
    return bool(s.part.search(question, 0, asked.start()) or s.marker_quoted.search(question, 0, asked.start()))


def set_unlisted(question: str, text: str) -> str | None:
    """The refusal for a question asking the N-th member of a set named by its thing (thing_end) when TEXT lists no such
    set: no 、-list of at least N members ending as the thing does, the thing nowhere written and no generic word
    (要求, 内容: `unlisted_generic`), and fewer than N items opening with it (一是坚持…: `unlisted_led`); None otherwise.

    >>> set_unlisted("下设几个组？第二个是什么组", "领导小组下设综合组、整改督察组、选人用人专项整改组。") is None
    True
    """
    place, end = thing_end(question)
    thing = asked_thing(question)
    if not end or not thing or in_named_part(question):
        return None
    nth = load_nth()
    end = (nth.position.search(question).group("kind") or thing)[-1]
    for clause in CLAUSE.finditer(text):
        for m in nth.list.finditer(clause.group()):
            items = members(m.group(2))
            if len(items) >= max(place, 2) and all(it.endswith(end) for it in items):
                return None
    if thing in text or thing in nth.unlisted_generic:   # 几条要求？第三条: a notice's parts (一、…二、…) may be them
        return None
    led = re.compile(nth.unlisted_led.replace("{thing}", re.escape(thing)))
    if len(led.findall(text)) >= max(place, 2):   # 一是坚持…二是坚持…: named member by member
        return None
    return UNLISTED.format(thing=thing or "这些", place=place)
