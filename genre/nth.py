"""One member of a listed set asked by its place (genre/data/questions.toml [nth_member]): 第三项是什么, 排第三的是哪个.

Example:
    >>> asked = load_nth().position.search("整改方案要明确几项？第三项是什么"); asked.group("n"), asked.group("unit")
    ('三', '项')
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre.data_files import compile_re, get, section

FILE = "questions.toml"


@dataclass(frozen=True)
class NthConventions:
    position: re.Pattern[str]   # groups n (the place, 三 or 3) and unit (项/个/…, may be None)
    verb: re.Pattern[str]       # group 1: the verb the question asks with
    bare: frozenset[str]        # characters that are no verb of setting up
    list: re.Pattern[str]       # groups 1 (the notice's verb) and 2 (the 、-joined members)
    tail: re.Pattern[str]       # what ends the last member and is none of it
    joins: re.Pattern[str]      # the last two members joined by 和/及
    section_joins: re.Pattern[str]   # the marks parting the clauses of a heading's one paragraph
    section_gap: re.Pattern[str]     # what may stand between the heading's words and the place asked
    restated: re.Pattern[str]   # a count the question says (三项制度): groups n and thing
    joined: re.Pattern[str]     # a place joined before the one asked (第二个和…): group n
    unnamed_thing_chars: int = 2   # with no notice named: the characters of the thing counted read (几个机制排 -> 机制)
    unlisted_led: str = ""      # a member opened by the thing asked after an item marker ({thing}: 一是坚持…)
    unlisted_generic: frozenset[str] = frozenset()   # counted nouns naming no kind (内容, 要求, 方面)


@functools.cache
def load_nth() -> NthConventions:
    """Read questions.toml [nth_member] once; raises GenreDataError naming the key."""
    data = section(FILE, "nth_member")

    def pattern(key: str) -> re.Pattern[str]:
        return compile_re(get(data, key, str, FILE, "nth_member"), FILE, f"nth_member.{key}")
    return NthConventions(pattern("position"), pattern("verb"), frozenset(get(data, "bare", list, FILE, "nth_member")),
                          pattern("list"), pattern("tail"), pattern("joins"), pattern("section_joins"),
                          pattern("section_gap"), pattern("restated"),
                          pattern("joined"), get(data, "unnamed_thing_chars", int, FILE, "nth_member"),
                          get(data, "unlisted_led", str, FILE, "nth_member"),
                          frozenset(get(data, "unlisted_generic", list, FILE, "nth_member")))


def without_place_asked(question: str) -> str:
    """QUESTION with the place it asks of a set it counts itself left out (三项制度，第二项是什么): 第二项 names a place in
    the list, no word of the notice, and would outweigh the words that find the list (questions.toml [nth_member]
    `restated`). As it is when no count is said before the place.

    >>> without_place_asked("巡视整改办建的三项制度，第二项是什么？"), without_place_asked("第二项是什么？")
    ('巡视整改办建的三项制度，是什么？', '第二项是什么？')
    >>> without_place_asked("建起的四个机制，第二个和第三个是什么？")
    '建起的四个机制，是什么？'

    """
    nth = load_nth()
    asked = nth.position.search(question)
    if not asked or not nth.restated.search(question, 0, asked.start()):
        return question
    cut = asked.end("unit") if asked.group("unit") else asked.end("n")   # the place, its ask kept
    joined = nth.joined.search(question, 0, asked.start())   # 第二个和第三个: both places
    return question[:joined.start() if joined else asked.start()] + question[cut:]
