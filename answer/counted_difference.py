"""A difference asked of two things a notice counts by different nouns (措施比问题多几条, 制度比处理的人多多少): the count
beside each noun, people counted by their own unit (谈话提醒24人), said as worked out ("按通报数字推算").

Example:
    >>> counted_difference("制定的整改措施比反馈的问题多几条？", "对巡察反馈的3个方面6项共11个问题,制定整改措施14条")
    '（按通报数字推算：措施14条−问题11个，相差3条。）'
"""
from __future__ import annotations

import re

from genre.comparisons import compared_subjects
from genre.questions import load_questions
from genre.staff_words import in_notice_words


def counted_difference(question: str, lead: str) -> str:
    """For a difference asked of two things counted by different nouns (措施比问题多几条, 制度比处理的人多多少): the count
    beside each noun in the LEAD (整改措施14条, 11个问题), when both count things (genre count_units, not occurrences); people
    (处理的人, 干部) are counted by their own unit (谈话提醒24人), when the lead counts people once; "" otherwise.

    >>> counted_difference("制定的整改措施比反馈的问题多几条？", "对巡察反馈的3个方面6项共11个问题,制定整改措施14条")
    '（按通报数字推算：措施14条−问题11个，相差3条。）'
    >>> counted_difference("建的制度比处理的人多出多少？", "给予责令检查、批评教育、谈话提醒24人,建立完善制度45项")
    '（按通报数字推算：制度45项−处理24人，相差21。）'
    """
    q = load_questions()
    subjects = compared_subjects(in_notice_words(question))
    nouns = [next((n for n in q.named_with_count if n in s), PEOPLE if _people(s) else "") for s in subjects] if subjects else []
    if len(nouns) != 2 or "" in nouns or nouns[0] == nouns[1]:
        return ""
    people = next((_people_named(s) for s in subjects if _people(s)), PEOPLE)   # 处理(24人), 干部(3名)
    units = "|".join(re.escape(u) for u in q.count_units if u not in q.occurrence_units)
    said = []
    for noun in nouns:
        if noun == PEOPLE:   # 24人, 3名: people counted once in the lead, else which of them is not known
            found = list(PEOPLE_COUNT.finditer(lead))
            if len(found) != 1:
                return ""
            said.append((people, found[0].group(1), found[0].group(2)))
            continue
        m = re.search(rf"(\d+)\s*({units})[\u4e00-\u9fff]{{0,4}}?{noun}|{noun}(\d+)\s*({units})", lead)
        if m is None:
            return ""
        said.append((noun, m.group(1) or m.group(3), m.group(2) or m.group(4)))
    big, small = sorted(said, key=lambda f: -int(f[1]))
    asked = q.asked_unit.search(question)
    return (f"（按通报数字推算：{big[0]}{big[1]}{big[2]}−{small[0]}{small[1]}{small[2]}，"
            f"相差{int(big[1]) - int(small[1])}{asked.group(1) if asked else ''}。）")


PEOPLE = "人"
HEADCOUNT = "人数"   # 被处理的人数: staff ask people's count as 人数, the notice counts them in 人 (谈话提醒24人)
PEOPLE_COUNT = re.compile(r"(?<![\d.])(\d+)\s*(人|名)(?!民|员|大|次)")   # 谈话提醒24人, 3名干部 (not 人民, 人次)


def _people(subject: str) -> bool:
    """Whether a compared SUBJECT names people (处理的人, 问责的干部): genre's people words, or 人 ending it."""
    return subject.endswith((PEOPLE, HEADCOUNT)) or bool(load_questions().named_people.search(subject))


def _people_named(subject: str) -> str:
    """How a SUBJECT naming people is said beside their count: the genre's people word (干部), else the act done to them
    (处理的人 -> 处理).

    >>> _people_named("嘉兴文广旅局整改中处理的人"), _people_named("问责的干部"), _people_named("被处理的人数")
    ('处理', '干部', '处理')
    """
    word = load_questions().named_people.search(subject)
    return word.group() if word else subject.removesuffix(HEADCOUNT).removesuffix(PEOPLE).removesuffix("的")[-2:] or PEOPLE
