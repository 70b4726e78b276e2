"""A part's share of a sum asked just before it (党组会和领导小组会一共开了多少次？领导小组会占其中几成？): the notice states
the figures apart (召开7次党组会议、12次巡察整改领导小组会议) and neither their sum nor any share, so the sum is answer/combined.py's
and the share of the figure whose clause the share's ask names most is worked out over it (genre worked.toml [sum_share]).

Example:
    >>> sum_share_note("党组会和领导小组会一共开了多少次？领导小组会占其中几成？", "召开7次党组会议、12次巡察整改领导小组会议")
    '（按通报数字推算：其中12次/合计19次，约占63.2%，约六成三。）'
"""
from __future__ import annotations

import functools
import re

from answer.combined import summed
from answer.worked import share_said
from genre.data_files import compile_re, get, section
from genre.questions import load_questions
from genre.worked import question_parts

CLAUSE = re.compile(r"[、，,；;。：:]")   # a figure's clause: what names it, between the marks of a list


@functools.cache
def _whole() -> re.Pattern[str]:
    """worked.toml [sum_share] whole: the share's ask points back at the sum."""
    return compile_re(get(section("worked.toml", "sum_share"), "whole", str, "worked.toml"), "worked.toml", "sum_share.whole")


def _pairs(words: str) -> set[str]:
    return {words[i:i + 2] for i in range(len(words) - 1)}


def _clause(lead: str, m: re.Match[str]) -> str:
    """The clause of LEAD figure M stands in (12次巡察整改领导小组会议)."""
    start = max((c.end() for c in CLAUSE.finditer(lead, 0, m.start())), default=0)
    end = next((c.start() for c in CLAUSE.finditer(lead, m.end())), len(lead))
    return lead[start:end]


def sum_share_note(question: str, lead: str) -> str:
    """For a share asked after a sum (…一共多少次？…占其中几成？): the figure of the sum whose clause shares most word pairs
    with the share's ask over the sum, said as worked out; "" when no sum is asked of the LEAD's figures, the share's ask
    does not point back at it, or no one figure is named most.

    >>> sum_share_note("党组会和领导小组会一共开了多少次？", "召开7次党组会议、12次巡察整改领导小组会议")
    ''
    """
    parts = question_parts(question)
    rate = load_questions().asks_rate
    asks = [i for i, p in enumerate(parts) if rate.search(p) and _whole().search(p)]
    if len(asks) != 1 or asks[0] == 0:
        return ""
    found = summed("？".join(parts[:asks[0]]), lead)
    if found is None:
        return ""
    figures, unit = found
    words = _pairs(_whole().sub("", parts[asks[0]]))
    fits = [len(words & _pairs(_clause(lead, m))) for m in figures]
    best = max(fits)
    if best == 0 or fits.count(best) > 1:
        return ""
    part = figures[fits.index(best)].group(1)
    total = f"{sum(float(m.group(1)) for m in figures):.2f}".rstrip("0").rstrip(".")
    return f"（按通报数字推算：其中{part}{unit}/合计{total}{unit}，{share_said(part, total, question)}。）"
