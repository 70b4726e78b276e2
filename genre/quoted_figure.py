"""A slogan's figure asked without its quotes (打通审计监督最后多少米 of “最后100米”): the words around the figure of a quote
the notice writes stand around the 多少/几 asked (genre/data/questions.toml [quoted_ask] figure_quote).

Example:
    >>> slogan_asked("广州审计整改要打通审计监督最后多少米", "打通审计监督“最后100米”。")
    True
    >>> slogan_asked("那个“1135”是多少", "服务市委“1135”工作思路"), slogan_asked("整改了多少个问题", "“最后100米”")
    (False, False)
    >>> slogan_asked("要加强督查督促的是几张什么报表", "加强“重点工作5张报表”督查督促"), slogan_asked("几张报表", "“重点工作5张报表”")
    (True, True)
    >>> slogan_asked("几个问题", "“重点工作5张报表”")
    False
"""
from __future__ import annotations

import functools
import re

from genre.data_files import get, section, section_patterns
from genre.figures import cn_value

ASKED = r"(?:多少|几)"
LEAD_CHARS = 12   # the words before a quote read for its lead (打通审计监督)


@functools.cache
def _figure_quote() -> re.Pattern[str]:
    return section_patterns("questions.toml", "quoted_ask", ("figure_quote",))["figure_quote"]


@functools.cache
def _name_blank_min() -> int:
    return get(section("questions.toml", "quoted_ask"), "name_blank_min", int, "questions.toml", "quoted_ask")


def slogan_asked(question: str, text: str) -> bool:
    """Whether QUESTION asks the figure of a quote of TEXT holding one, with its words around it (see the example),
    or with its name left blank: its measure word after 几/多少, an end of its words in the same clause (几张什么报表)."""
    least = _name_blank_min()
    for m in _figure_quote().finditer(text):
        before, after = m.group(1), m.group(3)
        if len(before) + len(after) >= 2 and re.search(re.escape(before) + ASKED + re.escape(after), question):
            return True
        if len(after) > least and name_blank_asked(question, after, least):
            return True
        if after and re.search(ASKED + re.escape(after), question) and _lead_asked(question, text, m.start()):
            return True
    return any(member_asked(question, m.group(1)) for m in _compound().finditer(text))


def _lead_asked(question: str, text: str, at: int) -> bool:
    """Whether QUESTION holds `lead_words_min` characters running of the words TEXT writes right before its quote at AT
    (打通审计监督“最后100米” asked 把审计监督打通到多少米: 审计监督).

    >>> _lead_asked("要把审计监督打通到多少米", "打通审计监督“最后100米”", 6), _lead_asked("打通到多少米", "打通审计监督“最后100米”", 6)
    (True, False)
    """
    n = get(section("questions.toml", "quoted_ask"), "lead_words_min", int, "questions.toml", "quoted_ask")
    lead = re.split(r"[，,。；;：:、“”\s]", text[max(0, at - LEAD_CHARS):at])[-1]
    return any(lead[i:i + n] in question for i in range(len(lead) - n + 1))


@functools.cache
def _compound() -> re.Pattern[str]:
    return section_patterns("questions.toml", "quoted_ask", ("compound_quote",))["compound_quote"]


@functools.cache
def _member() -> tuple[re.Pattern[str], str]:
    p = section_patterns("questions.toml", "quoted_ask", ("compound_member", "asked_measure"))
    return p["compound_member"], p["asked_measure"].pattern


def member_asked(question: str, quote: str) -> bool:
    """Whether QUESTION quotes one member of the compound QUOTE with its count and asks another member's count by
    its name (or names it alone: 整改方案后面配了几张清单), or asks the counts of two members or more each by its name (是几个
    方案几张清单) (genre questions.toml
    [quoted_ask] compound_quote).

    >>> member_asked("整改定的是“一方案”加几张清单？", "一方案三清单"), member_asked("定了几张清单？", "一方案三清单")
    (True, False)
    >>> member_asked("那套方案清单，是几个方案几张清单？", "一方案三清单"), member_asked("整改方案后面配了几张清单？", "一方案三清单")
    (True, True)
    """
    member, measure = _member()
    parts = member.findall(quote)
    asked = [n for _, n in parts if re.search(ASKED + measure + re.escape(n), question)]
    return len(set(asked)) >= 2 or any(n in question and any(other != n for other in asked) for _, n in parts)
    # the other member named with its count (“一方案”加几张清单) or by its name alone (整改方案后面配了几张清单): a pair asked


def name_blank_asked(question: str, after: str, least: int) -> bool:
    """Whether an asking clause of QUESTION asks 几 + AFTER's measure word and writes an end of AFTER of LEAST
    characters or more, before or after it, a name asked or not (几张什么报表, 报表有几张, 用了几张清单).

    >>> name_blank_asked("建了几张什么清单", "张问题清单", 2), name_blank_asked("报表有几张", "张报表", 2)
    (True, True)
    >>> name_blank_asked("建了几张清单，整改了几个问题", "个规定", 2)
    False
    """
    for clause in re.split(r"[，,？?。；;]", question):
        if re.search(ASKED + re.escape(after[0]), clause) and any(after[i:] in clause
                                                                  for i in range(1, len(after) - least + 1)):
            return True
    return False


def quotes_in_digits(clause: str) -> str:
    """CLAUSE with the Chinese numeral of each figure quote written in digits, for reading the figure of a slogan asked
    (a set phrase's numeral is no count otherwise: genre figures.toml [numerals]).

    >>> quotes_in_digits("对“三个规定”进行专题解读,实施“十项重大工程”"), quotes_in_digits("制定“一方案三清单”")
    ('对“3个规定”进行专题解读,实施“10项重大工程”', '制定“1方案3清单”')
    """
    def digits(m: re.Match[str]) -> str:
        figure = m.group(2) if m.group(2).isdigit() else str(cn_value(m.group(2)))
        return f"“{m.group(1)}{figure}{m.group(3)}”"

    def members(m: re.Match[str]) -> str:   # “一方案三清单”: each member's figure
        return "“" + _member()[0].sub(lambda p: (p.group(1) if p.group(1).isdigit() else str(cn_value(p.group(1))))
                                      + p.group(2), m.group(1)) + "”"
    return _figure_quote().sub(digits, _compound().sub(members, clause))


def quoted_counts_said(question: str, quoted: str) -> str:
    """For the count of a quote asked by its measure word (那套问题清单一共几张 of “七张问题清单”): the count the QUOTED
    clauses' quote states in Chinese numerals, said in digits beside it; "" when none is asked or each is in digits
    (staff compare counts in digits; a set phrase's numeral is read only when its figure is asked).

    >>> quoted_counts_said("那套问题清单一共几张？", "抓好“七张问题清单”重大审计问题整改工作")
    '（“七张问题清单”，即7张。）'
    >>> quoted_counts_said("那套问题清单一共几张？", "加强“重点工作5张报表”督查督促"), quoted_counts_said("整改了几个问题", "“七张问题清单”")
    ('', '')
    >>> quoted_counts_said("厅里整改方案后面配了几张清单？", "研究制定“一方案三清单”")   # a compound: the member asked
    '（“一方案三清单”，即3张清单。）'
    """
    said, compounds = [], []
    member, measure = _member()
    for c in _compound().finditer(quoted):   # “一方案三清单”: each member asked by its name after 几/多少 (几张清单)
        compounds.append(c.span())
        for figure, name in member.findall(c.group(1)):
            asked = re.search(ASKED + f"({measure})" + re.escape(name), question)
            if asked and not figure.isdigit():
                said.append(f"“{c.group(1)}”，即{cn_value(figure)}{asked.group(1)}{name}")
    for m in _figure_quote().finditer(quoted):
        if any(a <= m.start() < b for a, b in compounds):
            continue   # a compound's members are read above
        if m.group(2).isdigit() or not m.group(3) or not slogan_asked(question, m.group()):
            continue
        said.append(f"“{m.group(1)}{m.group(2)}{m.group(3)}”，即{cn_value(m.group(2))}{m.group(3)[0]}")
    return f"（{'；'.join(dict.fromkeys(said))}。）" if said else ""
