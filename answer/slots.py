"""More slots a question asks filled (answer.unstated.unfilled_slot asks these beside its own): which things of a counted
kind there are (具体名单是哪些单位, against 培育…省级样板50个), a part's own count, also of a part named by its place (第一个
方面有几条), how the problems are grouped (问题分成几个方面), how long rectification took (整改用了多少天), and whose leader a
quoted post is (巡察组组长, against the rectification 领导小组's). Each says what is missing, or False/"" when the quotes fill it.

Example:
    >>> roster_unstated("要培育的省级样板，具体名单是哪些单位？", ["培育健康浙江行动省级样板50个,城乡居民免费健康体检人数达1000万以上"])
    '培育健康浙江行动省级样板50个'
"""
from __future__ import annotations

import re

from answer.holding import holding_note
from answer.parts import part_asked
from genre import load_genre
from genre.questions import load_questions
from genre.staff_words import in_notice_words
from genre.thresholds import named_threshold, span_length_named
from genre.worked import named_share
from retrieval import weights
from retrieval.index.keywords import tokenize
from retrieval.parse import cn_to_int

ITEMS = re.compile(r"[一二三四五六七八九十]是|[(（]\d+[)）]|(?:^|[。:：])\s*\d+[.、．]")   # a quote that enumerates items
CLAUSE_SPLIT = re.compile(r"[,，;；:：。]")
COUNT_FIGURE = re.compile(r"\d+\s*(?:余|多)?(?:" + "|".join(load_questions().count_units) + r"|名|人)")
MONEY = re.compile(r"\d+(?:\.\d+)?\s*(?:余|多)?\s*(?:万元|亿元|元)")
FIGURE = re.compile(r"\d+(?:\.\d+)?\s*[万亿]?(?:公里|千米|平方米|米|亩|元|户|人|名|座|个|项|条|件|次|处|家|批|起|类)")   # a figure with its unit
COUNTED_SPAN = 10   # characters after a count that name what it counts (3个专项整改工作小组)
ROSTER_KIND = re.compile(r".*(?:哪(?:些|几)(?:个|家|所)?|什么)")   # before the kind of unit asked (哪几个局属单位,
# 分别是从什么局属单位 -> 局属单位)
LISTED_AFTER = re.compile(r"\s*[:：][^。]*、")
NO_ROSTER = "通报只写了数量（{counted}），没有列出具体是哪些。"
COUNTED_NOUN = re.compile(r"\s*([\u4e00-\u9fff]{1,6}?)(?=具体|分别|都|各|是|叫|指|有|包括|名称|的|[，,？?。]|$)")
DEGREE = re.compile(r"彻底|完全|真正|全面")   # how staff stress a done status (已经彻底办完的): notices count 已办结 without it


def members_asked(question: str) -> tuple[str, str, str] | None:
    """(count in digits, classifier, thing) of the counted things whose members the question asks: 那3张清单分别是哪些,
    三清单都是啥 (no classifier), 清单是哪三张 (the count in the ask); None when none is asked.

    >>> members_asked("三张清单具体叫什么名字？"), members_asked("三清单都是啥？"), members_asked("清单是哪三张")
    (('3', '张', '清单'), ('3', '', '清单'), ('3', '张', '清单'))
    >>> members_asked("被反馈的四个方面，分别是哪四个方面？")
    ('4', '个', '方面')
    """
    q = load_questions()
    if asked := q.asks_content.search(question) or q.asks_members_about.search(question):
        said = COUNTED_NOUN.match(question, asked.end(2))
        return digits(asked.group(1)), asked.group(2), said.group(1) if said else ""
    if asked := q.members_named_set.search(question):
        return digits(asked.group(1)), "", asked.group(2)
    if asked := q.members_count_in_ask.search(question):
        return digits(asked.group(2)), asked.group(3), asked.group(4) or asked.group(1)   # 分别是哪四个方面: 方面
    return None


def digits(count: str) -> str:
    """A count in digits (三 -> 3, 两 -> 2, 12 -> 12)."""
    return count if count.isdigit() else str(cn_to_int(count.replace("两", "二")))


def roster_unstated(question: str, quotes: list[str]) -> str:
    """The clause that only counts the things whose names the question asks (具体名单是哪些单位, 都有哪些学校, with no count
    of its own: that is answer.count_only.count_only) when no quote names any of them: the asked thing's word stands right
    before a count or in the words after it ("省级样板50个", "设立3个专项整改工作小组") in a clause listing nothing (no 、, no 一是/(1) items);
    "" otherwise. Measures, problems and figures asked are answered by other forms.

    >>> roster_unstated("主送的是哪些单位？", ["各市、县(市、区)卫生健康委(局),省级医疗卫生单位:"])
    ''
    >>> roster_unstated("示范点具体名单是哪些单位？", ["建成示范点12个:市一医院、市二医院等"])
    ''
    """
    q = load_questions()
    if (not q.asks_roster.search(question) or q.asks_quantity.search(question) or q.asks_measures.search(question)
            or q.asks_problems.search(question) or q.asks_content.search(question)):
        return ""
    words = {t for t in tokenize(in_notice_words(question)) if len(t) >= 2} - q.generic - q.asking
    if not words or any(ITEMS.search(t) for t in quotes):
        return ""
    counting = []
    for quote in quotes:
        for clause in CLAUSE_SPLIT.split(quote):
            if "、" in clause and any(w in clause for w in words):
                return ""   # the clause naming the asked thing lists things (市一医院、市二医院等示范点)
            for m in COUNT_FIGURE.finditer(clause):
                if any(clause[:m.start()].rstrip().endswith(w) or w in clause[m.end():m.end() + COUNTED_SPAN] for w in words):
                    after = quote[quote.find(clause) + m.end():].split("。")[0]
                    if LISTED_AFTER.match(after):
                        return ""   # the count is followed by the list of what it counts (示范点12个:市一医院、…)
                    counting.append(clause.strip())
    kind = ROSTER_KIND.sub("", q.asks_roster.search(question).group())[-2:]   # 单位 of 哪几个局属单位
    if not counting and kind and not any(kind in t for t in quotes):   # only a total, no unit named at all
        counting = [c.strip() for t in quotes for c in CLAUSE_SPLIT.split(t) if any(w in c for w in words) and FIGURE.search(c)]
    return counting[0] if counting else ""


ORDINAL_PART = re.compile(r"第\s*([一二三四五六七八九十]|\d{1,2})\s*(?:个|类|项|部分)?")
CN_DIGITS = "一二三四五六七八九十"


def ordinal_part_stated(part: str, quotes: list[str]) -> bool | None:
    """None when PART (the part asked, 第一个) names no place in the notice's order; else whether a quoted sentence under
    that place's marker ((一), 一、, 1., 第一, 一是) states a count: "第二个方面占了几个" is answered by "(二)…方面(11个问题)"
    and not by "对巡察反馈的3个方面6项共11个问题".

    >>> ordinal_part_stated("第二个", ["(二)聚焦群众身边腐败问题和不正之风方面(11个问题)"]), ordinal_part_stated("第一个", ["制定整改措施14条"])
    (True, False)
    >>> ordinal_part_stated("选人用人", ["其中选人用人方面问题5个"]) is None
    True
    """
    m = ORDINAL_PART.fullmatch(part.strip())
    if not m:
        return None
    digit = m.group(1) if m.group(1).isdigit() else str(CN_DIGITS.index(m.group(1)) + 1)
    cn = CN_DIGITS[int(digit) - 1] if 1 <= int(digit) <= 10 else digit
    marker = re.compile(rf"[(（](?:{cn}|{digit})[)）]|(?:^|[。；;:：])\s*(?:{cn}、|{digit}[.、．](?!\d))|第{cn}(?![十百])|{cn}是")
    return any(COUNT_FIGURE.search(sentence[mk.end():]) for t in quotes for sentence in t.split("。")
               for mk in marker.finditer(sentence))


NO_ASPECTS = "通报没有写明问题分为几个方面。"


def aspects_unstated(question: str, quotes: list[str]) -> bool:
    """How many aspects the problems fall into is asked (问题分成几个方面) and no quote states it: neither a count of aspects
    (4个方面33个问题) nor a heading naming an aspect or problems ((一)…方面(7个问题)); the notice's parts of measures
    (一、…扛起巡察整改的重大政治责任, (一)提高政治站位抓整改) group what it did.

    >>> aspects_unstated("莆田司法局这次被巡察，问题分成几个方面？", ["一、深入学习贯彻…扛起巡察整改的重大政治责任", "(一)提高政治站位抓整改。"])
    True
    >>> aspects_unstated("反馈的问题有几个方面？", ["党组紧紧围绕巡察反馈的4个方面33个问题"])
    False
    """
    q = load_questions()
    return bool(quotes and q.asks_aspects.search(question)) and not any(q.aspects_stated.search(t) for t in quotes)


def group_led(quote: str, post: str, body: str) -> bool:
    """Whether QUOTE names POST as the leader of the group BODY the question names (巡察组 of 巡察组组长): the group a
    notice names nearest the post (before or after it) is that group (巡视 and 巡察 alike).

    >>> group_led("成立…巡视组反馈意见整改工作领导小组,由市委主要负责人担任组长", "组长", "巡视组")
    False
    >>> group_led("成立了党组书记任组长、党组成员任副组长的巡察整改工作领导小组", "组长", "领导小组")
    True
    """
    groups = "|".join(sorted(load_questions().holder_groups, key=len, reverse=True))
    named = [(m.start(), m.end(), m.group()) for m in re.finditer(groups, quote)]
    same = body.replace("巡视", "巡察")
    for p in re.finditer(re.escape(post), quote):
        near = min(named, key=lambda g: p.start() - g[1] if g[1] <= p.start() else g[0] - p.end(), default=None)
        if near and (same.endswith(near[2].replace("巡视", "巡察")) or near[2].replace("巡视", "巡察").endswith(same)):
            return True
    return False


NO_SPAN = "通报没有写明整改用了多长时间。"
SPAN_STATED = re.compile(r"\d+(?:\.\d+)?\s*(?:个)?(?:多)?(?:天|日|工作日|周|个月|月|年)|\d{4}年|\d{1,2}月\d{1,2}日")


def rectified_span_unstated(question: str, quotes: list[str]) -> bool:
    """How long rectification took is asked (整改用了多少天) and no quoted clause about rectification (one writing 整改)
    holds a span or a date: the inspection's range and the feedback day quoted (巡察…2024年9月25日至2025年1月7日) date the
    inspection, not its rectification.

    >>> rectified_span_unstated("朔州科技局巡察整改用了多少天完成？", ["2024年9月25日至2025年1月7日,市委第四巡察组对…进行了常规巡察"])
    True
    >>> rectified_span_unstated("集中整改用了几个月？", ["2024年5月16日,巡察组向我局反馈了巡察意见,经过3个月集中整改"])
    False
    """
    if not quotes or not load_questions().asks_rectified_span.search(question):
        return False
    return not any("整改" in c and SPAN_STATED.search(c) for t in quotes for c in CLAUSE_SPLIT.split(t))


def part_unstated(question: str, quotes: list[str]) -> str:
    """The part of a set whose own count is asked (answer.parts.part_asked: 那29个问题里，选人用人方面的占几个 / 239条措施中有几条
    是针对选人用人的 / 被反馈的问题中党的建设方面有几个) when no quoted clause with a count writes half its words or more; ""
    otherwise.

    >>> part_unstated("那29个问题里，选人用人方面的占几个？", ["巡察组共反馈29个问题,其中已完成整改28个,阶段性完成整改1个"])
    '选人用人'
    >>> part_unstated("那29个问题里，已完成整改的有几个？", ["巡察组共反馈29个问题,其中已完成整改28个"])
    ''
    """
    if holding_note(question, quotes):   # 其中带“专项”的有几个: the quoted list's members holding the word count it
        return ""
    ask = part_asked(question)
    if not ask or len(ask.parts) > 1:   # kinds asked each (收回的和清退的各是多少): staff name them in their own words, and
        return ""                       # answer.parts.each_joint reads whether the notice gives them one figure together
    counted = [c for t in quotes for c in CLAUSE_SPLIT.split(t) if COUNT_FIGURE.search(c) or MONEY.search(c)]
    for part in ask.parts:
        placed = ordinal_part_stated(part, quotes)   # 第一个方面: stated under its marker, (一)…(7个问题)
        if placed is not None:
            if not placed:
                return part + re.match(r"(?:方面|类|部分)?", question[question.find(part) + len(part):]).group()
            continue
        said = DEGREE.sub("", in_notice_words(part).replace("已经", "已"))   # 已经整改的: the notices' 已整改; 已经彻底办完
        # 的: 已办结
        status = load_genre().normalise_status(said)   # 已整改到位的 of 已完成整改28个: a status in another wording
        if status and any(s == status for c in counted for s, _ in load_genre().status_counts(c)):
            continue
        named = [load_genre().kinds_named(c) for c in counted]   # 边查边改的 of 立行立改的283个: one kind in any
        if not (_unstated_in(said, counted) and _unstated_in(load_genre().kinds_named(said), named)):   # wording ([[kind]])
            continue
        return part
    return ""


def _unstated_in(said: str, counted: list[str]) -> bool:
    """Whether no clause of COUNTED writes weights.PROBLEM_COVERAGE of the words of SAID (a part asked).

    >>> _unstated_in("选人用人", ["巡察组共反馈29个问题"]), _unstated_in("选人用人", ["选人用人方面问题3个"])
    (True, False)
    """
    q = load_questions()
    tokens = {t for t in tokenize(said) if len(t) >= 2} - q.generic - q.asking
    words = {t for t in tokens if not any(t != w and t in w for w in tokens)}   # 党的建设, not also 建设
    return bool(words) and not any(sum(w in c for w in words) / len(words) >= weights.PROBLEM_COVERAGE for c in counted)


def unwritten(phrase: str, text: str, share: float = weights.PROBLEM_COVERAGE) -> bool:
    """Whether TEXT (the answering notice) writes less than SHARE (weights.PROBLEM_COVERAGE) of the words of PHRASE (a problem or an
    act the question names), each word alike: staff say it in their own words, and a rare word of theirs must not outweigh
    the rest. A word every notice writes (推进 of 推进节奏) is written; a compound is one word, written whole or as its
    abbreviation (the first character of its first half and one of its second: 纪律检查 as 纪检, 督促检查 as 督查).

    >>> unwritten("体育彩票销售管理不规范", "成立巡察整改工作领导小组。"), unwritten("督促检查整改", "开展专项督查。")
    (True, False)
    """
    q = load_questions()
    tokens = {t for t in tokenize(phrase) if len(t) >= 2} - q.asking
    words = {t for t in tokens if not any(t != w and t in w for w in tokens)}   # 督促检查, not also 督促 and 检查
    held = sum(t in q.generic or t in text or (len(t) == 4 and (t[0] + t[2] in text or t[0] + t[3] in text))
               for t in words)
    return bool(words) and held / len(words) < share


def act_unwritten(question: str, text: str) -> str:
    """The act a yes-or-no question asks was taken (有没有开展专项审计, 是否建立了约谈制度) when TEXT (the answering notice)
    does not write it (answer.slots.unwritten); "" otherwise, and for accountability actions (移送, 追责, 处分…: answer.
    unstated.unreported_action reads their forms).

    >>> act_unwritten("利州区法院有没有开展专项审计？", "3次在全院干警大会上对“三个规定”进行专题解读")
    '开展专项审计'
    >>> act_unwritten("区科协有没有建整改动态台账？", "建立整改动态台账,实行销号管理")
    ''
    >>> act_unwritten("整改到位的比例有没有超过八成？", "反映的400个问题,已完成整改336个")
    ''
    """
    q = load_questions()
    asked = q.asks_act.search(question)
    if not asked or any(w in asked.group(1) for words in q.accountability for w in words + q.accountability_taken):
        return ""
    if named_share(asked.group(1)) is not None or named_threshold(question) is not None or span_length_named(question):   # 有没有超过八成/十次/半年: a
        # figure held against a share, a count or a length named, worked out (answer.worked, answer.threshold,
        # answer.span_threshold)
        return ""
    return asked.group(1) if unwritten(in_notice_words(asked.group(1)), text) else ""


NO_VENUE = "通报没有写明在什么地方。"


def venue_unstated(question: str, quotes: list[str]) -> bool:
    """Where something took place is asked (培训会在哪里开的) and no quote names a venue (在…召开, 于…举行, 地点).

    >>> venue_unstated("培训会在哪里开的？", ["组织全院各党支部书记…召开巡察反馈意见传达暨巡察整改培训会"])
    True
    >>> venue_unstated("警示大会在哪开的？", ["3次在全院干警大会、春节后廉政警示大会上对“三个规定”进行专题解读"])
    False
    """
    q = load_questions()
    return bool(quotes and q.asks_venue.search(question)) and not any(q.venue_stated.search(t) for t in quotes)
