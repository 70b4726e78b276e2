"""A count of a listed set's members asked by a word their names hold (其中带“专项”两个字的有几个; genre questions.toml
[holding_members]): read here, counted by answer/holding.py, and blanked where the question's figures are read, since
it counts members of a list, not a figure the notice states.

    >>> holding_asked("其中带“专项”两个字的有几个")
    '专项'
"""
from __future__ import annotations

import functools
import re

from genre.data_files import section_patterns


@functools.cache
def _holding() -> re.Pattern[str]:
    return section_patterns("questions.toml", "holding_members", ("pattern",))["pattern"]


def holding_asked(question: str) -> str:
    """The word a count of listed members is asked by (其中带“专项”的有几个 -> 专项), or "".

    >>> holding_asked("其中带“专项”两个字的有几个"), holding_asked("名字里有机制两个字的有多少"), holding_asked("分了几个组")
    ('专项', '机制', '')
    """
    m = _holding().search(question)
    return (m.group("word") or m.group("bare")) if m else ""


def without_holding(question: str) -> str:
    """QUESTION with its holding-count ask blanked: it counts members of a list, not a figure the notice states.

    >>> without_holding("分了几个组？其中带“专项”的有几个？")
    '分了几个组？其中 ？'
    """
    return _holding().sub(" ", question)
