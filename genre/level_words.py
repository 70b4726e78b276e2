"""A province or city named by its level alone beside a place below it (genre/data/places.toml [level_words]): 省里 in
两份卫健工作要点（省里的和湖州的） is the province of 湖州, read as 浙江省 so that its notice is found and compared.

Example:
    >>> levels_named("两份卫健工作要点（省里的和湖州的）落款日期差几天？")
    '两份卫健工作要点（浙江省的和湖州的）落款日期差几天？'
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre.data_files import compile_re, get, section
from genre.places import find_places, place_chain

FILE = "places.toml"


@dataclass(frozen=True)
class LevelWords:
    pattern: re.Pattern[str]   # 省里/市里 standing as a side; groups level, level2
    levels: dict[str, str]     # 省 -> province, 市 -> city


@functools.cache
def load_level_words() -> LevelWords:
    """Read [level_words] once; raises GenreDataError naming the key."""
    s = section(FILE, "level_words")
    return LevelWords(compile_re(get(s, "pattern", str, FILE, "level_words"), FILE, "level_words.pattern"),
                      dict(get(s, "levels", dict, FILE, "level_words")))


def levels_named(question: str) -> str:
    """QUESTION with each level word standing as a side (省里, 市里) written as the division of that level above the one
    place the question names; unchanged when it names none, several, or the upper one itself.

    >>> levels_named("省里派组下来查的那次，湖州反馈了几个问题？"), levels_named("省里的和市里的有什么不同？")
    ('省里派组下来查的那次，湖州反馈了几个问题？', '省里的和市里的有什么不同？')
    >>> levels_named("湖州比省里晚几天？"), levels_named("省里的司法厅和芦淞区司法局各自被巡了多久？")
    ('湖州比浙江省晚几天？', '省里的司法厅和芦淞区司法局各自被巡了多久？')
    """
    w = load_level_words()
    if not w.pattern.search(question):
        return question
    places = [p for p in find_places(question) if not p.ambiguous]
    if len({p.code for p in places}) != 1:
        return question
    chain = place_chain(places[0].code)[1:]

    def upper(m: re.Match[str]) -> str:
        level = w.levels.get(m.group("level") or m.group("level2"), "")
        above = next((p for p in chain if p.level == level), None)
        return above.full_name if above else m.group()
    return w.pattern.sub(upper, question)
