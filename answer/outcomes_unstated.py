"""Outcomes and measures asked that the quotes do not state: a later result of a part still under way (那1个阶段性
完成的问题最后改完了没有), a named measure's figure (群众满意度多少) no quote names.

Example:
    >>> measure_unstated("整改后群众满意度提高到多少？", ["先后召开10余次党委会、领导小组会"])
    '群众满意度'
"""
from __future__ import annotations

import re

from answer.slots import CLAUSE_SPLIT, FIGURE
from genre.questions import load_questions

NO_LATER = "通报只写了截至发布时的进展（“{part}”），没有写明后来的结果。"
NO_MEASURE = "通报中没有写明“{measure}”。"
DONE = re.compile(r"已(?:全部)?(?:完成|办结|销号|整改到位)|全部(?:完成|办结|整改到位)")


def later_outcome_unstated(question: str, quotes: list[str]) -> str:
    """The part the question names as not yet done (阶段性完成的那个问题, 剩下的64个), or the figure it names (那150公里) that every
    quoted clause stating it says is under way or planned, when its final outcome is asked (最后改完了没有) and no quoted clause
    says that part is done; "" otherwise.

    >>> later_outcome_unstated("那1个阶段性完成的问题最后改完了没有？", ["其中已完成整改28个,阶段性完成整改1个;移交立行立改问题4个,已全部办结"])
    '阶段性完成'
    >>> later_outcome_unstated("移交立行立改的问题最后改完了没有？", ["移交立行立改问题4个,已全部办结"])
    ''
    >>> later_outcome_unstated("那150公里最后全部改完了没有？", ["2024年的150公里改造任务正在实施中,2025年将全部完成改造任务"])
    '150公里'
    """
    q = load_questions()
    if not q.asks_later.search(question) or not q.asks_done.search(question):
        return ""
    clauses = [c for t in quotes for c in CLAUSE_SPLIT.split(t)]
    part = q.unfinished.search(question)
    if part:
        return "" if any(DONE.search(c) for c in clauses if part.group() in c) else part.group()
    for figure in FIGURE.findall(question):   # 那150公里: the clauses stating it
        said = [c for c in clauses if figure in c]
        if said and all(q.under_way.search(c) and not DONE.search(c) for c in said):
            return figure
    return ""


def measure_unstated(question: str, quotes: list[str]) -> str:
    """The named measure whose figure is asked (群众满意度多少) when no quote names it (its last three characters: 满意度
    of 群众满意度); "" otherwise.

    >>> measure_unstated("整改后群众满意度提高到多少？", ["先后召开10余次党委会、领导小组会"])
    '群众满意度'
    >>> measure_unstated("健康浙江发展指数是多少？", ["健康浙江发展指数达85,人均预期寿命达82.4岁"])
    ''
    """
    asked = load_questions().asks_named_measure.search(question)
    if not asked or any(asked.group(1)[-3:] in t for t in quotes):
        return ""
    return asked.group(1)
