"""What N counted things are asked (那4个问题具体是什么, 那个问题是哪一条) when the quotes only count them (移交立行立改
问题4个) and list nothing: the reply must not stand as an answer (answer.unstated.unfilled_slot says COUNT_ONLY), unless
the notice heads the counted things one by one (headed_members).

Example:
    >>> count_only("芦淞区司法局移交立行立改的那4个问题具体是什么？", ["移交立行立改问题4个,已全部办结。"])
    True
"""
from __future__ import annotations

import re

from answer.slots import COUNT_FIGURE, ITEMS, members_asked
from genre import load_genre
from genre.questions import load_questions

HEADING_TEXT = re.compile(r"[^。；;：:]*?(?=\s*(?:[(（][^)）]*[)）])?\s*(?:[。；;：:]|$))")   # a heading's own words, before
# its first sentence or colon and a count in brackets ((一)聚焦基层党组织建设方面(5个问题): …方面)
COUNT_ONLY = "通报中只找到数量，没有找到具体内容。"
CN_NUMERALS = "零一二三四五六七八九十"   # a count asked in digits, written in Chinese numerals (3张清单, “三清单”)


def count_only(question: str, quotes: list[str]) -> bool:
    """The question asks what the N things it counts are (or which one of them: 那个…问题是哪一条), a quote restates
    "N个" (in any count unit), and no quote lists anything (the other quotes then say something else: "设立3个专项整改
    工作小组" beside the meetings held; counts joined by ；, 已完成整改28个;移交立行立改问题4个, list no things).

    >>> count_only("芦淞区司法局移交立行立改的那4个问题具体是什么？", ["移交立行立改问题4个,已全部办结。"])
    True
    >>> count_only("那个只阶段性完成的问题具体是哪一条？", ["其中已完成整改28个,阶段性完成整改1个;移交立行立改问题4个"])
    True
    """
    q = load_questions()
    if q.asks_status.search(question):   # 剩下的1个是什么状态: the counting clause states it (已阶段性完成整改1个)
        return False
    asked = members_asked(question)
    if asked:
        n, unit, noun = asked
    elif q.asks_which_one.search(question):
        n, unit, noun = "1", "个", ""
    else:
        return False
    numeral = f"(?:{n}|{CN_NUMERALS[int(n)]})" if 0 < int(n) < len(CN_NUMERALS) else n   # 三清单 in the notice, 3张 asked
    units = "|".join(q.count_units + ("方面",) + ((unit,) if unit else ()))
    figure = rf"{numeral}\s*(?:(?:{units})" + (rf"|{re.escape(noun)})" if noun else ")")
    count = re.compile(r"(?<![\d.一二三四五六七八九十百第])" + figure)   # not the 三 of 十三届, nor an ordinal: 第二部分
    # heads the second part (a top level written 第N部分), it counts none
    named = re.compile(r"(?:[\u4e00-\u9fff]{1,12}、)+[\u4e00-\u9fff]{1,12}[“\"]?" + figure)   # 整改措施、…、整改时限5个方面: listed
    return (bool(quotes) and any(count.search(t) for t in quotes)
            and not any(lists_things(t) or named.search(t) for t in quotes))


def headed_members(question: str, text: str) -> bool:
    """Whether TEXT (a notice) heads the counted things QUESTION asks one by one: at least as many outline headings
    ((一)…方面:, 二、…方面(11个问题)) end in the asked thing as the question counts. A notice grouping its findings by 方面
    then names them though the sentence quoted only counts them (对巡察反馈的3个方面6项共11个问题).

    >>> headed_members("反馈的2个方面分别是哪两个方面？", "(一)聚焦政治建设方面:\\n1.关于…\\n(二)聚焦基层党建方面:")
    True
    >>> headed_members("反馈的4个方面分别是哪四个方面？", "(二)压实整改责任。党组紧紧围绕巡察反馈的4个方面33个问题")
    False
    """
    asked = members_asked(question)
    if not asked or not asked[2] or not text:
        return False
    g = load_genre()
    heads = [ln.strip() for ln in text.split("\n") if g.marker_of(ln.strip())]
    return sum(HEADING_TEXT.match(h).group().endswith(asked[2]) for h in heads) >= int(asked[0])


def lists_things(quote: str) -> bool:
    """Whether a quote enumerates things: items (一是, (1), 1.), or clauses joined by ； not all of which are counts.

    >>> lists_things("一是建立台账;二是定期通报"), lists_things("已完成整改28个,阶段性完成整改1个;移交立行立改问题4个")
    (True, False)
    """
    parts = [s for s in re.split(r"[；;]", quote) if s.strip()]
    return bool(ITEMS.search(quote)) or (len(parts) > 1 and not all(COUNT_FIGURE.search(s) for s in parts))
