"""A finding named in the asker's own gist with its progress asked (genre/data/questions.toml [asks_about_problem]
`status`): 执行案款发放不及时的问题整改得怎么样了, 公车私用那个问题改完了没有, 学习不主动的那一条，现在什么进度.

Example:
    >>> status_problem("芦淞区司法局公车私用那个问题改完了没有？")
    '芦淞区司法局公车私用'
"""
from __future__ import annotations

import functools
import re

from genre.data_files import compile_re, get, section

FILE = "questions.toml"


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """[asks_about_problem] status and positional, read once; raises GenreDataError naming the key."""
    data = section(FILE, "asks_about_problem")
    return tuple(compile_re(get(data, key, str, FILE, "asks_about_problem"), FILE, f"asks_about_problem.{key}")
                 for key in ("status", "positional"))


def status_problem(question: str) -> str:
    """The finding (as the asker words it) whose progress QUESTION asks; "" when none is named or it is a position.

    >>> status_problem("利州区法院执行案款发放不及时的问题整改得怎么样了？"), status_problem("第三条改完了没有？")
    ('利州区法院执行案款发放不及时', '')
    """
    status, positional = _patterns()
    asked = status.search(question)
    problem = asked.group(1) if asked else ""
    return "" if positional.search(problem) else problem
