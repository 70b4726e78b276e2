"""What the quoted figures imply, said after the cited lead: shares, rates, what is left, sums, differences, money in
the asked unit, averages, Chinese numerals read as digits, a table row's cells named, the year of a quoted day.

Every note is worked out from the quoted clauses and said as such, never quoted as the notice's words.

Example (TEXT quoting "反映的400个问题,已完成整改336个"): figure_notes("还剩几个没改完？", TEXT, CITES, SPANS, LEAD) gives
'（按通报数字推算：共400个问题，已完成336个，尚余64个未完成。）'.
"""
from __future__ import annotations

import re

from answer.converted import converted_note
from answer.frequency import frequency_note
from answer.lead_asked import wanted
from answer.open_counted import open_counted_note
from answer.rest import rest_of_part_note
from answer.shares import whole_share_note
from answer.sum_share import sum_share_note
from answer.tables import table_note
from answer.threshold import threshold_note
from answer.totals_sum import totals_sum_note
from answer.worked import (
    average_note,
    difference_note,
    kinds_total_note,
    numerals_note,
    rate_note,
    remaining_note,
    share_note,
    sum_note,
    year_note,
)
from genre.figures import arabic
from genre.parts_asked import each_count_asked, parts_count
from genre.quoted_figure import quoted_counts_said
from genre.structure_questions import load_structure_questions
from retrieval.parse import cn_to_int
from retrieval.records import Citation
from retrieval.search.held import top_asked
from retrieval.search.walk import pick, positions


def figure_notes(question: str, text: str, cites: list[Citation], spans: list[tuple[int, int]], quoted: str) -> str:
    """The notes of the figures the lead's CITES quote, read against the sentences (SPANS of TEXT) they stand in."""
    clauses = arabic(",".join(c.quote for c in cites))   # each quote a clause: the totals reader reads them apart
    share = whole_share_note(question, text, clauses) or sum_share_note(question, clauses) or share_note(question, clauses, clauses + arabic("".join(text[a:b] for a, b in spans)))
    # 占全部问题资金的比重: the whole the question names, stated anywhere in the notice (answer/shares.py)
    # 一共开了多少次？…占其中几成: the part's share of the sum just asked (answer/sum_share.py)
    # the share of what the question names, else the completion rate; what is left of the total, of
    # a total stated earlier in the quoted sentence (反映的400个问题,已完成整改336个: the lead quotes the 336)
    holding = arabic(",".join(text[a:b] for a, b in spans if any(a <= c.start < b for c in cites)))   # 谈话提醒二十四人
    # read as 24人, as the quotes are (genre figures.toml [numerals])
    notes = share or rate_note(question, clauses) or rate_note(question, holding)
    notes += (rest_of_part_note(question, clauses) or rest_of_part_note(question, holding)   # 不属于立行立改的多少
              or remaining_note(question, clauses) or remaining_note(question, holding))
    notes += totals_sum_note(question, holding) or sum_note(question, clauses)   # 连同…总共: two totals summed
    notes += difference_note(question, clauses) or difference_note(question, holding, counted_only=True)   # 制度比处理的人多多少:
    # the people counted earlier in the quoted sentence (谈话提醒24人,建立完善制度45项); each money figure the question
    # names converted, also one the lead's sentence states beside the quoted one (问题资金和整改到位资金折成亿元)
    notes += converted_note(question, clauses, holding) + threshold_note(question, clauses)   # 有没有超过十次
    notes += average_note(question, clauses) or average_note(question, holding)   # 平均一个问题几条: the groups' count
    # may stand earlier in the quoted sentence (11个问题,…整改措施14条)
    notes += parts_each_total_note(question, [c.quote for c in cites])   # 各几个问题: the headings' counts summed
    notes += frequency_note(question, clauses)   # 多久评一次: 每季评选优秀个人 -> 每季一次，一年4次
    notes += open_counted_note(question, [c.quote for c in cites])   # 还有哪些没改完: counted only, none named
    notes += kinds_total_note(question, holding)   # 一共几个方案: 1个总方案,2个专项方案 summed (genre worked.toml),
    # 一个总方案、二个专项方案 by their values (genre figures.toml [numerals])
    notes += numerals_note(quoted) + table_note(text, [(c.start, c.end) for c in cites])   # 三十二个即32个; a table
    notes += quoted_counts_said(question, quoted)   # 问题清单一共几张: “七张问题清单”，即7张 (genre/quoted_figure.py)
    # row's bare cells named by their header (answer/tables.py)
    if wanted(question)[1]:   # a day asked and quoted without its year: the year it carries
        notes += next((n for c in cites for n in [year_note(text, c.start, c.quote)] if n), "")
    return notes


def parts_each_total_note(question: str, quotes: list[str]) -> str:
    """For each part's count asked beside the parts (按哪几个方面写的，各几个问题) where every quoted heading states one count
    of the same thing (…方面(7个问题)): their sum, worked out; "" otherwise (genre worked.toml [parts_total] each_asked).

    >>> parts_each_total_note("第三部分按哪几个方面写的，各几个问题", ["(一)…方面(7个问题)", "(二)…方面(11个问题)"])
    '（按通报数字推算：共18个问题（7+11）。）'
    """
    if len(quotes) < 2 or not each_count_asked(question):
        return ""
    counts = [list(parts_count().finditer(arabic(q))) for q in quotes]   # 方面(七个问题) as 方面(7个问题)
    if any(len(found) != 1 for found in counts):
        return ""
    kinds = {(m.group("unit") or m.group("unit2"), m.group("noun") or m.group("noun2")) for [m] in counts}
    if len(kinds) != 1:
        return ""
    (unit, noun), numbers = kinds.pop(), [int(m.group("n") or m.group("n2")) for [m] in counts]
    return f"（按通报数字推算：共{sum(numbers)}{unit}{noun}（{'+'.join(map(str, numbers))}）。）"


def counted_position_note(question: str, sections: list) -> str:
    """For a count of parts asked with one of them by position (提了几条要求，第三条是什么), answered by the whole level
    SECTIONS (retrieval/search/walk.py): the count and the part at that position, said; "" otherwise.

    >>> counted_position_note("通知提了几条要求，第三条是什么", SECTIONS)   # the four top parts 一、…四、
    '（共4条，第三条是“三、加强调度协调”。）'
    >>> counted_position_note("第一部分下面列了几条问题？第三条是什么", [一、, its 1., 2., 3.])
    '（其中第三条是“3.防范化解重大风险意识不够强”。）'
    """
    counted = load_structure_questions().counted_items.search(question)
    chain = positions(question)[0]
    if counted and chain and chain[-1].start() > counted.start() and (len(chain) == 1 or counted.start() > chain[-2].start()) \
            and len(sections) > 2 and all(s.parent == sections[0].index for s in sections[1:]):   # 第一部分下面列了几条？
        # 第三条是什么 (or “一、”下面有几个小标题？第二个是什么): the part
        got = pick(sections[1:], chain[-1])   # and its items, counted in the lead (part_items_lead); the one asked named
        return f"（其中{chain[-1].group(0)}是“{got.marker}{got.heading}”。）" if got and not chain[-1].group(0).endswith("的") else ""
    if not counted or len(chain) != 1 or chain[0].start() < counted.start() or len(sections) < 2:
        return ""
    if len({s.parent for s in sections}) != 1:
        return ""
    got = pick(sections, chain[0])
    asked = chain[0].group(0)
    if got is None or asked.endswith("的"):   # 排第一的: a rank names no unit to count the level in
        return ""
    unit = "部分" if asked.endswith("部分") else asked[-1]
    return f"（共{len(sections)}{unit}，{asked}是“{got.marker}{got.heading}”。）"


COUNT_UNIT = re.compile(r"(?:几|多少)\s*个?\s*[小大]?([条点项块类])")   # 列了几条 -> 条; 有几个问题 -> 个; 几大类 -> 类
CLOSED = "。！？!?；;：:”\"）)》"   # marks a page's text may end on when it is whole (answer/measures.py CLOSED)


def cut_count_note(text: str, sections: list) -> str:
    """For parts counted off the outline (SECTIONS) when TEXT, the page's text, stops inside the last of them with no
    closing mark (an excerpt cut short): the count is of what the page shows, said (structure_questions.toml
    [counted_items] cut_said); "" otherwise.

    >>> cut_count_note("一、问题\n(一)甲\n1.乙。\n(二)丙\n1.丁个", SECTIONS)   # (一), (二) counted; (二) runs to the end
    '（页面所载正文在“(二)”部分中途截断，以上是按页面所见的计数。）'
    """
    whole = text.rstrip()
    if not sections or not whole or whole[-1] in CLOSED:
        return ""
    last = max(sections, key=lambda s: s.end)
    return load_structure_questions().cut_said.format(marker=last.marker) if last.end >= len(whole) else ""


def part_items_lead(question: str, sections: list) -> str:
    """For the items under a part pointed at by position counted (第一大类下面列了几条, structure_questions.toml
    [counted_items]), answered by SECTIONS that are the part and its children: the children counted, said before them
    (列了3条（计数所得）：); "" otherwise. The notice lists them without a count; the listing is the count.

    Example: part_items_lead("第一大类下面列了几条？分别是哪几条", [(一), its 1., 2., 3.]) -> '列了3条（计数所得）：'
    The whole notice's division counted (正文分了几条，各是什么), answered by its top parts side by side: their count,
    read off the outline (共4条（按正文所列标题计数所得）：).
    """
    asked = load_structure_questions()
    if not (asked.counted_items.search(question) or asked.counted_groups.search(question)) or len(sections) < 2:
        return ""   # 第一大类下面列了几条; 问题分了几大类 (answered by the groups)
    unit = COUNT_UNIT.search(question)
    holder, children = sections[0], sections[1:]
    if len(sections) >= 3 and all(s.parent == holder.index for s in children):   # a part (pointed at by position
        return f"列了{len(children)}{unit.group(1) if unit else '个'}（计数所得）："   # or named: “认识和态度”部分) and its items
    if positions(question)[0] or len({(s.parent, s.depth) for s in sections}) != 1:
        return ""
    return f"共{len(sections)}{unit.group(1) if unit else '个'}（按正文所列标题计数所得）："   # the whole notice's top parts


_CN = "零一二三四五六七八九十"


def first_short_note(question: str, sections: list) -> str:
    """For the first N parts asked (前六条, 一到六条: structure_questions.toml [first_n]) of a level holding fewer, answered
    by SECTIONS (their holder first or not): how many there are and the places asked past the last, said; "" otherwise.

    >>> first_short_note("华容县通知，前六条的小标题是什么", SECTIONS)   # the four top parts 一、…四、
    '（只有4条，没有第五条、第六条。）'
    """
    m = load_structure_questions().first_n.search(question)
    if not m or not sections:
        return ""
    asked = cn_to_int(m.group(1).replace("两", "二")) if not m.group(1).isdigit() else int(m.group(1))
    kids = [s for s in sections if s.parent == sections[-1].parent]
    if len(kids) >= asked or asked > 10 or len(kids) < (1 if top_asked(question) else 2):   # 前三部分 of one part
        return ""
    unit = re.sub(r"^(?:前|开头(?:那|的|这)?)(?:[一二三四五六七八九十两]|\d{1,2})个?(?:大|小)?", "", m.group(0))
    unit = "条" if unit in ("标题", "问题") else unit
    past = "、".join(f"第{_CN[i]}{unit}" for i in range(len(kids) + 1, asked + 1))
    return f"（只有{len(kids)}{unit}，没有{past}。）"
