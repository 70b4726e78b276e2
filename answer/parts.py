"""The part of a set whose count a question asks, read apart from its wording: the set named (239条措施中, 被反馈的问题中,
处理的人里), the part or kinds asked (选人用人, 党的建设; 收回 and 清退) and the asked count before or after the part (党的
建设方面有几个 / 有几条是专门针对选人用人的). answer.slots.part_unstated checks the quotes against it; `joint_figure` says
which one kind asked (单是谈话提醒的, or 被谈话提醒的具体有几个人) the quotes count only with others, `each_joint` which of the
kinds asked each has no figure of its own, and `total_unstated` whether a set's total asked (问题总量) is counted for its year.

Example:
    >>> part_asked("厦门体育局239条措施中，有几条是专门针对选人用人的？")
    PartAsk(whole='厦门体育局239条措施', parts=('选人用人',))
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from genre import load_genre
from genre.part_questions import load_part_cues
from genre.staff_words import in_notice_words
from genre.questions import load_questions
from retrieval import weights
from retrieval.index.keywords import tokenize
from retrieval.search.named import subject_spans

FIGURE = re.compile(r"\d+(?:\.\d+)?\s*(?:余|多)?\s*[万亿]?(?:元|人|名|个|项|条|件|次|处|家|批|起|类|笔|张|份)")
CLAUSE = re.compile(r"[,，;；:：。]")
# kinds listed with 、 and one figure after the last (责令检查、批评教育、谈话提醒24人): the figure is theirs together
JOINT = re.compile(r"((?:[\u4e00-\u9fff]{2,10}、)+[\u4e00-\u9fff]{2,10}?)(\d+(?:\.\d+)?)\s*[\u4e00-\u9fff]")
COUNT = re.compile(r"\d+\s*(?:余|多)?(?:" + "|".join(load_questions().count_units) + r"|名|人)")


@dataclass(frozen=True)
class PartAsk:
    whole: str                 # the set named ("" when the part is marked alone: 单是谈话提醒的)
    parts: tuple[str, ...]     # the part, or the kinds asked each, in the question's words


def part_asked(question: str) -> PartAsk | None:
    """The set and part(s) whose count the question asks, or None when it asks no part's count.

    >>> part_asked("鲤城社科联被反馈的问题中，党的建设方面有几个？").parts
    ('党的建设',)
    >>> part_asked("嘉兴文广旅局整改追回的违规资金里，收回的和清退的各是多少？").parts
    ('收回', '清退')
    >>> part_asked("嘉兴文广旅局处理的人里，一共有几个？") is None
    True
    """
    cues = load_part_cues()
    if each := cues.each.search(question) or cues.each_apart.search(question):
        kinds = tuple(k for k in (named_part(each.group(1)), named_part(each.group(2))) if k)
        if len(kinds) == 2:
            whole = cues.whole.search(question[:each.start()])
            return PartAsk(whole.group(1) if whole else "", kinds)
    if put := cues.put_in.search(question):
        part = named_part(put.group(1))
        return PartAsk(put.group(2), (part,)) if part else None
    for lead in (cues.whole, cues.alone):
        for m in lead.finditer(question):
            rest = question[m.end():].lstrip("，, ")
            asked = [m.group(1) for m in (cues.before.search(rest), cues.after.search(rest)) if m]
            part = next((p for p in map(named_part, asked) if p), "")   # 有几条是针对X的: not 有, but X after the count
            if part:
                return PartAsk(m.group(1) if m.groups() else "", (part,))
    for lone in (cues.share, cues.aspect):   # 专题会议占几次, 党的建设方面的问题有几个
        if alone := lone.search(question):
            part = named_part(alone.group(1))
            return PartAsk("", (part,)) if part else None
    return None


def named_part(phrase: str) -> str:
    """PHRASE without the agencies and places it names, when it names a part (some word beyond asking words, 一共, 这些 …),
    else "".

    >>> named_part("鲤城社科联党的建设"), named_part("一共"), named_part("反馈问题前三个")
    ('党的建设', '', '')
    """
    q = load_questions()
    cues = load_part_cues()
    for start, end in reversed(subject_spans(phrase)):   # 鲤城社科联党的建设: the notice's subject names no part
        phrase = phrase[:start] + phrase[end:]
    phrase = phrase.strip().removeprefix("的")
    if cues.quantified.search(phrase) or q.problem_asking.search(phrase):   # 平均每个方面, 前三个方面: no one part
        return ""   # named; 针对几个: a piece of the question (a verb and its ask), no part (genre questions.toml)
    words = {t for t in tokenize(phrase) if len(t) >= 2} - q.asking - cues.empty
    return phrase if words else ""


def kind_keys(kind: str, clause: str) -> list[str]:
    """Where CLAUSE writes KIND: the whole phrase when it does, else its words held when it writes its last word (the one
    beside 和/各: 文广旅局收回 for 收回) or weights.PROBLEM_COVERAGE of them (追缴回来 for 追缴); 资金 alone is no kind; else [].

    >>> kind_keys("总方案", "研究制定1个总方案"), kind_keys("文广旅局收回", "收回清退违规资金5万元"), kind_keys("归还原资金渠道", "追缴资金7万元")
    (['总方案'], ['收回'], [])
    """
    if kind in clause:
        return [kind]
    q = load_questions()
    cues = load_part_cues()
    tokens = {t for t in tokenize(kind) if len(t) >= 2} - q.asking - cues.empty - q.generic - q.money_words
    words = [t for t in tokens if not any(t != w and t in w for w in tokens)]
    words.sort(key=kind.rfind)
    held = [t for t in words if t in clause]
    return held if words and (words[-1] in held or len(held) / len(words) >= weights.PROBLEM_COVERAGE) else []


def each_joint(question: str, quotes: list[str]) -> str:
    """The first kind asked each (收回的和清退的各是多少) that has no figure of its own in the quotes when some quoted
    clause writes the kinds together with one figure (收回清退违规资金5.0227万元); "" otherwise.

    >>> each_joint("收回的和清退的各是多少？", ["收回清退违规资金5.0227万元"])
    '收回'
    >>> each_joint("追缴的和统筹盘活的各是多少？", ["追缴资金77038.68万元,统筹盘活资金1200万元"])
    ''
    """
    ask = part_asked(question)
    if not ask or len(ask.parts) < 2 or statuses_counted(ask.parts, quotes):
        return ""
    clauses = [c for t in quotes for c in CLAUSE.split(t) if len(FIGURE.findall(c)) == 1]
    spans = [{k: kind_spans(k, c) for k in ask.parts} for c in clauses]
    together = [(c, s) for c, s in zip(clauses, spans) if all(s.values())]
    owned = {k for c, s in zip(clauses, spans) for k in ask.parts if own_figure(k, s, c)}
    lacking = [k for k in ask.parts if k not in owned]
    if not together or not lacking:
        return ""
    return kind_keys(lacking[0], together[0][0])[-1]   # in the notice's words: 收回 of 嘉兴文广旅局收回


def statuses_counted(parts: tuple[str, ...], quotes: list[str]) -> bool:
    """Whether every part asked is a status (items.toml [[status]], in the asker's or any agency's wording) that the
    quotes count by itself: 改完的、阶段性完成的各几个 of 已整改到位28个,阶段性整改完成1个 — each has its own figure, though
    阶段性整改完成 happens to hold 改完.

    >>> statuses_counted(("改完", "阶段性完成"), ["其中已整改到位28个,阶段性整改完成1个"])
    True
    >>> statuses_counted(("收回", "清退"), ["收回清退违规资金5.0227万元"])
    False
    """
    g = load_genre()
    asked = {g.normalise_status(in_notice_words(p)) for p in parts}
    return "" not in asked and asked <= {s for t in quotes for s, _ in g.status_counts(t)}


def kind_spans(kind: str, clause: str) -> list[tuple[int, int]]:
    """Where CLAUSE writes KIND (its whole phrase or one of its words), as (start, end)."""
    return [(m.start(), m.end()) for key in kind_keys(kind, clause) for m in re.finditer(re.escape(key), clause)]


def own_figure(kind: str, spans: dict[str, list[tuple[int, int]]], clause: str) -> bool:
    """Whether CLAUSE (holding one figure) gives KIND that figure as its own: no other kind asked is written in the clause
    (收回清退违规资金5.0227万元: the figure is theirs together), and KIND is not the last of a list whose items carry no
    figure (责令检查、批评教育、谈话提醒24人).

    >>> own_figure("清退", {"收回": [(0, 2)], "清退": [(2, 4)]}, "收回清退违规资金5.0227万元")
    False
    >>> own_figure("清退", {"收回": [], "清退": [(0, 2)]}, "清退资金2万元")
    True
    """
    if not spans[kind] or any(s for k, s in spans.items() if k != kind and not overlaps(s, spans[kind])):
        return False
    before = clause[:spans[kind][0][0]].rstrip()
    return not (before.endswith(("、", "和", "及", "与")) and not FIGURE.search(re.split(r"[、和及与]", before[:-1])[-1]))


def overlaps(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> bool:
    """Whether every span of A lies inside one of B (总方案 inside 专项方案's words is not another kind written)."""
    return all(any(s >= bs and e <= be for bs, be in b) for s, e in a)


def joint_figure(question: str, quotes: list[str]) -> str:
    """The kind the question asks the figure of alone (单是X, or a count asked naming some kinds of the list but not all:
    被谈话提醒的具体有几个人) when a quote gives one figure for a list of kinds X belongs to; "" when not asked so, when X has
    a figure of its own, or when the figure counts the kinds listed (整改措施、…、整改时限5个方面).

    >>> joint_figure("市文广旅局单是谈话提醒的有几个人？", ["给予责令检查、批评教育、谈话提醒24人,建立完善制度45项"])
    '谈话提醒'
    >>> joint_figure("单是谈话提醒的有几个人？", ["谈话提醒10人,批评教育14人"])
    ''
    """
    q = load_questions()
    ask = part_asked(question)   # 单是谈话提醒的有几个人, 那些会中专题会议有几次, 专题会议占几次
    if ask and len(ask.parts) > 1:   # kinds asked each: answer.parts.each_joint
        return ""
    if not ask and not q.asks_quantity.search(question):   # no part marked: a count asked of some kinds of a list
        return ""
    generic = q.generic | q.asking   # 整改 of 整改措施 names no kind
    for quote in quotes:
        for m in JOINT.finditer(quote):   # a kind may carry the verb before the list (给予责令检查): its ending counts
            kinds = m.group(1).split("、")
            said = [{w for n in range(2, len(k) + 1) for w in (k[:n], k[-n:]) if w in question and w not in generic}
                    for k in kinds]   # a kind may carry a verb (给予责令检查, 专题会议研究整改)
            if ((not ask and len(own_kinds(kinds, question, generic)) != 1) or str(len(kinds)) == m.group(2)
                    or m.group(1).endswith("等")):
                continue   # not one kind asked alone, or the figure counts the kinds listed (…5个方面, …等16个专项行动)
            named = set().union(*said)
            asked = max(named, key=lambda w: (len(w), question.rfind(w)), default="")   # the fullest, the part named last
            own = [f for f in re.finditer(re.escape(asked) + r"\s*\d", quote) if not m.start() <= f.start() < m.end()]
            if asked and not own:
                return asked
    return ""


def own_kinds(kinds: list[str], question: str, generic: set[str]) -> list[str]:
    """The kinds of a 、 list the question names by words of their own: not a word another kind shares (会议 of 党组会议、
    专题会议), nor the verb the list carries before its first kind or after its last (主持召开党组会议、专题会议研究整改).

    >>> own_kinds(["主持召开党组会议", "专题会议研究整改"], "亲自主持研究整改了几次？", set())
    []
    """
    named = []
    for i, k in enumerate(kinds):
        words = ({k[:n] for n in range(2, len(k) + 1)} if i else set()) | ({k[-n:] for n in range(2, len(k) + 1)}
                                                                            if i < len(kinds) - 1 else set())
        if len(kinds) == 1:
            words = {k}
        if any(w in question and w not in generic and not any(w in o for o in kinds if o != k) for w in words):
            named.append(k)
    return named


NO_TOTAL = "通报没有写明{thing}的总数。"
SUMMED = re.compile(r"(?:加|合|算|汇总)(?:起来|在一起|一起)$")   # 几个方面的问题加起来的数量: summed, no noun of its own
TOTAL_ASKED = re.compile(r"([\u4e00-\u9fff]{2,4}?)的?(?:总量|总数|总计|数量|(?<![\d一二两三四五六七八九十几])个数)")
YEAR = re.compile(r"(\d{4})\s*年")


def total_unstated(question: str, quotes: list[str]) -> str:
    """The thing whose total count a slot of the question asks (问题总量 of 问题总量和涉及资金, 问题总数) when no quoted clause
    counts it (a count beside its word) for the year the question names: a count of another year's set (对2016年经责审计
    提出的21个问题) is not the total of 2017's; "" otherwise.

    >>> total_unstated("慈溪2017年度审计发现的问题总量和涉及资金是多少？", ["对2016年经责审计提出的21个问题进行持续整改,已清理用地款1.05亿元"])
    '问题'
    >>> total_unstated("审计查出的问题总数是多少？", ["《审计报告》反映涉及4个方面、29个单位(部门)共计50项具体问题"])
    ''
    """
    asked = TOTAL_ASKED.search(question)
    if not asked or not quotes or SUMMED.search(asked.group(1)):   # 加起来的数量: a sum of parts asked (answer.totals)
        return ""
    thing = asked.group(1)[-2:]
    if thing in load_questions().money_words or "资金" in asked.group(1):   # 问题资金总数: money, answer.unstated.money_unstated
        return ""
    years = set(YEAR.findall(question))
    for clause in (c for t in quotes for c in CLAUSE.split(t) if thing in c and COUNT.search(c)):
        if not (years and set(YEAR.findall(clause)) - years):
            return ""
    return thing
