"""Kinds of things a question asks that a chunk of the notice it names holds (genre/data/questions.toml [[asked_kind]]):
meetings counted (开了多少次会 -> 先后召开10余次党委会), the spirit a plan carries out (贯彻哪几次会的精神 -> 全面贯彻党的
二十大…精神). Search makes the named notice's chunks holding the asked kind candidates (retrieval/search/asked.py).

Example:
    >>> [k.holds.pattern[:6] for k in asked_kinds("省司法厅为推整改前后开了多少次会？")]
    ['\\\\d+余?次[']
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre.data_files import compile_re, entries, get

FILE = "questions.toml"


@dataclass(frozen=True)
class AskedKind:
    asks: re.Pattern[str]    # how staff ask it
    holds: re.Pattern[str]   # how a notice writes it (figures in Arabic digits)


@functools.cache
def load_asked_kinds() -> tuple[AskedKind, ...]:
    """Every [[asked_kind]] of questions.toml, checked."""
    return tuple(AskedKind(compile_re(get(e, "asks", str, FILE, w), FILE, f"{w}.asks"),
                           compile_re(get(e, "holds", str, FILE, w), FILE, f"{w}.holds"))
                 for w, e in entries(FILE, "asked_kind"))


def asked_kinds(question: str) -> list[AskedKind]:
    """The kinds QUESTION asks: asked_kinds("浙江省卫健委的要点要贯彻哪几次会的精神") -> [the spirit carried out]."""
    return [k for k in load_asked_kinds() if k.asks.search(question)]
