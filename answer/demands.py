"""What a leader asked for (主要领导提了哪些要求, 市长强调了什么): the sentence naming a leader's post before a verb of
requiring (要求/强调/指出/提出) leads the answer (genre questions.toml [leader_demands]).

Example:
    >>> t = "一、总体情况\\n市政府主要领导多次作出指示批示,要求各区各部门把审计整改工作摆在突出位置。全市各区严格执行。"
    >>> [t[a:b] for a, b in demand_spans(t, "主要领导对审计整改提了哪些要求", 0)]
    ['市政府主要领导多次作出指示批示,要求各区各部门把审计整改工作摆在突出位置']
"""
from __future__ import annotations

import functools
import re

from genre.data_files import section_patterns

SENTENCE = re.compile(r"[^。！!？?\n]+[。！!？?]?")   # a body sentence, to its full stop or line end


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    return section_patterns("questions.toml", "leader_demands", ("asks", "object", "said"))


def demand_asked(question: str) -> bool:
    """Whether QUESTION asks what a leader required (书记对整改有什么要求, 市长强调了什么).

    >>> demand_asked("广州市主要领导对审计整改以后还要怎么做提了哪些要求"), demand_asked("市长强调了什么"), demand_asked("开了几次会")
    (True, True, False)
    >>> demand_asked("对分线领导有什么要求？")   # a demand on the leader, not theirs
    False
    """
    return bool(_patterns()["asks"].search(question)) and not _patterns()["object"].search(question)


def demand_spans(text: str, question: str, body_start: int) -> list[tuple[int, int]]:
    """[the first body sentence of TEXT after BODY_START where a leader's post stands before 要求/强调/指出/提出] when
    QUESTION asks a leader's demands; a post the question names (市长, 书记) must stand in it; [] otherwise.

    >>> t = "市委书记多次批示。汤飞帆市长在常务会议上指出,要高度重视审计“下半篇”文章。"
    >>> [t[a:b] for a, b in demand_spans(t, "市长强调了什么", 0)]
    ['汤飞帆市长在常务会议上指出,要高度重视审计“下半篇”文章']
    >>> demand_spans("学习习近平总书记重要指示批示精神,提出整改措施。", "书记提了什么要求", 0)
    []
    >>> demand_spans("市委书记强调,要抓好整改。", "市长强调了什么", 0)   # another post's demand names no 市长
    []
    """
    if not demand_asked(question):
        return []
    said = [(m.start(), m.end()) for m in SENTENCE.finditer(text, body_start) if _patterns()["said"].search(m.group())]
    said = [(a + len(text[a:b]) - len(text[a:b].lstrip()), b) for a, b in said]
    posts = re.findall(r"书记|市长|省长|县长|区长|厅长|局长|负责人", question)
    named = [(a, b) for a, b in said if any(p in text[a:b] for p in posts)] if posts else said   # 市长 asked: never
    return [(a, len(text[:b].rstrip().rstrip("。；;"))) for a, b in named[:1]]   # another post's; the lead ends its clause


NO_DEMAND = "通报没有写明领导提出的具体要求。"


def demand_unstated(question: str, text: str) -> str:
    """NO_DEMAND when QUESTION asks a leader's demands and TEXT, the answering notice, writes no sentence of a leader
    (of the post asked) requiring; "" otherwise (and when TEXT is unknown).

    >>> demand_unstated("局长强调了什么", "成立局巡察整改工作领导小组,明确整改任务、整改要求。")
    '通报没有写明领导提出的具体要求。'
    """
    return NO_DEMAND if text and demand_asked(question) and not demand_spans(text, question, 0) else ""
