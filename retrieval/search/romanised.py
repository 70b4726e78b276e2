"""Places named in a romanised file name: notices downloaded from agency sites are often saved under
pinyin names (mianyang-sfj-xczg.docx, jiaxing_wenguanglv.pdf). Read only when a notice's own text
names no place (retrieval.search.profile), as the Chinese file name is.

A word of the stem (letters only, at least 5) names a division when it is the toneless pinyin of the
division's full name or a short form (mianyang, mianyangshi -> 绵阳市). Pinyin shared by different
names (licheng: 鲤城区, 历城区; tongchuan: 铜川市, 通川区) names no place; one name borne by several
divisions is read as find_places reads it, at the highest level when one alone is there
(zhongshan -> 中山市 over 中山区), else not at all. Conversion by pypinyin; the index is
built once (~1 s) on first use.

Example:
    >>> [p.full_name for p in romanised_places("d05_mianyang-justice-bureau-inspection")]
    ['绵阳市']
"""
from __future__ import annotations

import functools
import re

from pypinyin import lazy_pinyin

from genre.places import LEVELS, Place, division_codes, division_names, place_chain

WORD = re.compile(r"[a-z]+")
MIN_LETTERS = 5   # shorter words (xian, nan, dong) are syllables of too many places (xian: 县 or 西安) and of English


@functools.cache
def _index() -> dict[str, tuple[str, ...]]:
    """Toneless pinyin of every division name -> the codes it names, when all of them bear that one
    name (中山市, 中山区); pinyin shared by different names (铜川, 通川) names none (read once)."""
    out: dict[str, dict[str, list[str]]] = {}
    for code in division_codes():
        for name in division_names(code):
            if len(name) >= 2:
                codes = out.setdefault("".join(lazy_pinyin(name)).lower(), {}).setdefault(name, [])
                if code not in codes:
                    codes.append(code)
    return {k: tuple(next(iter(v.values()))) for k, v in out.items() if len(v) == 1}


def romanised_places(stem: str) -> list[Place]:
    """The places the pinyin words of a file name's STEM name, unambiguous ones only, in order."""
    index = _index()
    found: list[Place] = []
    for word in WORD.findall(stem.lower()):
        codes = index.get(word, ()) if len(word) >= MIN_LETTERS else ()
        if not codes:
            continue
        chains = {c: place_chain(c)[0] for c in codes}
        top = min(LEVELS.index(p.level) for p in chains.values())
        highest = [p for p in chains.values() if LEVELS.index(p.level) == top]
        if len(highest) == 1:
            found.append(highest[0])
    return found
