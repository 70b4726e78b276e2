"""A claim heard and asked checked (genre/data/figures.toml [claim_frame]): 听说瑞金…处理了3个人，对不对？ The frame marks
the claim, so its figures are the asker's (genre.checked.stated_claims reads them exactly too), and the frame's words
with the asker's role are no subject of the ask.

Example:
    >>> claim_framed("有人说朔州科技局巡察反馈了3个方面30个问题，核一下")
    True
    >>> without_frame("督查组问：湖北司法厅开的会，说是开了不下十次，通报怎么写的")
    '湖北司法厅开的会，开了不下十次'
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre.data_files import compile_re, get, section

FILE = "figures.toml"
KEY = "claim_frame"


@dataclass(frozen=True)
class ClaimFrame:
    heard: re.Pattern[str]     # 听说, 有人说, 说是
    check: re.Pattern[str]     # 对不对, 准确吗, 核一下, 通报怎么写的
    asker: re.Pattern[str]     # 纪检这边复核，督查组问：
    action_as: str             # an accountability form claimed, asked as the whole: 问责
    action_said: str           # 通报没有说是“处分”，写的是“…”。
    all_done: re.Pattern[str]  # 问题都整改完了: a claim held against the stated done count
    done_holds: str
    done_fails: str
    premise: re.Pattern[str]   # 听说… opening the line, …对吧 / 应该是…: a premise stated and then asked on
    premise_figure: re.Pattern[str]   # a figure stated, without which a premise frame marks no claim
    premise_closed: re.Pattern[str]   # 开了12次党组会吧？: a counted figure's clause closed by a bare 吧


@functools.cache
def load_claim_frame() -> ClaimFrame:
    """The [claim_frame] table of figures.toml, read once."""
    sec = section(FILE, KEY)
    return ClaimFrame(*(compile_re(get(sec, name, str, FILE, KEY), FILE, f"{KEY}.{name}")
                        for name in ("heard", "check", "asker")),
                      get(sec, "action_as", str, FILE, KEY), get(sec, "action_said", str, FILE, KEY),
                      compile_re(get(sec, "all_done", str, FILE, KEY), FILE, f"{KEY}.all_done"),
                      get(sec, "done_holds", str, FILE, KEY), get(sec, "done_fails", str, FILE, KEY),
                      *(compile_re(get(sec, name, str, FILE, KEY), FILE, f"{KEY}.{name}")
                        for name in ("premise", "premise_figure", "premise_closed")))


def claim_framed(question: str) -> bool:
    """Whether QUESTION states a claim heard and asks it checked (both the heard word and the check word typed), or states
    a premise and asks on (听说… opening the line, …对吧, 应该是…).

    >>> claim_framed("听说广州…都整改完了，报告里是这么说的吗"), claim_framed("反馈了30个问题，整改了几个")
    (True, False)
    >>> claim_framed("整改建了54项制度对吧？谈话提醒多少人"), claim_framed("听说报告查出60项问题，改完几项？")
    (True, True)
    >>> claim_framed("开了12次党组会吧？领导小组会开了几次"), claim_framed("也是每月评一次吧？评的哪几类")
    (True, False)
    """
    f = load_claim_frame()
    premised = f.premise.search(question) and f.premise_figure.search(question) or f.premise_closed.search(question)
    return bool(f.heard.search(question) and f.check.search(question) or premised)


def without_frame(question: str, framed: bool = False) -> str:
    """QUESTION with the asker's role, the heard words and the check words dropped (as typed when it is no claim, unless
    FRAMED says the line it was cut from was one: its figures may be asked as 多少 already).

    >>> without_frame("审计复核听说嘉兴文广旅局巡察后处分了24个人，准确吗")
    '嘉兴文广旅局巡察后处分了24个人'
    >>> without_frame("听说瑞金审计整改处理了3个人，对不对？怎么处理的")
    '瑞金审计整改处理了3个人，怎么处理的'
    """
    if not (framed or claim_framed(question)):
        return question
    f = load_claim_frame()
    text = f.check.sub("，", f.heard.sub("", f.asker.sub("", question.strip())))
    text = f.premise.sub(lambda m: "，" if m.group()[-1] in "，,？?" else "", text)   # 对吧， / 应该是 dropped
    return re.sub(r"[，,]{2,}", "，", text).strip("，,：: ？?")


def claimed_actions(question: str, groups: tuple[tuple[str, ...], ...], whole: tuple[str, ...]) -> tuple[str, ...]:
    """The accountability forms a claim names (处分, 免职), GROUPS being the actions' words and WHOLE the words of
    accountability as a whole (问责, never a form claimed).

    >>> claimed_actions("听说巡察后处分了24个人，准确吗", (("处分", "记过"), ("问责", "追责")), ("问责", "追责"))
    ('处分',)
    """
    if not claim_framed(question):
        return ()
    out = []
    for group in groups:
        asked = next((w for w in group if w in question), "")
        if asked and group[0] not in whole:
            out.append(asked)
    return tuple(out)
