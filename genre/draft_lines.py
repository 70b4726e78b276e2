"""Draft lines (genre/data/measures.toml [draft_lines]): a measure line that is only the basis of the action
(根据《…》文件要求) is no measure by itself; the drafter takes the action that follows it too (ledger/draft.py). The
notice's own rectification-work items (二是加强组织领导,明确整改任务。…) are drafting examples too (ledger/work_items.py).

Example:
    >>> basis_only("根据〔文件名称〕文件要求"), basis_only("制定全年学习计划")
    (True, False)
"""
from __future__ import annotations

import functools
import re

from genre.data_files import compile_re, get, section

FILE = "measures.toml"


@functools.cache
def _pattern(key: str) -> re.Pattern[str]:
    t = section(FILE, "draft_lines")
    return compile_re(get(t, key, str, FILE, "draft_lines"), FILE, f"draft_lines.{key}")


def work_lead() -> re.Pattern[str]:
    """A paragraph lead about the rectification itself (把巡察整改作为重大政治任务来抓)."""
    return _pattern("work_lead")


def work_title() -> re.Pattern[str]:
    """A rectification-work item's two-phrase title (加强组织领导,明确整改任务。)."""
    return _pattern("work_title")


def basis_only(line: str) -> bool:
    """True when `line` is a basis clause and nothing else (根据《…》要求, 按照上级部署)."""
    return bool(_pattern("basis").search(line.strip()))
