"""Kinds of event a notice reports by name, and whether a question asks if one happened (genre claims.toml
[asked_event]).

Example:
    >>> event_asked("揭阳公安局巡察以后开过专题民主生活会吗？")
    AskedEvent(asked='专题民主生活会', names=('民主生活会',))
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre.comparisons import load_comparisons
from genre.data_files import compile_re, get, section
from genre.figures import cn_value

FILE = "claims.toml"


@dataclass(frozen=True)
class AskedEvent:
    """The event as the question names it (专题民主生活会) and the names a notice reports that kind by."""
    asked: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class _Events:
    kinds: tuple[tuple[str, ...], ...]
    whether: re.Pattern[str]
    qualifier: str
    count: re.Pattern[str]    # 几次 / 多少场: a count asked
    stated: re.Pattern[str]   # 7次 / 两场: a count written
    stated_span: int          # the characters between a count and the kind's name it counts
    own_object: re.Pattern[str]   # 开过几次会: the sentence's count names its own (generic) object


@functools.cache
def _events() -> _Events:
    s = section(FILE, "asked_event")
    kinds = tuple(tuple(g) for g in get(s, "events", list, FILE, "asked_event"))
    return _Events(kinds, compile_re(get(s, "whether", str, FILE, "asked_event"), FILE, "asked_event"),
                   get(s, "qualifier", str, FILE, "asked_event"),
                   compile_re(get(s, "count", str, FILE, "asked_event"), FILE, "asked_event.count"),
                   compile_re(get(s, "stated", str, FILE, "asked_event"), FILE, "asked_event.stated"),
                   get(s, "stated_span", int, FILE, "asked_event"),
                   compile_re(get(s, "own_object", str, FILE, "asked_event"), FILE, "asked_event.own_object"))


def event_asked(question: str) -> AskedEvent | None:
    """The kind of event QUESTION asks whether it happened; None when it names none or does not ask whether.

    >>> event_asked("厦门体育局开过专题会议吗？").names, event_asked("民主生活会是哪天开的？")
    (('专题会',), None)
    """
    e = _events()
    return _event_named(question) if e.whether.search(question) else None


def event_counted(question: str) -> AskedEvent | None:
    """The kind of event QUESTION asks how many times was held (开了几次专题民主生活会, 推进会一共开了多少次); None when it
    asks no count or names no kind.

    >>> event_counted("厦门体育局一共召开了几次专题民主生活会？").names, event_counted("开过推进会吗？")
    (('民主生活会',), None)

    Each sentence's ask holds its own object: a count asked of meetings the sentence names itself (开过几次会) is not
    asked of a kind another sentence names (哪一年度的民主生活会？…开过几次会？: no count of 民主生活会 asked).
    >>> event_counted("放进了哪一年度的民主生活会？市局党委为推措施落地开过几次会？") is None
    True
    """
    e = _events()
    m = e.count.search(question)
    if not m:
        return None
    own = _sentence_at(question, m.start())
    if (named := _event_named(own)) is not None or e.own_object.search(own):
        return named
    return _event_named(question)


def _sentence_at(question: str, at: int) -> str:
    """The sentence of QUESTION holding position AT, split at sentence ends (？。；!)."""
    starts = [0] + [b.end() for b in re.finditer(r"[？?。；;!！]", question) if b.end() <= at]
    end = re.search(r"[？?。；;!！]", question[at:])
    return question[starts[-1]:at + end.end() if end else len(question)]


def _event_named(question: str) -> AskedEvent | None:
    """The first kind of event QUESTION names, with its qualifier (专题民主生活会); None when it names none."""
    e = _events()
    for names in e.kinds:
        for name in names:
            m = re.search(e.qualifier + re.escape(name), question)
            if m:
                return AskedEvent(m.group(), names)
    return None


def count_stated(event: AskedEvent, text: str) -> bool:
    """Whether TEXT writes a count beside a name of EVENT's kind (召开7次党组会议, 召开专题民主生活会2次).

    >>> count_stated(AskedEvent("民主生活会", ("民主生活会",)), "召开7次党组会议、12次领导小组会议,召开专题民主生活会")
    False

    A clause counting meetings held for the kind's own work counts them (市局先后8次召开党委会、专题会议等推进整改, 推进会):
    >>> count_stated(AskedEvent("推进会", ("推进会",)), "市局先后8次召开市局党委会、专题会议等推进整改措施落地")
    True

    A count closing the clause that names the meetings and what they did counts them (召开党组会议、专题会议研究整改9次):
    >>> count_stated(AskedEvent("专题会", ("专题会",)), "主持召开党组会议、专题会议研究整改9次,作出批示6次")
    True
    """
    e = _events()
    for clause in re.split(r"[,，。；;]", text):   # 8次召开党委会、专题会议等推进整改: meetings counted that 推进 (推进会)
        if any(name.rstrip("会") and name.rstrip("会") in clause and re.search(c.group() + r".{0,12}会", clause)
               for name in event.names for c in e.stated.finditer(clause) if c.group() != "分别"):
            return True
    for name in event.names:
        for m in re.finditer(re.escape(name), text):
            before = text[max(0, m.start() - e.stated_span):m.start()]
            after = text[m.end():m.end() + e.stated_span]
            closing = re.match(r"[^,，。；;]*", after).group()   # 召开党组会议、专题会议研究整改9次: the clause's closing count
            if any(c.end() == len(before) or not re.search(r"[,，。；;]", before[c.end():])
                   for c in e.stated.finditer(before)) or e.stated.match(after.lstrip("议")) or \
                    any(c.end() == len(closing) and c.group() != "分别" for c in e.stated.finditer(closing)):
                return True
    return False


def event_ranked(question: str) -> AskedEvent | None:
    """The kind of event QUESTION ranks the notices it names by (哪家开的党组会多, 党组会哪家开得少; genre comparisons.toml
    [ranked] `more`); None when it ranks nothing or names no kind.

    >>> event_ranked("厦门体育局和遂宁科技局，哪家开的党组会多？").asked, event_ranked("哪家多次召开党组会？")
    ('党组会', None)
    """
    return _event_named(question) if load_comparisons().more.search(question) else None


def count_of(event: AskedEvent, text: str) -> int | None:
    """The count TEXT writes beside a name of EVENT's kind, no clause end between (召开7次党组会议 -> 7, 召开专题民主生活会
    2次 -> 2); None when it writes none (多次召开局党组会) or only a count of meetings of several kinds together.

    >>> count_of(AskedEvent("党组会", ("党组会",)), "组织召开7次党组会议、12次巡察整改领导小组会议")
    7
    >>> count_of(AskedEvent("党组会", ("党组会",)), "多次召开局党组会推进巡察整改工作") is None
    True
    """
    e = _events()
    for name in event.names:
        for m in re.finditer(re.escape(name), text):
            before = text[max(0, m.start() - e.stated_span):m.start()]
            near = [c for c in e.stated.finditer(before) if c.group() != "分别"
                    and not re.search(r"[,，。；;、]", before[c.end():])]
            after = e.stated.match(text[m.end():m.end() + e.stated_span].lstrip("议"))
            found = near[-1] if near else (after if after and after.group() != "分别" else None)
            if found:
                digits = re.match(r"\d+|[一二两三四五六七八九十]+", found.group())
                return int(digits.group()) if digits.group().isdigit() else cn_value(digits.group())
    return None
