"""How staff ask about the sessions of the people's congress a report was read at (genre/data/questions.toml
[report_sessions]): the report's own session in numbers asked (几届几次), the times it was reported (报告过几回), and the
opening's sentences stating a report made to an earlier session.

Example:
    >>> s = load_report_sessions()
    >>> bool(s.asked.search("在几届几次人大常委会会议上报告的？")), bool(s.times.search("向省人大常委会报告过几回？"))
    (True, True)
    >>> bool(s.reported.search("今年3月29日,受省政府委托,省审计厅向省十三届人大常委会第四十一次会议报告了整改情况。"))
    True
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre.data_files import compile_re, get, section

FILE = "questions.toml"
KEY = "report_sessions"


@dataclass(frozen=True)
class ReportSessions:
    asked: re.Pattern[str]      # the report's own session asked (几届几次, 哪届, 什么会上)
    times: re.Pattern[str]      # how many times it was reported (报告过几回)
    reported: re.Pattern[str]   # a body clause stating a report made to a session (向…会议报告了)
    done_this_year: re.Pattern[str]   # 今年M月 of an act already done (今年8月,…审议了), not a deadline
    covered_year: re.Pattern[str]     # the year a report covers asked (哪个年度): its title answers
    earlier: re.Pattern[str]          # an earlier report asked (之前已经报过一次…哪次会上): the opening's sentence answers
    every: re.Pattern[str]            # every session asked (前后上过哪几次常委会会议): the opening's dated sessions and its own
    session: re.Pattern[str]          # an opening's clause naming a session of the standing committee (…第十四次会议后)
    dated: re.Pattern[str]            # a day as written (3月, 2021915日)
    ranked: re.Pattern[str]           # the sessions' order asked (哪次最晚, 先后): their order by date said after them
    named_day: re.Pattern[str]        # a session asked by the day the opening dates it (3月29号向…第几次会议报告过)
    of_thing: re.Pattern[str]         # a thing other than the report a session is asked of (审议意见, 决议)
    ordinals: re.Pattern[str]         # a session written with its term and ordinal (第十六届人大常委会第四十一次会议)


@functools.cache
def load_report_sessions() -> ReportSessions:
    """Read questions.toml [report_sessions] once; raises GenreDataError naming the key."""
    table = section(FILE, KEY)
    return ReportSessions(*(compile_re(get(table, f, str, FILE, KEY), FILE, f"{KEY}.{f}")
                            for f in ("asked", "times", "reported", "done_this_year", "covered_year",
                                      "earlier", "every", "session", "dated", "ranked", "named_day",
                                      "of_thing", "ordinals")))
