"""A detail asked of one member a notice only names in a list (genre claims.toml [member_detail] listed_*): 那个综合组，组长是谁
against "领导小组下设综合组、整改督察组、选人用人专项整改组,各组具体负责推进整改落实工作". The list does not answer: the
refusal says so and quotes it. A member the notice writes again outside the list (综合组由办公室牵头), or a list stating its
members' details (分别由办公室、政工科牵头), is left to answer.

Example:
    >>> listed_member_unstated("那个综合组，组长是谁", "领导小组下设综合组、督察组,各组负责推进整改。")[1]
    '通报中没有相关信息：只在列举中写到“综合组”，没有写综合组的组长。'
"""
from __future__ import annotations

import functools
import re

from answer.member_detail import CountStated, _patterns as detail_patterns
from genre.as_of import outside_as_of
from genre.data_files import get, section, section_patterns
from genre.questions import load_questions

FILE = "claims.toml"
SENTENCE = re.compile(r"[^。；;！!？?\n]+[。；;！!？?]?")


@functools.cache
def _listed() -> tuple[re.Pattern[str], re.Pattern[str], int]:
    """The list joiner, the details a list may state of its members, and the shortest member asked."""
    p = section_patterns(FILE, "member_detail", ("listed_joiner", "listed_detail"))
    return p["listed_joiner"], p["listed_detail"], get(section(FILE, "member_detail"), "listed_min", int, FILE,
                                                       "member_detail")


@functools.cache
def _duty() -> re.Pattern[str]:
    """A list that is the object of a duty verb (负责日常提醒、检查审核), its holder written before the verb."""
    return section_patterns(FILE, "member_detail", ("listed_duty",))["listed_duty"]


def detail_asked(question: str) -> tuple[str, int]:
    """The detail QUESTION asks of a member, as the refusal names it (its post's holder 组长, lead unit or deadline), and
    where its ask starts; ("", 0) when none is asked.

    >>> detail_asked("综合组组长是谁"), detail_asked("督察组由哪个科室牵头"), detail_asked("综合组是干什么的")
    (('组长', 3), ('牵头单位', 4), ('', 0))
    """
    if holder := load_questions().asks_holder.search(question):
        return holder.group(1) or holder.group(2), holder.start()
    p = detail_patterns()
    for what, key in (("牵头单位", "lead"), ("完成时限", "deadline")):
        if m := outside_as_of(p[key], question):   # 截止当前完成了几个 dates figures, no deadline (steps.toml [as_of])
            return what, m.start()
    return "", 0


def listed_member(question: str, text: str) -> str:
    """The member QUESTION names that TEXT writes in a list (X、 or 、X): the longest such run of the question ending
    nearest its end; "" when none.

    >>> listed_member("下面那个综合组，组长是谁", "领导小组下设综合组、督察组。")
    '综合组'
    """
    joiner, _, shortest = _listed()
    best: tuple[int, int, str] = (-1, 0, "")
    for end in range(len(question), shortest - 1, -1):
        for start in range(0, end - shortest + 1):
            run = question[start:end]
            if not re.fullmatch(r"[\u4e00-\u9fff]+", run):
                continue
            if any(_is_listed(text, m.start(), m.end(), joiner) for m in re.finditer(re.escape(run), text)):
                best = max(best, (end, len(run), run))
                break
    return best[2]


def _is_listed(text: str, a: int, b: int, joiner: re.Pattern[str]) -> bool:
    """Whether text[a:b] stands in a list: a joiner right after it or right before it."""
    return bool(joiner.match(text, b) or (a > 0 and joiner.match(text, a - 1)))


def listed_member_unstated(question: str, text: str) -> tuple[CountStated, str] | None:
    """(the list's sentence, why) when QUESTION asks a leader, lead unit or deadline of a member TEXT names only in lists
    whose sentences state no detail of the members; None otherwise.

    >>> listed_member_unstated("综合组组长是谁", "下设综合组、督察组,分别由办公室主任、纪检组长任组长。") is None
    True
    >>> listed_member_unstated("日常提醒是谁负责", "明确各部门廉政督察员,负责日常提醒、检查审核等督导工作。") is None
    True
    """
    what, ask = detail_asked(question)
    if not what or detail_patterns()["fields"].search(text):
        return None
    member = listed_member(question[:ask], text)   # named before the ask: 除了局党委书记还有谁 asks the list's other holder
    if not member:
        return None
    joiner, stated, _ = _listed()
    places = [m for m in re.finditer(re.escape(member), text)]
    if not all(_is_listed(text, m.start(), m.end(), joiner) for m in places):
        return None   # 综合组由办公室牵头: written again, with its detail
    held = [next(s for s in SENTENCE.finditer(text) if s.start() <= m.start() < s.end()) for m in places]
    if any(stated.search(text, m.end(), s.end()) for m, s in zip(places, held)):
        return None   # …,分别由办公室、政工科牵头: the list states its members' details
    if what == "牵头单位" and any(_duty().search(text[s.start():m.start()]) for m, s in zip(places, held)):
        return None   # 明确各部门廉政督察员,负责日常提醒、检查审核: the list is the duty of a holder written before it
    first = held[0]
    lead = len(first.group()) - len(first.group().lstrip())
    line = text.count("\n", 0, first.start())
    found = CountStated(first.group().strip(), first.start() + lead, first.end(), line)
    return found, f"通报中没有相关信息：只在列举中写到“{member}”，没有写{member}的{what}。"
