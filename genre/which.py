"""Which notice mentions a thing (genre/data/which.toml [which_notice]): the ask, the kind of notice it names, the
phrases a notice must hold, whether every holder is asked, and the detail asked after it.

Example:
    >>> w = which_asked("哪几份通报提到用“三清单”“三张清单”推进整改")
    >>> w.phrases, w.many, w.rest
    (('三清单', '三张清单'), True, '')
    >>> which_asked("有没有通报写了收回清退违规资金的？收回多少，折合多少元").rest
    '收回多少，折合多少元'
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre.data_files import compile_re, get, section

FILE = "which.toml"


@dataclass(frozen=True)
class WhichRules:
    asking: re.Pattern[str]     # groups kind, verb, phrase
    many: re.Pattern[str]
    quoted: re.Pattern[str]
    trailing: re.Pattern[str]
    whose: re.Pattern[str]
    pronoun: re.Pattern[str]    # a pronoun in the detail standing for the thing mentioned
    min_chars: int
    max_holders: int


@dataclass(frozen=True)
class WhichAsk:
    kind_words: str                # the words naming the kind of notice (审计整改), "" when none
    phrases: tuple[str, ...]       # quoted phrases (each held exactly), else the phrase as written
    quoted: bool                   # whether the phrases were quoted
    many: bool                     # 哪几份/哪些: every holder asked
    rest: str                      # the detail asked after, without whose the notice is ("" when none)
    whose: bool                    # whose the notice is asked (是哪个市的)


@functools.cache
def load_which() -> WhichRules:
    """Read which.toml [which_notice] once; raises GenreDataError naming the key."""
    data = section(FILE, "which_notice")
    pats = {k: compile_re(get(data, k, str, FILE, "which_notice"), FILE, f"which_notice.{k}")
            for k in ("asking", "many", "quoted", "trailing", "whose", "pronoun")}
    return WhichRules(pats["asking"], pats["many"], pats["quoted"], pats["trailing"], pats["whose"],
                      pats["pronoun"], get(data, "min_chars", int, FILE, "which_notice"), get(data, "max_holders", int, FILE,
                                                                             "which_notice"))


def which_asked(question: str) -> WhichAsk | None:
    """The which-notice ask of QUESTION, or None when it asks none.

    >>> w = which_asked("想看看哪份审计整改报告提过“七张问题清单”，是哪个市的，市长在什么会上讲的")
    >>> w.kind_words, w.phrases, w.whose, w.rest
    ('审计整改', ('七张问题清单',), True, '市长在什么会上讲的')
    """
    r = load_which()
    m = r.asking.search(question)
    if not m:
        return None
    said = m.group("phrase")
    quoted = tuple(dict.fromkeys(r.quoted.findall(said)))
    phrase = r.trailing.sub("", said).strip()
    phrases = quoted or ((phrase,) if len(phrase) >= r.min_chars else ())
    if not phrases:
        return None
    after = question[m.end():]
    whose = bool(r.whose.search(after))
    rest = r.whose.sub("", after)
    rest = re.sub(r"^[\s，,。？?！!；;的]+|[\s，,。？?！!；;]+$", "", re.sub(r"[，,]{2,}", "，", rest))
    return WhichAsk(m.group("kind"), phrases, bool(quoted), bool(r.many.search(question[:m.end()])), rest, whose)
