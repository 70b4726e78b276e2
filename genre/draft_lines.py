"""Draft lines (genre/data/measures.toml [draft_lines]): a measure line that is only the basis of the action
(根据《…》文件要求) is no measure by itself; the drafter takes the action that follows it too (ledger/draft.py).

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
def _basis() -> re.Pattern[str]:
    t = section(FILE, "draft_lines")
    return compile_re(get(t, "basis", str, FILE, "draft_lines"), FILE, "draft_lines.basis")


def basis_only(line: str) -> bool:
    """True when `line` is a basis clause and nothing else (根据《…》要求, 按照上级部署)."""
    return bool(_basis().search(line.strip()))
