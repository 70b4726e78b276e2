"""What a question asks a reply to name that its quotes or notice may not: the slot it asks filled: the holder of a post (组长是谁, a name beside the post when a name is asked), a rank
(排第几名), an ordinal (几届几次), an amount of money of a named kind (统筹盘活了多少资金), a count of a named part
(那29个问题里X方面的占几个, 第一个方面有几条), what N counted things are or
which one (那4个问题具体是什么, 那个问题是哪一条: answer.count_only), and (answer.slots) which things of a counted kind there are (具体名单) and how
the problems are grouped (问题分成几个方面); the problem or action a question names that its notice
never writes is answer.unwritten_asks. Each predicate says what is missing or False/"" when the reply may stand;
`unfilled_slot` says, for the slots, why the reply must not stand; answer.refusal turns them into refusals.

Example:
    >>> rank_unstated("我们局绩效考核在全市排第几名？", ["高度重视绩效考核全市排名靠后问题"])
    True
    >>> rank_unstated("考核评比口号里的名次又是怎么说的？", ["争取各项考核评比“保五争三拼第一”"])
    False
"""
from __future__ import annotations

import re

from answer.compound import compound_joint
from answer.converted import per_head_only
from answer.count_only import COUNT_ONLY, count_only, headed_members
from answer.days import NO_DAY, day_unstated
from answer.demands import demand_unstated
from answer.listed import outline_listed
from answer.named_quantity import NOT_STATED as NO_NAMED, quantity_unnamed
from answer.open_counted import open_counts
from answer.outcomes import wording_asked
from answer.outcomes_unstated import (
    NO_LATER,
    NO_MEASURE,
    later_outcome_unstated,
    measure_unstated,
)
from answer.parts import NO_TOTAL, each_joint, joint_figure, total_unstated
from answer.persons import (
    NO_DUTY_HOLDER,
    NO_HOLDER,
    NO_PERSON,
    NO_REPORTER,
    duty_holder_unstated,
    holder_unstated,
    person_unnamed,
    reporter_unstated,
)
from answer.slots import (
    CLAUSE_SPLIT,
    NO_ASPECTS,
    NO_ROSTER,
    NO_SPAN,
    NO_VENUE,
    aspects_unstated,
    part_unstated,
    rectified_span_unstated,
    roster_unstated,
    venue_unstated,
)
from answer.totals import extreme_unstated
from genre.converted import converting_asked
from genre.data_files import get, section
from genre.figures import arabic
from genre.questions import load_questions
from genre.staff_words import in_notice_words
from genre.structure_questions import load_structure_questions
from genre.worked import load_worked, question_parts
from retrieval.index.keywords import tokenize
from retrieval.search.walk import positions

MONEY_FIGURE = re.compile(r"\d+(?:\.\d+)?\s*(?:余|多)?\s*(?:万元|亿元|元)")   # 1600余万元
FIGURE_TOKEN = re.compile(r"\d")   # a figure the question writes (50项) names its set, never a kind of money
SENTENCE = re.compile(r"[^。；;\n]+")   # a notice's sentence (or ；-clause, or line)
ASKED_CLAUSE = re.compile(r"[^，,、；;？?。]+")
CONJUNCTS = re.compile(r"(?:[^和及与]|(?<=涉)及)+")   # the slots one clause asks (问题总量和涉及资金), each with its own words
NO_RANK = "通报没有写明具体名次。"
NO_ORDINAL = "通报没有写明是第几{units}。"
NO_MONEY = "通报中没有写明“{asked}”。"
NO_PART_COUNT = "通报没有单列“{part}”的数量。"
JOINT_ONLY = "通报只给出几类合在一起的数字，没有单列“{part}”的数字。"
NO_MONTH = "通报只给出几个月合计的数字，没有单列{month}的数字。"
OWN_KINDS = tuple(get(section("questions.toml", "asked_slot"), "money_own_kinds", list, "questions.toml", "asked_slot"))
SHARE_WHOLE = re.compile(r"占[^，,。？?]{0,4}?(?:总量|总数|总计|数量|个数)")   # 没改完的占总数几成: the whole of a share


def unfilled_slot(question: str, quotes: list[str], text: str = "") -> str:
    """Why a reply quoting QUOTES must not stand when the question asks a detail (its slot) that no quote fills: what
    counted things are or which one, their names, how the problems are grouped, a rank, an ordinal, money of a kind, a
    part's own count, one kind's own figure, a person's name, post or unit; "" when no slot is asked or the quotes fill it.
    TEXT, the answering notice's text when known, may head the counted things one by one (headed_members).

    >>> unfilled_slot("报告标的是市几届人大常委会？", ["2021年9月15日,市人大常委会听取和审议了审计工作报告"])
    '通报没有写明是第几届。'
    """
    quotes = [arabic(t) for t in quotes]   # 经过三个月集中整改 states its span as 3个月 does (genre figures.toml [numerals])
    if count_only(question, quotes) and not headed_members(question, text) and not wording_asked(question) \
            and not open_counts(question, quotes):   # 还有哪些没改完 of 阶段性完成整改1个: the count answers (answer/open_counted.py)
        return COUNT_ONLY
    if text and (extreme := extreme_unstated(question, text)):   # 哪一类问题最多 of a notice counting no part
        return extreme
    if counted := roster_unstated(question, quotes):
        return NO_ROSTER.format(counted=counted)
    if aspects_unstated(question, quotes):
        return NO_ASPECTS
    if rectified_span_unstated(question, quotes):
        return NO_SPAN
    if venue_unstated(question, quotes):
        return NO_VENUE
    if part := later_outcome_unstated(question, quotes):
        return NO_LATER.format(part=part)
    if measure := measure_unstated(question, quotes):
        return NO_MEASURE.format(measure=measure)
    if rank_unstated(question, quotes):
        return NO_RANK
    if ordinals := ordinal_unstated(question, quotes):
        return NO_ORDINAL.format(units="、第几".join(ordinals))
    if per_head := per_head_only(question, quotes):   # 全省总共多少亿元 against 人均102元: no total (answer/converted.py)
        return per_head
    if money := money_unstated(question, quotes):
        return NO_MONEY.format(asked=money)
    if name := quantity_unnamed(question, quotes, text):   # 一般公共预算收入是多少 of a notice never writing 收入
        return NO_NAMED.format(thing=name)
    if not outline_listed(quotes) and (thing := total_unstated(SHARE_WHOLE.sub("", question), quotes)):   # 大标题的数量:
        return NO_TOTAL.format(thing=thing)   # the headings quoted one by one are their count; 占总数几成: a share's whole
    if not load_worked().average.search(question) and not part_listed(question, quotes) and \
            (part := part_unstated(question, quotes)):   # 平均一个方面有几个: the groups an average is taken over, not a
        # part of the set; 第一大类下面列了几条: the items listed under it are its count
        return NO_PART_COUNT.format(part=part)
    if joint := joint_figure(question, quotes) or each_joint(question, quotes) or compound_joint(question, quotes):
        return JOINT_ONLY.format(part=joint)
    if month := month_unstated(question, quotes):
        return NO_MONTH.format(month=month)
    if when := day_unstated(question, quotes):   # 8月几号开的 against 今年8月: the month only (answer/days.py)
        return NO_DAY.format(when=when)
    if person_unnamed(question, quotes):
        return NO_PERSON
    if reporter_unstated(question, quotes):   # 谁到人大去讲的 of a notice with no byline
        return NO_REPORTER
    if demanded := demand_unstated(question, text):   # 市长提了哪些要求 of a notice naming no 市长 requiring
        return demanded
    post = holder_unstated(question, quotes)
    if post and text and len(question_parts(question)) > 1 and \
            not holder_unstated(question, [s for s in SENTENCE.findall(text) if post in s]):
        post = ""   # 谁当组长？和哪几方面结合: the post's holder stated (以局主要领导为组长) in a sentence another ask's
        # quote left out; that ask is answered with its own clause after the reply (answer/each_ask.py), not refused
    if post:
        return NO_HOLDER.format(post=post)
    duty = duty_holder_unstated(question, quotes)   # 分管教育的县领导是谁 of a notice naming no one by duty
    return NO_DUTY_HOLDER.format(asked=duty) if duty else ""



def rank_unstated(question: str, quotes: list[str]) -> bool:
    """A rank is asked (排第几名) and no quote states one (排名靠后 is no rank).

    >>> rank_unstated("我们局绩效考核在全市排第几名？", ["高度重视绩效考核全市排名靠后问题"])
    True
    >>> rank_unstated("考核评比口号里的名次又是怎么说的？", ["争取各项考核评比“保五争三拼第一”"])
    False
    """
    q = load_questions()
    asked = [c for c in ASKED_CLAUSE.findall(question) if q.asks_rank.search(c)]
    if not asked or all(q.rank_worded.search(c) for c in asked):   # 口号里的名次是怎么说的: its words, quoted, answer
        return False
    return not any(q.rank_stated.search(t) for t in quotes)



def part_listed(question: str, quotes: list[str]) -> bool:
    """Whether QUESTION counts the items under a part it points at by position (第一大类下面列了几条, structure_questions.toml
    [counted_items]) and QUOTES list outline items one by one: the listing is the part's count (answer/notes.py
    part_items_lead says it), no part left uncounted.

    >>> part_listed("第一大类下面列了几条？", ["(一)学习贯彻不到位", "1.学习贯彻论述精神不到位。", "2.服务保障有差距。"])
    True
    >>> part_listed("那29个问题里，选人用人方面的占几个？", ["一、提高政治站位", "二、加强组织领导"])
    False
    """
    asks = load_structure_questions()
    return bool(asks.counted_items.search(question) and positions(question)[0]
                and asks.walked_into.search(question) and outline_listed(quotes))


def month_unstated(question: str, quotes: list[str]) -> str:
    """The month asked alone ("仅2月份一个月填报多少条") when the quotes count only a span of months holding it
    (1—3月累计填报595条) and never that month itself; "" otherwise.

    >>> month_unstated("利州区法院仅2月份一个月填报事项多少条？", ["2025年1—3月累计填报事项595条"])
    '2月'
    """
    q = load_questions()
    asked = q.asks_one_month.search(question)
    if not asked:
        return ""
    month = int(asked.group(1))
    spans = [m for t in quotes for m in q.month_span.finditer(t)]
    held = any(int(m.group(1)) <= month <= int(m.group(2)) and m.group(1) != m.group(2) for m in spans)
    own = any(re.search(rf"(?<![\d—\-–~至到]){month}\s*月(?:份)?(?![\d—\-–~至到])", q.month_span.sub(" ", t)) for t in quotes)
    return f"{month}月" if held and not own else ""


def ordinal_unstated(question: str, quotes: list[str]) -> list[str]:
    """The units of the ordinals the question asks (第几届, 几届几次, 第几轮) that no quote states (第十三届, 十三届,
    第四十五次); [] when none is asked or every one is stated.

    >>> ordinal_unstated("报告标的是市几届人大常委会、第几次会？", ["2021年9月15日,市人大常委会听取和审议了审计工作报告"])
    ['届', '次']
    >>> ordinal_unstated("在几届几次人大常委会会议上报告的？", ["在广东省第十三届人民代表大会常务委员会第四十五次会议上"])
    []
    """
    units = [u for m in load_questions().asks_ordinal.finditer(question) for u in m.groups() if u]
    digits = "[一二三四五六七八九十百零〇两\\d]+"
    return [u for u in dict.fromkeys(units)
            if not any(re.search(("第?" if u == "届" else "第") + rf"\s*{digits}\s*{u}", t) for t in quotes)]


def money_unstated(question: str, quotes: list[str]) -> str:
    """The clause of a question asking an amount of money (统筹盘活了多少资金, 收回了多少补贴) when no quoted clause states
    money of the kind its own slot names (涉及 of 问题总量和涉及资金; "" when money is not asked or it is stated): a kind
    word counts as named when the clause with the figure, or the one before it, writes it or all its characters (退回
    in 收回清退违规资金).

    >>> money_unstated("财政部门问题整改里，统筹盘活了多少资金？", ["整改资金201783.20万元,其中:追缴资金77038.68万元,统筹盘"])
    '统筹盘活了多少资金'
    >>> money_unstated("文广旅局退回多少钱？", ["收回清退违规资金5.0227万元"])
    ''
    >>> money_unstated("罚款了多少万元？", ["新增落地500万元以上市外项目229个"])
    '罚款了多少万元'
    """
    q = load_questions()
    asked = q.asks_money.search(question) or q.asks_money_kind.search(question)
    if not asked:
        return ""
    clause = next(m for m in ASKED_CLAUSE.finditer(question) if m.start() <= asked.start() < m.end())
    own = next(c for c in CONJUNCTS.finditer(clause.group()) if c.end() > asked.start() - clause.start())   # 问题总量和涉及资金: 涉及资金
    kind = {t for t in tokenize(in_notice_words(own.group())) if len(t) >= 2 and not FIGURE_TOKEN.search(t)} - q.generic \
        - q.asking - q.money_words   # 全部50项问题…追缴: the count names the set, not the kind of money
    clauses = [c for t in quotes for c in CLAUSE_SPLIT.split(t)]
    stated = [clauses[i - 1] + c if i else c for i, c in enumerate(clauses) if MONEY_FIGURE.search(c)]
    if stated and converting_asked(own.group()):   # 折合多少亿元 of a figure in 万元: as 多少万元 of it, a money figure answers
        return ""
    own_kinds = [k for k in OWN_KINDS if k in own.group()]   # 罚款, 专项资金: the kind itself must be stated
    if any(not kind or any(k in c or all(ch in c for ch in k) for k in kind)
           and all(k in c or all(ch in c for ch in k) for k in own_kinds) for c in stated):
        return ""
    return clause.group()

