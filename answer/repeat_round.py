"""A repeat of the inspection or of its report a question presumes (回头看, 第二次巡察, 第二次整改报告) that the answering
notices never write (genre claims.toml [repeat_named]): nothing they state answers what the repeat found or did.
A refusal check hooked into answer.refusal.overruled.

Example:
    >>> repeat_unstated("朔州市科技局巡察整改回头看发现了几个问题？", ["市委第四巡察组对朔州市科学技术局党组进行了常规巡察"])
    '通报中没有找到关于“回头看”的相应内容。'
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre.data_files import compile_re, read_toml

NO_REPEAT = "通报中没有找到关于“{named}”的相应内容。"


@dataclass(frozen=True)
class RepeatKind:
    """One kind of repeat: its name, how staff ask it, how a notice writes it."""
    name: str
    asked: re.Pattern[str]
    written: re.Pattern[str]


@functools.cache
def repeat_kinds() -> tuple[RepeatKind, ...]:
    """The kinds of repeat of genre claims.toml [repeat_named]."""
    kinds = read_toml("claims.toml")["repeat_named"]["kind"]
    return tuple(RepeatKind(k["name"], compile_re(k["asked"], "claims.toml", f"repeat_named.{k['name']}.asked"),
                            compile_re(k["written"], "claims.toml", f"repeat_named.{k['name']}.written"))
                 for k in kinds)


def repeat_unstated(question: str, texts: list[str]) -> str:
    """Why no reply from TEXTS (the answering notices) may stand when QUESTION names a repeat none of them writes; ""
    when none is named or one writes it.

    >>> repeat_unstated("鲤城区社科联第二次巡察反馈了几个方面的问题？", ["区委巡察二组对区社科联开展了巡察"])
    '通报中没有找到关于“第二次巡察”的相应内容。'
    >>> repeat_unstated("回头看发现了几个问题", ["开展巡察整改“回头看”,发现问题3个"])
    ''
    """
    for kind in repeat_kinds():
        asked = kind.asked.search(question)
        if asked and not any(kind.written.search(t) for t in texts):
            return NO_REPEAT.format(named=asked.group())
    return ""
