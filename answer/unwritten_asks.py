"""What a question names that its answering notice never writes: the problem it asks about (针对X的问题…, X的问题
整改得怎么样了) and an accountability action (移送, 追责, 处分…). Each says what is missing, "" when the notice writes it;
answer.refusal turns them into refusals.

Example:
    >>> unreported_action("瑞金这次审计整改有没有人挨处分？", ["对1人予以记大过处分"])
    ''
"""
from __future__ import annotations

from answer.slots import unwritten
from genre.figures import arabic
from genre.item_asks import status_problem
from genre.questions import load_questions
from genre.staff_words import in_notice_words
from retrieval import weights
from retrieval.search.named import named_in


def problem_unwritten(question: str, text: str) -> str:
    """The problem the question names (针对X的问题…) when TEXT (the answering notice) writes less than
    weights.PROBLEM_COVERAGE of its words (each word counts alike: staff name a problem in their own words,
    "流于形式" for the notice's "不够深入", and a rare word of theirs must not outweigh the rest); "" otherwise.
    A word every notice writes (推进 of 推进节奏) is written; a compound is one word, written whole or as its
    abbreviation (the first character of its first half and one of its second: 纪律检查 as 纪检, 督促检查 as 督查).

    >>> problem_unwritten("厦门体育局针对体育彩票销售管理不规范做了哪些整改？", "成立巡察整改工作领导小组。")
    '体育彩票销售管理不规范'
    >>> problem_unwritten("司法厅在督促检查整改上采取了什么办法？", "派出督查组,对重点责任单位开展专项督查。")
    ''
    >>> problem_unwritten("违规收送礼金的问题，别的单位是怎么整改的", "严肃查处违规违纪问题。")
    '违规收送礼金'
    >>> problem_unwritten("芦淞区司法局公车私用那个问题改完了没有？", "芦淞区司法局 2.学习缺乏自觉性和紧迫感。整改情况:已完成。")
    '公车私用'
    """
    q = load_questions()
    other = q.other_units_problem.search(question)   # 违规收送礼金的问题，别的单位是怎么整改的: held at a higher share
    asked = other or q.asks_about_problem.search(question)
    problem = next((g for g in asked.groups() if g), "") if asked else own_names_out(status_problem(question))
    # X那个问题改完了没有: the finding as the asker words it, after the names of the notice asked of
    if not problem or q.named_people.search(problem) or q.problem_asking.search(problem) or \
            q.problem_occasion.search(problem):   # 对责任人怎么处理的: people, not a problem; 对应写了几条: a piece of
        return ""   # the question (a verb and its ask); 在会上做了什么: the occasion, no thing named
    share = weights.OTHER_UNITS_COVERAGE if other else weights.PROBLEM_COVERAGE
    return problem if unwritten(in_notice_words(problem), arabic(text), share) else ""   # 盯住 as 督促, 十一个 as 11个


def own_names_out(problem: str) -> str:
    """PROBLEM without the place and agency names in it: they name the notice asked of (利州区法院执行案款发放不及时), not
    the finding, and the notice's own would count as the finding's words written.

    >>> own_names_out("利州区法院执行案款发放不及时")
    '执行案款发放不及时'
    """
    named = named_in(problem)
    for name in sorted(named.place_names + named.agency_names, key=len, reverse=True):
        problem = problem.replace(name, "")
    return problem.strip("，,、的 ")


def unreported_action(question: str, texts: list[str]) -> str:
    """The accountability action the question asks about (移送, 追责, 处分…) that none of TEXTS (the answering
    notices) names; "" when none is asked or a notice names it.

    >>> unreported_action("中山一院有没有干警被移送司法机关？", ["召开巡察整改培训会,把整改责任压实到每个干警。"])
    '移送'
    >>> unreported_action("瑞金这次审计整改有没有人挨处分？", ["对1人予以记大过处分"])
    ''
    >>> unreported_action("审计整改中瑞金一共有几个人被追责？", ["对1人予以记大过处分"])
    ''
    """
    q = load_questions()
    for words in q.accountability:
        asked = next((w for w in words if w in question), "")
        taken = q.accountability_taken if asked in q.accountability_whole else ()   # 几个人被追责: a 处分 answers
        if asked and not any(w in t for w in words + taken for t in texts):
            return asked
    return ""
