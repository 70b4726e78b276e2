"""Figures combined from two a notice states apart, each said as worked out ("按通报数字推算"): the sum of figures
stated apart (开会9次、批示6次, 加起来多少次) and the difference of two (高多少个百分点, 措施比问题多几条, 制度比处理的人
多多少: two counted by different nouns, answer.counted_difference), each only when the question names both things it
combines.

Example:
    >>> sum_note("开会和批示加起来多少次？", "主持召开党组会议、专题会议研究整改9次,作出批示6次")
    '（按通报数字推算：9次+6次，合计15次。）'
"""
from __future__ import annotations

import re

from answer.counted_difference import counted_difference
from answer.named_pair import named_pair
from genre.comparisons import compared_subjects
from genre.counted import each_noun_end, each_summed
from genre.parts_asked import parts_asked
from genre.points_difference import points_asked, points_run
from genre.questions import load_questions
from genre.staff_words import in_notice_words
from genre.worked import (
    load_worked,
    question_parts,
    written_units,
)

NAME_LONGEST = 14   # the words naming a figure, at most (巡察整改领导小组会议)
SEPARATOR = re.compile(r"[、，,。；;：:和与]|(?<![涉提普危波顾惠论])及")   # 及 joins two things, not in 涉及/提及
NAMED_AFTER = re.compile(rf"[\u4e00-\u9fff]{{2,{NAME_LONGEST}}}?(?=[、，,。；;和及与]|$)")
AMOUNT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(万元|亿元|元|个|项|条|件|人|名|次|户|家|公里|%|％)")


def names_both(question: str, lead: str) -> bool:
    """Whether the LEAD holds a character of each of the two things a sum or difference is asked of that the other
    thing has not (staff's words are not the notice's: 开会 for 召开…会议), or a run of its words the other lacks (genre
    worked.toml own_run), or the question names no such pair; a figure of a third thing answers neither.

    >>> names_both("追缴资金比罚款多多少？", "追缴资金77038.68万元,归还原资金渠道1580万元")
    False
    >>> names_both("开会和批示加起来多少次？", "主持召开党组会议、专题会议研究整改9次,作出批示6次")
    True
    >>> names_both("居民健康素养和居民心理健康素养的目标差几个点", "居民健康素养水平达39%以上,居民心理健康素养水平达25%以上")
    True
    """
    subjects = compared_subjects(in_notice_words(question))
    if not subjects:
        return True
    one, two = map(set, subjects)
    run = points_run()   # or by a run of the lead's words the other thing lacks (居民健康 of 居民健康素养 beside
    runs = [{x[i:i + run] for i in range(len(x) - run + 1)} - {y[i:i + run] for i in range(len(y) - run + 1)}
            for x, y in (subjects, subjects[::-1])]   # 居民心理健康素养, whose characters it all holds)
    return all(own & set(lead) or any(r in lead for r in mine) for own, mine in zip((one - two, two - one), runs))


def sum_note(question: str, lead: str) -> str:
    """For a sum asked (加起来多少次) of figures the LEAD states apart: their total in the asked unit, said as worked
    out; "" when not asked or fewer than two such figures are quoted.

    >>> sum_note("开会和批示加起来多少次？", "主持召开党组会议、专题会议研究整改9次,作出批示6次")
    '（按通报数字推算：9次+6次，合计15次。）'
    >>> sum_note("党组会议和领导小组会议总共多少场？", "召开7次党组会议、12次巡察整改领导小组会议")
    '（按通报数字推算：7次+12次，合计19次。）'
    >>> sum_note("追缴资金和归还原资金渠道的一共多少万元？", "追缴资金77038.68万元,归还原资金渠道1580万元")
    '（按通报数字推算：77038.68万元+1580万元，合计78618.68万元。）'
    >>> sum_note("党组会和领导小组会各开了几次", "召开7次党组会议、12次巡察整改领导小组会议")
    '（按通报数字推算：7次+12次，合计19次。）'
    >>> sum_note("措施细化成多少条？党组会加领导小组会一共几次", "召开7次党组会议、12次巡察整改领导小组会议,细化制定整改措施239条")
    '（按通报数字推算：7次+12次，合计19次。）'
    """
    found = summed(question, lead)
    if found is None:
        return ""
    said, written = [m.group(1) for m in found[0]], found[1]
    total = sum(float(x) for x in said)
    shown = worked_shown(total, *said)
    return f"（按通报数字推算：{'+'.join(x + written for x in said)}，合计{shown}{written}。）"


def summed(question: str, lead: str) -> tuple[list[re.Match[str]], str] | None:
    """(the figures of LEAD a sum is asked of, the unit they are written in) when QUESTION asks their sum; None otherwise.

    >>> [m.group() for m in summed("党组会和领导小组会一共几次", "召开7次党组会议、12次巡察整改领导小组会议")[0]]
    ['7次', '12次']
    """
    q = load_questions()
    question = sum_asked(question)
    unit = q.asked_unit.search(question)
    money = q.money_units if q.asks_money.search(question) else ()   # 一共多少万元 / 一共多少钱: money in the unit written
    each = each_summed(question) and not q.asks_difference.search(question)   # 各开了几次: each, and their sum
    if not (q.asks_sum.search(question) or each) or not names_both(question, lead):
        return None
    if not (unit or money):   # 追缴回来的和归还原渠道的加起来一共多少: the unit of the two figures the question names
        pair = named_figures(question, lead, ())
        return ([m for m, _, _ in pair], pair[0][1]) if pair and q.asks_sum.search(question) else None
    found: list[re.Match[str]] = []
    group = parts_asked(question)   # 四个方面…加起来多少个: 5个方面 counts parts, it is no addend
    others = group.noun if group and group.noun else "(?!)"
    for written in (*money, *(written_units(unit.group(1)) if unit else ())):   # 几场 asked, 7次…12次 written (genre
        found = [m for m in AMOUNT.finditer(lead) if m.group(2) == written   # worked.toml [units])
                 and not re.match(others, lead[m.end():])]
        if len(found) >= 2:
            break
    pair = named_figures(question, lead, (written,)) if len(found) > 2 else None
    found = [m for m, _, _ in pair] if pair else found   # 涉及金额…整改资金…追缴资金…: the two named
    said = [m.group(1) for m in found]
    if len(said) < 2 or (each and not q.asks_sum.search(question) and not _one_thing(lead, said, written)):
        return None
    return found, written


def sum_asked(question: str) -> str:
    """The ask of QUESTION a sum is asked in, its unit not another ask's (措施细化成多少条？党组会加领导小组会一共几次):
    the part at its question marks, narrowed to the piece at its commas when the part asks counts in two units.

    >>> sum_asked("措施细化了多少条，党组会和领导小组会加起来开了几次"), sum_asked("分别几次，加起来多少")
    ('党组会和领导小组会加起来开了几次', '分别几次，加起来多少')
    """
    q = load_questions()
    summed = [p for p in question_parts(question) if q.asks_sum.search(p) or each_summed(p)]
    if not summed:
        return question
    if len({m.group(1) for m in q.asked_unit.finditer(summed[0])}) < 2:
        return summed[0]
    return next((c for c in load_worked().ask_ends.split(summed[0])
                 if (q.asks_sum.search(c) or each_summed(c)) and q.asked_unit.search(c)), summed[0])


def _one_thing(lead: str, said: list[str], written: str) -> bool:
    """Whether the counts SAID (in unit WRITTEN) that LEAD writes count one thing: the nouns after them end alike.

    >>> _one_thing("召开7次党组会议、12次巡察整改领导小组会议", ["7", "12"], "次"), _one_thing("4个方面33个问题", ["4", "33"], "个")
    (True, False)
    """
    n = each_noun_end(written)
    if not n:
        return True
    ends = {m.group(1)[-n:] for m in re.finditer(
        rf"(?<![\d.])(?:{'|'.join(map(re.escape, said))})\s*{re.escape(written)}([\u4e00-\u9fff]*)", lead)}
    return len(ends) <= 1


def difference_note(question: str, lead: str, counted_only: bool = False) -> str:
    """For a difference asked (高多少个百分点, 多多少条) of the two figures of one unit the LEAD quotes: the larger minus
    the smaller, said as worked out (percentages in 个百分点); "" when not asked or not exactly two such figures.

    >>> difference_note("重点人群签约率比家庭医生签约率高多少个百分点？", "家庭医生居民签约服务覆盖率达42%以上,重点人群签约覆盖率达85%以上")
    '（按通报数字推算：85%−42%，相差43个百分点。）'
    >>> difference_note("两个覆盖率相差多少个百分点？", "培育样板50个,签约服务覆盖率达42%以上,重点人群签约覆盖率达85%以上")
    '（按通报数字推算：85%−42%，相差43个百分点。）'
    """
    if not load_questions().asks_difference.search(question):
        return ""
    if counted_only:   # of two things counted by their nouns, read in the whole quoted sentence
        return counted_difference(question, lead)
    if not names_both(question, lead):
        return ""
    matches = list(AMOUNT.finditer(lead))
    found = [(m.group(1), m.group(2)) for m in matches]
    pct = asked_rates(question, lead, matches)
    if len(pct) == 2:   # 相差多少个百分点, 差几个点: the two rates asked, whatever else is quoted
        found = pct
    elif points_asked(question)[0] and sum(u in "%％" for _, u in found) >= 2:
        return ""   # rates quoted, but not the two asked (孕产妇系统管理率 the notice does not state)
    units = {u for _, u in found}
    if len(found) != 2 or len(units) != 1:
        return counted_difference(question, lead) or named_difference(question, lead)
    unit = units.pop()
    big, small = sorted(found, key=lambda f: -float(f[0]))
    gap = float(big[0]) - float(small[0])
    shown = worked_shown(gap, big[0], small[0])
    said = f"{shown}个百分点" if unit in "%％" else f"{shown}{unit}"
    named = {(m.group(1), m.group(2)): figure_name(lead, m) for m in matches}
    if load_questions().asks_which_more.search(question) and len(set(named.values()) - {""}) == 2:   # 哪个开得多: named
        more = "高" if unit in "%％" else "多"
        whole = "" if unit in "%％" else f"，两项合计{figure_shown(float(big[0]) + float(small[0]))}{unit}"   # counts add up
        return (f"（按通报数字推算：{named[big]}{big[0]}{unit}，比{named[small]}{small[0]}{unit}{more}{said}{whole}。）")
    return f"（按通报数字推算：{big[0]}{unit}−{small[0]}{unit}，相差{said}。）"


def named_difference(question: str, lead: str) -> str:
    """For a difference asked of two things the question names (涉及金额和已经整改的资金之间还差多少万) where LEAD states
    more figures of the unit: the two named figures, each with its name, the larger minus the smaller, said as worked
    out; "" when the question does not name two of them (answer/named_pair.py).

    >>> named_difference("涉及金额和整改资金还差多少万？", "涉及金额237054.47 万元,已整改2项,整改资金201783.20万元,其中:追缴资金77038.68万元")
    '（按通报数字推算：涉及金额237054.47万元−整改资金201783.20万元，相差35271.27万元。）'
    """
    q = load_questions()
    unit = q.asked_unit.search(question)
    money = unit and unit.group(1) in "万亿元" or q.asks_money.search(question)
    pair = named_figures(question, lead, q.money_units if money else written_units(unit.group(1)) if unit else ())
    if not pair:
        return ""
    big, small = sorted(pair, key=lambda f: -float(f[0].group(1)))
    written = big[1]
    gap = worked_shown(float(big[0].group(1)) - float(small[0].group(1)), big[0].group(1), small[0].group(1))
    said = f"{gap}个百分点" if written in "%％" else f"{gap}{written}"
    return f"（按通报数字推算：{big[2]}{big[0].group(1)}{written}−{small[2]}{small[0].group(1)}{written}，相差{said}。）"


def named_figures(question: str, lead: str, units: tuple[str, ...]) -> list[tuple[re.Match[str], str, str]] | None:
    """The two figures of LEAD (in one of UNITS, any when none) the question names apart, each (match, unit, written
    name), each value once; None when it names no two (answer/named_pair.py).

    >>> t = "涉及金额237054.47 万元,整改资金201783.20万元,其中:追缴资金77038.68万元,归还原资金渠道1580万元"
    >>> [(m.group(1), name) for m, _, name in named_figures("追缴回来的和归还原渠道的加起来一共多少", t, ())]
    [('77038.68', '追缴资金'), ('1580', '归还原资金渠道')]
    """
    seen: dict[tuple[str, str], tuple[re.Match[str], str, str]] = {}
    for m in AMOUNT.finditer(lead):
        if (not units or m.group(2) in units) and (m.group(1), m.group(2)) not in seen:
            seen[(m.group(1), m.group(2))] = (m, m.group(2), figure_name(lead, m))
    return named_pair(compared_subjects(in_notice_words(question)), list(seen.values()))


def asked_rates(question: str, lead: str, matches: list[re.Match[str]]) -> list[tuple[str, str]]:
    """The rates (figure, unit) among MATCHES of LEAD a difference in points asks (差几个点, 相差多少个百分点): the only
    two, each named by the QUESTION, or of more the two whose written names share the most characters with the
    QUESTION, each by characters of its own or written whole; [] when no difference in points is asked or no such
    two (worked.toml [points_difference]).

    >>> t = "居民电子健康档案开放率达70%以上,家庭医生居民签约服务覆盖率达42%以上,重点人群签约覆盖率达85%以上"
    >>> asked_rates("家庭医生签约覆盖率目标多少，重点人群呢，差几个点", t, list(AMOUNT.finditer(t)))
    [('42', '%'), ('85', '%')]
    >>> asked_rates("家庭医生签约覆盖率和孕产妇系统管理率差几个点", t, list(AMOUNT.finditer(t)))
    []
    """
    own, question = points_asked(question)
    rates = {(m.group(1), m.group(2)): figure_name(lead, m) for m in matches if m.group(2) in "%％"}   # one sentence
    if not own or len(rates) < 2:   # quoted whole and in clauses: each rate once
        return []
    asked = set(question)
    shared = sorted(rates, key=lambda f: (-len(set(rates[f]) & asked), -len(set(rates[f]) & asked) / len(rates[f] or "x")))
    if len(shared) == 2:   # the only two quoted (两个覆盖率): each named by the question at all
        return shared if all(len(set(rates[f]) & asked) >= own for f in shared) else []
    one = shared[0]   # the most named, then the next named apart from it: by characters of its own (心理 of
    # 居民心理健康素养水平 beside 居民健康素养水平) or written whole (居民健康素养水平 beside 居民心理健康素养水平)
    apart = [f for f in shared[1:] if _named_apart(rates[f], rates[one], question, own)
             and _named_apart(rates[one], rates[f], question, own)]
    tied = len(apart) > 1 and len(set(rates[apart[0]]) & asked) == len(set(rates[apart[1]]) & asked)
    return [f for f in rates if f in (one, apart[0])] if apart and not tied else []   # a third named as much: which
    # two is not said; the two in the notice's order


def _named_apart(name: str, other: str, question: str, own: int) -> bool:
    """Whether QUESTION names NAME apart from OTHER: OWN characters of NAME that OTHER lacks, NAME whole, or NAME's head
    (the thing measured, its measure word dropped) written together where OTHER does not hold it (居民健康 of
    居民健康素养水平 beside 居民心理健康素养水平, genre worked.toml own_run).

    >>> _named_apart("居民健康素养水平", "居民心理健康素养水平", "居民健康素养水平和心理健康素养水平", 2)
    True
    >>> _named_apart("居民健康素养水平", "居民心理健康素养水平", "居民健康素养定的目标是多少？心理健康素养呢？", 2)
    True
    >>> _named_apart("重点人群签约覆盖率", "家庭医生居民签约服务覆盖率", "家庭医生签约覆盖率和孕产妇系统管理率", 2)
    False
    """
    asked, run = set(question), points_run()
    return (len((set(name) - set(other)) & asked) >= own or bool(name) and set(name) <= asked
            or len(name) > run and name[:run] in question and name[:run] not in other)


def worked_shown(value: float, *said: str) -> str:
    """VALUE worked out from the figures SAID, written to as many decimals as the most precise of them (money in 万元 to
    the cent: 251023.54−215587.84 is 35435.70, as the notice writes its own rest); whole figures without decimals.

    >>> worked_shown(35435.7, "251023.54", "215587.84"), worked_shown(19.0, "7", "12"), worked_shown(78618.68, "77038.68", "1580")
    ('35435.70', '19', '78618.68')
    """
    places = max((len(x.split(".")[1]) for x in said if "." in x), default=0)
    return f"{value:.{places}f}" if places else figure_shown(value)


def figure_shown(value: float) -> str:
    """VALUE written as notices write a figure: no trailing zeros.

    >>> figure_shown(19.0), figure_shown(2.50)
    ('19', '2.5')
    """
    return f"{value:.2f}".rstrip("0").rstrip(".")


def figure_name(lead: str, m: re.Match[str]) -> str:
    """The words LEAD writes beside the figure M counts: after it (7次党组会议) or, when none follow, before it back to
    the last separator (党组会议7次); "" when none.

    >>> t = "组织召开7次党组会议、12次巡察整改领导小组会议"
    >>> [figure_name(t, m) for m in AMOUNT.finditer(t)]
    ['党组会议', '巡察整改领导小组会议']
    >>> figure_name("党组会议7次、专题会12次", next(AMOUNT.finditer("党组会议7次、专题会12次")))
    '党组会议'
    >>> figure_name("重点人群签约覆盖率达85%以上", next(AMOUNT.finditer("重点人群签约覆盖率达85%以上")))
    '重点人群签约覆盖率'
    """
    q = load_questions()
    after = NAMED_AFTER.match(lead, m.end())
    if after and not q.figure_bound.match(after.group()):
        return after.group()
    before = q.figure_verb.sub("", SEPARATOR.split(lead[:m.start()])[-1])
    return before[-NAME_LONGEST:] if len(before) >= 2 and not re.search(r"[\d%％]", before) else ""
