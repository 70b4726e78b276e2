"""Next steps asked of a notice that writes none (鲤城社科联下一步还准备怎么做): rectification reports that plan further
work write it in a passage of its own (下一步,我局将…; 今后…); without one, the reply says no next steps are stated
(genre questions.toml [next_steps])."""
from __future__ import annotations

import functools
import re

from genre.data_files import get, section

FILE = "questions.toml"
NO_NEXT = "通报没有写下一步的打算或安排。"


@functools.cache
def _pattern(key: str) -> re.Pattern[str]:
    return re.compile(get(section(FILE, "next_steps"), key, str, FILE, "next_steps"))


def next_steps_unstated(question: str, texts: list[str], plan: bool = False) -> str:
    """NO_NEXT when QUESTION asks what comes next (下一步还准备怎么做, 接下来打算怎么干) and none of TEXTS (the answering
    notices) writes a passage about the time ahead; "" otherwise, and for a work plan (PLAN: all of it is what comes next).

    >>> next_steps_unstated("下一步还准备怎么做？", ["一是加强组织领导,明确整改任务。"])
    '通报没有写下一步的打算或安排。'
    >>> next_steps_unstated("下一步还准备怎么做？", ["下一步,我局将持续巩固整改成果。"])
    ''
    >>> next_steps_unstated("整改措施有哪些？", ["一是加强组织领导。"])
    ''
    """
    if plan or not texts or not _pattern("asked").search(question):
        return ""
    return "" if any(_pattern("written").search(t) for t in texts) else NO_NEXT
