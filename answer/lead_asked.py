"""What a question asks of its lead clause: how many figures and dates (`wanted`), and whether a clause's figure
is said of what it asks about (`said_of`). Split from answer/lead.py, which picks and scores the lead clauses.

Example:
    >>> wanted("是什么时候巡察的？哪天反馈？")
    (0, 2)
"""
from __future__ import annotations

import re

from answer.parts import part_asked
from genre.counted import grouping_asked
from genre.holding_ask import without_holding
from genre.meta_asked import doc_number_asked
from genre.questions import load_questions
from genre.steps import steps_order_asked
from genre.steps_each import joined_steps
from genre.thresholds import named_threshold, span_length_named
from genre.worked import follow_on_asks, named_share, share_asked, summed_things

PART_START = re.compile(r"[；;。！？!?\n]")   # a figure is said of what its sentence, or its ；-part, names
NOT_SUBJECT = re.compile(r"[\d.]+")   # years and figures the question gives name no subject


def wanted(question: str) -> tuple[int, int]:
    """(how many figures the question asks for, how many dates it asks for).

    >>> wanted("是什么时候巡察的？哪天反馈？"), wanted("巡察结束后过了多少天才反馈？")
    ((0, 2), (0, 2))
    """
    q = load_questions()
    gap = q.asks_gap.search(question)
    rest = doc_number_asked().sub(" ", q.asks_gap.sub(" ", question) if gap else question)   # "过了多少天": the days are
    # worked out, not quoted; 编的是几号文 asks a 文号 (answer.asks), no day
    rest = without_holding(rest)   # 其中带“专项”的有几个: counted off the listed members (answer/holding.py), not quoted
    figures, dates = len(q.asks_quantity.findall(rest)), max(len(q.asks_date.findall(rest)), joined_steps(rest))   # 进驻和反馈分别是哪天: 2
    figures += sum(not q.asks_quantity.search(m.group()) for m in q.asks_money.finditer(rest))   # 涉及金额多大: money asked without 多少
    figures = figures or int(named_share(rest) is not None or share_asked(rest) or named_threshold(rest) is not None)   # 是不是超过八成, 占几成, 占几分之几:
    # a rate is asked (held against the share named)
    figures += int(bool(grouping_asked(rest)))   # 11个问题是怎么归类的: the clause stating the count with its grouping
    figures = figures or int(bool(q.asks_done_status.search(rest)))   # 完成得怎么样，有具体数吗: the completed count
    figures += follow_on_asks(rest) if figures else 0   # …有几个？基层党组织建设方面呢？: one more figure (genre worked.toml)
    if figures and (q.asks_sum.search(question) or q.asks_difference.search(question)):   # "加起来多少次", "高多少":
        figures = max(figures, 2, summed_things(question))   # the figures summed or compared, each quoted (三项加起来: 3)
    if figures == 1 and (each := part_asked(rest)) and len(each.parts) > 1:   # 总方案和专项方案各几个: one figure
        figures = len(each.parts)                                                # per kind asked each, each quoted
    dates = max(dates, 2) if steps_order_asked(question) else dates   # 先反馈还是先公布: both steps' days
    dates = max(dates, 1) if span_length_named(rest) else dates   # 满不满45天: the dated range held against it leads
    return figures, (max(dates + 1, 2) if gap else dates)   # a gap lies between two dates


def said_of(text: str, spans: list[tuple[int, int]], span: tuple[int, int], at: int, end: int,
            tokens: dict[str, float], counted: list[str], asks: list[str] = ()) -> bool:
    """Whether the figure of the clause TEXT[at:end] may be said of what the question asks about: False when the
    quoted SPANS name the question's subject (its words of two characters or more other than the counted noun,
    years and figures) but the ；-part of the sentence holding the figure (SPAN) names none of it: the figure is
    said of something else ("水务集团开展专项自查;附海镇…对经责审计提出的21个问题" for 水务集团查出多少问题). With
    several ASKS, the words of each ask are its own subject: the figure may be said of any one ask's.

    >>> t = "市水务集团开展专项自查;附海镇对2016年经责审计提出的21个问题进行持续整改"
    >>> said_of(t, [(0, len(t))], (0, len(t)), t.index("对2016"), len(t), {"水务集团": 2.0, "自查": 1.0, "问题": 0.5}, ["问题"])
    False
    """
    words = [w for w in tokens if len(w) >= 2 and w not in counted and not NOT_SUBJECT.fullmatch(w)]
    a, b = span
    begin = max((m.end() for m in PART_START.finditer(text, a, at)), default=a)
    stop = PART_START.search(text, end, b)
    part = text[begin:stop.start() if stop else b]
    return any(any(w in part for w in own) or not any(w in text[x:y] for x, y in spans for w in own)
               for own in _asks_words(words, asks))


def _asks_words(words: list[str], asks: list[str]) -> list[list[str]]:
    """WORDS split by the ask of ASKS that names each (a word no ask names literally goes with every ask): each ask
    holds its own subject, so a figure said of one ask's subject is said of something asked (定了几张清单？开了多少次会？:
    开会's clause need not name 清单).

    >>> _asks_words(["清单", "次会", "整改"], ["定了几张清单", "开了多少次会"])
    [['清单', '整改'], ['次会', '整改']]
    """
    if len(asks) < 2:
        return [words]
    return [[w for w in words if w in ask or not any(w in x for x in asks)] for ask in asks]
