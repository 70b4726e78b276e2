"""A figure asked inside an item pointed at by its place (genre/data/structure_questions.toml [figure_within]): 第二部分
第一个问题里，中心组学习开了几次.

Example:
    >>> figure_within_ask("芦淞区司法局第二部分第一个问题里，中心组学习开了几次？")
    '芦淞区司法局，中心组学习开了几次？'
    >>> figure_within_ask("芦淞区司法局第二部分有几条？") is None   # the item's points counted: no figure inside
    True
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre.data_files import compile_re, get, section
from genre.questions import load_questions
from genre.structure_questions import load_structure_questions

FILE = "structure_questions.toml"
KEY = "figure_within"
HAN = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class FigureWithin:
    lead_in: re.Pattern[str]   # the words between the position and the thing asked
    min_named: int             # the fewest Han characters the ask names beside its asking words
    names_nothing: re.Pattern[str]   # words naming nothing to count (有, 问题, 条)
    parts_asked: re.Pattern[str]     # the parts themselves asked (按哪几个方面写的, 各几个)


@functools.cache
def figure_within() -> FigureWithin:
    """[figure_within] of structure_questions.toml, read once; raises GenreDataError naming the key."""
    entry = section(FILE, KEY)
    return FigureWithin(compile_re(get(entry, "lead_in", str, FILE, KEY), FILE, f"{KEY}.lead_in"),
                        get(entry, "min_named", int, FILE, KEY),
                        compile_re(get(entry, "names_nothing", str, FILE, KEY), FILE, f"{KEY}.names_nothing"),
                        compile_re(get(entry, "parts_asked", str, FILE, KEY), FILE, f"{KEY}.parts_asked"))


def figure_within_ask(question: str) -> str | None:
    """The ask of a figure inside the item QUESTION points at, without the positions (the words naming the notice
    kept before it); None when no position is named, the item's own points are counted (有几个问题), the parts themselves are asked (各几个) or nothing is named to count.

    >>> figure_within_ask("利州法院第一部分第二个问题，填报了多少条事项")
    '利州法院，填报了多少条事项'
    """
    asked = load_structure_questions()
    refs = list(asked.position.finditer(question))
    if not refs:
        return None
    rules = figure_within()
    rest = question[refs[-1].end():]
    rest = rest[rules.lead_in.match(rest).end():]
    quantity = load_questions().asks_quantity.search(rest)
    named = rules.names_nothing.sub("", rest[:quantity.start()] + rest[quantity.end():]) if quantity else ""
    if len(HAN.findall(named)) < rules.min_named or rules.parts_asked.search(rest):
        return None
    return question[:refs[0].start()].rstrip("的，, ") + "，" + rest
