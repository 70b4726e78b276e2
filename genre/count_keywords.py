"""A count as one keyword in both scripts (genre/data/figures.toml [keyword_counts]): 29个问题 and 二十九个问题 are
the same words to the keyword search, whichever the question types and whichever the notice writes.

Example:
    >>> other_forms("29个问题里还没彻底完成的有几个")
    ['二十九个', '二十九']
    >>> other_forms("对巡察反馈的三个方面十一个问题")
    ['11']
"""
from __future__ import annotations

import functools
import re

from genre.data_files import compile_re, get, section
from genre.figures import cn_counts

FILE = "figures.toml"
KEY = "keyword_counts"
DIGITS = "零一二三四五六七八九"


@functools.cache
def _digits() -> re.Pattern[str]:
    return compile_re(get(section(FILE, KEY), "digits", str, FILE, KEY), FILE, f"{KEY}.digits")


@functools.cache
def _least() -> int:
    """The least count read in both scripts ([keyword_counts] least: 10)."""
    return get(section(FILE, KEY), "least", int, FILE, KEY)


def cn_written(n: int) -> str:
    """N (1..999) written in Chinese numerals as notices write a count: 29 -> 二十九, 10 -> 十, 105 -> 一百零五.

    >>> [cn_written(n) for n in (3, 10, 14, 29, 40, 105, 230)]
    ['三', '十', '十四', '二十九', '四十', '一百零五', '二百三十']
    """
    hundreds, rest = divmod(n, 100)
    tens, ones = divmod(rest, 10)
    out = DIGITS[hundreds] + "百" if hundreds else ""
    if tens:
        out += ("" if tens == 1 and not hundreds else DIGITS[tens]) + "十"
    elif hundreds and ones:
        out += "零"
    return out + (DIGITS[ones] if ones else "")


def other_forms(text: str) -> list[str]:
    """The keywords of each count TEXT writes, in the other script: a count in digits as its Chinese numeral with and
    without its measure word (29个 -> 二十九个, 二十九), one in Chinese numerals as its digits (十一个 -> 11); counts under
    ten (a date, a list number, the article: [keyword_counts] least) and of a thousand and more left out.

    >>> other_forms("整改措施14条，处理1人，建了3项制度"), other_forms("两千余万元，三项制度")
    (['十四条', '十四'], [])
    """
    least, out = _least(), []
    for m in _digits().finditer(text):
        n = int(m.group("n"))
        if n >= least:
            out += [cn_written(n) + m.group("unit"), cn_written(n)]
    out += [str(value) for m, value in cn_counts(text, asked=True) if least <= value < 1000]
    return list(dict.fromkeys(out))
