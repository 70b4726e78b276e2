"""How staff relate two notices' own events or figures in one ask (genre/data/comparisons.toml [cross]).

Example:
    >>> load_cross().day_of.sub("", "收到巡视反馈那天")
    '收到巡视反馈'
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre.data_files import compile_re, get, section

FILE = "comparisons.toml"


@dataclass(frozen=True)
class Cross:
    day_of: re.Pattern[str]     # 收到反馈那天: an event named by its day
    day_written: str            # how such an event is asked of its notice (什么时候 + 收到反馈)
    relation: re.Pattern[str]   # 是不是正好 / 了吗 / 同一天: words relating the second side to the first
    elided: re.Pattern[str]     # 朔州科技局的呢: the second side asks the first side's ask
    same_day: re.Pattern[str]   # 是不是同一天 / 正好: the two days asked whether the same
    by_then: re.Pattern[str]    # 巡察开始了吗: the second event asked whether it had happened by the first day
    gap: re.Pattern[str]        # 早几天 / 差了多少天: the days between
    more_gap: re.Pattern[str]   # 多多少 / 差几次: a count compared with no kind named
    count: re.Pattern[str]      # 9次: a count quoted, groups 1 (figure) and 2 (unit)
    day_asked: re.Pattern[str]  # 哪天 / 什么时候: the asking words of a side's day ask
    dashed: re.Pattern[str]     # 2023-08-09: a header's day, groups year, month, day
    join: re.Pattern[str]       # 和 / ，: what joins the first side's ask to the second name
    asks: re.Pattern[str]       # 哪天 / 几次 / 那天: the first side's words ask something of their own
    label_cut: re.Pattern[str]  # 《中共…党组关于…》 / （d05_….txt）: what a notice's label drops in a worked note
    noun_act: re.Pattern[str]   # 通报发布: a noun-named event's closing act, the asking word put before it


@functools.cache
def load_cross() -> Cross:
    """Read [cross] once; raises GenreDataError naming the key."""
    s = section(FILE, "cross")

    def rx(key: str) -> re.Pattern[str]:
        return compile_re(get(s, key, str, FILE, "cross"), FILE, f"cross.{key}")
    return Cross(rx("day_of"), get(s, "day_written", str, FILE, "cross"), rx("relation"), rx("elided"), rx("same_day"),
                 rx("by_then"), rx("gap"), rx("more_gap"), rx("count"), rx("day_asked"), rx("dashed"),
                 rx("join"), rx("asks"), rx("label_cut"), rx("noun_act"))
