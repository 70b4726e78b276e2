"""Several steps asked in order (genre/data/steps.toml [order_many]): the ask, the mark joining the steps named, and a
report's sentence announcing itself (dated by its subtitle).

Example:
    >>> bool(load_order_many().asks.search("巡察、反馈、改信访办法，这几件事先后是啥时候"))
    True
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre.data_files import compile_re, get, section

FILE = "steps.toml"


@dataclass(frozen=True)
class OrderMany:
    asks: re.Pattern[str]         # several steps asked in order (按先后排一下, 先后是啥时候, 哪次最晚)
    listed: re.Pattern[str]       # the mark joining the steps named (、)
    self_report: re.Pattern[str]  # a report's sentence announcing itself (请予审议)
    meeting_named: re.Pattern[str]   # a step named as a meeting (人大开会审议): one naming a meeting by its ordinal
    latest: re.Pattern[str]       # the latest of them asked (哪个最晚): named after the list
    earliest: re.Pattern[str]     # the earliest asked (哪次最早)


@functools.cache
def load_order_many() -> OrderMany:
    """Read steps.toml [order_many] once; raises GenreDataError naming the key."""
    table = section(FILE, "order_many")
    return OrderMany(*(compile_re(get(table, k, str, FILE, "order_many"), FILE, f"order_many.{k}")
                       for k in ("asks", "listed", "self_report", "meeting_named", "latest", "earliest")))
