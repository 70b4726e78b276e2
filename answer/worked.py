"""Figures an answer works out from what the notice states, each said as worked out ("按…推算"): a completion rate
from a totals statement
(共N个…已完成M个), what is left of it, the share one quoted figure is of another, sums, differences, and money
converted into the unit asked (1.05亿元 asked in 万元). Spans of time worked out from dates are answer/spans.py's
(gap_note, report_gap_note, year_note: imported here, where the other worked-out figures are asked).

Example:
    >>> rate_note("问题整改完成率是多少？", "反映的400个问题,已完成整改336个")
    '（按通报数字推算：已完成336/共400，完成率约84.0%。）'
"""
from __future__ import annotations

import re

from answer.spans import compared_day_note, gap_note, report_gap_note, year_note  # noqa: F401 (the spans worked out from dates, asked here)
from genre import load_genre
from genre.comparisons import compared_subjects
from genre.figures import cn_counts
from genre.questions import in_notice_words, load_questions
from genre.worked import load_worked, named_share, question_parts, written_units

STATED_RATE = re.compile(r"\d(?:\.\d+)?\s*[%％]|百分之")   # a rate the notice states itself
DONE = "已完成"   # the normal status word of completed items (genre items.toml [[status]])


def rate_span(text: str, spans: list[tuple[int, int]], question: str) -> tuple[int, int] | None:
    """For a completion rate (or what is left) asked where no clause states one: the first totals statement in SPANS with
    completed items (共N个…已完成M个), from which `rate_note` works the rate out; None otherwise.

    >>> t = "反映的400个问题,已完成整改336个。"; rate_span(t, [(0, len(t))], "完成率多少？")
    (3, 19)
    """
    q = load_questions()
    if not (q.asks_rate.search(question) or q.asks_remaining.search(question) or named_share(question)):
        return None
    pairs = {question[i:i + 2] for i in range(len(question) - 1)}
    found = []   # (question pairs the statement's own clause holds, order, start, end)
    for a, b in spans:
        for totals in load_genre().read_totals(text[a:b]):
            done = sum(n for status, n in totals.counts if status == DONE)
            if totals.total and 0 < done <= totals.total:
                own = text[a + totals.start - min(totals.start, 12):a + totals.end]   # with the words naming it
                found.append((-sum(p in own for p in pairs), len(found), a + totals.start, a + totals.end))
    return min(found)[2:] if found else None


def remaining_note(question: str, sentences: str) -> str:
    """For what is left (还剩几个) where the quoted SENTENCES state only the total and the completed (genre totals
    reader): their difference, marked as worked out; "" when not asked, or the notice states the rest itself.

    >>> remaining_note("还剩几个没改完？", "反映的400个问题,已完成整改336个")
    '（按通报数字推算：共400个，已完成336个，尚余64个未完成。）'
    """
    if not load_questions().asks_remaining.search(question):
        return ""
    for totals in load_genre().read_totals(sentences):
        done = sum(n for status, n in totals.counts if status == DONE)
        if totals.total and 0 < done < totals.total:
            if any(status != DONE for status, _ in totals.counts):   # 阶段性完成1个, 正在整改10项: stated
                return ""
            return f"（按通报数字推算：共{totals.total}个，已完成{done}个，尚余{totals.total - done}个未完成。）"
    return ""


def rate_note(question: str, sentences: str) -> str:
    """For a completion rate asked where none is stated: done / total of the totals statement in the quoted
    SENTENCES (genre totals reader), marked as worked out; "" when not asked, stated, or not derivable.

    >>> rate_note("问题整改完成率是多少？", "反映的400个问题,已完成整改336个,其中要求立行立改的283个问题已全部整改")
    '（按通报数字推算：已完成336/共400，完成率约84.0%。）'
    >>> rate_note("完成整改的是不是已经超过八成了？", "反映的400个问题,已完成整改336个")
    '（按通报数字推算：已完成336/共400，完成率约84.0%，超过八成。）'
    """
    q = load_questions()
    named = named_share(question)   # 是不是超过八成: the rate, held against the share named
    if not (q.asks_rate.search(question) or named) or STATED_RATE.search(sentences):
        return ""
    asking = next((p for p in question_parts(question) if q.asks_rate.search(p) or named_share(p)), question)
    rest = bool(q.asks_not_done.search(asking))   # 没完成的占多少: the rest over the total (还有多少没改完？完成的占比？: not)
    for totals in load_genre().read_totals(sentences):
        done = sum(n for status, n in totals.counts if status == DONE)
        if rest and totals.total and 0 < done < totals.total:
            left = totals.total - done
            return f"（按通报数字推算：未完成{left}/共{totals.total}，约占{100 * left / totals.total:.1f}%{_held(left / totals.total, named)}。）"
        if not rest and totals.total and 0 < done <= totals.total:
            return f"（按通报数字推算：已完成{done}/共{totals.total}，完成率约{100 * done / totals.total:.1f}%{_held(done / totals.total, named)}。）"
    return ""


def _held(rate: float, named: tuple[float, str] | None) -> str:
    """The RATE held against the share the question NAMED: '，超过八成' / '，不到一半' / '，正好三分之二' ('' when none)."""
    if named is None:
        return ""
    value, words = named
    return f"，{'正好' if abs(rate - value) < 0.0005 else '超过' if rate > value else '不到'}{words}"


AMOUNT = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(万元|亿元|元|个|项|条|件|人|名|次|户|家|公里|%|％)")
CLAUSE_START = re.compile(r"[，,；;：:。！？!?\n]")
NEGATION = re.compile(r"[没未]")   # 没整改, 未整改资金, 尚未完成: what is not done


def share_note(question: str, lead: str, sentences: str) -> str:
    """For a share asked (占…比例, 几成) where none is stated and no completion is asked: the figure of the LEAD whose
    clause holds most of the question's words, over the largest figure of the same unit in the quoted SENTENCES,
    marked as worked out; "" otherwise (a completion rate is rate_note's).

    >>> share_note("立行立改的问题占全部问题的比例？", "400个问题,其中要求立行立改的283个问题", "反映的400个问题,其中要求立行立改的283个问题")
    '（按通报数字推算：283个/400个，约占70.8%。）'
    >>> t = "问题资金251023.54万元,整改到位资金215587.84万元,未整改资金35435.70万元"; share_note("没整改到位的资金占几成？", t, t)
    '（按通报数字推算：35435.70万元/251023.54万元，约占14.1%。）'
    """
    q = load_questions()
    if not q.asks_rate.search(question) or STATED_RATE.search(lead) or q.asks_completion.search(question):
        return ""
    pairs = {question[i:i + 2] for i in range(len(question) - 1)}
    negated = bool(NEGATION.search(question))   # "没整改到位的占几成": the part not done (未整改资金…)
    best = None   # (-pairs its clause shares with the question, order, value, figure as written, unit)
    for i, m in enumerate(AMOUNT.finditer(lead)):
        clause = lead[max((c.end() for c in CLAUSE_START.finditer(lead, 0, m.start())), default=0):m.end()]
        shared = sum(p in clause for p in pairs)
        if shared and bool(NEGATION.search(clause)) == negated and (best is None or (-shared, i) < best[:2]):
            best = (-shared, i, float(m.group(1)), m.group(1), m.group(2))
    if best is None:
        return ""
    whole = max(((float(m.group(1)), m.group(1)) for m in AMOUNT.finditer(sentences) if m.group(2) == best[4]), default=None)
    if whole is None or not 0 < best[2] < whole[0]:
        return ""
    unit = best[4]
    return f"（按通报数字推算：{best[3]}{unit}/{whole[1]}{unit}，约占{100 * best[2] / whole[0]:.1f}%。）"


def names_both(question: str, lead: str) -> bool:
    """Whether the LEAD holds a character of each of the two things a sum or difference is asked of that the other
    thing has not (staff's words are not the notice's: 开会 for 召开…会议), or the question names no such pair; a
    figure of a third thing answers neither.

    >>> names_both("追缴资金比罚款多多少？", "追缴资金77038.68万元,归还原资金渠道1580万元")
    False
    >>> names_both("开会和批示加起来多少次？", "主持召开党组会议、专题会议研究整改9次,作出批示6次")
    True
    """
    subjects = compared_subjects(in_notice_words(question))
    if not subjects:
        return True
    one, two = map(set, subjects)
    return all(own & set(lead) for own in (one - two, two - one))


def sum_note(question: str, lead: str) -> str:
    """For a sum asked (加起来多少次) of figures the LEAD states apart: their total in the asked unit, said as worked
    out; "" when not asked or fewer than two such figures are quoted.

    >>> sum_note("开会和批示加起来多少次？", "主持召开党组会议、专题会议研究整改9次,作出批示6次")
    '（按通报数字推算：9次+6次，合计15次。）'
    >>> sum_note("党组会议和领导小组会议总共多少场？", "召开7次党组会议、12次巡察整改领导小组会议")
    '（按通报数字推算：7次+12次，合计19次。）'
    """
    q = load_questions()
    unit = q.asked_unit.search(question)
    if not q.asks_sum.search(question) or not unit or not names_both(question, lead):
        return ""
    for written in written_units(unit.group(1)):   # 几场 asked, 7次…12次 written (genre worked.toml [units])
        said = [m.group(1) for m in AMOUNT.finditer(lead) if m.group(2) == written]
        if len(said) >= 2:
            break
    if len(said) < 2:
        return ""
    total = sum(float(x) for x in said)
    shown = f"{total:g}" if total != int(total) else str(int(total))
    return f"（按通报数字推算：{'+'.join(x + written for x in said)}，合计{shown}{written}。）"


def difference_note(question: str, lead: str) -> str:
    """For a difference asked (高多少个百分点, 多多少条) of the two figures of one unit the LEAD quotes: the larger minus
    the smaller, said as worked out (percentages in 个百分点); "" when not asked or not exactly two such figures.

    >>> difference_note("重点人群签约率比家庭医生签约率高多少个百分点？", "家庭医生居民签约服务覆盖率达42%以上,重点人群签约覆盖率达85%以上")
    '（按通报数字推算：85%−42%，相差43个百分点。）'
    """
    if not load_questions().asks_difference.search(question) or not names_both(question, lead):
        return ""
    found = [(m.group(1), m.group(2)) for m in AMOUNT.finditer(lead)]
    units = {u for _, u in found}
    if len(found) != 2 or len(units) != 1:
        return _counted_difference(question, lead)
    unit = units.pop()
    big, small = sorted(found, key=lambda f: -float(f[0]))
    gap = float(big[0]) - float(small[0])
    shown = f"{gap:.2f}".rstrip("0").rstrip(".")
    said = f"{shown}个百分点" if unit in "%％" else f"{shown}{unit}"
    return f"（按通报数字推算：{big[0]}{unit}−{small[0]}{unit}，相差{said}。）"


def _counted_difference(question: str, lead: str) -> str:
    """For a difference asked of two things counted by different nouns (措施比问题多几条): the count beside each noun in
    the LEAD (整改措施14条, 11个问题), when both count things (genre count_units, not occurrences); "" otherwise.

    >>> _counted_difference("制定的整改措施比反馈的问题多几条？", "对巡察反馈的3个方面6项共11个问题,制定整改措施14条")
    '（按通报数字推算：措施14条−问题11个，相差3条。）'
    """
    q = load_questions()
    subjects = compared_subjects(in_notice_words(question))
    nouns = [next((n for n in q.named_with_count if n in s), "") for s in subjects] if subjects else []
    if len(nouns) != 2 or "" in nouns or nouns[0] == nouns[1]:
        return ""
    units = "|".join(re.escape(u) for u in q.count_units if u not in q.occurrence_units)
    said = []
    for noun in nouns:
        m = re.search(rf"(\d+)\s*({units})[\u4e00-\u9fff]{{0,4}}?{noun}|{noun}(\d+)\s*({units})", lead)
        if m is None:
            return ""
        said.append((noun, m.group(1) or m.group(3), m.group(2) or m.group(4)))
    big, small = sorted(said, key=lambda f: -int(f[1]))
    asked = q.asked_unit.search(question)
    return (f"（按通报数字推算：{big[0]}{big[1]}{big[2]}−{small[0]}{small[1]}{small[2]}，"
            f"相差{int(big[1]) - int(small[1])}{asked.group(1) if asked else ''}。）")


MONEY_SCALE = {"元": 1, "万元": 10_000, "亿元": 100_000_000}   # the money units notices write, in 元
MONEY_ASKED = re.compile(r"多少(万|亿)?元")


def money_note(question: str, lead: str) -> str:
    """For money asked in a unit (折合多少万元) that the LEAD's figures are not written in (1.05亿元): each figure
    converted into the asked unit, said as worked out; "" when not asked or already in that unit.

    >>> money_note("附海镇清理的用地款折合多少万元？", "已清理用地款1.05亿元")
    '（按通报数字换算：1.05亿元=10500万元。）'
    """
    asked = MONEY_ASKED.search(question)
    if not asked:
        return ""
    unit = (asked.group(1) or "") + "元"
    said = [(m.group(1), m.group(2)) for m in AMOUNT.finditer(lead) if m.group(2) in MONEY_SCALE]
    if not said or any(u == unit for _, u in said):
        return ""
    shown = []
    for value, u in said:
        converted = float(value) * MONEY_SCALE[u] / MONEY_SCALE[unit]
        shown.append(f"{value}{u}={converted:.6f}".rstrip("0").rstrip(".") + unit)
    return f"（按通报数字换算：{'；'.join(shown)}。）"


COUNTED = re.compile(r"(\d+)\s*([个项条件名人次家批])([\u4e00-\u9fff]{1,4})")   # 4个方面, 33个问题: a count and what it counts


def average_note(question: str, lead: str) -> str:
    """For an average asked (平均每个方面几个问题) of two counts the LEAD states together (4个方面33个问题): the count of the
    things over the count of the groups named after 平均每, said as worked out; "" when not asked or not both stated.

    >>> average_note("朔州科技局反馈的问题平均每个方面几个？", "党组紧紧围绕巡察反馈的4个方面33个问题")
    '（按通报数字推算：33个问题/4个方面，平均每个方面约8.3个。）'
    """
    asked = load_worked().average.search(question)
    if not asked:
        return ""
    per = asked.group("per")
    counts = [(int(m.group(1)), m.group(2), m.group(3)) for m in COUNTED.finditer(lead)]
    groups = next((c for c in counts if c[2].startswith(per)), None)
    things = next((c for c in counts if groups and not c[2].startswith(per) and c[0] > 0), None)
    if groups is None or things is None or groups[0] == 0:
        return ""
    noun = next(n for n in load_questions().named_with_count if things[2].startswith(n)) if any(
        things[2].startswith(n) for n in load_questions().named_with_count) else things[2]
    return (f"（按通报数字推算：{things[0]}{things[1]}{noun}/{groups[0]}{groups[1]}{per}，"
            f"平均每{groups[1]}{per}约{int(things[0] * 10 / groups[0] + 0.5) / 10:.1f}{things[1]}。）")   # halves up


QUOTED = re.compile(r"“[^”]*”|‘[^’]*’")   # “两个维护”: a slogan's numeral counts nothing


def numerals_note(quoted: str) -> str:
    """The counts the QUOTED clauses write in Chinese numerals, said in digits ("" when they write none): staff compare
    them with figures written in digits.

    >>> numerals_note("巡察反馈的四个方面三十二个问题"), numerals_note("坚决做到“两个维护”"), numerals_note("四个方面13个问题")
    ('（四个即4个，三十二个即32个。）', '', '')
    """
    digits = bool(AMOUNT.search(quoted))   # 四个方面13个重点问题: the counts are read in digits, 四个 needs no saying
    said = list(dict.fromkeys(f"{m.group()}即{value}{m.group('more') or ''}{m.group('unit')}"
                              for m, value in cn_counts(QUOTED.sub(lambda q: "　" * len(q.group()), quoted))
                              if not (digits and len(m.group("cn")) == 1)))
    return f"（{'，'.join(said)}。）" if said else ""
