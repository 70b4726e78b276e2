"""Staff's spoken words put as notices write them (genre/data/questions.toml [staff_words]: 挂帅 -> 组长, 盯住 -> 督促),
so a question is searched and checked in the notices' own words.

Example:
    >>> in_notice_words("领导小组挂帅的是谁？")
    '领导小组组长的是谁？'
"""
from __future__ import annotations

import re

from genre.questions import load_questions


def in_notice_words(question: str) -> str:
    """The question with staff's spoken words put as notices write them (staff_words).

    >>> in_notice_words("领导小组挂帅的是谁？")
    '领导小组组长的是谁？'

    A status already in the notices' wording (items.toml [[status]]) stays as it is: 改完 -> 完成整改, but not inside
    阶段性整改完成; a spoken word reaching past it is put as written (没完成整改 -> 未完成整改) (round 86 status).

    >>> in_notice_words("阶段性整改完成的有几个"), in_notice_words("改完的有几个"), in_notice_words("还没完成整改的")
    ('阶段性整改完成的有几个', '完成整改的有几个', '还未完成整改的')
    """
    from genre import load_genre   # genre/__init__ reads this module's package: imported when first asked
    words = [s.word for s in load_genre().status_words]
    for spoken, written in load_questions().staff_words:
        if spoken not in question:
            continue
        held = [(m.start(), m.end()) for w in words if w in question for m in re.finditer(re.escape(w), question)]
        question = re.sub(re.escape(spoken), lambda m: m.group() if any(a <= m.start() and m.end() <= b for a, b in held)
                          else written, question)   # 改完 inside 整改完成: the notices' own status word
    return question
