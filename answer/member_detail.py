"""A detail asked of things a notice only counts (genre claims.toml [member_detail]): 那3个专项整改工作小组分别由哪个处室牵头
against "设立3个专项整改工作小组", 那1个问题整改时限定到什么时候 against "阶段性完成整改1个". The count sentence does not answer:
the refusal says so and quotes it. A notice giving the members' lead units or deadlines (牵头单位：…, 由办公室牵头, 6月底前完成)
is left to answer.

Example:
    >>> member_detail_unstated("那3个专项整改工作小组，分别由哪个处室牵头？", "局党组设立3个专项整改工作小组。")[1]
    '通报中没有相关信息：只写了“局党组设立3个专项整改工作小组”，没有写各小组的名称和牵头处室。'
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from genre.as_of import outside_as_of
from genre.data_files import get, section, section_patterns
from genre.figures import cn_value
from genre.marks import SENTENCE

FILE = "claims.toml"
CLAUSES = re.compile(r"[^,，:：、。；;！!？?\n]+")
COUNT = re.compile(r"(?<![\d.第])(\d+|[一二三四五六七八九十两]+)\s*(个|项|条|件|类|张|家|支|份|套|笔)")


@dataclass(frozen=True)
class MemberAsked:
    """Counted things a question names (3个专项整改工作小组) and the details it asks of them (lead unit, deadline)."""
    count: int
    classifier: str
    thing: str
    lead: bool
    deadline: bool
    unit: str   # the unit word asked (处室), "单位" when none is said
    meetings: bool = False   # how many meetings each held (各自开了几次会)
    allotted: str = ""   # how much of what each was allotted, as asked (条整改措施 of 各自分到多少条整改措施)


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    return section_patterns(FILE, "member_detail", ("counted", "members", "lead", "deadline", "unit_word", "fields",
                                                     "stated_lead", "stated_deadline", "measure_lead",
                                                     "measure_asked", "followed", "meetings",
                                                     "stated_meetings", "allotted", "stated_allotted",
                                                     "actor_unit", "actor_ask"))


def _value(numeral: str) -> int:
    """A numeral's value (三 -> 3, 两 -> 2, 12 -> 12)."""
    return int(numeral) if numeral.isdigit() else cn_value(numeral.replace("两", "二"))


def member_asked(question: str) -> MemberAsked | None:
    """The counted things whose lead unit or deadline QUESTION asks; None when it names no count or asks neither.

    >>> member_asked("阶段性完成的那1个问题，整改时限定到什么时候？是哪个股室负责")
    MemberAsked(count=1, classifier='个', thing='问题', lead=True, deadline=True, unit='股室', meetings=False, allotted='')
    >>> member_asked("设立了几个专项整改工作小组？"), member_asked("239条措施是谁牵头制定的？")
    (None, None)
    """
    p = _patterns()
    counted = p["counted"].search(question)
    if not counted or not p["members"].search(question):
        return None
    lead, deadline = bool(p["lead"].search(question)), bool(outside_as_of(p["deadline"], question))
    meetings = bool(p["meetings"].search(question))
    share = p["allotted"].search(question)   # 各自分到多少条整改措施: the split of another count
    allotted = share.group("unit") + share.group("what") if share else ""
    if not (lead or deadline or meetings or allotted):
        return None
    unit = p["unit_word"].search(question)
    return MemberAsked(_value(counted.group(1)), counted.group(2), counted.group(3), lead and not share, deadline,
                       unit.group() if unit else "单位", meetings, allotted)


@dataclass(frozen=True)
class CountStated:
    """The clause of a notice that states the asked count, the span of its sentence in the text, and its paragraph."""
    clause: str
    start: int
    end: int
    line: int


def count_clause(asked: MemberAsked, lines: list[str]) -> CountStated | None:
    """The first clause of LINES (a notice's lines, every one kept) that states the asked count in its classifier, in a
    sentence naming what is counted (its last two characters); None when no line does.

    >>> count_clause(MemberAsked(1, "个", "问题", True, False, "单位"), ["共反馈29个问题,其中已完成整改28个,阶段性完成整改1个;"])
    CountStated(clause='阶段性完成整改1个', start=0, end=30, line=0)
    """
    tail, offset = asked.thing[-2:], 0
    for i, line in enumerate(lines):
        for sentence in SENTENCE.finditer(line):
            if tail not in sentence.group():
                continue
            for clause in CLAUSES.findall(sentence.group()):
                if any(_value(m.group(1)) == asked.count and m.group(2) == asked.classifier for m in COUNT.finditer(clause)):
                    lead = len(sentence.group()) - len(sentence.group().lstrip())   # a paragraph's indent
                    return CountStated(clause.strip(), offset + sentence.start() + lead,
                                       offset + min(sentence.end() + 1, len(line)), i)
        offset += len(line) + 1
    return None


def member_detail_unstated(question: str, text: str) -> tuple[CountStated, str] | None:
    """(the count stated, why) when QUESTION asks a lead unit or deadline of things TEXT (the answering notice) only
    counts: no ledger field anywhere, no lead or day due in the count's paragraph and the next few; None otherwise.

    >>> member_detail_unstated("那3个工作组分别由谁牵头", "设立3个工作组,分别由办公室、政工科、业务科牵头。") is None
    True
    >>> member_detail_unstated("那3个工作组分别由谁牵头", "  设立3个工作组:综合组、督查组、宣传组。")
    (CountStated(clause='设立3个工作组', start=2, end=22, line=0), '通报中没有相关信息：只写了“设立3个工作组”，没有写各工作组的牵头单位。')
    """
    asked = member_asked(question)
    if asked is None:
        return None
    p = _patterns()
    lines = text.split("\n")
    found = count_clause(asked, lines)
    if found is None or p["fields"].search(text):
        return None
    near = [ln for ln in lines[found.line:] if ln.strip()][:1 + get(section(FILE, "member_detail"), "near", int, FILE,
                                                                     "member_detail")]
    if (asked.lead and p["stated_lead"].search("".join(near))) or (asked.deadline and p["stated_deadline"].search("".join(near))):
        return None
    if asked.meetings and _meetings_stated(asked, text):
        return None
    if asked.allotted and _meetings_stated(asked, text, "stated_allotted"):
        return None
    what = "和".join(w for w, on in ((("牵头" if "牵头" in question else "负责") + asked.unit, asked.lead),
                                     ("完成时限", asked.deadline), ("开会次数", asked.meetings),
                                     (f"{asked.allotted[1:]}{asked.allotted[:1]}数", bool(asked.allotted))) if on)
    tail = asked.thing if len(asked.thing) <= 4 else asked.thing[-2:]   # 工作组, 专项方案; 小组 of 专项整改工作小组
    sentence = text[found.start:found.end]
    named = ("、" in sentence[sentence.find(found.clause) + len(found.clause):]   # 设立3个组:综合组、督查组、宣传组
             or not (asked.lead or asked.deadline))   # 各自开了几次会: their names are not asked
    missing = f"是哪个{tail}及其{what}" if asked.count == 1 else f"各{tail}的{'' if named else '名称和'}{what}"
    return found, f"通报中没有相关信息：只写了“{found.clause}”，没有写{missing}。"


def _meetings_stated(asked: MemberAsked, text: str, stated: str = "stated_meetings") -> bool:
    """Whether a sentence of TEXT naming the counted things (their last few characters) counts in 次 (or states each one's
    share, STATED "stated_allotted": 各小组分别承担整改措施80条): the meetings of another body beside them (12次领导小组
    会议 of 专项整改工作小组) are not theirs.

    >>> a = MemberAsked(3, "个", "专项整改工作小组", False, False, "单位", True)
    >>> _meetings_stated(a, "设立3个专项整改工作小组。召开12次巡察整改领导小组会议。")
    False
    >>> _meetings_stated(a, "设立3个专项整改工作小组,各工作小组分别召开会议5次。")
    True
    """
    tail = asked.thing[-get(section(FILE, "member_detail"), "meeting_tail", int, FILE, "member_detail"):]
    said = _patterns()[stated]
    return any(tail in s.group() and said.search(s.group()) for s in SENTENCE.finditer(text))


def measure_detail_unstated(question: str, text: str, start: int, end: int) -> tuple[str, str] | None:
    """(the measure's sentence, why) when QUESTION asks the lead unit or deadline of one measure (专题解读是哪个部门负责的)
    and the measure's sentence TEXT[START:END] and its paragraph name none: no ledger field in TEXT, no unit leading
    (由办公室牵头) or day due (6月底前完成) in the paragraph, no 牵头/负责 in the sentence; None otherwise, and when the
    question asks it of counted things (answer.member_detail.member_detail_unstated).

    >>> t = "整改情况:一是强化警示宣传。3次在全院干警大会上对“三个规定”进行专题解读。二是专人提醒。"
    >>> measure_detail_unstated("专题解读是哪个部门负责的？", t, 14, 37)[1]
    '通报中没有相关信息：只写了“3次在全院干警大会上对“三个规定”进行专题解读”，没有写由哪个部门负责。'
    >>> measure_detail_unstated("专题解读是哪个部门负责的？", "专题解读由政治部牵头。", 0, 11) is None
    True
    """
    p = _patterns()
    led = p["measure_asked"].search(question)
    lead, deadline = bool(led), bool(outside_as_of(p["deadline"], question))   # 截止到11月底 dates, no deadline
    deadline = deadline and not p["followed"].search(question)   # 按整改时限是怎么推进的: the manner asked, no day due
    if not (lead or deadline) or member_asked(question) or p["fields"].search(text):
        return None
    sentence = text[start:end].strip().rstrip("。；;")
    paragraph = text[text.rfind("\n", 0, start) + 1:(text.find("\n", end) + 1 or len(text) + 1) - 1]
    if (lead and (p["stated_lead"].search(paragraph) or p["measure_lead"].search(sentence)
                  or actor_written(question, sentence))) or \
            (deadline and p["stated_deadline"].search(paragraph)):
        return None
    unit = led.group("unit") if led and led.group("unit") else (m.group() if (m := p["unit_word"].search(question)) else "")
    what = "和".join(w for w, on in ((f"由哪个{unit or '单位'}{'牵头' if '牵头' in question else '负责'}",
                                      lead), ("完成时限", deadline)) if on)
    return sentence, f"通报中没有相关信息：只写了“{sentence}”，没有写{what}。"


def _longest_run(a: str, b: str) -> tuple[int, int]:
    """(where in B, length) of the longest run of A's characters B writes: _longest_run("定期督导检查", "定期开展督导检查")
    -> (4, 4)."""
    best = (0, 0)
    for i in range(len(a)):
        for j in range(i + best[1] + 1, len(a) + 1):
            at = b.find(a[i:j])
            if at < 0:
                break
            best = (at, j - i)
    return best


def actor_written(question: str, sentence: str) -> bool:
    """Whether SENTENCE names who does each act QUESTION asks the doer of (谁负责定期自查): the act's words in a run of at
    least actor_run characters, a body's word before them in its clause (局机关、局属单位定期自查自检).

    >>> s = "局机关、局属单位定期自查自检,局整改工作领导小组办公室定期开展督导检查"
    >>> actor_written("自查督查报告机制里，谁负责定期自查？谁负责定期督导检查？", s), actor_written("谁负责上墙公示？", s)
    (True, False)
    """
    p, sec = _patterns(), section(FILE, "member_detail")
    clauses = [c for c in re.split(r"[？?。；;！!，,]", question) if p["measure_asked"].search(c)]
    for clause in clauses:
        act = p["actor_ask"].sub("", clause)
        at, n = _longest_run(act, sentence)
        if n < get(sec, "actor_run", int, FILE, "member_detail"):
            return False
        start = max(sentence.rfind(c, 0, at) for c in "，,。；;") + 1
        if not p["actor_unit"].search(sentence[start:at]):
            return False
    return bool(clauses)
