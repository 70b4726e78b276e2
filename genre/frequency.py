"""How often an act recurs (genre/data/worked.toml [frequency]): asked as 多长时间评一次 / 一年下来评几回, stated by its
period (每季评选优秀个人), with the times a year each period recurs.

Example:
    >>> frequency_asked("优秀个人多长时间评一次？一年下来评几回"), periods("每月评选出优秀单位,每季评选优秀个人")
    (True, [('月', 12), ('季', 4)])
"""
from __future__ import annotations

import functools
import re

from genre.data_files import compile_re, get, section
from genre.figures import cn_value
from genre.worked import FILE


@functools.lru_cache(maxsize=1)
def _frequency() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, int], re.Pattern[str]]:
    sec = section(FILE, "frequency")
    return (compile_re(get(sec, "asked", str, FILE, "frequency"), FILE, "frequency.asked"),
            compile_re(get(sec, "said", str, FILE, "frequency"), FILE, "frequency.said"),
            {k: int(v) for k, v in get(sec, "per_year", dict, FILE, "frequency").items()},
            compile_re(get(sec, "how_often", str, FILE, "frequency"), FILE, "frequency.how_often"))


def frequency_asked(question: str) -> bool:
    """Whether QUESTION asks how often an act recurs or how many times a year.

    >>> frequency_asked("工作例会多久开一次"), frequency_asked("一年开几次"), frequency_asked("开了几次会")
    (True, True, False)
    """
    return bool(_frequency()[0].search(question))


def how_often_asked(question: str) -> bool:
    """Whether QUESTION asks outright how often (多久开一次, 频次), not only a count a year (一年开几次).

    >>> how_often_asked("工作例会多久开一次"), how_often_asked("一年开几次")
    (True, False)
    """
    return bool(_frequency()[3].search(question))


def without_frequency(question: str) -> str:
    """QUESTION without its asks of frequency and the periods it names: what the act is (优秀个人).

    >>> without_frequency("优秀个人多长时间评一次？一年下来评几回")
    '优秀个人 ？ '
    """
    asked, said = _frequency()[:2]
    return said.sub(" ", asked.sub(" ", question))


def periods(text: str) -> list[tuple[str, int]]:
    """The periods TEXT states an act recurs by, each as written after 每 (季, 两个月) with its times a year (0 when the
    year holds no whole number of them: 每两年, 每五个月), in order.

    >>> periods("每月初召开工作例会"), periods("2023年度审计"), periods("每两个月召开一次,每2周汇总,每两年轮换")
    ([('月', 12)], [], [('两个月', 6), ('2周', 26), ('两年', 0)])
    """
    said, per_year = _frequency()[1:3]
    found = []
    for m in said.finditer(text):
        every = m.group("every")
        n = (int(every) if every.isdigit() else cn_value(every)) if every else 1
        times = per_year[m.group("period")]
        found.append((m.group()[1:].removeprefix("一个").removeprefix("个"), times // n if n and times % n == 0 else 0))
    return found

