"""What a count question counts: the count units alike to the one asked, the nouns it names right after 多少/几+unit,
and the thing it counts and lists (split from answer/lead.py, which reads them to pick the lead clause).

>>> counted_things("下设了几个工作组？")
['组']
"""
from __future__ import annotations

import re

from genre.questions import load_questions


def count_alike(units: list[str]) -> re.Pattern[str] | None:
    """A count in any count unit of the asked kind when a count unit is asked ("多少条" -> 120项 too; occurrences, 次,
    only by occurrences); None otherwise.

    >>> bool(count_alike(["条"]).search("制定了120项整改措施")), count_alike(["公里"])
    (True, None)
    >>> bool(count_alike(["家"]).search("先后召开10余次党委会"))
    False
    """
    q = load_questions()
    asked = {u in q.occurrence_units for u in units if u in q.count_units}
    if not asked:
        return None
    counts = [u for u in q.count_units if (u in q.occurrence_units) in asked]
    return re.compile(r"\d(?:[\d.]*)(?:余|多)?(?:" + "|".join(map(re.escape, counts)) + ")")   # 10余次, 20多个


def counted_nouns(question: str) -> list[str]:
    """What a count question counts, when it names it right after 多少/几+unit: a sentence counting
    something else does not answer it.

    >>> counted_nouns("一共反馈了多少个问题？整改完成多少？"), counted_nouns("反馈的问题有多少个？"), counted_nouns("处理了几人？")
    (['问题'], ['问题'], [])
    >>> counted_nouns("一共出了多少条整改措施？"), counted_nouns("提了几条反馈意见？"), counted_nouns("移交了几条问题线索？")
    (['措施'], ['意见'], ['线索'])
    """
    q = load_questions()
    nouns = q.named_with_count | q.counted_apart
    named = [next((m for m in nouns if n + m in question), n)   # 几条问题线索: the 线索, the head of the compound
             for n in q.counted.findall(question) + q.counted_before.findall(question) if n in nouns]
    return named or q.counted_qualified.findall(question)   # 多少条整改措施: the noun after its qualifier


def counted_things(question: str) -> list[str]:
    """The last character of the thing a count question counts and lists (几个工作组 -> 组; 内设了哪些工作组，共几个 -> 组):
    a clause counting another thing (制度13个) does not answer it. [] when the count names no thing (一共几个？).

    >>> counted_things("下设了几个工作组？"), counted_things("内设了哪些工作组，共几个？"), counted_things("一共几个？")
    (['组'], ['组'], [])
    """
    q = load_questions()
    counted = q.members_counted.search(question)
    noun = counted.group(1).lstrip("".join(q.count_units)) if counted else ""   # 几回 / 几次会: the unit is no noun
    nouns = [noun] if noun and noun not in q.members_classifiers else []
    return [n.split("的")[0][-1] for n in nouns or q.members_which.findall(question) if n.split("的")[0]]   # 几个方面的问题: 面
