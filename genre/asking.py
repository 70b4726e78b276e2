"""How staff type a question around what they ask (genre/data/asking.toml): the one step that turns a typed
question into its plain written form before any cue reads it (answer/ask.py calls it once per question).

Example:
    >>> plain_question("麻烦查一下，区科协整改是啥时候开始的呢?")
    '区科协整改是什么时候开始的？'
    >>> plain_question("嘉兴文旅局那次巡察从几号巡到几号啊")
    '嘉兴文旅局那次巡察从几号到几号？'
    >>> plain_question("23年底前要改完几个？"), plain_question("运行30年以上的管网改完了吧")
    ('2023年底前要改完几个？', '运行30年以上的管网改完了吗？')
    >>> plain_question("选人用人方面的占几个，芦淞区司法局那29个问题里？")
    '芦淞区司法局那29个问题里，选人用人方面的占几个？'
    >>> split_preface("我们也在起草工作要点，想看看湖州卫健工作要点第一部分讲的是什么主题？")
    Preface(preface='我们也在起草工作要点，想看看', ask='湖州卫健工作要点第一部分讲的是什么主题？')
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre.data_files import compile_re, entries, get, section
from genre.figures import (
    cn_value,
    dates_in_digits,
    large_counts_in_digits,
    small_counts_written,
)
from genre.level_words import levels_named
from genre.questions import load_questions
from genre.steps import load_steps
from genre.typed import typed_plain

FILE = "asking.toml"
CLAUSE = re.compile(r"[^？?！!。，,；;]*$")   # the clause a particle ends


@dataclass(frozen=True)
class Asking:
    courtesy: re.Pattern[str]
    particles: re.Pattern[str]
    asks: re.Pattern[str]                          # a clause that asks with a question word
    confirming: re.Pattern[str]
    confirming_written: str
    spoken: tuple[tuple[re.Pattern[str], str], ...]   # spoken form -> written form, in file order
    short_year: re.Pattern[str]                    # group 1: the year's last two digits
    century: str
    marks: dict[int, int]                          # str.translate table: half-width -> full-width
    missing_mark: str                              # added to a question whose last clause asks without one
    afterthought: re.Pattern[str]                  # group 1 the question, group 2 where it is asked of, said after it
    frame_lead: re.Pattern[str]                    # the asker's own frame before the ask (领导问：, 给我个数，)
    frame_tail: re.Pattern[str]                    # … or after it (，给个数就行); group 1 the closing mark
    preface: PrefaceCues


@dataclass(frozen=True)
class PrefaceCues:
    """How a leading preface on the asker's own situation is told (asking.toml [preface])."""
    asker: re.Pattern[str]       # the first clause starts with who asks (我/我们/领导…)
    describes: re.Pattern[str]   # … and says who they are, what they do, what happened to them
    continues: re.Pattern[str]   # a later clause of the same preface (在核…, 我们…)
    learn: re.Pattern[str]       # a clause led by wanting to learn or refer (想参考一下, 想看看)
    doing: re.Pattern[str]       # what the asker does to a notice (在核, 在看): the notice named after it


@dataclass(frozen=True)
class Preface:
    preface: str   # the asker's own situation, as typed (its last separator left out)
    ask: str       # what is asked


def _pattern(key: str, field: str = "pattern") -> re.Pattern[str]:
    return compile_re(get(section(FILE, key), field, str, FILE, key), FILE, f"{key}.{field}")


@functools.cache
def load_asking() -> Asking:
    """The conventions of asking.toml, compiled once."""
    spoken = tuple((compile_re(get(e, "spoken", str, FILE, w), FILE, w), get(e, "written", str, FILE, w))
                   for w, e in entries(FILE, "spoken"))
    marks = section(FILE, "marks")
    half, full = get(marks, "half", str, FILE, "marks"), get(marks, "full", str, FILE, "marks")
    if len(half) != len(full):
        raise ValueError(f"{FILE}: marks.half and marks.full differ in length")
    return Asking(_pattern("courtesy"), _pattern("particles"), _pattern("particles", "asks"), _pattern("confirming"),
                  get(section(FILE, "confirming"), "written", str, FILE, "confirming"), spoken,
                  _pattern("short_year"), get(section(FILE, "short_year"), "century", str, FILE, "short_year"),
                  str.maketrans(half, full), get(marks, "missing", str, FILE, "marks"), _pattern("afterthought"),
                  _pattern("asker_frame", "lead"), _pattern("asker_frame", "tail"),
                  PrefaceCues(*(_pattern("preface", f) for f in ("asker", "describes", "continues", "learn", "doing"))))


@functools.cache
def _leans_back() -> re.Pattern[str]:
    return _pattern("leans_back")


def leans_back(clause: str) -> bool:
    """Whether an ask typed after another points below what that one named (asking.toml [leans_back]).

    >>> leans_back("下面头两条是啥"), leans_back("巡察是哪段时间")
    (True, False)
    """
    return bool(_leans_back().search(clause.strip()))


def plain_question(question: str) -> str:
    """QUESTION in its plain written form: courtesy dropped, spoken words written, particles of asking
    clauses dropped, short years in full, half-width marks full-width. A question that is only a courtesy
    stays as it is; a question that asks without a question mark gets one."""
    a = load_asking()
    q = small_counts_written(large_counts_in_digits(dates_in_digits(session_ordinals(typed_days(typed_plain(question).translate(a.marks))))))
    # 常委会十四次会议 read as 第十四次会议 (asking.toml [session_ordinal]), 第2个方面
    # read as 第二个方面, 二十九个问题 as 29个问题, 二〇一九年度 as 2019年度 (genre figures.toml [typed], [large], [written_dates])
    rest = a.courtesy.sub("", q, count=1)
    q = rest if rest.strip() else q
    q = frame_dropped(q, a)
    for spoken, written in a.spoken:
        q = spoken.sub(written, q)

    def particle(m: re.Match[str]) -> str:
        clause = CLAUSE.search(q, 0, m.start())
        return "" if clause and a.asks.search(clause.group()) else m.group()
    q = a.particles.sub(particle, q)
    q = a.confirming.sub(a.confirming_written, q)
    q = a.short_year.sub(lambda m: f"{a.century}{m.group(1)}年", q)
    q = _before_month().sub(lambda m: f"{a.century}{m.group(1)}年", q)   # 24年8月24号 (round 80)
    q = middle_written(q)
    q = levels_named(q)   # 省里的和湖州的: the province of 湖州 by its name (places.toml [level_words])
    later = a.afterthought.match(q)
    if later and not a.asks.search(later.group(2)) and a.asks.search(later.group(1)):   # 第二条讲什么，第一大类里？
        q = f"{later.group(2)}，{later.group(1)}{later.group(3) or ''}"
    last = CLAUSE.search(q)
    return q + a.missing_mark if last and last.group() and a.asks.search(last.group()) else q


def frame_dropped(question: str, a: Asking) -> str:
    """QUESTION without the asker's own frame around it (asking.toml [asker_frame]), kept when what stays asks nothing.

    >>> a = load_asking()
    >>> frame_dropped("给我个数，嘉兴文广旅建了多少制度", a), frame_dropped("领导问：帮我看下，惠济整改搞了多久", a)
    ('嘉兴文广旅建了多少制度', '惠济整改搞了多久')
    >>> frame_dropped("遂宁科技局完善了几个制度，给个数就行？", a)
    '遂宁科技局完善了几个制度？'
    """
    q = question
    for _ in range(3):   # frames stack: 领导问：简单说，…
        rest = a.frame_lead.sub("", q, count=1)
        rest = a.courtesy.sub("", rest, count=1)
        if rest == q or not a.asks.search(rest):
            break
        q = rest
    rest = a.frame_tail.sub(lambda m: m.group(1), q, count=1)
    return rest if a.asks.search(rest) else q


@functools.cache
def _typed_date() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return _pattern("typed_date", "full"), _pattern("typed_date", "month_day")


@functools.cache
def _before_month() -> re.Pattern[str]:
    return _pattern("short_year", "before_month")


def typed_days(question: str) -> str:
    """QUESTION with each day typed as a form writes it read as the written day (asking.toml [typed_date]);
    figures stay.

    >>> typed_days("2024/06/16那天干了什么"), typed_days("2025.3.17开的什么会"), typed_days("5.16那天呢")
    ('2024年6月16日那天干了什么', '2025年3月17日开的什么会', '5月16日那天呢')
    >>> typed_days("完成1.05亿元，占3.5%，共2.5倍")
    '完成1.05亿元，占3.5%，共2.5倍'
    """
    full, month_day = _typed_date()
    q = full.sub(lambda m: f"{m.group('y')}年{int(m.group('m'))}月{int(m.group('d'))}日", question)
    return month_day.sub(lambda m: f"{int(m.group('m'))}月{int(m.group('d'))}日", q)


@functools.cache
def _session_ordinal() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return _pattern("session_ordinal"), _pattern("session_ordinal", "joined")


def session_ordinals(question: str) -> str:
    """QUESTION with each meeting named by its ordinal without 第 (人大常委会十四次会议) read with it (asking.toml
    [session_ordinal]); after 和/到 only once an ordinal meeting is named before; a count after a verb kept.

    >>> session_ordinals("人大常委会十四次会议和十六次会议哪个在前"), session_ordinals("先后开了十四次会议和三次座谈会")
    ('人大常委会第十四次会议和第十六次会议哪个在前', '先后开了十四次会议和三次座谈会')
    """
    pattern, joined = _session_ordinal()
    out, last, named = [], 0, False
    for m in pattern.finditer(question):
        if joined.fullmatch(question[m.start() - 1]) and not (named or load_steps().ordinal_end.search(question, 0, m.start())):
            continue
        out += [question[last:m.start()], "第"]
        last, named = m.start(), True
    return "".join(out) + question[last:]

PLACES = "一二三四五六七八九十"


@functools.cache
def _middle() -> tuple[re.Pattern[str], re.Pattern[str]]:
    return _pattern("middle", "count"), _pattern("middle")


def middle_written(question: str) -> str:
    """QUESTION with "the middle one(s)" of a set it counts written as places (asking.toml [middle]): the middle
    member of an odd count, the two middle ones of an even count; as it is without a count of 3 or more before 中间.

    >>> middle_written("四条要求里，中间两条是什么？"), middle_written("三项制度，排在中间的那项是什么？")
    ('四条要求里，第二条和第三条是什么？', '三项制度，第二项是什么？')
    >>> middle_written("作报告到网站发布，中间隔了多少天？")
    '作报告到网站发布，中间隔了多少天？'
    """
    counts, middle = _middle()
    m = middle.search(question)
    said = list(counts.finditer(question, 0, m.start())) if m else []
    if not said:
        return question
    n = int(said[-1].group("n")) if said[-1].group("n").isdigit() else cn_value(said[-1].group("n"))
    if not 3 <= n <= 2 * len(PLACES) - 1:
        return question
    unit = m.group("unit") or said[-1].group("unit")
    half = (n + 1) // 2
    places = f"第{PLACES[half - 1]}{unit}" + ("" if n % 2 else f"和第{PLACES[half]}{unit}")
    return question[:m.start()] + places + question[m.end():]


PREFACE_CLAUSE = re.compile(r"[^，,：:；;？?！!。]*[，,：:；;]?")   # a clause with the separator after it
ASK_END = re.compile(r"[？?！!。]")
HAN = re.compile(r"[\u4e00-\u9fff]")
MIN_ASK = 4   # Han characters an ask needs after a preface


def split_preface(question: str) -> Preface | None:
    """The preface on the asker's own situation and the ask after it (asking.toml [preface]); None when QUESTION
    opens with no preface or nothing would be left to ask.

    >>> split_preface("我是纪检的，在看市公安局党委的整改进度：推进整改开了几次党委会？").ask
    '推进整改开了几次党委会？'
    >>> split_preface("我们市妇联被指出形式主义问题，整改措施怎么写？") is None
    True
    >>> split_preface("我们湘潭市妇联那次是常规巡察吧？哪个组反馈的？") is None
    True
    """
    a = load_asking()
    c = a.preface
    if not c.asker.match(question):
        return None
    stop = ASK_END.search(question)
    head = question[:stop.start()] if stop else question
    clauses = [m.group() for m in PREFACE_CLAUSE.finditer(head) if m.group()]
    if not clauses or not c.describes.search(clauses[0]):
        return None

    def later(clause: str) -> bool:
        return bool(c.continues.match(clause) or c.learn.match(clause))
    cut = -1   # characters of QUESTION the preface takes
    colon = next((i for i, x in enumerate(clauses) if x[-1] in "：:"), -1)
    if colon >= 0 and all(later(x) for x in clauses[1:colon + 1]):
        cut = sum(map(len, clauses[:colon + 1]))
    else:
        at = 0
        for i, x in enumerate(clauses):
            if i and not later(x) or a.asks.search(x) and not c.learn.match(x):
                break
            lead = c.learn.match(x) if i else None
            body = x[lead.end():] if lead else x
            if lead and body.strip("，,：:；; "):   # 想看看X第一部分讲什么: the ask without its lead
                at += lead.end()
                break
            if a.asks.search(x):
                break
            at += len(x)
        if at == len(head) and stop and question[stop.start()] in "？?":   # 那次是常规巡察吧？: the clause the
            at -= len(clauses[-1])                                         # question mark closes is asked
        cut = at if at else -1
    if cut <= 0:
        return None
    ask = question[cut:].lstrip("，,：:；; ")
    announced = question[cut - 1] in "：:"   # a colon announces the ask, whatever its form (是不是超过十次了)
    if len(HAN.findall(ask)) < MIN_ASK or not (announced or a.asks.search(ask)):
        return None
    if load_questions().draft_request.search(ask):   # 我们基层法院被巡察说X，帮我拟几条整改措施: the situation is
        return None                                  # what the draft is about, no preface
    return Preface(question[:cut].rstrip("，,：:；; "), ask)
