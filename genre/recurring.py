"""Recurring times (genre/data/questions.toml [recurring_time]): a time asked of a recurring act (每月啥时候碰头调度) is
answered by the recurring time a notice states (每月初召开工作例会), not by a day.

Example:
    >>> recurring_asked("湘潭妇联整改每月啥时候碰头调度"), recurring_said().findall("每月初召开工作例会,每周一调度")
    (True, ['每月初', '每周一'])
"""
from __future__ import annotations

import functools
import re

from genre.data_files import compile_re, get, section

FILE = "questions.toml"


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = section(FILE, "recurring_time")
    return (compile_re(get(data, "asked", str, FILE, "recurring_time"), FILE, "recurring_time.asked"),
            compile_re(get(data, "said", str, FILE, "recurring_time"), FILE, "recurring_time.said"))


def recurring_asked(question: str) -> bool:
    """Whether QUESTION names the recurrence of the act whose time it asks (每月…啥时候)."""
    return bool(_patterns()[0].search(question))


def recurring_said() -> re.Pattern[str]:
    """A recurring time as notices write it (每月初, 每周一, 每季度末, 每月5日前)."""
    return _patterns()[1]
