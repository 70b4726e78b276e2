"""What a question asks a reply to name that its quotes or notice may not: the problem it names (针对X的问题),
the holder of a post (组长是谁, a name when a name is asked), a rank (排第几名), an accountability action (移送,
追责, 处分…), what N counted things are (那4个问题具体是什么). Each predicate says what is missing or False/"" when
the reply may stand; answer.refusal turns them into refusals.

Example:
    >>> rank_unstated("我们局绩效考核在全市排第几名？", ["高度重视绩效考核全市排名靠后问题"])
    True
"""
from __future__ import annotations

import re

from genre.questions import load_questions
from retrieval import weights
from retrieval.index.keywords import person_names, tokenize
from retrieval.parse import cn_to_int

# kinds listed with 、 and one figure after the last (责令检查、批评教育、谈话提醒24人): the figure is theirs together
JOINT = re.compile(r"((?:[\u4e00-\u9fff]{2,10}、)+[\u4e00-\u9fff]{2,10}?)(\d+(?:\.\d+)?)\s*[\u4e00-\u9fff]")
LISTS = re.compile(r"[；;]|[一二三四五六七八九十]是|[(（]\d+[)）]|(?:^|[。:：])\s*\d+[.、．]")   # a quote that enumerates


def problem_unwritten(question: str, text: str) -> str:
    """The problem the question names (针对X的问题…) when TEXT (the answering notice) writes less than
    weights.PROBLEM_COVERAGE of its words (each word counts alike: staff name a problem in their own words,
    "流于形式" for the notice's "不够深入", and a rare word of theirs must not outweigh the rest); "" otherwise.

    >>> problem_unwritten("厦门体育局针对体育彩票销售管理不规范做了哪些整改？", "成立巡察整改工作领导小组。")
    '体育彩票销售管理不规范'
    """
    q = load_questions()
    asked = q.asks_about_problem.search(question)
    if not asked or q.named_people.search(asked.group(1)):   # 对责任人怎么处理的: people, not a problem
        return ""
    words = {t for t in tokenize(asked.group(1)) if len(t) >= 2} - q.generic - q.asking
    if not words or sum(t in text for t in words) / len(words) >= weights.PROBLEM_COVERAGE:
        return ""
    return asked.group(1)


def holder_unstated(question: str, quotes: list[str]) -> str:
    """The post whose holder the question asks (组长是谁) when no quote names that post, or a name is asked
    (叫什么名字) and the quotes naming the post name no person; "" otherwise.

    >>> holder_unstated("利州区法院的巡察组组长叫什么名字？", ["2025年1月3日,区委第四联动巡察组向区法院党组反馈了巡察意见。"])
    '组长'
    >>> holder_unstated("领导小组组长是谁？", ["成立了以局主要领导为组长的巡察整改工作领导小组"])
    ''
    >>> holder_unstated("领导小组组长叫什么名字？", ["成立了以局主要领导为组长的巡察整改工作领导小组"])   # an office, no name
    '组长'
    """
    q = load_questions()
    asked = q.asks_holder.search(question)
    if not asked:
        return ""
    holding = [t for t in quotes if asked.group(1) in t]
    if holding and (not q.asks_name.search(question) or any(person_names(t) for t in holding)):
        return ""
    return asked.group(1)


def person_unnamed(question: str, quotes: list[str]) -> bool:
    """A post or name is asked of a person the notice only counts (被记大过的那个人是什么职务) and no quote names a person.

    >>> person_unnamed("被记大过的那个人是什么职务？", ["对1人予以记大过处分,对2人予以提醒谈话"])
    True
    >>> person_unnamed("作报告的人是什么职务？", ["广州市人民政府副市长  赖志鸿"])
    False
    """
    return bool(load_questions().asks_counted_person.search(question)) and not any(person_names(t) for t in quotes)


def rank_unstated(question: str, quotes: list[str]) -> bool:
    """A rank is asked (排第几名) and no quote states one (排名靠后 is no rank).

    >>> rank_unstated("我们局绩效考核在全市排第几名？", ["高度重视绩效考核全市排名靠后问题"])
    True
    """
    q = load_questions()
    return bool(q.asks_rank.search(question)) and not any(q.rank_stated.search(t) for t in quotes)


def unreported_action(question: str, texts: list[str]) -> str:
    """The accountability action the question asks about (移送, 追责, 处分…) that none of TEXTS (the answering
    notices) names; "" when none is asked or a notice names it.

    >>> unreported_action("中山一院有没有干警被移送司法机关？", ["召开巡察整改培训会,把整改责任压实到每个干警。"])
    '移送'
    >>> unreported_action("瑞金这次审计整改有没有人挨处分？", ["对1人予以记大过处分"])
    ''
    """
    for words in load_questions().accountability:
        asked = next((w for w in words if w in question), "")
        if asked and not any(w in t for w in words for t in texts):
            return asked
    return ""


def count_only(question: str, quotes: list[str]) -> bool:
    """The question asks what the N things it counts are, a quote restates "N个", and no quote lists anything
    (the other quotes then say something else: "设立3个专项整改工作小组" beside the meetings held).

    >>> count_only("芦淞区司法局移交立行立改的那4个问题具体是什么？", ["移交立行立改问题4个,已全部办结。"])
    True
    """
    asked = load_questions().asks_content.search(question)
    if not asked or not quotes:
        return False
    n = asked.group(1) if asked.group(1).isdigit() else str(cn_to_int(asked.group(1).replace("两", "二")))
    count = re.compile(rf"(?<![\d.]){n}\s*{asked.group(2)}")
    return any(count.search(q) for q in quotes) and not any(LISTS.search(q) for q in quotes)


def joint_figure(question: str, quotes: list[str]) -> str:
    """The kind the question asks the figure of alone (单是X) when a quote gives one figure for a list of kinds
    X belongs to; "" when not asked so or when X has a figure of its own.

    >>> joint_figure("市文广旅局单是谈话提醒的有几个人？", ["给予责令检查、批评教育、谈话提醒24人,建立完善制度45项"])
    '谈话提醒'
    >>> joint_figure("单是谈话提醒的有几个人？", ["谈话提醒10人,批评教育14人"])
    ''
    """
    if not load_questions().asks_one_part.search(question):
        return ""
    for quote in quotes:
        for m in JOINT.finditer(quote):   # a kind may carry the verb before the list (给予责令检查): its ending counts
            asked = next((k[-n:] for k in m.group(1).split("、") for n in range(len(k), 1, -1) if k[-n:] in question), "")
            own = [f for f in re.finditer(re.escape(asked) + r"\s*\d", quote) if not m.start() <= f.start() < m.end()]
            if asked and not own:
                return asked
    return ""
