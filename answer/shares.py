"""The share one stated figure is of a whole the question names (财政部门那块涉及的金额占全部问题资金的比重): the part's
figure from the quoted clauses, the whole's from the notice's clause whose words the whole is named by (问题资金251023.54
万元, stated once in the summary), said as worked out. genre steps.toml [share_of_whole] reads the ask.

Example:
    >>> t = "《审计报告》反映共计50项具体问题,问题资金251023.54万元,未整改资金35435.70万元。"
    >>> whole_share_note("财政部门涉及的金额占全部问题资金的比重多少？", t, "预算执行问题6项,涉及金额237054.47 万元,整改资金201783.20万元")
    '（按通报数字推算：涉及金额237054.47万元/问题资金251023.54万元，约占94.4%。）'
"""
from __future__ import annotations

import re

from answer.worked import share_said
from genre.questions import load_questions
from genre.steps import load_steps

FIGURE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(万元|亿元|元|个|项|条|件|人|名|次|户|家)")
CLAUSE_START = re.compile(r"[，,；;：:。！？!?\n(（)）、]")
NAMED_BY = 12   # characters before a figure that name what it counts (问题资金 / 涉及金额)
MONEY_UNITS = ("元", "万元", "亿元")
NEGATION = re.compile(r"[没未]")   # 没整改到位的占几成: what is not done, over its total (answer/worked.py share_note)
STATED_SHARE = re.compile(r"\d(?:\.\d+)?\s*[%％]|百分之|[一二三四五六七八九]成")


def _pairs(words: str) -> set[str]:
    return {words[i:i + 2] for i in range(len(words) - 1)}


def _named(text: str, m: re.Match[str]) -> str:
    """The words right before figure M in its clause (涉及金额 of 涉及金额237054.47万元)."""
    start = max((c.end() for c in CLAUSE_START.finditer(text, max(0, m.start() - NAMED_BY), m.start())),
                default=max(0, m.start() - NAMED_BY))
    return re.sub(r"^(?:其中|另有|包括)", "", re.sub(r"[\d.\s]", "", text[start:m.start()]))   # 其中 joins, names nothing


def whole_share_note(question: str, text: str, quoted: str) -> str:
    """For a share asked of a whole the question names (占全部问题资金的比重, 在全部问题资金里占多大比重): the QUOTED
    figure named most like the rest of the ask over TEXT's figure of the same unit named most like the whole, when larger;
    "" when the ask names no whole, the quote states the share, or either figure is not found."""
    steps = load_steps()
    asked = steps.whole_after.search(question) or steps.whole_before.search(question)
    q = load_questions()
    if asked is None or STATED_SHARE.search(quoted) or q.asks_completion.search(question) or \
            q.asks_not_done.search(question) or NEGATION.search(question):   # done or not done: a completion rate
        return ""                                                          # or the rest (answer/worked.py)
    whole_words = _pairs(asked.group("whole"))
    part_words = _pairs(question[:asked.start("whole")] + "，" + question[asked.end("whole"):]) - whole_words
    money = bool(steps.money.search(question))   # 涉及的金额: a figure in 元, not the count beside it (问题6项)
    part = _best(quoted, part_words, None, money)
    if part is None:
        return ""
    whole = _best(text, whole_words, part, money)
    if whole is None:
        return ""
    (p_name, _, p_said, unit), (w_name, _, w_said, _) = part, whole
    return f"（按通报数字推算：{p_name}{p_said}{unit}/{w_name}{w_said}{unit}，{share_said(p_said, w_said, question)}。）"


def _best(text: str, words: set[str], part: tuple[str, float, str, str] | None,
          money: bool) -> tuple[str, float, str, str] | None:
    """The figure of TEXT (of money when MONEY is asked, else a count) whose naming words share most of WORDS (the first
    of equals): (its name, value, digits as written, unit); for a whole, only figures of the PART's unit larger than it."""
    best, found = 0, None
    for m in FIGURE.finditer(text):
        if (m.group(2) in MONEY_UNITS) != money:
            continue
        name = _named(text, m)
        shared = len(_pairs(name) & words)
        value = float(m.group(1))
        if part is not None and (m.group(2) != part[3] or value <= part[1]):
            continue
        if shared > best:
            best, found = shared, (name, value, m.group(1), m.group(2))
    return found
