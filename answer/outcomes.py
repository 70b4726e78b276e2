"""Refusals by what the answering notice's kind and its quoted sentences state, not what is asked: a work plan's targets
only (工作要点), findings only (巡察发现的问题), framing only (…巡察组对…进行了巡察, 予以公布), no rectification status
anywhere (已完成N个 nowhere), a plan where an outcome is asked (拟印发, 力争). Read by answer.refusal.overruled (split out
of answer/refusal.py by meaning, round 32; no behaviour change).

Example:
    >>> result_of_plan("湖州2023年的卫生健康工作最后完成了多少？", frozenset({"工作要点"}))
    True
"""
from __future__ import annotations

import functools
import re

from answer.day_event import day_asked
from genre import load_genre
from genre.data_files import section_patterns
from genre.figures import arabic
from genre.questions import load_questions
from retrieval import weights
from retrieval.index.keywords import tokenize

PLAN_ONLY = "通报只写了计划或目标，没有写实际结果。"
WORK_PLAN = "工作要点"   # the genre's notice kind (agencies.toml) that states targets only
NO_STATUS = "通报没有写明完成情况。"
FINDINGS_ONLY = "通报只列出了发现的问题，没有写整改措施。"
FRAMING_ONLY = "通报中相关的只有巡视巡察的时间和经过，没有写所问的内容。"
CLAUSES = re.compile(r"[,，;；:：。]")   # a sentence's clauses


@functools.cache
def _wording() -> re.Pattern[str]:
    return section_patterns("questions.toml", "asks_wording", ("pattern",))["pattern"]


def wording_asked(question: str) -> bool:
    """An ask for the notice's own words (genre questions.toml [asks_wording]).

    >>> wording_asked("那个“1135”，原文怎么说的"), wording_asked("采取了哪些整改措施")
    (True, False)
    """
    return bool(_wording().search(question))


def framing_only(question: str, quotes: list[str]) -> bool:
    """What was found or done is asked, and every quote only frames the notice (who inspected whom and
    when, that it is published); questions about the inspection itself, a date or a gap between dates are answered
    by them.

    >>> framing_only("深圳市公安局党委巡察发现了哪些问题？", ["2025年1月8日,巡察组向市公安局党委反馈了巡察意见。"])
    True
    """
    q = load_questions()
    return bool(quotes and (q.asks_measures.search(question) or q.asks_problems.search(question))
                and not q.asks_date.search(question) and not q.asks_inspection.search(question)
                and not q.asks_gap.search(question) and not day_asked(question) and all(frames_only(question, t) for t in quotes))


def frames_only(question: str, quote: str) -> bool:
    """The quote frames the notice and says nothing more the question asks about: every clause that holds
    a word of the question (two characters or more, not a framing or generic word) is a framing clause.
    A sentence may end in framing and still state a figure ("…对1人予以记大过处分,…现将整改具体情况报告如下").

    >>> frames_only("瑞金这次审计整改有没有人挨处分？", "对1人予以记大过处分,现将整改具体情况报告如下:")
    False
    """
    q = load_questions()
    clauses = [c for c in CLAUSES.split(quote) if c.strip()]
    framing = [c for c in clauses if q.framing.search(c)]
    if not framing:
        return False
    said = "".join(framing)
    words = {t for t in tokenize(question) if len(t) >= 2} - q.generic - q.asking
    return not any(t in c for c in clauses if c not in framing for t in words if t not in said)


def findings_only(question: str, sections: list[str], tops: list[str]) -> bool:
    """What was done is asked of a notice that publishes findings only: every cited sentence sits under
    a findings heading (巡察发现的问题), and so does every top-level part of the notice (TOPS).

    >>> findings_only("针对打击电信网络犯罪力度不够，采取了哪些整改措施？", ["一、巡察发现的问题 > (一)…"], ["一、巡察发现的问题"])
    True
    >>> findings_only("服务市委部署有差距那条，提到的工作思路叫什么？", ["一、巡察发现的问题 > (一)…"], ["一、巡察发现的问题"])
    False
    """
    q = load_questions()
    return bool(sections and q.asks_measures.search(question) and not q.asks_problems.search(question)
                and not q.asks_quantity.search(question) and not q.name_asked.search(question)   # 叫什么: a name in it
                and not wording_asked(question)   # 原文怎么说的: the sentence holding the term, whatever the notice
                and all(q.findings_heading.match(s.split(" > ")[0]) for s in sections + tops))


def result_of_plan(question: str, kinds: frozenset[str]) -> bool:
    """An outcome or completion is asked of a work plan (its "持续推进" is a task, not a status).

    >>> result_of_plan("湖州2023年的卫生健康工作最后完成了多少？", frozenset({"工作要点"}))
    True
    """
    q = load_questions()
    return kinds == {WORK_PLAN} and bool(q.asks_done.search(question) or q.asks_result.search(question))


def no_status(question: str, texts: list[str]) -> bool:
    """Completion is asked, and none of TEXTS (the answering notice) says how far rectification got.

    >>> no_status("那14条整改措施已经完成了几条？", ["制定有针对性和可操作性的整改措施14条"])
    True
    """
    if not load_questions().asks_done.search(question):
        return False
    g = load_genre()
    return not any(g.normalise_status(t) or g.all_done.search(t) for t in texts)


def result_stated(question: str, quotes: list[str], q_tokens: dict[str, float]) -> bool:
    """Whether one act was done is asked (换届完成了吗, not how many were: that needs a stated status count), and a
    quote that holds most of the question's weighted words states it done ("指导女企业家协会成功换届"): it answers
    though the notice states no rectification status.

    >>> result_stated("女企业家协会换届完成了吗？", ["整改情况:指导女企业家协会成功换届,组织开展女企业家座谈会"],
    ...               {"女企业家": 2.0, "协会": 1.0, "换届": 2.0})
    True
    """
    total = sum(q_tokens.values()) or 1.0
    q = load_questions()
    return not q.asks_quantity.search(question) and any(q.states_result.search(t) and sum(w for tok, w in q_tokens.items() if tok in t) / total >= weights.RESULT_COVERAGE
               for t in quotes)


def plan_only(question: str, quotes: list[str], q_tokens: dict[str, float]) -> bool:
    """An outcome is asked, and every quote, or the quote holding most of the question's weighted words,
    states a plan and no outcome ("拟以省委办公厅、省政府办公厅名义印发执行").

    >>> plan_only("若干措施最后是哪天印发的？", ["起草《若干措施》,拟以两办名义印发执行。", "今年3月29日,省审计厅作了报告。"],
    ...           {"若干": 2.0, "措施": 1.0, "印发": 1.5})
    True
    """
    q = load_questions()
    if not quotes or not q.asks_result.search(question):
        return False
    quotes = [arabic(t) for t in quotes]   # 开展了十次 states a result as 开展了10次 does (genre figures.toml [numerals])
    if all(q.planned.search(t) and not q.states_result.search(t) for t in quotes):
        return True
    best = max(quotes, key=lambda t: sum(w for tok, w in q_tokens.items() if tok in t))   # the first on ties
    return bool(q.planned.search(best)) and not q.states_result.search(best)
