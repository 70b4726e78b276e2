"""The sum of two sets a notice totals in sentences of their own (genre worked.toml [totals_sum]): 被指出的问题连同移交
立行立改的，总共多少个 of 巡察组共反馈29个问题,…;移交立行立改问题4个,已全部办结 is 29个+4个, and the done asked beside it
(其中已经彻底办完的有几个) the completed counts of each total summed, both said as worked out.

Example:
    >>> s = "巡察组共反馈29个问题,其中已完成整改28个,阶段性完成整改1个;移交立行立改问题4个,已全部办结。"
    >>> totals_sum_note("问题连同移交立行立改的，总共多少个？其中已经彻底办完的有几个？", s)
    '（按通报数字推算：29个+4个，合计33个；其中已完成28个+4个，合计32个。）'
"""
from __future__ import annotations

import functools
import re

from genre import load_genre
from genre.data_files import compile_re, get, section
from genre.questions import load_questions

FILE = "worked.toml"
COUNTED = ("个", "项", "件", "条")   # the units a totals statement counts problems and items in


@functools.cache
def _done_asked() -> re.Pattern[str]:
    return compile_re(get(section(FILE, "totals_sum"), "done_asked", str, FILE, "totals_sum"), FILE, "totals_sum.done_asked")


def totals_sum_note(question: str, sentences: str) -> str:
    """For a sum asked (连同…总共多少个) where SENTENCES total two sets apart: their totals summed, and the completed of
    each summed when a done count is asked too; "" when no sum is asked in a unit of items or fewer than two totals.

    >>> totals_sum_note("开会和批示加起来多少次？", "召开党组会议9次;作出批示6次")
    ''
    """
    q = load_questions()
    unit = q.asked_unit.search(question)
    if not q.asks_sum.search(question) or unit is None or unit.group(1) not in COUNTED:
        return ""
    totals = load_genre().read_totals(sentences)
    if len(totals) != 2:
        return ""
    u = unit.group(1)
    said = f"{totals[0].total}{u}+{totals[1].total}{u}，合计{totals[0].total + totals[1].total}{u}"
    done = [sum(n for status, n in t.counts if status == "已完成") for t in totals]
    if _done_asked().search(question) and all(done):
        said += f"；其中已完成{done[0]}{u}+{done[1]}{u}，合计{sum(done)}{u}"
    return f"（按通报数字推算：{said}。）"
