"""Figures an answer works out from what the notice states, each said as worked out ("按…推算"): a completion rate
from a totals statement (共N个…已完成M个), what is left of it, the share one quoted figure is of another, averages, and
money converted into the unit asked (1.05亿元 asked in 万元). Sums and differences of two figures are
answer/combined.py's, spans of time worked out from dates answer/spans.py's (gap_note, report_gap_note, year_note):
both imported here, where the other worked-out figures are asked.

Example:
    >>> rate_note("问题整改完成率是多少？", "反映的400个问题,已完成整改336个")
    '（按通报数字推算：已完成336/共400，完成率84%。）'
"""
from __future__ import annotations

import re

from answer.averages import average_note  # noqa: F401 (asked here with the other worked figures)
from answer.combined import AMOUNT, difference_note, names_both, sum_note  # noqa: F401 (asked here)
from answer.counted_difference import counted_difference  # noqa: F401 (asked here)
from answer.dated_notes import compared_day_note, year_note  # noqa: F401 (notes on quoted dates, asked here)
from answer.spans import gap_note, report_gap_note  # noqa: F401 (the spans worked out from dates, asked here)
from answer.share_words import percent, share_said, tenths_said  # noqa: F401 (said here with the other worked figures)
from answer.status_share import status_share_note
from genre import load_genre
from genre.figures import cn_counts
from genre.questions import load_questions
from genre.counted import kinds_asks
from genre.worked import named_share, question_parts, share_follows

STATED_RATE = re.compile(r"\d(?:\.\d+)?\s*[%％]|百分之")   # a rate the notice states itself
DONE = "已完成"   # the normal status word of completed items (genre items.toml [[status]])


def rate_span(text: str, spans: list[tuple[int, int]], question: str) -> tuple[int, int] | None:
    """For a completion rate (or what is left) asked where no clause states one: the first totals statement in SPANS with
    completed items (共N个…已完成M个), from which `rate_note` works the rate out; None otherwise.

    >>> t = "反映的400个问题,已完成整改336个。"; rate_span(t, [(0, len(t))], "完成率多少？")
    (3, 19)
    """
    q = load_questions()
    if not (q.asks_rate.search(question) or q.asks_remaining.search(question) or named_share(question)
            or q.asks_done_status.search(question)):   # 是不是都改完了: the totals the state is worked out from
        return None
    pairs = {question[i:i + 2] for i in range(len(question) - 1)}
    found = []   # (question pairs the statement's own clause holds, order, start, end)
    for a, b in spans:
        for totals in load_genre().read_totals(text[a:b]):
            done = totals.count_of(DONE)
            if totals.total and 0 < done <= totals.total:
                own = text[a + totals.start - min(totals.start, 12):a + totals.end]   # with the words naming it
                found.append((-sum(p in own for p in pairs), len(found), a + totals.start, a + totals.end))
    return min(found)[2:] if found else None


def remaining_note(question: str, sentences: str) -> str:
    """For what is left (还剩几个, 还差几个没完成, 未完成的有几个) of the total the quoted SENTENCES state with its completed
    part (genre totals reader): total minus completed, marked as worked out, or, where the statement says what the rest
    is (正在整改10项), the rest with its stated status; "" when not asked or no such total is quoted.

    >>> remaining_note("还剩几个没改完？", "反映的400个问题,已完成整改336个")
    '（按通报数字推算：共400个问题，已完成336个，尚余64个未完成。）'
    >>> remaining_note("还差几个没完成？", "反映的400个问题,已完成整改336个,其中要求立行立改的283个问题已全部整改")
    '（按通报数字推算：共400个问题，已完成336个，尚余64个未完成。）'
    >>> remaining_note("还有几个没完成整改？", "29个问题,其中已完成整改28个,阶段性完成整改1个")
    '（按通报数字：共29个问题，已完成28个，其余1个：基本完成1个。）'
    """
    q = load_questions()
    if not (q.asks_remaining.search(question) or q.asks_done_status.search(question)) or q.asks_money.search(question):
        # 资金还有多少没整改到位: money, not items; 是不是都改完了: what is left, with the rate (rate_note)
        return ""
    for totals in load_genre().read_totals(sentences):
        done = totals.count_of(DONE)
        if totals.total and 0 < done < totals.total:
            said = _total_named(sentences[totals.start:totals.end], totals.total)
            unit = said[len(str(totals.total))]   # 个 / 项: the rest counted as the total is
            stated = "、".join(f"{status}{n}{unit}" for status, n in totals.counts if status != DONE)
            if stated:   # 正在整改10项, 阶段性完成1个: the rest as the notice states it
                return f"（按通报数字：共{said}，已完成{done}{unit}，其余{totals.total - done}{unit}：{stated}。）"
            return f"（按通报数字推算：共{said}，已完成{done}{unit}，尚余{totals.total - done}{unit}未完成。）"
    return ""


def _total_named(statement: str, total: int) -> str:
    """The TOTAL as the STATEMENT writes it with the set it counts (400个问题), the noun one the genre writes beside its
    count (questions.toml named_with_count); "400个" when no such noun follows it.

    >>> _total_named("反映的400个问题,已完成整改336个", 400), _total_named("共计27项,已完成整改25项", 27)
    ('400个问题', '27项')
    """
    nouns = "|".join(sorted(load_questions().named_with_count, key=len, reverse=True))
    m = re.search(rf"(?<![\d.]){total}\s*([个项条件])(?:[\u4e00-\u9fff]{{0,4}}?(?:{nouns}))?", statement)
    return m.group().replace(" ", "") if m else f"{total}个"


def rate_note(question: str, sentences: str) -> str:
    """For a completion rate asked where none is stated: done / total of the totals statement in the quoted
    SENTENCES (genre totals reader), marked as worked out; "" when not asked, stated, or not derivable.

    >>> rate_note("问题整改完成率是多少？", "反映的400个问题,已完成整改336个,其中要求立行立改的283个问题已全部整改")
    '（按通报数字推算：已完成336/共400，完成率84%。）'
    >>> rate_note("剩下没改完的有几个？占多大比例？", "反映的400个问题,已完成整改336个")
    '（按通报数字推算：未完成64/共400，占16%，完成率84%。）'
    >>> rate_note("完成整改的是不是已经超过八成了？", "反映的400个问题,已完成整改336个")
    '（按通报数字推算：已完成336/共400，完成率84%，超过八成。）'
    >>> rate_note("问题整改完成得怎么样，有具体数吗", "反映的400个问题,已完成整改336个")
    '（按通报数字推算：已完成336/共400，完成率84%。）'
    """
    q = load_questions()
    named = named_share(question)   # 是不是超过八成: the rate, held against the share named
    status = q.asks_done_status   # 是不是都改完了, 完成得怎么样: the completion rate too
    if not (q.asks_rate.search(question) or named or status.search(question)) or STATED_RATE.search(sentences):
        return ""
    parts = question_parts(question)
    at = next((i for i, p in enumerate(parts) if q.asks_rate.search(p) or named_share(p) or status.search(p)), None)
    asking = question if at is None else parts[at]
    rest = bool(q.asks_not_done.search(asking))   # 没完成的占多少: the rest over the total (还有多少没改完？完成的占比？: not)
    if at and share_follows(asking):   # 剩下没改完的有几个？占多大比例？: the share of what the ask before counted
        rest = bool(q.asks_not_done.search(parts[at - 1]) or q.asks_remaining.search(parts[at - 1]))
    if not rest and (own := status_share_note(asking, sentences)):   # 阶段性完成的占多大比例: that status's share
        return own
    for totals in load_genre().read_totals(sentences):
        done = totals.count_of(DONE)
        if rest and totals.total and 0 < done < totals.total:
            left = totals.total - done
            return f"（按通报数字推算：未完成{left}/共{totals.total}，{share_said(left, totals.total)}{_held(left / totals.total, named)}，完成率{percent(done, totals.total)}。）"
        if not rest and totals.total and 0 < done <= totals.total:
            return f"（按通报数字推算：已完成{done}/共{totals.total}，完成率{percent(done, totals.total)}{_held(done / totals.total, named)}。）"
    return ""


def _held(rate: float, named: tuple[float, str] | None) -> str:
    """The RATE held against the share the question NAMED: '，超过八成' / '，不到一半' / '，正好三分之二' ('' when none)."""
    if named is None:
        return ""
    value, words = named
    return f"，{'正好' if abs(rate - value) < 0.0005 else '超过' if rate > value else '不到'}{words}"


CLAUSE_START = re.compile(r"[，,；;：:。！？!?\n]")


def _clause_rest(lead: str, at: int) -> int:
    """Where the clause of a figure ending at AT closes: the next clause start or the next figure, whichever is first;
    notices write a status count figure first as often as status first (40项已整改 beside 已整改40项, items.toml
    [[count]]), so the words after a figure name it as much as those before.

    >>> t = "报告日40项已整改,整改到位资金215587.84万元,10项正在整改(含部分整改)"; t[:_clause_rest(t, t.index("项") + 1)]
    '报告日40项已整改'
    """
    stops = [m.start() for m in (CLAUSE_START.search(lead, at), AMOUNT.search(lead, at)) if m]
    return min(stops, default=len(lead))
NEGATION = re.compile(r"[没未]")   # 没整改, 未整改资金, 尚未完成: what is not done


def share_note(question: str, lead: str, sentences: str) -> str:
    """For a share asked (占…比例, 几成) where none is stated and no completion is asked: the figure of the LEAD whose
    clause holds most of the question's words, over the largest figure of the same unit in the quoted SENTENCES,
    marked as worked out; "" otherwise (a completion rate is rate_note's).

    >>> share_note("立行立改的问题占全部问题的比例？", "400个问题,其中要求立行立改的283个问题", "反映的400个问题,其中要求立行立改的283个问题")
    '（按通报数字推算：283个/400个，占70.75%。）'
    >>> t = "问题资金251023.54万元,整改到位资金215587.84万元,未整改资金35435.70万元"; share_note("没整改到位的资金占几成？", t, t)
    '（按通报数字推算：35435.70万元/251023.54万元，约占14.1%，约一成四。）'
    >>> share_note("问题资金，整改到位的大概占几成？没整改的钱还剩多少？", t, t)
    '（按通报数字推算：215587.84万元/251023.54万元，约占85.9%，约八成六。）'
    """
    q = load_questions()
    if not q.asks_rate.search(question) or STATED_RATE.search(lead) or q.asks_completion.search(question):
        return ""
    named = load_genre().kinds_named   # 立行立改的占几成 of 要求即知即改的283项问题: one kind in any wording ([[kind]])
    pairs = {named(question)[i:i + 2] for i in range(len(named(question)) - 1)}
    parts = question_parts(question)
    at = next((i for i, p in enumerate(parts) if q.asks_rate.search(p)), None)
    if at is not None and at and share_follows(parts[at]):   # 没整改的有多少？占几成？: the share of the ask before
        at -= 1
    asking = question if at is None else parts[at]   # 整改到位的占几成？没整改的还剩多少？: the other ask's 没 is not its
    negated = bool(NEGATION.search(asking))   # "没整改到位的占几成": the part not done (未整改资金…)
    largest: dict[str, float] = {}   # per unit, the largest figure quoted: the whole, never the part of itself
    for m in AMOUNT.finditer(sentences):
        largest[m.group(2)] = max(largest.get(m.group(2), 0.0), float(m.group(1)))
    best = None   # (-pairs its clause shares with the question, order, value, figure as written, unit)
    for i, m in enumerate(AMOUNT.finditer(lead)):
        start = max((c.end() for c in CLAUSE_START.finditer(lead, 0, m.start())), default=0)
        clause = named(lead[start:_clause_rest(lead, m.end())])
        shared = sum(p in clause for p in pairs)
        if float(m.group(1)) >= largest.get(m.group(2), 0.0):
            continue   # 问题资金251023.54万元 beside 整改到位资金: the whole named by the question is not its part
        if shared and bool(NEGATION.search(clause)) == negated and (best is None or (-shared, i) < best[:2]):
            best = (-shared, i, float(m.group(1)), m.group(1), m.group(2))
    if best is None:
        return ""
    whole = max(((float(m.group(1)), m.group(1)) for m in AMOUNT.finditer(sentences) if m.group(2) == best[4]), default=None)
    if whole is None or not 0 < best[2] < whole[0]:
        return ""
    unit = best[4]
    return f"（按通报数字推算：{best[3]}{unit}/{whole[1]}{unit}，{share_said(best[3], whole[1], question)}。）"


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


def kinds_total_note(question: str, sentences: str) -> str:
    """For a total asked of a thing (一共几个整改方案, 定了几个方案) that SENTENCES count only by its kinds (1个总方案,2个专项方案,
    in one sentence): the kinds' counts summed, said as worked out; "" when not asked, fewer than two kinds, or the total
    stated. With no word of all asked, only a sentence whose every count of the unit is of a kind, counting no part (其中).
    Several things asked together (成立了几个小组 定了几个方案): each its own ask.

    >>> kinds_total_note("绵阳司法局一共出了几个整改方案？", "研究制定1个总方案,2个专项方案,明确局党组对巡察整改负主体责任")
    '（按通报数字推算：共3个：1个总方案、2个专项方案。）'
    >>> kinds_total_note("一共出了几个整改方案？", "制定3个方案:1个总方案,2个专项方案")
    ''
    >>> kinds_total_note("整改方案定了几个", "研究制定1个总方案,2个专项方案"), kinds_total_note("定了几个方案", "制定1个总方案,2个专项方案,3个清单")
    ('（按通报数字推算：共3个：1个总方案、2个专项方案。）', '')
    """
    return next((note for asked in kinds_asks(question) for note in [_kinds_note(asked, sentences)] if note), "")


def _kinds_note(asked, sentences: str) -> str:
    """The note of kinds_total_note for one thing ASKED (a KindsAsked).

    >>> _kinds_note(kinds_asks("定了几个方案")[0], "研究制定1个总方案,2个专项方案")
    '（按通报数字推算：共3个：1个总方案、2个专项方案。）'
    """
    unit, noun = re.escape(asked.unit), re.escape(asked.noun)
    if re.search(rf"(?<![\d.])\d+\s*{unit}(?:[\u4e00-\u9fff]{{0,2}}?整改)?{noun}", sentences):
        return ""   # 3个方案 (3个整改方案): the total stated itself
    for sentence in re.split(r"[。；;\n]", sentences):
        kinds = list(re.finditer(rf"(?<![\d.])(\d+)\s*{unit}([\u4e00-\u9fff]{{1,4}}?{noun})", sentence))
        if not asked.said and (re.search(asked.part, sentence) or len(kinds) < len(re.findall(
                rf"(?<![\d.])\d+\s*{unit}", sentence))):   # 定了几个方案: every count of the unit a kind of it
            continue
        if len(asked.named) > 2 and any(m.group(2).endswith(asked.named[-3:]) for m in kinds):
            continue   # 几个专项方案: one kind is asked, its own count answers
        if len({m.group(2) for m in kinds}) >= 2:
            total = sum(int(m.group(1)) for m in kinds)
            parts = "、".join(m.group().replace(" ", "") for m in kinds)
            return f"（按通报数字推算：共{total}{asked.unit}：{parts}。）"
    return ""
