"""The count unit a count asked with no unit of its own carries (还剩多少没落实, 问题有多少, 239条措施还剩多少): the unit
of the set the question writes with its count, else 个 for a noun notices write beside its count (genre/data/questions.toml
[count_units] named_with_count).

Example:
    >>> implied_units("处理了多少人？建了多少制度？"), implied_count_unit("239条措施还剩多少没落实？")
    (['个'], '条')
"""
from __future__ import annotations

import re

from genre.figures import arabic
from genre.questions import load_questions

BARE_ASK_END = re.compile(r"\s*(?:[？?，,。！!；;]|$|[没未尚还仍呢啊吗呀])")   # 多少 asked of nothing after it: 还剩多少没落实, 有多少？


def implied_units(question: str) -> list[str]:
    """The units the bare counts of QUESTION's asks carry (implied_count_unit of each ask, or of each comma piece of an
    ask that asks with a unit elsewhere: 建了多少制度，处理了多少人？).

    >>> implied_units("处理了多少人？建了多少制度？"), implied_units("建了多少制度，处理了多少人？"), implied_units("239条措施，还剩多少？")
    (['个'], ['个'], ['条'])
    """
    found = []
    for part in re.split(r"[？?；;]", question):
        unit = implied_count_unit(part)
        found += [unit] if unit else [u for u in map(implied_count_unit, re.split(r"[，,]", part)) if u]
    return found


def implied_count_unit(question: str) -> str:
    """The count unit a count asked with no unit of its own carries (还剩多少没落实, 问题有多少, 问题的数量是多少): the unit
    of the set the question writes with its count (239条措施 -> 条), else 个 for a noun notices write beside its count
    (问题, 措施: questions.toml named_with_count); "" when a unit, a rate or money is asked, or nothing counted is named.
    Any count of things then answers (个/项/条 stand in for each other), not a 文号, a year or a count of meetings.

    >>> implied_count_unit("239条措施还剩多少没落实？"), implied_count_unit("被巡察出的问题有多少？")
    ('条', '个')
    >>> implied_count_unit("反馈了多少个问题？"), implied_count_unit("追回了多少资金？"), implied_count_unit("完成了多少？")
    ('', '', '')
    >>> implied_count_unit("对那21个问题持续整改，已清理多少用地款？"), implied_count_unit("那21个问题完成了多少？")
    ('', '个')
    """
    q = load_questions()
    plain = arabic(question, asked=True)
    if (not q.asks_quantity.search(plain) or q.asked_unit.search(plain) or q.asks_rate.search(plain)
            or q.asks_money.search(plain)):
        return ""
    units = "|".join(re.escape(u) for u in q.count_units if u not in q.occurrence_units)
    nouns = "|".join(map(re.escape, sorted(q.named_with_count)))
    if not any(BARE_ASK_END.match(plain, m.end()) or re.match(rf"[\u4e00-\u9fff]{{0,4}}?(?:{nouns})", plain[m.end():])
               for m in re.finditer("多少", plain)):
        return ""   # 已清理多少用地款: the count is of the thing named after it, not of a set the question counts
    written = re.search(rf"\d+\s*({units})[\u4e00-\u9fff]{{0,4}}?(?:{nouns})", plain)   # 239条措施: the set as written
    if written:
        return written.group(1)
    counted = [n for n in q.counted.findall(plain) + q.counted_before.findall(plain) if n in q.named_with_count]
    return "个" if counted else ""
