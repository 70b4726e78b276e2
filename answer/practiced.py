"""The units a notice groups by what they did, counted when staff ask how many did it: 部分单位边审边改,在审计期间,逍林镇
清理往来款项15笔,胜山镇、市文广局出台了议事决策制度 answers 边审边改的单位一共有几个 with its clauses quoted and the units
named in them counted (genre worked.toml [practice_group]).

Example:
    >>> _bigrams("边审边改") & _bigrams("审计报告里点到的边审边改")
    {'边审', '审边', '边改'}
"""
from __future__ import annotations

from answer.forms import cite
from genre.counted import practice_asked, practice_groups
from retrieval.index.opened import Index

NOTE = "（按通报所列计数：{members}，共{n}{unit}。）"


def _bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


def practice_answer(index: Index, notice_id: str, question: str, scope_note: str):
    """(text, abstained, citations, lead) quoting the group of units the question names by their doing and counting the
    units named in it; None when no count of such units is asked or no group of the notice shares words with it."""
    asked = practice_asked(question)
    if not asked:
        return None
    text = index.records[notice_id].notice.text
    groups = [g for g in practice_groups(text) if g.members]
    fits = [len(_bigrams(asked) & _bigrams(g.practice)) for g in groups]
    if not groups or max(fits) == 0:
        return None
    group = groups[max(range(len(groups)), key=lambda i: fits[i])]
    c = cite(index, notice_id, group.start, group.end, 1)
    unit = "家" if "家" in question else "个"
    lead = f"{c.quote}[{c.n}]。" + NOTE.format(members="、".join(group.members), n=len(group.members), unit=unit)
    return scope_note + lead, False, (c,), lead
