"""A count of cases asked (通报了几起违纪案例, 查处了几起案件) where no quote counts in a case classifier (起, 宗, 件): a count of
occasions (3次…专题解读) or of other things is no answer (genre claims.toml [asked_case]). A refusal check hooked into
answer.refusal.overruled.

Example:
    >>> case_count_unstated("在全院干警大会上通报了几起违纪案例？", ["3次在全院干警大会上对“三个规定”进行专题解读"])
    '通报没有写明所问的案件、案例数量。'
"""
from __future__ import annotations

import functools
import re

from genre.data_files import compile_re, read_toml

NO_CASES = "通报没有写明所问的案件、案例数量。"


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The ask of a count of cases and a written count of cases (claims.toml [asked_case])."""
    data = read_toml("claims.toml")["asked_case"]
    return (compile_re(data["asked"], "claims.toml", "asked_case.asked"),
            compile_re(data["stated"], "claims.toml", "asked_case.stated"))


def case_count_unstated(question: str, quotes: list[str]) -> str:
    """Why no reply quoting QUOTES may stand when QUESTION asks a count of cases none of them writes; "" otherwise.

    >>> case_count_unstated("查处了几起违纪案件？", ["查处违纪违法案件3起,给予党纪处分4人"])
    ''
    """
    asked, stated = _patterns()
    if not asked.search(question) or any(stated.search(q) for q in quotes):
        return ""
    return NO_CASES
