"""Kinds of event a notice reports by name, and whether a question asks if one happened (genre claims.toml
[asked_event]).

Example:
    >>> event_asked("揭阳公安局巡察以后开过专题民主生活会吗？")
    AskedEvent(asked='专题民主生活会', names=('民主生活会',))
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre.data_files import compile_re, get, section

FILE = "claims.toml"


@dataclass(frozen=True)
class AskedEvent:
    """The event as the question names it (专题民主生活会) and the names a notice reports that kind by."""
    asked: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class _Events:
    kinds: tuple[tuple[str, ...], ...]
    whether: re.Pattern[str]
    qualifier: str


@functools.cache
def _events() -> _Events:
    s = section(FILE, "asked_event")
    kinds = tuple(tuple(g) for g in get(s, "events", list, FILE, "asked_event"))
    return _Events(kinds, compile_re(get(s, "whether", str, FILE, "asked_event"), FILE, "asked_event"),
                   get(s, "qualifier", str, FILE, "asked_event"))


def event_asked(question: str) -> AskedEvent | None:
    """The kind of event QUESTION asks whether it happened; None when it names none or does not ask whether.

    >>> event_asked("厦门体育局开过专题会议吗？").names, event_asked("民主生活会是哪天开的？")
    (('专题会',), None)
    """
    e = _events()
    if not e.whether.search(question):
        return None
    for names in e.kinds:
        for name in names:
            m = re.search(e.qualifier + re.escape(name), question)
            if m:
                return AskedEvent(m.group(), names)
    return None
