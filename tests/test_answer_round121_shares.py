"""Round 121 (session 23, fresh66): shares and counts staff ask.

- A share asked beside another ask (整改到位的占几成？没整改的钱还剩多少？) is worked out from the ask of the share alone:
  the not-done word of the other ask does not turn it into the share not done; the whole the question names (问题资金)
  is never taken as its own part (answer/worked.py share_note).
"""
from __future__ import annotations

from answer.worked import share_note
from tests.conftest import dev_text


def _sentence(prefix: str, start: str, end: str) -> str:
    text = dev_text(prefix)
    a = text.index(start)
    return text[a:text.index(end, a) + len(end)]


def test_share_done_beside_an_ask_of_what_is_left():
    t = _sentence("d01", "问题资金", "未整改资金35435.70万元")
    note = share_note("审计查出的问题资金，到报告日整改到位的大概占几成？没整改的钱还剩多少？", t, t)
    assert "215587.84万元/251023.54万元" in note and "85.9%" in note


def test_share_not_done_still_asked_by_its_own_words():
    t = _sentence("d01", "问题资金", "未整改资金35435.70万元")
    assert "35435.70万元/251023.54万元" in share_note("没整改到位的资金占几成？", t, t)
