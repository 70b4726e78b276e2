"""Premises stated and asked on that are no figure (genre/data/premises.toml): the inspecting body's level or kind, a 文号.

Example:
    >>> load_premise_body().body.search("那次是区委巡查组巡的吧").group("level")
    '区委'
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre.data_files import section_patterns, section_values

FILE = "premises.toml"


def _texts(key: str) -> dict[str, str]:
    """The answer openings of a premise table: what is said when the premise holds and when it fails."""
    return section_values(FILE, key, ("holds", "fails"))


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
    names = ("body", "hedge", "hedge_before", "ordinal", "named", "dated", "clause_cut", "sentence_cut", "kind_stated",
             "kind_asked")
    return PremiseBody(**section_patterns(FILE, key, names), **_texts(key),
                       same_kind=tuple(section_values(FILE, key, ("same_kind",), list)["same_kind"]))


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
    return PremiseNumber(**section_patterns(FILE, key, ("hedge", "frame_before", "shorthand")), **_texts(key))


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
    return PremiseYear(**section_patterns(FILE, key, ("stated", "covers")),
                       **section_values(FILE, key, ("same_chars", "stated_chars"), int),
                       **section_values(FILE, key, ("fails",)))


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
    return PremiseSession(**section_patterns(FILE, key, ("stated", "written")), **_texts(key))


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
    return PremiseRound(**section_patterns(FILE, key, ("hedge",)), **_texts(key))


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
    return PremiseReporter(**section_patterns(FILE, key, ("stated", "level", "doubled")),
                           **section_values(FILE, key, ("deputy", "holds", "fails")))


@functools.cache
def load_premise_scope() -> re.Pattern[str]:
    """The [premise_scope] premise pattern of premises.toml: a hedged premise whose words (group `stated`) scope nothing.

    >>> load_premise_scope().search("广东那份报告是省财政厅厅长作的吧？").group("stated")
    '省财政厅厅长'
    """
    key = "premise_scope"
    return section_patterns(FILE, key, ("premise",))["premise"]


@functools.cache
def load_premise_as_of() -> tuple[str, str]:
    """(holds, fails) of the [premise_as_of] table of premises.toml, read once.

    >>> load_premise_as_of()[0]
    '对，'
    """
    texts = _texts("premise_as_of")
    return texts["holds"], texts["fails"]
