"""Premises stated and asked on that are no figure (genre/data/premises.toml): the inspecting body's level or kind, a 文号.

Example:
    >>> load_premise_body().body.search("那次是区委巡查组巡的吧").group("level")
    '区委'
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre.data_files import compile_re, get, section

FILE = "premises.toml"


@dataclass(frozen=True)
class PremiseBody:
    body: re.Pattern[str]      # 区委巡查组 stated in the question
    hedge: re.Pattern[str]     # 吧, 对吧, 是不是 in the body's clause
    hedge_before: re.Pattern[str]   # 是不是 right before the body
    ordinal: re.Pattern[str]   # 第二, 四组: a group's number
    named: re.Pattern[str]     # 市委第一提级巡察组对区司法局党组开展了提级巡察 in the notice
    dated: re.Pattern[str]     # a clause holding a day (2024年3月7日至5月7日, 3月18日)
    clause_cut: re.Pattern[str]
    sentence_cut: re.Pattern[str]
    same_kind: tuple[str, ...]
    holds: str
    fails: str
    kind_stated: re.Pattern[str]   # 常规巡察 stated with no body (那次是常规巡察吧)
    kind_asked: re.Pattern[str]    # 什么巡察 asked (那次是什么巡察)


@functools.cache
def load_premise_body() -> PremiseBody:
    """The [premise_body] table of premises.toml, read once."""
    key = "premise_body"
    sec = section(FILE, key)
    names = ("body", "hedge", "hedge_before", "ordinal", "named", "dated", "clause_cut", "sentence_cut")
    return PremiseBody(*(compile_re(get(sec, n, str, FILE, key), FILE, f"{key}.{n}") for n in names),
                       tuple(get(sec, "same_kind", list, FILE, key)), get(sec, "holds", str, FILE, key),
                       get(sec, "fails", str, FILE, key),
                       *(compile_re(get(sec, n, str, FILE, key), FILE, f"{key}.{n}") for n in ("kind_stated", "kind_asked")))


@dataclass(frozen=True)
class PremiseNumber:
    hedge: re.Pattern[str]          # 吧, 对吧 right after the stated 文号
    frame_before: re.Pattern[str]   # 记得, 好像, 是不是 before it in its clause
    holds: str
    fails: str
    shorthand: re.Pattern[str]      # 浙卫发10号文: the 文号 as staff shorten it, no year


@functools.cache
def load_premise_number() -> PremiseNumber:
    """The [premise_number] table of premises.toml, read once.

    >>> load_premise_number().hedge.match("吧？") is not None
    True
    """
    key = "premise_number"
    sec = section(FILE, key)
    return PremiseNumber(*(compile_re(get(sec, n, str, FILE, key), FILE, f"{key}.{n}") for n in ("hedge", "frame_before")),
                         get(sec, "holds", str, FILE, key), get(sec, "fails", str, FILE, key),
                         compile_re(get(sec, "shorthand", str, FILE, key), FILE, f"{key}.shorthand"))


@dataclass(frozen=True)
class PremiseYear:
    stated: re.Pattern[str]   # 2017年经责审计 in the question
    same_chars: int
    stated_chars: int
    fails: str
    covers: re.Pattern[str]   # 2023- before 2025年供热旧管网: the first year of a span the thing is dated under


@functools.cache
def load_premise_year() -> PremiseYear:
    """The [premise_year] table of premises.toml, read once.

    >>> load_premise_year().stated.search("对2017年经责审计那21个问题").group("thing")
    '经责审'
    """
    key = "premise_year"
    sec = section(FILE, key)
    return PremiseYear(compile_re(get(sec, "stated", str, FILE, key), FILE, f"{key}.stated"),
                       get(sec, "same_chars", int, FILE, key), get(sec, "stated_chars", int, FILE, key),
                       get(sec, "fails", str, FILE, key),
                       compile_re(get(sec, "covers", str, FILE, key), FILE, f"{key}.covers"))


@dataclass(frozen=True)
class PremiseSession:
    stated: re.Pattern[str]    # 第四十一次会议上作的吧: the session stated hedged
    written: re.Pattern[str]   # 第四十五次会议 in the report's subtitle
    holds: str
    fails: str


@functools.cache
def load_premise_session() -> PremiseSession:
    """The [premise_session] table of premises.toml, read once.

    >>> load_premise_session().stated.search("是在十六届人大常委会第四十一次会议上作的吧？").group("ordinal")
    '四十一'
    """
    key = "premise_session"
    sec = section(FILE, key)
    return PremiseSession(*(compile_re(get(sec, n, str, FILE, key), FILE, f"{key}.{n}") for n in ("stated", "written")),
                          get(sec, "holds", str, FILE, key), get(sec, "fails", str, FILE, key))


@dataclass(frozen=True)
class PremiseRound:
    hedge: re.Pattern[str]     # 巡察吧: the hedge after a stated round, in its clause
    holds: str
    fails: str


@functools.cache
def load_premise_round() -> PremiseRound:
    """The [premise_round] table of premises.toml, read once.

    >>> bool(load_premise_round().hedge.match("巡察吧？巡察前制定了什么方案"))
    True
    """
    key = "premise_round"
    sec = section(FILE, key)
    return PremiseRound(compile_re(get(sec, "hedge", str, FILE, key), FILE, f"{key}.hedge"),
                        get(sec, "holds", str, FILE, key), get(sec, "fails", str, FILE, key))


@dataclass(frozen=True)
class PremiseReporter:
    stated: re.Pattern[str]   # 是省财政厅厅长作的吧: the report's reader stated hedged
    level: re.Pattern[str]    # 省, 广东省 before the office: left out when held against the byline
    doubled: re.Pattern[str]  # 厅厅长: the office's kind said once (审计厅长)
    deputy: str               # 副: a title stated without it is no deputy's
    holds: str
    fails: str


@functools.cache
def load_premise_reporter() -> PremiseReporter:
    """The [premise_reporter] table of premises.toml, read once.

    >>> load_premise_reporter().stated.search("广东那份报告是省财政厅厅长作的吧？").group("who")
    '省财政厅厅长'
    """
    key = "premise_reporter"
    sec = section(FILE, key)
    return PremiseReporter(*(compile_re(get(sec, n, str, FILE, key), FILE, f"{key}.{n}") for n in ("stated", "level", "doubled")),
                           *(get(sec, n, str, FILE, key) for n in ("deputy", "holds", "fails")))


@functools.cache
def load_premise_scope() -> re.Pattern[str]:
    """The [premise_scope] premise pattern of premises.toml: a hedged premise whose words (group `stated`) scope nothing.

    >>> load_premise_scope().search("广东那份报告是省财政厅厅长作的吧？").group("stated")
    '省财政厅厅长'
    """
    key = "premise_scope"
    return compile_re(get(section(FILE, key), "premise", str, FILE, key), FILE, f"{key}.premise")


@functools.cache
def load_premise_as_of() -> tuple[str, str]:
    """(holds, fails) of the [premise_as_of] table of premises.toml, read once.

    >>> load_premise_as_of()[0]
    '对，'
    """
    sec = section(FILE, "premise_as_of")
    return get(sec, "holds", str, FILE, "premise_as_of"), get(sec, "fails", str, FILE, "premise_as_of")
