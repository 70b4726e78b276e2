"""One figure among many in one sentence, asked by what it counts: the clause writing the question's words in one run.

A plan lists its indicators in one sentence (居民健康素养水平达39%以上,…,居民心理健康素养水平达25%以上): a later clause
inherits the sentence's words before it, so it may outscore the one asked. Among the figure clauses near the best
(weights.LEAD_RUN_NEAR) holding every question word the best holds, the one writing the longest run of the question as
asked (居民健康素养水平, weights.LEAD_RUN_MIN characters at least) names the indicator asked; one holding the words with
another between (居民心理健康素养水平) names another (round 85). A clause is read with the figure-less clauses that open
its sentence part before it (深入推进燃气旧管网提升改造,2023年改造了639公里: the subject is written once, the figure after
it), so a later clause of another subject (…供热旧管网三年改造计划,2023年已完成旧管网改造134.5公里) does not win on the
words its own subject shares with the question.

Example:
    >>> t = "居民健康素养水平达39%以上,居民心理健康素养水平达25%以上"
    >>> sc = [(0.91, 15, 30, {"25"}, set(), True), (0.86, 0, 14, {"39"}, set(), True)]
    >>> t[run_first(t, sc, "居民健康素养水平要达到多少", {"居民": 1.0, "健康": 1.0, "素养": 1.0})[0][1]:][:14]
    '居民健康素养水平达39%以上'
"""
from __future__ import annotations

import re

from retrieval import weights

FIGURES = re.compile(r"[\d.]+(?:年度|年)?")   # a year or figure the question gives is no indicator's name (2023年要点)
SUBJECT_CLAUSE = re.compile(r"(?:^|(?<=[,，;；。\n]))[^,，;；。\n\d]+[,，]$")   # a figure-less clause and its comma, right before a clause


def reach(text: str, start: int) -> int:
    """Where the clause at START is read from: back over the figure-less clauses that open its sentence part.

    >>> t = "深入推进燃气旧管网提升改造,2023年改造了639公里"
    >>> t[reach(t, 14):]
    '深入推进燃气旧管网提升改造,2023年改造了639公里'
    >>> t = "居民健康素养水平达39%以上,居民心理健康素养水平达25%以上"
    >>> reach(t, 15)
    15
    """
    while (m := SUBJECT_CLAUSE.search(text, 0, start)) and m.end() == start:
        start = m.start()
    return start


def longest_run(clause: str, question: str) -> int:
    """The length of the longest piece of QUESTION that CLAUSE writes.

    >>> longest_run("居民心理健康素养水平达25%以上", "居民健康素养水平要达到多少")
    6
    """
    best = 0
    for i in range(len(question)):
        j = i + best + 1
        while j <= len(question) and question[i:j] in clause:
            best, j = j - i, j + 1
    return best


def run_first(text: str, scored: list[tuple], question: str, tokens: dict[str, float]) -> list[tuple]:
    """SCORED (best first; (score, start, stop, counts, …)) with the near-best figure clause writing the longest run of
    QUESTION put first, when it holds every one of TOKENS the best holds; else SCORED as it is."""
    if not scored or not scored[0][3]:
        return scored
    top = scored[0]
    read = {id(s): text[reach(text, s[1]):s[2]] for s in scored}
    held = {t for t in tokens if t in read[id(top)]}
    near = [s for s in scored[1:] if s[3] and s[0] >= weights.LEAD_RUN_NEAR * top[0]
            and held <= {t for t in tokens if t in read[id(s)]}]
    if not near:
        return scored
    question = FIGURES.sub("|", question)
    own = longest_run(read[id(top)], question)
    best = max(near, key=lambda s: longest_run(read[id(s)], question))
    if longest_run(read[id(best)], question) < max(own + 1, weights.LEAD_RUN_MIN):
        return scored
    return [best] + [s for s in scored if s is not best]
