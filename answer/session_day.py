"""The clause of a report's opening that dates an earlier session the question names by its ordinal (第十四次会议开完到
作报告隔了多少天): the day written before the same ordinal (2018年7月30日市十七届人大常委会第十四次会议后), for the gap up to
the report's own session, which its subtitle dates (genre worked.toml [session_named]).

Example:
    >>> t = "2018年11月22日在市人大常委会第十六次会议上\\n2018年7月30日市十七届人大常委会第十四次会议后,市审计局出具清单"
    >>> a, b = session_clause("第十四次会议开完到作报告隔了多少天", t, t[:24]); t[a:b]
    '2018年7月30日市十七届人大常委会第十四次会议后'
"""
from __future__ import annotations

import functools
import re

from answer.spans import DAY, report_gap_note
from genre.data_files import compile_re, get, section
from genre.figures import cn_value


@functools.cache
def _named() -> tuple[re.Pattern[str], str]:
    """The session ordinal asked (第十四次会议) and the pattern of the meeting words after it (genre worked.toml)."""
    table = section("worked.toml", "session_named")
    ordinal = get(table, "ordinal", str, "worked.toml", "session_named")
    session = get(table, "session", str, "worked.toml", "session_named")
    return compile_re(f"({ordinal})(?={session})", "worked.toml", "session_named"), session


def _value(ordinal: str) -> int:
    """The number an ordinal names, written in digits or Chinese: 第十四次 and 第14次 both 14.

    >>> _value("第十四次"), _value("第14次")
    (14, 14)
    """
    n = ordinal[1:-1]
    return int(n) if n.isdigit() else cn_value(n)


def _sessions(text: str) -> list[tuple[re.Match[str], int]]:
    """The sessions TEXT names by ordinal, each with its number."""
    return [(m, _value(m.group(1))) for m in _named()[0].finditer(text)]


def session_clause(question: str, text: str, subtitle: str) -> tuple[int, int] | None:
    """The span of TEXT's clause dating the session QUESTION names by an ordinal the SUBTITLE (the report's own session)
    does not carry: from its day to the meeting words; None when none is named or none is dated.

    >>> session_clause("第十六次会议是哪天", "2018年11月22日在市人大常委会第十六次会议上", "2018年11月22日在市人大常委会第十六次会议上")
    """
    asked = _sessions(question)
    if not asked or asked[0][1] in {n for _, n in _sessions(subtitle)}:
        return None
    ordinal, session = get(section("worked.toml", "session_named"), "ordinal", str, "worked.toml"), _named()[1]
    dated = re.compile(rf"(?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}日[^，,。；;\n]{{0,30}}?({ordinal})(?:{session})后?")
    found = next((m for m in dated.finditer(text) if _value(m.group(1)) == asked[0][1]), None)
    return (found.start(), found.end()) if found else None


def session_gap(question: str, text: str, subtitle: str, published: str) -> tuple[tuple[int, int], str] | None:
    """The clause dating the session QUESTION names (session_clause) and the gap worked out from its day up to the day
    the SUBTITLE dates (the report being made); None when no such session is named and dated or no gap is asked.

    >>> t = "2018年11月22日在市人大常委会第十六次会议上\\n2018年7月30日市十七届人大常委会第十四次会议后,市审计局出具清单"
    >>> session_gap("第十四次会议开完到作报告隔了多少天，谁报告的", t, t[:24], "")[1]
    '（按上述日期推算，从2018年7月30日到2018年11月22日相隔115天（3个半月多）。）'
    """
    day = DAY.search(subtitle)
    held = session_clause(question, text, subtitle) if day and day.group(1) else None
    note = report_gap_note(question, text[held[0]:held[1]], day.group(), published) if held and day else ""
    return (held, note) if held and note else None


def session_unknown(question: str, text: str) -> bool:
    """Whether QUESTION names a session by an ordinal the notice TEXT never writes (第二十次会议): no gap from or to it can
    be worked out, whatever other day the lead quotes.

    >>> session_unknown("第二十次会议开完到作报告隔了多少天", "2018年7月30日第十四次会议后"), session_unknown("第14次会议后", "第十四次会议后")
    (True, False)
    """
    asked = _sessions(question)
    return bool(asked) and asked[0][1] not in {n for _, n in _sessions(text)}
