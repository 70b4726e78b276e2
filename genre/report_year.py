"""A year the question writes to name the report or rectification asked about (2017年度审计整改, 2020年度整改报告里), not
the year of the figure asked (genre/data/questions.toml [other_year] names_report).

Example:
    >>> report_years("慈溪2017年度审计整改 附海镇是针对几个问题"), report_years("2017年度审计查出多少问题")
    (('2017',), ())
"""
from __future__ import annotations

import functools
import re

from genre.data_files import section_patterns


@functools.cache
def _names_report() -> re.Pattern[str]:
    return section_patterns("questions.toml", "other_year", ("names_report",))["names_report"]


def report_years(question: str) -> tuple[str, ...]:
    """The years QUESTION writes before the rectification or its report (see the module's example)."""
    return tuple(dict.fromkeys(m.group(1) for m in _names_report().finditer(question)))
