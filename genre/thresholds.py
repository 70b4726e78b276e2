"""A count staff hold a stated figure against (genre worked.toml [threshold]): 开会的次数是不是超过十次了 names the
threshold 十次, a yes-or-no judgment of the figure the notice states, never a thing to look for in the notice.

Example:
    >>> named_threshold("开会的次数是不是超过十次了")
    Threshold(value=10, words='十次', unit='次', compare='超过', sense='more')
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre.data_files import compile_re, get, section, section_patterns
from genre.worked import FILE, cn_number


@dataclass(frozen=True)
class Threshold:
    """The count named (value, as written, its unit), the word comparing with it, and its sense: 'more' (passes only
    above it), 'less' (stays below it), 'reach' (reaches it: 达到, 不少于, 够, 十个以上), 'within' (does not pass it:
    十个以内) or 'equal' (a count stated and asked yes-or-no: 开了八次没有)."""
    value: int
    words: str
    unit: str
    compare: str
    sense: str


@functools.cache
def _threshold() -> dict[str, re.Pattern[str]]:
    return section_patterns(FILE, "threshold", ("pattern", "more", "less", "asked", "stated", "reach_bound"))


def named_threshold(question: str) -> Threshold | None:
    """The count a yes-or-no question holds a figure against (有没有超过十次, 够不够20人); None when it names none.

    >>> named_threshold("推进整改开了几次会，有没有超过十次").value, named_threshold("开了几次会？"), named_threshold("超过十次的有哪些？")
    (10, None, None)
    >>> named_threshold("谈话提醒的人数是不是不少于20人？").sense
    'reach'
    >>> [(t.value, t.words, t.sense) for t in map(named_threshold, ("推进会先后开了八次没有？", "问题有没有十个以上？"))]
    [(8, '八次', 'equal'), (10, '十个以上', 'reach')]
    >>> named_threshold("那三个问题整改完了没有？"), named_threshold("第八次会议开了没有？")
    (None, None)
    >>> named_threshold("反馈问题33个，是不是都完成了？"), named_threshold("制度是不是四十五项？").words
    (None, '四十五项')
    """
    pats = _threshold()
    if not pats["asked"].search(question):
        return None
    m = _named(question)
    if m is None:
        return None
    raw = m.group("n")
    value = int(raw) if raw.isdigit() else cn_number(raw.replace("两", "二")) if "百" not in raw else 0
    if value <= 0:
        return None
    if "cmp" not in m.groupdict():   # 开了八次没有, 有没有十个以上: a count stated, its bound after it
        bound = m.group("bound") or ""
        sense = ("reach" if pats["reach_bound"].fullmatch(bound) else "within") if bound else "equal"
        return Threshold(value, raw + m.group("unit") + bound, m.group("unit"), "", sense)
    cmp = m.group("cmp")
    sense = "more" if pats["more"].fullmatch(cmp) else "less" if pats["less"].fullmatch(cmp) else "reach"   # 不少于: reach
    return Threshold(value, raw + m.group("unit"), m.group("unit"), cmp, sense)


def _named(question: str) -> re.Match[str] | None:
    """The count QUESTION names after a word of comparing (超过十次), else the count it states and asks yes-or-no of at
    its clause's end (开了八次没有, 有没有十个以上)."""
    pats = _threshold()
    return pats["pattern"].search(question) or next(
        (m for m in pats["stated"].finditer(question) if m.group("pre") or m.group("end")), None)


def without_threshold(question: str) -> str:
    """QUESTION with the count it names as a threshold left out (it is not looked for in the notices' words).

    >>> without_threshold("开会的次数是不是超过十次了"), without_threshold("开了几次会？")
    ('开会的次数是不是了', '开了几次会？')
    >>> without_threshold("党委会是不是开了八次？"), without_threshold("推进会先后开了八次没有？")
    ('党委会开了？', '推进会先后开了？')
    >>> without_threshold("巡察从9月9号到10月24号，满不满45天")
    '巡察从9月9号到10月24号，'
    """
    span = span_length_named(question)
    if span is not None:   # 满不满45天: a length the dated range is held against (worked.toml [span_threshold])
        return question[:span.start()] + question[span.end():]
    if named_threshold(question) is None:
        return question
    m = _named(question)
    if "pre" in m.groupdict() and m.group("pre"):   # 是不是开了八次: the asking word and the count, not the act between
        return question[:m.start()] + question[m.end("ask"):m.start("n")] + question[m.end():]
    return question[:m.start()] + question[m.end():]


@functools.cache
def _span_length() -> re.Pattern[str]:
    return compile_re(get(section(FILE, "span_threshold"), "pattern", str, FILE), FILE, "span_threshold.pattern")


def span_length_named(question: str) -> re.Match[str] | None:
    """The asking word and length a dated range is held against (满不满45天, 有没有半年; worked.toml [span_threshold]).

    >>> span_length_named("够不够3个月？").group("n"), span_length_named("开了几次会？")
    ('3', None)
    """
    return _span_length().search(question)


@dataclass(frozen=True)
class ActAsked:
    """How a yes-or-no ask of an act is answered (worked.toml [threshold.act]): the answer word by the asking word, the
    words asking something else, and what a status short of done is said as."""
    said: tuple[tuple[re.Pattern[str], str], ...]
    other_asks: re.Pattern[str]
    partly: dict[str, str]
    particles: re.Pattern[str]
    opens: re.Pattern[str]
    done_verb: re.Pattern[str]


@functools.cache
def load_act_asked() -> ActAsked:
    """The [threshold.act] table of worked.toml, read once."""
    act = get(section(FILE, "threshold"), "act", dict, FILE, "threshold")
    said = tuple((compile_re(pat, FILE, "threshold.act.said"), word) for pat, word in get(act, "said", list, FILE, "threshold.act"))
    return ActAsked(said, compile_re(get(act, "other_asks", str, FILE, "threshold.act"), FILE, "threshold.act.other_asks"),
                    dict(get(act, "partly", dict, FILE, "threshold.act")),
                    compile_re(get(act, "particles", str, FILE, "threshold.act"), FILE, "threshold.act.particles"),
                    compile_re(get(act, "opens", str, FILE, "threshold.act"), FILE, "threshold.act.opens"),
                    compile_re(get(act, "done_verb", str, FILE, "threshold.act"), FILE, "threshold.act.done_verb"))


def act_yes_word(question: str) -> str:
    """The word a yes-or-no ask of an act is answered with when the notice reports the act (有/已/是); "" when QUESTION
    asks no yes-or-no, names a count to hold a figure against (answer/threshold.py), or asks something else as well.

    >>> act_yes_word("有没有开专题民主生活会？"), act_yes_word("是不是已经公开了整改情况？"), act_yes_word("立行立改的都办结了吗")
    ('有', '已公开', '已办结')
    >>> act_yes_word("开会有没有超过十次"), act_yes_word("有没有开会，开了几次？"), act_yes_word("开了什么会？")
    ('', '', '')
    """
    act = load_act_asked()
    if not _threshold()["asked"].search(question) or named_threshold(question) is not None or act.other_asks.search(question):
        return ""
    word = next((word for pat, word in act.said if pat.search(question)), "")
    done = act.done_verb.search(question) if word == "已" else None
    return word + ((done.group("v") or done.group("w")) if done else "")
