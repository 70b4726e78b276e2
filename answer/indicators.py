"""Whether a quoted rate is the rate asked: work plans and reports state figures for many named rates
(重大慢病过早死亡率降至9.3%, 家庭医生签约覆盖率达42%), and a rate is named by what it is of (genre questions.toml
[asks_indicator]): a clause stating 过早死亡率 does not answer 婴儿死亡率.

Example:
    >>> other_rate("婴儿死亡率要控制在多少？", ["重大慢病过早死亡率降至9.3%"])
    '婴儿死亡率'
"""
from __future__ import annotations

import re

from genre.data_files import get, read_toml
from genre.questions import load_questions
from genre.marks import SENTENCE

_FILE = "questions.toml"
_DATA = get(read_toml(_FILE), "asks_indicator", dict, _FILE)
POLITE = re.compile(get(_DATA, "polite", str, _FILE, "asks_indicator"))   # 请问覆盖率: an asking word, no subject
TOPIC = re.compile(get(_DATA, "topic", str, _FILE, "asks_indicator"))     # 关于…的情况，: the formal ask's subject


def rate_of(question: str, asked: re.Match[str]) -> str:
    """What the ASKED rate is of: the two characters before its name, or, when they are a polite asking word, the last
    two of the topic of the question's 关于…的情况 frame (关于X的情况，请问Y率 asks XY率: a formal ask names its subject
    there; the place or unit opening the topic names the notice); the asking word when there is no frame.

    >>> q = "关于重点人群签约的情况，请问覆盖率目标是多少？"
    >>> rate_of(q, load_questions().asks_indicator.search(q))
    '签约'
    """
    of = asked.group(1)
    if not POLITE.fullmatch(of):
        return of
    topic = TOPIC.search(question[:asked.start(1)])
    return topic.group(1)[-2:] if topic else of


def other_rate(question: str, quotes: list[str]) -> str:
    """The rate the question asks (婴儿死亡率) when the quoted sentences state rates of its name (…死亡率) but none
    shares a character with what it is of (婴儿); "" when no rate is asked, none of its name is quoted, or one may be it
    (staff paraphrase: 重大慢性病早死率 is answered by 重大慢病过早死亡率).

    >>> other_rate("重大慢性病早死率要控制到多少？", ["重大慢病过早死亡率降至9.3%"])
    ''
    >>> other_rate("婴儿死亡率要控制在多少？", ["成立巡察整改工作领导小组"])
    ''
    >>> other_rate("举一反三的那些事项完成率是多少？", ["查摆整改事项59个,已完成整改56个,完成率94.9%"])
    ''
    """
    asked = load_questions().asks_indicator.search(question)
    if not asked:
        return ""
    of, name = rate_of(question, asked), asked.group(2)
    named = [c for t in quotes for c in SENTENCE.findall(t) if "率" in c and set(name[:-1]) & set(c)]
    if not named or any(set(of) & set(c) for c in named):
        return ""
    return of + name
