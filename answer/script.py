"""Questions typed in traditional characters, read in simplified ones (the notices' script).

Staff in some offices type 繁體; the notices, the genre data and every cue are simplified. The question (never the
notice text: quotes stay verbatim) is converted with OpenCC's t2s table before anything reads it. A question already
in simplified characters is left as it is (tests/test_answer_round75_approx.py checks every eval question).

    >>> simplified("莆田市司法局巡察整改進展通報是哪天發布的？", "t2s")
    '莆田市司法局巡察整改进展通报是哪天发布的？'
    >>> simplified("進展通報", "off")
    '進展通報'
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _converter() -> Any:
    """OpenCC's traditional-to-simplified converter, built once per process."""
    import opencc   # requirements.txt pins it; imported on first use only
    return opencc.OpenCC("t2s")


def simplified(question: str, mode: str = "t2s") -> str:
    """`question` in simplified characters when `mode` is "t2s" (Settings.question_script); as typed when "off".

    >>> simplified("離反饋意見過了多少天")
    '离反馈意见过了多少天'
    """
    if mode != "t2s" or not question:
        return question
    return _converter().convert(question)
