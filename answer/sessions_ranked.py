"""The sessions of the people's congress a report names, put in date order when their order is asked (提到三次人大常委会
会议，哪次最晚？分别是第几次; genre questions.toml [report_sessions] ranked): each with its ordinal and day, the
subtitle's session being the report's own, the latest or earliest named as asked.

Example:
    >>> sessions_ranked_note("哪次最晚？", ["2021年7月,省十三届人大常委会第三十三次会议审议了审计工作报告。",
    ...     "今年3月29日,省审计厅向省十三届人大常委会第四十一次会议报告了整改情况。"],
    ...     "——2022年7月27日在广东省第十三届人民代表大会常务委员会第四十五次会议上")[:76]
    '（按日期先后：第三十三次会议（2021年7月）、第四十一次会议（2022年3月29日）、第四十五次会议（2022年7月27日，即本报告所在的会议）；最晚'
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from genre.report_sessions import load_report_sessions

ORDINAL = re.compile(r"第[一二三四五六七八九十百\d]+次会议")   # the session's ordinal as reports write it
DAY = re.compile(r"(?:(?P<y>(?:19|20)\d{2})年|(?P<this>今年))?(?P<m>\d{1,2})月(?:(?P<d>\d{1,2})日)?")


@dataclass(frozen=True)
class Session:
    """One session a report names: its ordinal (第四十一次会议), its day as a sort key and as said, and whether it is
    the report's own (its subtitle's)."""
    ordinal: str
    key: tuple[int, int, int]
    said: str
    own: bool


def _session(text: str, delivered_year: str, own: bool) -> Session | None:
    """The session TEXT names with its day; 今年 or no year read as DELIVERED_YEAR (the year the report was read).

    >>> _session("今年3月29日,省审计厅向第四十一次会议报告了", "2022", False)
    Session(ordinal='第四十一次会议', key=(2022, 3, 29), said='2022年3月29日', own=False)
    """
    ordinal, day = ORDINAL.search(text), DAY.search(text)
    year = (day.group("y") or delivered_year) if day else ""
    if not ordinal or not day or not year:
        return None
    d = int(day.group("d") or 0)
    said = f"{year}年{int(day.group('m'))}月" + (f"{d}日" if d else "")
    return Session(ordinal.group(), (int(year), int(day.group("m")), d), said, own)


def sessions_ranked_note(question: str, earlier: list[str], subtitle: str) -> str:
    """The sessions the opening's sentences EARLIER and the report's SUBTITLE name, in date order with their ordinals,
    and the latest or earliest when asked; "" when no order is asked or fewer than two sessions are dated.

    >>> sessions_ranked_note("分别是第几次", ["2018年7月30日市十七届人大常委会第十四次会议后,市审计局出具清单"],
    ...                      "2018年11月22日在慈溪市十七届人大常委会第十六次会议上")
    ''
    >>> sessions_ranked_note("哪次最早", ["2018年7月30日市十七届人大常委会第十四次会议后,市审计局出具清单"],
    ...                      "2018年11月22日在慈溪市十七届人大常委会第十六次会议上")[-25:]
    '；最早的是第十四次会议（2018年7月30日）。）'
    """
    asked = load_report_sessions().ranked.search(question)
    if not asked:
        return ""
    own = _session(subtitle, "", True)
    year = str(own.key[0]) if own else ""
    found = [s for s in [_session(t, year, False) for t in earlier] + [own] if s]
    if len(found) < 2:
        return ""
    found.sort(key=lambda s: s.key)
    listed = "、".join(f"{s.ordinal}（{s.said}{'，即本报告所在的会议' if s.own else ''}）" for s in found)
    end = found[0] if "早" in asked.group() or "前" in asked.group() else found[-1]
    which = "最早" if end is found[0] else "最晚"
    return f"（按日期先后：{listed}；{which}的是{end.ordinal}（{end.said}）。）"
