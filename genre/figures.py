"""How notices write figures that a reader of digits would miss (genre/data/figures.toml): counts in Chinese numerals
(三十三个问题, 两千余万元), read as their value, and a table's bare cells whose unit stands in the header (整改措施(条) | 3).

Example:
    >>> arabic("反馈问题三十二个,清理资金两千余万元")
    '反馈问题32个,清理资金2000余万元'
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre.data_files import compile_re, get, section, section_patterns
from genre.small_counts import no_count, one_counts

FILE = "figures.toml"
CN_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九", 0)}

CN_VALUE = {**CN_DIGITS, "〇": 0, "两": 2}
CN_SCALE = {"十": 10, "百": 100, "千": 1000}
CN_BIG = {"万": 10_000, "亿": 100_000_000}


def cn_value(numeral: str) -> int:
    """The value of a numeral written in Chinese: cn_value("一百零五") -> 105, cn_value("两千") -> 2000.

    >>> [cn_value(x) for x in ("三十二", "十", "一百零五", "两千", "三万五千")]
    [32, 10, 105, 2000, 35000]
    """
    total = section_ = digit = 0
    for ch in numeral:
        if ch in CN_VALUE:
            digit = CN_VALUE[ch]
        elif ch in CN_SCALE:
            section_ += (digit or 1) * CN_SCALE[ch]
            digit = 0
        elif ch in CN_BIG:
            total += (section_ + digit) * CN_BIG[ch]
            section_ = digit = 0
    return total + section_ + digit


@functools.cache
def _numerals() -> re.Pattern[str]:
    return compile_re(get(section(FILE, "numerals"), "pattern", str, FILE, "numerals"), FILE, "numerals.pattern")


def _a_count(text: str, m: re.Match[str], asked: bool = False) -> bool:
    """Whether the Chinese numeral M reads as a count: not the article 一, not 万 alone, not a set phrase (两个规划, 八项
    规定), a name in quotes (“三张清单”) or a session's number (十五届二次全会).

    >>> [_a_count(t, _numerals().search(t)) for t in ("市局先后八次召开党委会", "设立三个专项整改工作小组",
    ...  "推动两个规划落实", "落实中央八项规定精神", "责任“三张清单”", "十五届二次全会", "已整改二项")]
    [True, True, False, False, False, False, True]
    """
    cn = m.group("cn")
    if not any(c in CN_VALUE or c == "十" for c in cn):
        return False
    if len(cn) > 1:   # 三十二, 两千: with a scale (唯一一个 is no 11)
        return any(c in CN_SCALE or c in CN_BIG for c in cn)
    if m.group("more"):
        return True
    if no_count(text, m.start(), m.end()) or _quoted(text, m.start()):
        return False
    return cn != "一" or (not asked and one_counts(text, m.start(), m.end()))   # staff ask a count with 几/多少: the 一
    # they type is the article or a frequency (多久评一次, 头一件事), never a figure they give


def cn_counts(text: str, asked: bool = False) -> list[tuple[re.Match[str], int]]:
    """The counts TEXT writes in Chinese numerals (genre worked.toml [numerals]), each with its value; a lone 一 (the
    article: 一项重大任务) is none.

    >>> [(m.group(), v) for m, v in cn_counts("围绕四个方面三十二个问题,作为一项重大任务,清理资金两千余万元,收回5.0227万元")]
    [('四个', 4), ('三十二个', 32), ('两千余万元', 2000)]
    >>> [m.group() for m, v in cn_counts("推动两个规划落实,落实中央八项规定精神,反馈八个问题,处理三人,唯一一个")]
    ['八个', '三人']
    >>> [m.group() for m, _ in cn_counts("一件一件过筛子、一条一条抓落实,力求解决一个、销号一个、巩固一个,一个一个环节推进")]
    []
    """
    return [(m, cn_value(m.group("cn"))) for m in _numerals().finditer(text) if _a_count(text, m, asked)]


@functools.cache
def _spaced() -> re.Pattern[str]:
    return compile_re(get(section(FILE, "spaced"), "pattern", str, FILE, "spaced"), FILE, "spaced.pattern")


@functools.lru_cache(maxsize=8192)   # readers of a passage's figures ask of the same chunks again and again
def arabic(text: str, asked: bool = False) -> str:
    """TEXT with the counts it writes in Chinese numerals written in digits, and a figure parted from its unit by a space
    joined to it (genre figures.toml [spaced]): for reading figures, never for quoting.

    >>> arabic("反馈问题三十二个,整改十余次,清理资金两千余万元,一项重大任务")
    '反馈问题32个,整改10余次,清理资金2000余万元,一项重大任务'
    >>> arabic("预算执行问题6项,涉及金额237054.47 万元")
    '预算执行问题6项,涉及金额237054.47万元'
    """
    text = _spaced().sub(r"\g<figure>\g<unit>", text)
    out, last = [], 0
    for m, value in cn_counts(text, asked):   # ASKED: TEXT is a question (its 一 no figure)
        out += [text[last:m.start()], str(value), text[m.end("cn"):m.end()]]
        last = m.end()
    return "".join(out) + text[last:]


def arabic_mapped(text: str) -> tuple[str, list[int]]:
    """TEXT with the counts it writes in Chinese numerals in digits, as `arabic` reads them (spaces left as they are),
    with, for each position of the result and its end, the position of TEXT it was read from: for readers that give
    back spans of what they read in figures (a totals statement's span).

    >>> out, at = arabic_mapped("反馈二十九个问题,已完成二十八个")
    >>> out, out[4:7], at[4], at[7], at[len(out)]
    ('反馈29个问题,已完成28个', '个问题', 5, 8, 16)
    """
    out, at, last = [], [], 0
    for m, value in cn_counts(text):
        out += [text[last:m.start()], str(value)]
        at += list(range(last, m.start())) + [m.start()] * len(str(value))
        last = m.end("cn")
    out.append(text[last:])
    at += list(range(last, len(text) + 1))
    return "".join(out), at


def large_counts_in_digits(question: str) -> str:
    """QUESTION with each count above ten typed in Chinese numerals (二十九个问题, 两百三十九条措施) in digits, as notices
    write counts (genre figures.toml [large]); one-character numerals (三个方面), quotes and titles kept.

    >>> large_counts_in_digits("芦淞区司法局二十九个问题完成了几个？三个方面呢？“十二个一”")
    '芦淞区司法局29个问题完成了几个？三个方面呢？“十二个一”'
    """
    out, last = [], 0
    for m, value in cn_counts(question, asked=True):
        if len(m.group("cn")) > 1 and value > 10 and not _quoted(question, m.start()):
            out += [question[last:m.start()], str(value)]
            last = m.end("cn")
    return "".join(out) + question[last:]


@functools.cache
def _written_dates() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    dates = section_patterns(FILE, "written_dates", ("year", "month", "day"))
    return dates["year"], dates["month"], dates["day"]


def dates_in_digits(question: str) -> str:
    """QUESTION with the years, months and days it types in Chinese numerals in digits (genre figures.toml
    [written_dates]), as notices write dates; ordinals, set phrases and spans of months kept.

    >>> dates_in_digits("二〇一九年度的报告，巡察从九月二十三号到十二月二十号，二零二三年五月底结束")
    '2019年度的报告，巡察从9月23号到12月20号，2023年5月底结束'
    >>> dates_in_digits("第一巡察组巡了三个月，一把手落实八项规定，十一月三日反馈")
    '第一巡察组巡了三个月，一把手落实八项规定，11月3日反馈'
    """
    year, month, day = _written_dates()
    q = year.sub(lambda m: "".join(str(CN_VALUE[c]) for c in m.group("cn")), question)
    q = month.sub(lambda m: str(cn_value(m.group("cn"))), q)
    return day.sub(lambda m: str(cn_value(m.group("cn"))) if cn_value(m.group("cn")) <= 31 else m.group(), q)


@functools.cache
def _typed() -> tuple[re.Pattern[str], re.Pattern[str]]:
    typed = section_patterns(FILE, "typed", ("digit", "given"))
    return typed["digit"], typed["given"]


def _quoted(text: str, at: int) -> bool:
    """Whether AT lies inside quotation marks or a title (“3个清单”, 《…》)."""
    return text.count("“", 0, at) > text.count("”", 0, at) or text.count("《", 0, at) > text.count("》", 0, at)


def small_counts_written(question: str) -> str:
    """QUESTION with each small count or order typed in digits (2..10 before a classifier) in Chinese numerals, as
    headings and set phrases write them (genre figures.toml [typed]); quotes, dates, shares and longer numbers kept.

    >>> small_counts_written("第2个方面占了几个？头2个小标题呢？那33个问题里3项，2023年3月，“3个清单”")
    '第二个方面占了几个？头两个小标题呢？那33个问题里三项，2023年3月，“3个清单”'
    """
    def written(m: re.Match[str]) -> str:
        n = int(m.group("n"))
        if _quoted(question, m.start()):
            return m.group()
        if n == 2:
            return "二" if question[max(0, m.start() - 1):m.start()] == "第" else "两"
        return "十" if n == 10 else "零一二三四五六七八九"[n]
    return _typed()[0].sub(written, question)


def asked_figures(question: str) -> str:
    """QUESTION with the figures it gives read as digits whichever script it types them in (那三十三个问题, 那三项,
    这两次): for holding them against a notice's clauses, never for quoting.

    >>> asked_figures("那三项里完成了几项？这两次会议开在哪天？那三十三个问题呢？第三个方面呢？")
    '那3项里完成了几项？这2次会议开在哪天？那33个问题呢？第三个方面呢？'
    """
    read = arabic(question, asked=True)
    return _typed()[1].sub(lambda m: m.group() if _quoted(read, m.start()) else str(cn_value(m.group("cn"))), read)


@dataclass(frozen=True)
class TableCells:
    ordinal: re.Pattern[str]   # a header cell numbering rows (序号)
    unit: re.Pattern[str]      # a header cell's unit, group "unit" (整改措施(条))
    rate: re.Pattern[str]      # a rate column (完成率)


@functools.cache
def table_cells() -> TableCells:
    """How a table's header cells say what their bare numbers are (genre worked.toml [table])."""
    cells = section_patterns(FILE, "table", ("ordinal", "unit", "rate"))
    return TableCells(cells["ordinal"], cells["unit"], cells["rate"])


@functools.cache
def _noun_unit() -> re.Pattern[str]:
    return compile_re(get(section(FILE, "noun_unit"), "pattern", str, FILE, "noun_unit"), FILE, "noun_unit")


def noun_units(clause: str) -> str:
    """CLAUSE with each bare figure whose unit stands in the counted noun before it read with that unit
    (genre figures.toml [noun_unit]).

    >>> noun_units("城乡居民免费健康体检人数达1000万以上"), noun_units("服务人次突破5万"), noun_units("整改资金120万元")
    ('城乡居民免费健康体检人数达1000万人以上', '服务人次突破5万人次', '整改资金120万元')
    """
    return _noun_unit().sub(lambda m: m.group() + m.group("unit"), clause)


@functools.cache
def _compound_ask() -> re.Pattern[str]:
    return compile_re(get(section(FILE, "compound_verb"), "ask", str, FILE, "compound_verb"), FILE, "compound_verb.ask")


def compound_asked(question: str) -> list[str]:
    """The verbs a question asks a figure of one by one (收回多少 清退多少 -> ['收回', '清退']), each ask apart.

    >>> compound_asked("那5.0227万元里收回多少 清退多少"), compound_asked("反馈了多少问题")
    (['收回', '清退'], ['反馈'])
    >>> compound_asked("追缴资金多少，归还原渠道多少")
    []
    """
    nouns = set(get(section(FILE, "compound_verb"), "not_verb", list, FILE, "compound_verb"))
    return [m.group("verb") for m in _compound_ask().finditer(question) if m.group("verb") not in nouns]
