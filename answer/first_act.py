"""The first act after a step of the round, asked (收到反馈以后首先做了什么): the sentence opening with that step done
(反馈意见后,迅速召开…会议) leads the answer; the acts right after it (反馈会一开完，接着都干了些什么): that sentence on to
its paragraph's end (genre questions.toml [first_act])."""
from __future__ import annotations

import functools
import re

from genre.data_files import get, section

FILE = "questions.toml"
SENTENCE_END = re.compile(r"[。；;！!？?\n]")
PARAGRAPH_END = re.compile(r"\n")


@functools.cache
def _asked() -> re.Pattern[str]:
    return re.compile(get(section(FILE, "first_act"), "asked", str, FILE, "first_act"))


@functools.cache
def _asked_then() -> re.Pattern[str]:
    return re.compile(get(section(FILE, "first_act"), "asked_then", str, FILE, "first_act"))


@functools.cache
def _after(step: str) -> re.Pattern[str]:
    return re.compile(get(section(FILE, "first_act"), "after", str, FILE, "first_act").replace("{step}", re.escape(step)))


@functools.cache
def _written(step: str) -> re.Pattern[str]:
    return re.compile(get(section(FILE, "first_act"), "written", str, FILE, "first_act").replace("{step}", re.escape(step)))


def first_act_span(text: str, question: str) -> tuple[int, int] | None:
    """The sentence of TEXT reporting what was done first after the step QUESTION names (反馈), from the act to the
    sentence's end (its mark left out), on to its paragraph's end when the acts right after the step are asked (接着都干了
    些什么); None when neither is asked or TEXT writes no sentence opening with the step done.

    >>> t = "2024年12月27日,省委第四巡视组反馈了巡视意见。省委巡视反馈意见后,迅速召开市委常委会会议,研究部署整改工作。二是…"
    >>> a, b = first_act_span(t, "广元收到反馈以后首先做了什么？"); t[a:b]
    '省委巡视反馈意见后,迅速召开市委常委会会议,研究部署整改工作'
    >>> first_act_span(t, "广元收到反馈以后开了几次会？") is None
    True
    >>> t = "(一)强化组织领导。反馈会后,召开党组(扩大)会,统一思想认识。第一时间成立了领导小组。\\n(二)压实整改责任。"
    >>> a, b = first_act_span(t, "反馈会开完以后紧接着做了哪些事？"); t[a:b]
    '反馈会后,召开党组(扩大)会,统一思想认识。第一时间成立了领导小组'
    """
    then = _asked_then().search(question)
    asked = then or _asked().search(question)
    if not asked:
        return None
    done = _after(asked.group("step")).search(text)
    if not done:
        return None
    before = [m.end() for m in SENTENCE_END.finditer(text, 0, done.start())]
    start = before[-1] if before else 0
    end = (PARAGRAPH_END if then else SENTENCE_END).search(text, done.end())
    stop = end.start() if end else len(text)
    return start, stop - len(text[start:stop]) + len(text[start:stop].rstrip("。；;！!？? "))


def first_act_unstated(question: str, texts: list[str]) -> str:
    """Why a first act after a step (收到反馈以后首先做了什么) cannot be answered: the notices found never write that step
    as the round's (an audit report or a work plan has no 反馈 of a round; 汇总反馈结果 is none), so no act follows it;
    "" otherwise (the step written, the search answers as before).

    >>> first_act_unstated("收到反馈以后首先做了什么？", ["市审计局对2024年度预算执行情况进行了审计。"])
    '通报中没有提到“反馈”，也没有写“反馈”后首先做了什么。'
    >>> first_act_unstated("收到反馈以后首先做了什么？", ["按时汇总反馈结果;"])
    '通报中没有提到“反馈”，也没有写“反馈”后首先做了什么。'
    >>> first_act_unstated("收到反馈以后首先做了什么？", ["2025年1月8日,巡察组反馈了巡察意见。"])
    ''
    """
    asked = _asked().search(question)
    if not asked or not texts:
        return ""
    step = asked.group("step")
    if any(_written(step.replace("巡视", "巡察")).search(t.replace("巡视", "巡察")) for t in texts):   # 巡视 asked as 巡察 too
        return ""
    return f"通报中没有提到“{step}”，也没有写“{step}”后首先做了什么。"
