"""Which one-character Chinese numerals before a measure word are counts (genre/data/figures.toml [numerals]): notices
write small counts so (先后八次召开, 问题四个, 中心组学习一次) beside set phrases (两个规划, 八项规定), sessions' numbers
(十五届二次全会) and the article 一 (是一次全面“体检”, 一件一件, 捆在一起). Read by genre/figures.py cn_counts.

Example:
    >>> t = "推动两个规划落实,市局先后八次召开党委会"
    >>> no_count(t, t.find("两"), t.find("两") + 2), no_count(t, t.find("八"), t.find("八") + 2)
    (True, False)
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre.data_files import compile_re, get, section

FILE = "figures.toml"


@dataclass(frozen=True)
class SmallCounts:
    set_phrase: re.Pattern[str]           # words after N个/N项 making a set phrase (两个规划, 八项规定)
    ordinal_before: re.Pattern[str]       # words before a numeral making it an ordinal (十五届二次全会)
    one_article_before: re.Pattern[str]   # words before 一 making it the article (是一次全面“体检”)
    one_article_after: re.Pattern[str]    # words after 一+measure making it the article (一项重大任务)
    one_word: re.Pattern[str]             # 一+measure making a word (一起 together)
    one_by_one: str                       # the same 一+measure again right after (一个一个, 解决一个、销号一个)
    one_by_one_before: str                # ... or right before (the second 一件 of 一件一件); MEASURE stands for it


@functools.cache
def _small() -> SmallCounts:
    sec = section(FILE, "numerals")
    keys = ("set_phrase", "ordinal_before", "one_article_before", "one_article_after", "one_word")
    pats = {k: compile_re(get(sec, k, str, FILE, "numerals"), FILE, f"numerals.{k}") for k in keys}
    return SmallCounts(*(pats[k] for k in keys), get(sec, "one_by_one", str, FILE, "numerals"),
                       get(sec, "one_by_one_before", str, FILE, "numerals"))


def no_count(text: str, start: int, end: int) -> bool:
    """Whether the numeral at START, its measure ending at END, names a set phrase (两个规划, 八项规定) or a session
    (十五届二次全会) rather than a count.

    >>> t = "落实中央八项规定精神,省委十五届二次全会,已整改二项"
    >>> [no_count(t, t.find(n), t.find(n) + 2) for n in ("八", "二次", "二项")]
    [True, True, False]
    """
    small = _small()
    return bool(small.ordinal_before.search(text, 0, start) or small.set_phrase.match(text, end))


def one_counts(text: str, start: int, end: int) -> bool:
    """Whether 一 at START, its measure ending at END, is written as a count: not the article after a word of being or
    of order, before a word of kind, in a word (一起) or one by one (genre figures.toml [numerals]).

    >>> def at(t): return one_counts(t, t.find("一"), t.find("一") + 2)
    >>> [at(t) for t in ("中心组学习一次、支部学习四次", "研究制定一个总方案", "对一人予以记过处分", "作为一项重大任务",
    ...  "巡察是一次全面“体检”", "一个一个解决", "把整改和中心工作捆在一起推进", "查处一起违纪案件", "头一件事")]
    [True, True, True, False, False, False, False, True, False]
    >>> t = "解决一个、销号一个"; one_counts(t, t.rfind("一"), t.rfind("一") + 2)
    False
    """
    small, unit = _small(), text[start + 1:end]
    if (small.one_article_before.search(text, 0, start) or small.one_article_after.match(text, end)
            or small.one_word.match(text, start + 1)):
        return False
    before = small.one_by_one_before.replace("MEASURE", re.escape(unit))
    return not (re.match(f"(?:{small.one_by_one}){re.escape(unit)}", text[end:]) or re.search(before, text[:start]))
