"""Item-level asks (genre/data/questions.toml): a finding named in the asker's own gist with its progress asked
([asks_about_problem] `status`: 执行案款发放不及时的问题整改得怎么样了, 公车私用那个问题改完了没有, 学习不主动的那一条，现在什么
进度) and which items are still open ([asks_done] `which_open`: 还有哪些没全改完).

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
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """[asks_about_problem] status and positional, [asks_done] which_open, read once; raises GenreDataError naming the key."""
    keys = (("asks_about_problem", "status"), ("asks_about_problem", "positional"), ("asks_done", "which_open"))
    return tuple(compile_re(get(section(FILE, sec), key, str, FILE, sec), FILE, f"{sec}.{key}") for sec, key in keys)


def status_problem(question: str) -> str:
    """The finding (as the asker words it) whose progress QUESTION asks; "" when none is named or it is a position.

    >>> status_problem("利州区法院执行案款发放不及时的问题整改得怎么样了？"), status_problem("第三条改完了没有？")
    ('利州区法院执行案款发放不及时', '')
    """
    status, positional, _ = _patterns()
    asked = status.search(question)
    problem = asked.group(1) if asked else ""
    return "" if positional.search(problem) else problem


def open_asked(question: str) -> bool:
    """Whether QUESTION asks which items are still open (还有哪些没全改完, 没改完的是哪个).

    >>> open_asked("29个问题里还有哪些没全改完？"), open_asked("29个问题改完了吗？")
    (True, False)
    """
    return bool(_patterns()[2].search(question))
