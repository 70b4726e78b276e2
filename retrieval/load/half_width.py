"""Full-width digits read as the digits staff type (２０２３年, １．０５亿元 -> 2023年, 1.05亿元), one character for one, so
lengths and offsets are unchanged: done to a notice's text before it is cleaned (retrieval.load.clean), so a
question's 2023 finds them and quotes show the text so read.

Example:
    >>> half_width_digits("整改资金１．０５亿元，完成２３项")
    '整改资金1.05亿元，完成23项'
"""
from __future__ import annotations

import re

DIGITS_FULL_TO_HALF = str.maketrans({chr(c + 0xFEE0): chr(c) for c in range(ord("0"), ord("9") + 1)})
_FULL_POINT = re.compile(r"(?<=\d)．(?=\d)")   # the full-width point between digits is a decimal point


def half_width_digits(text: str) -> str:
    """Full-width digits (and a full-width point between them) as half-width, one character for one.

    >>> half_width_digits("整改资金１．０５亿元，完成２３项")
    '整改资金1.05亿元，完成23项'
    """
    return _FULL_POINT.sub(".", text.translate(DIGITS_FULL_TO_HALF))
