"""Decode notice bytes: UTF-8/16/32 (BOM), GB18030/GBK, Big5 (cp950, Big5-HKSCS); refuse mojibake.

Big5 bytes nearly always decode as GB18030 too, into garbage. So bytes that are not UTF-8 are
decoded strictly with each legacy codec and the most plausible result wins: the share of its
non-ASCII characters that are common Chinese characters (GB2312 level 1 + Big5 常用字, read from
the codec tables) or ordinary punctuation. A right decoding scores ~0.99; Big5 read as GB18030
~0.2-0.4. If even the best candidate is below REFUSE_BELOW, `GarbledTextError` is raised: better
no notice than an indexed one full of 亂碼.

Example:
    >>> decode_text("关于巡察整改进展情况的通报".encode("gbk"))
    ('关于巡察整改进展情况的通报', 'gb18030')
    >>> decode_text("關於巡察整改進展情況的通報".encode("big5"))
    ('關於巡察整改進展情況的通報', 'big5')
"""
from __future__ import annotations

import functools
import re

LEGACY = ("gb18030", "big5", "cp950", "big5hkscs")  # GB first: it wins ties
REFUSE_BELOW = 0.6   # plausibility under which a guessed decoding is called mojibake
MIN_JUDGED = 20      # fewer non-ASCII characters than this: too little to call it mojibake
_GB_NAMES = {"gbk", "gb2312", "gb_2312-80", "x-gbk", "cp936", "euc-cn", "gb18030"}
_BIG5_NAMES = {"big5", "big5-hkscs", "big5hkscs", "cp950", "x-x-big5", "csbig5", "ms950", "windows-950"}
_BAD = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\ufffd]")  # control characters other than \t \n \f \r
_NON_TEXT = re.compile(r"[\x00-\x7f\s]+")
_CP1252_BACK = {ord(bytes([b]).decode("cp1252")): b  # "€" -> 0x80 …; the 5 unmapped bytes stay U+0081 …
                for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}
_PUNCT = ("\u3000-\u303f\uff00-\uffef\u2010-\u2027\u2030-\u203b\u2160-\u217f\u2460-\u24ff\u25a0-\u25ff"
          "·×÷°±§≤≥≠℃№★☆→")


class GarbledTextError(ValueError):
    """The bytes decode, but only into mojibake (or not into Chinese at all)."""


@functools.cache
def plausible_chars() -> frozenset[str]:
    """Common hanzi (GB2312 level 1 B0A1-D7F9, Big5 常用字 A440-C67E) and punctuation: ~7,300 chars."""
    pairs = [("gb2312", bytes([hi, lo])) for hi in range(0xB0, 0xD8) for lo in range(0xA1, 0xFF)]
    pairs += [("big5", bytes([hi, lo])) for hi in range(0xA4, 0xC7) for lo in [*range(0x40, 0x7F), *range(0xA1, 0xFF)]
              if hi << 8 | lo <= 0xC67E]
    chars = {_strict(two, codec) for codec, two in pairs} - {None}
    chars.update(re.findall(f"[{_PUNCT}]", "".join(map(chr, range(0x80, 0x10000)))))
    return frozenset(chars)


def plausibility(text: str) -> tuple[float, int]:
    """(share of non-ASCII, non-space characters that are common hanzi or punctuation, their count).

    >>> plausibility("根据市委统一部署，现将整改情况予以公布。")
    (1.0, 20)
    """
    rest = _NON_TEXT.sub("", text)
    if not rest:
        return 1.0, 0
    ok = plausible_chars()
    return sum(map(ok.__contains__, rest)) / len(rest), len(rest)


def looks_textual(text: str) -> bool:
    """True when under 1% of the characters are control characters or U+FFFD."""
    if not text.strip():
        return False
    return len(_BAD.findall(text)) / len(text) < 0.01


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _is_garbled(text: str) -> bool:
    share, judged = plausibility(text)
    return judged >= MIN_JUDGED and share < REFUSE_BELOW


def best_legacy(data: bytes, encodings: tuple[str, ...] = LEGACY) -> tuple[str, str] | None:
    """The most plausible strict, textual decoding among `encodings` (one Big5 variant at most).

    >>> best_legacy("整改進展".encode("big5"))
    ('整改進展', 'big5')
    """
    found: list[tuple[str, str]] = []
    for enc in encodings:
        if enc in ("cp950", "big5hkscs") and any(e in ("big5", "cp950") for _, e in found):
            continue  # supersets of Big5: only needed when plain Big5 failed
        text = _strict(data, enc)
        if text is not None and looks_textual(text):
            found.append((text, enc))
    if not found:
        return None
    return max(found, key=lambda te: plausibility(te[0])[0])  # max keeps the first of equals


def _unless_double_encoded(text: str) -> str:
    """Refuse UTF-8 text that is GBK/Big5/UTF-8 bytes once read as Latin-1/cp1252 ('Õû¸Ä' for 整改)."""
    if not _is_garbled(text):
        return text
    try:
        raw = text.translate(_CP1252_BACK).encode("latin-1")
    except UnicodeEncodeError:
        return text  # not made of Latin-1/cp1252 characters: not this kind of mojibake
    fixed = _strict(raw, "utf-8") or (best_legacy(raw) or ("", ""))[0]
    if plausibility(fixed)[1] >= MIN_JUDGED and not _is_garbled(fixed):
        raise GarbledTextError("double-encoded")
    return text


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode text bytes; returns (text, encoding).

    Raises ValueError for binary data and GarbledTextError (a ValueError) for text that only
    decodes into mojibake. White space alone is returned as it is (an empty notice, not binary).
    """
    if data.startswith(b"\xef\xbb\xbf"):
        text = _strict(data[3:], "utf-8")
        if text is not None:
            return _unless_double_encoded(text), "utf-8-sig"
        data = data[3:]  # a UTF-8 BOM before GBK/Big5 bytes (some editors add one): judge the rest
    if data.startswith(b"\x84\x31\x95\x33"):  # the GB18030 byte order mark
        data = data[4:]
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):  # before UTF-16: same first two bytes
        return data.decode("utf-32"), "utf-32"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    text = _strict(data, "utf-8")
    if text is not None and looks_textual(text):
        return _unless_double_encoded(text), "utf-8"
    for enc in ("utf-8", "gb18030"):
        blank = _strict(data, enc)
        if blank is not None and not blank.strip():
            return blank, enc  # only white space (U+3000 too): empty, not binary; the loader says so
    best = best_legacy(data)
    if best is None:
        from charset_normalizer import from_bytes
        match = from_bytes(data).best()
        best = (str(match), match.encoding) if match is not None and looks_textual(str(match)) else None
    if best is None:
        raise ValueError("binary")
    if _is_garbled(best[0]):
        raise GarbledTextError(best[1])
    return best


def decode_html(data: bytes) -> tuple[str, str]:
    """Decode a web page ourselves (BOM, UTF-8, declared charset, then detection): lxml returns no
    text for GBK bytes whose <meta charset> it cannot apply, and Big5 pages are often undeclared."""
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode_text(data)
    text = _strict(data, "utf-8")
    if text is not None:
        return _unless_double_encoded(text), "utf-8"
    from bs4.dammit import EncodingDetector
    declared = (EncodingDetector.find_declared_encoding(data, is_html=True) or "").lower()
    if declared in _GB_NAMES or declared in _BIG5_NAMES:
        # GB18030 is a superset of pages labelled gb2312; cp950/HKSCS of Big5. A wrong label is overruled.
        family = ("gb18030",) if declared in _GB_NAMES else ("big5", "cp950", "big5hkscs")
        best = best_legacy(data, family)
        if best is not None and not _is_garbled(best[0]):
            return best
    elif declared and declared not in ("iso-8859-1", "latin-1", "windows-1252", "cp1252", "ascii", "us-ascii"):
        text = _strict(data, declared)  # Latin-1 & co. decode any bytes: a mislabelled Chinese page would be garbled
        if text is not None:
            return text, declared
    return decode_text(data)
