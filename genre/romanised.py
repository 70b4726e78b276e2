"""Places named in a romanised file name: notices downloaded from agency sites are often saved under
pinyin names (mianyang-sfj-xczg.docx, jiaxing_wenguanglv.pdf). Read only when a notice's own text
names no place (retrieval.search.profile), as the Chinese file name is.

A word of the stem (letters only, at least 5) names a division when it is the toneless pinyin of the
division's full name or a short form (mianyang, mianyangshi -> 绵阳市), as listed in
genre/data/divisions_romanised.tsv (built from divisions.tsv by genre/tools/build_romanised.py).
Pinyin shared by different names (licheng: 鲤城区, 历城区; tongchuan: 铜川市, 通川区) is not listed and
names no place; one name borne by several divisions is read as find_places reads it, at the highest
level when one alone is there, else not at all. The table is loaded once on first use (0.1 s measured, most
of it the national place table it reads).

Example:
    >>> [p.full_name for p in romanised_places("d05_mianyang-justice-bureau-inspection")]
    ['绵阳市']
"""
from __future__ import annotations

import functools
import re

from genre.data_files import DATA_DIR, GenreDataError
from genre.places import LEVELS, Place, place_chain

WORD = re.compile(r"[a-z]+")
MIN_LETTERS = 5   # shorter words (xian, nan, dong) are syllables of too many places (xian: 县 or 西安) and of English
_TSV = "divisions_romanised.tsv"


@functools.cache
def _index() -> dict[str, tuple[str, ...]]:
    """pinyin -> the codes of the divisions whose one name it spells (read once)."""
    try:
        lines = (DATA_DIR / _TSV).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise GenreDataError(_TSV, "(file)", "missing: run genre/tools/build_romanised.py") from None
    out: dict[str, tuple[str, ...]] = {}
    for n, line in enumerate(lines, 1):
        if line.startswith("#") or not line.strip():
            continue
        cols = line.split("\t")
        if len(cols) != 3:
            raise GenreDataError(_TSV, f"line {n}", "expected pinyin, name, codes")
        out[cols[0]] = tuple(cols[2].split("|"))
    return out


def romanised_places(stem: str) -> list[Place]:
    """The places the pinyin words of a file name's STEM name, unambiguous ones only, in order."""
    index = _index()
    found: list[Place] = []
    for word in WORD.findall(stem.lower()):
        codes = index.get(word, ()) if len(word) >= MIN_LETTERS else ()
        if not codes:
            continue
        places = [place_chain(c)[0] for c in codes]
        top = min(LEVELS.index(p.level) for p in places)
        highest = [p for p in places if LEVELS.index(p.level) == top]
        if len(highest) == 1:
            found.append(highest[0])
    return found
