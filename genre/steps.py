"""Dated steps a gap is asked between beyond an inspection round's own (genre/data/steps.toml): days written with
their 年/月 lost, and meetings named by their ordinals; and the whole a share is asked of, named in the ask.

Example:
    >>> load_steps().damaged_day.search("2021915日,市人大常委会听取").groups()
    ('2021', '915')
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre.data_files import compile_re, get, section

FILE = "steps.toml"


@dataclass(frozen=True)
class Steps:
    damaged_day: re.Pattern[str]    # groups: the year, the month and day run together (2021915日)
    ordinal_end: re.Pattern[str]    # a meeting named by its ordinal (第十四次会议)
    whole_after: re.Pattern[str]    # group whole: the whole a share is asked of, named after 占
    whole_before: re.Pattern[str]   # group whole: ... named before 里/中
    money: re.Pattern[str]          # a share asked of money: figures in 元 only
    previous_meeting: re.Pattern[str]   # the meeting before a report asked unnamed (离上次审议那次会隔了多久)
    who: re.Pattern[str]                # a person asked beside a gap between meetings: the report's byline too
    day_asked: re.Pattern[str]      # a day of the month asked (8月几号, 具体哪天)
    day_stated: re.Pattern[str]     # a day written (13日, 十五号, 次日)
    month_only: re.Pattern[str]     # the month or recurring time a clause writes instead (今年8月, 每月初)
    month_meeting: re.Pattern[str]  # groups month, part: a meeting named by its month (3月底先报的那次, 7月那次)
    month_parts: tuple[tuple[str, int, int], ...]   # (part, first day, last day): 底 -> 21..31
    ordinal_bare: re.Pattern[str]   # a meeting's ordinal asked without its 第 (十四次会议)
    order_asks: re.Pattern[str]     # which of two came first (哪个在前, 先是…后来…)
    order_meeting: re.Pattern[str]  # a clause asking which meeting (哪次会议审议的…)


@functools.cache
def load_steps() -> Steps:
    """Read steps.toml once; raises GenreDataError naming the key."""
    def pattern(key: str, field: str = "pattern") -> re.Pattern[str]:
        return compile_re(get(section(FILE, key), field, str, FILE, key), FILE, f"{key}.{field}")
    return Steps(pattern("damaged_day"), pattern("ordinal_end"), pattern("share_of_whole", "after"),
                 pattern("share_of_whole", "before"),
                 pattern("share_of_whole", "money"), pattern("previous_meeting"),
                 pattern("previous_meeting", "who"), pattern("day_of_month", "asked"),
                 pattern("day_of_month", "stated"), pattern("day_of_month", "month_only"), pattern("month_meeting"),
                 tuple((k, int(v[0]), int(v[1])) for k, v in get(section(FILE, "month_meeting"), "parts", dict, FILE,
                                                                   "month_meeting").items()),
                 pattern("ordinal_end", "asked_bare"), pattern("order", "asks"), pattern("order", "meeting"))


def steps_order_asked(question: str) -> bool:
    """Whether QUESTION asks the order of two steps of an inspection round (先反馈还是先公布, 进驻和反馈哪个在前: the
    [order] asks with two genre worked.toml [[step]] named), which wants both steps' days.

    >>> steps_order_asked("先反馈还是先公布的？"), steps_order_asked("反馈了几个问题？")
    (True, False)
    """
    from genre.worked import asked_steps   # genre.worked reads worked.toml; imported here to keep load order plain
    return bool(load_steps().order_asks.search(question)) and len(asked_steps(question)) >= 2
