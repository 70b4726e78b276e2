"""A slogan's figure asked without its quotes (打通审计监督最后多少米 of “最后100米”): the words around the figure of a quote
the notice writes stand around the 多少/几 asked (genre/data/questions.toml [quoted_ask] figure_quote).

Example:
    >>> slogan_asked("广州审计整改要打通审计监督最后多少米", "打通审计监督“最后100米”。")
    True
    >>> slogan_asked("那个“1135”是多少", "服务市委“1135”工作思路"), slogan_asked("整改了多少个问题", "“最后100米”")
    (False, False)
"""
from __future__ import annotations

import functools
import re

from genre.data_files import section_patterns

ASKED = r"(?:多少|几)"


@functools.cache
def _figure_quote() -> re.Pattern[str]:
    return section_patterns("questions.toml", "quoted_ask", ("figure_quote",))["figure_quote"]


def slogan_asked(question: str, text: str) -> bool:
    """Whether QUESTION asks the figure of a quote of TEXT holding one, with its words around it (see the example)."""
    for m in _figure_quote().finditer(text):
        before, after = m.group(1), m.group(3)
        if len(before) + len(after) >= 2 and re.search(re.escape(before) + ASKED + re.escape(after), question):
            return True
    return False
