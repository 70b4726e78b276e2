"""Mend what OCR does to Chinese official text (genre/data/ocr.toml), in a scanned page's text only.

OCR reads a printed page well but for a few confusions of its own: an outline marker's thin 、 lost
(一提高政治站位 above 二、加强组织领导), a dash between two figures read as the numeral 一 (2023一2027).
They are undone here, before the text is cleaned, so a scan reads as the notice it was printed from.

Example:
    >>> mend_ocr("一提高政治站位\\n二、加强组织领导\\n实施方案(2023一2027)")
    '一、提高政治站位\\n二、加强组织领导\\n实施方案(2023—2027)'
"""
from __future__ import annotations

import re

from genre.data_files import compile_re, get, section

_FILE = "ocr.toml"
_MARKER = section(_FILE, "lost_marker")
NUMERALS = get(_MARKER, "numerals", str, _FILE, "lost_marker")
NOT_AFTER = compile_re(get(_MARKER, "not_after", str, _FILE, "lost_marker"), _FILE, "lost_marker.not_after")
MAX_CHARS = get(_MARKER, "max_chars", int, _FILE, "lost_marker")
_DASH = section(_FILE, "digit_dash")
DIGIT_DASH = compile_re(get(_DASH, "pattern", str, _FILE, "digit_dash"), _FILE, "digit_dash.pattern")
DASH = get(_DASH, "dash", str, _FILE, "digit_dash")
_BARE = re.compile(rf"^([{NUMERALS}]{{1,2}})(?=[\u4e00-\u9fff])")
_MARKED = re.compile(rf"^([{NUMERALS}]{{1,2}})[、.．]")


def _value(numeral: str) -> int:
    """一 -> 1, 十 -> 10, 十二 -> 12, 二十 -> 20 (outline numerals up to 99)."""
    digits = [NUMERALS.index(c) + 1 for c in numeral]
    if len(digits) == 1:
        return digits[0]
    return digits[0] * 10 if digits[1] == 10 else (10 + digits[1] if digits[0] == 10 else digits[0] * 10 + digits[1])


def _marker_value(line: str) -> int | None:
    m = _MARKED.match(line.strip())
    return _value(m.group(1)) if m else None


def lost_marker(lines: list[str], i: int) -> bool:
    """Line I opens a heading whose 、 OCR lost: a numeral and a word, short, no 是/批/年 after it, and the
    nearest line above or below holding a marked heading (二、…) numbers one after or before it.

    >>> lost_marker(["一提高政治站位", "二、加强组织领导"], 0), lost_marker(["一批问题已整改", "二、加强组织领导"], 0)
    (True, False)
    """
    line = lines[i].strip()
    m = _BARE.match(line)
    if not m or len(line) > MAX_CHARS or NOT_AFTER.match(line[m.end():]):
        return False
    n = _value(m.group(1))
    near = [j for j in (i - 1, i + 1) if 0 <= j < len(lines)]
    return any(_marker_value(lines[j]) == n + (1 if j > i else -1) for j in near)


def mend_ocr(text: str) -> str:
    """TEXT of an OCR'd page with OCR's confusions undone (see module doc)."""
    lines = DIGIT_DASH.sub(DASH, text).split("\n")
    return "\n".join(_BARE.sub(r"\1、", ln.strip(), count=1) if lost_marker(lines, i) else ln
                     for i, ln in enumerate(lines))
