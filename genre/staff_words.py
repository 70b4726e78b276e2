"""Staff's spoken words put as notices write them (genre/data/questions.toml [staff_words]: 挂帅 -> 组长, 盯住 -> 督促),
so a question is searched and checked in the notices' own words.

Example:
    >>> in_notice_words("领导小组挂帅的是谁？")
    '领导小组组长的是谁？'
"""
from __future__ import annotations

from genre.questions import load_questions


def in_notice_words(question: str) -> str:
    """The question with staff's spoken words put as notices write them (staff_words).

    >>> in_notice_words("领导小组挂帅的是谁？")
    '领导小组组长的是谁？'
    """
    for spoken, written in load_questions().staff_words:
        question = question.replace(spoken, written)
    return question
