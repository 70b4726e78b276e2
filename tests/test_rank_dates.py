"""Integration: a question asking a date ranks the windows that state days first (weights.DATE_WEIGHT)."""
from __future__ import annotations

import re

import pytest

from retrieval.search.rank import search

pytestmark = pytest.mark.integration


def test_a_date_question_finds_a_window_stating_days_first(index):
    hits = search(index, "机关事务管理局那次巡视反馈会是什么时候开的？", k=3)
    assert re.search(r"\d{1,2}月\d{1,2}日", hits[0].text)
