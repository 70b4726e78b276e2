"""How staff type a question in a hurry (genre/data/asking.toml [width], [[slip]]): full-width digits and letters read as
ASCII, slips of the input method read as the word notices write. genre.asking.plain_question calls it first.

Example:
    >>> typed_plain("慈溪２０１８年度的审计查出问题整改了多少"), typed_plain("整改措失细化了多少条　以经整改完的占多少")
    ('慈溪2018年度的审计查出问题整改了多少', '整改措施细化了多少条，已经整改完的占多少')
"""
from __future__ import annotations

import functools
import re

from genre.data_files import compile_re, entries, get, section

FILE = "asking.toml"
WIDE_OFFSET = 0xFEE0   # a full-width form's code point minus its ASCII one (Unicode Halfwidth and Fullwidth Forms)


@functools.cache
def _width_table() -> dict[int, str]:
    width = section(FILE, "width")
    wide, table = get(width, "wide", str, FILE, "width"), {}
    for m in re.finditer(r"(.)-(.)", wide):
        table.update({c: chr(c - WIDE_OFFSET) for c in range(ord(m.group(1)), ord(m.group(2)) + 1)})
    table.update({ord(c): " " for c in get(width, "spaces", str, FILE, "width")})
    return table


@functools.cache
def _slips() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((compile_re(get(e, "typed", str, FILE, w), FILE, w), get(e, "written", str, FILE, w))
                 for w, e in entries(FILE, "slip"))


def width_read(question: str) -> str:
    """QUESTION with full-width digits, letters and the ideographic space as ASCII (asking.toml [width]).

    >>> width_read("２０１８年度ＰＰＰ项目？")
    '2018年度PPP项目？'
    """
    return question.translate(_width_table())


def slips_written(question: str) -> str:
    """QUESTION with each input-method slip (asking.toml [[slip]]) written as the word it stands for.

    >>> slips_written("厦门体育局 整改措失细化了多少条"), slips_written("举措失当，以经济建设为中心")
    ('厦门体育局 整改措施细化了多少条', '举措失当，以经济建设为中心')
    """
    for typed, written in _slips():
        question = typed.sub(written, question)
    return question


@functools.cache
def _clause_space() -> tuple[re.Pattern[str], str, re.Pattern[str]]:
    space = section(FILE, "clause_space")
    asks = get(section(FILE, "particles"), "asks", str, FILE, "particles")
    return (compile_re(get(space, "pattern", str, FILE, "clause_space"), FILE, "clause_space"),
            get(space, "written", str, FILE, "clause_space"), compile_re(asks, FILE, "particles.asks"))


CLAUSE_START = re.compile(r"[，,。；;？?！!：:][^，,。；;？?！!：:]*$")


def spaces_read(question: str) -> str:
    """QUESTION with each space that closes an asking clause written as a comma (asking.toml [clause_space]).

    >>> spaces_read("瑞金审计整改报告里 财政部门的问题一共几项 已经整改完的占多少")
    '瑞金审计整改报告里 财政部门的问题一共几项，已经整改完的占多少'
    """
    pattern, written, asks = _clause_space()
    out, last = [], 0
    for m in pattern.finditer(question):
        start = CLAUSE_START.search(question, 0, m.start())
        before = question[max(last, start.start() + 1 if start else 0):m.start()]
        if asks.search(before):
            out += [question[last:m.start()], written]
            last = m.end()
    return "".join(out) + question[last:]


def typed_plain(question: str) -> str:
    """QUESTION with its widths read, its slips written and its asking clauses parted (width_read, slips_written,
    spaces_read)."""
    return spaces_read(slips_written(width_read(question)))
