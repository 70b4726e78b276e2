"""A count of the kinds one clause lists (几种会, 几项机制, 几类人, 几份规定) where the clause the lead found states a
figure of something else (先后召开10余次党委会、领导小组会、…; 设立3个专项整改工作小组): the listed members answer it,
counted for the reader, unless the clause found states a count of that very thing (制定和完善相关制度13个, 3个方面),
which is quoted, not recounted (genre questions.toml [listed_members] kinds).

Example:
    >>> t = "设立3个专项整改工作小组。并建立起分工负责机制、工作推进机制、督促检查机制,确保整改有序推进。"
    >>> a, b, n = kinds_listed(t, [(0, 13)], [(0, len(t))], "建立了哪几项机制，一共几项"); (t[a:b], n)
    ('并建立起分工负责机制、工作推进机制、督促检查机制', 3)
"""
from __future__ import annotations

import functools
import re

from answer.listed import COUNTED_ITEM, TITLED, members
from genre import load_genre
from genre.data_files import get, section, section_patterns
from genre.questions import load_questions
from retrieval import weights

SENTENCE = re.compile(r"[^。；;！!？?\n]+")   # one sentence: titles listed run on past a comma (…《…意见》,以及省委《…》)
CLAUSE = re.compile(r"[^,，。；;！!？?\n]+")   # one clause: a list stands inside one
RUN = re.compile(r"(?:[^,，。；;、]{1,20}、)+[^,，。；;、]{2,20}")   # a 、-joined run, 和/及 before the last taken by `members`
WHICH = re.compile(r"哪(?:些|几)")   # the members asked too (建立了哪几项机制，一共几项)
BEFORE = re.compile(r"([\u4e00-\u9fff]{2})(?:有|是|共|一共|总共)?(?:几|多少)")
NUMERAL = r"(?:\d+|[一二两三四五六七八九十]+)(?:余|多)?"
VERB = re.compile(r"([\u4e00-\u9fff]{2})(?:了|出|过)?$")   # the two characters before a count, 了 left off (明确了几样)


@functools.cache
def _kinds() -> re.Pattern[str]:
    """The ask of a count of kinds (questions.toml [listed_members] kinds)."""
    return section_patterns("questions.toml", "listed_members", ("kinds",))["kinds"]


@functools.cache
def _after_which() -> dict[str, re.Pattern[str]]:
    """A bare count asked beside a which-ask (questions.toml [listed_members] after_which: 哪些要素？一共几样) and the
    measures asked by which that are counted by their items instead (after_which_not)."""
    return section_patterns("questions.toml", "listed_members", ("after_which", "after_which_not"))


def _bare_count(question: str) -> re.Match[str] | None:
    """The bare count beside a which-ask of terms: `_bare_count("明确了哪些要素？一共几样？")` matches;
    `_bare_count("采取了哪些整改措施，一共几条")` is None (measures are counted by their items)."""
    if not WHICH.search(question) or _after_which()["after_which_not"].search(question):
        return None
    return _after_which()["after_which"].search(question)


@functools.cache
def _which() -> re.Pattern[str]:
    """Things of a kind asked by which (questions.toml [listed_members] kinds_which): `哪几个整改机制` names 机制."""
    return section_patterns("questions.toml", "listed_members", ("kinds_which",))["kinds_which"]


def _asked(question: str) -> tuple[re.Match[str] | None, bool]:
    """The ask of a count of kinds, else of things of a kind asked by which, and whether it is the latter:
    `_asked("建立了哪几个整改机制")[0].group("noun")` is '机制'."""
    counted = _kinds().search(question) or _bare_count(question)
    which = None if counted else _which().search(question)
    return (counted or which), which is not None


@functools.cache
def _people() -> frozenset[str]:
    """Words counting people by their kind (几类人): members are posts, ending in no such word."""
    return frozenset(get(section("questions.toml", "listed_members"), "kinds_people", list, "questions.toml", "listed_members"))


@functools.cache
def _generic() -> frozenset[str]:
    """Words naming what a list holds, not a kind its members end in (几样内容): any list of the clause is counted."""
    return frozenset(get(section("questions.toml", "listed_members"), "kinds_generic", list, "questions.toml", "listed_members"))


def kinds_listed(text: str, found: list[tuple[int, int]], spans: list[tuple[int, int]],
                 question: str) -> tuple[int, int, int] | None:
    """(start, end, count) of the list in SPANS naming the kinds QUESTION counts, when the clauses FOUND state no count
    of them; None otherwise.

    >>> t = "完善财务管理、机关党建等方面,制定和完善相关制度13个。"
    >>> kinds_listed(t, [(0, len(t))], [(0, len(t))], "完善制度几个")
    """
    counted, by_which = _asked(question)
    if not counted:
        return None
    named = BEFORE.search(question, 0, counted.start() + 1)   # 建起来的机制有几项: the kind named before the count
    noun = counted.group("noun") or (named.group(1) if named and named.end() == counted.start() + 1 else "")
    noun = "" if load_questions().members_joined.fullmatch(noun) else noun   # 哪些要素？一共几样: 一共 is the total word, no kind
    said = "".join(text[a:b] for a, b in found)
    if not by_which and noun and re.search(NUMERAL + r"[个项种类份条]?" + re.escape(noun[:2]) + "|" + re.escape(noun[:2]) + NUMERAL
                          + "[个项种类份条]", said):
        return None   # 制定和完善相关制度13个: the notice counts them itself
    if not by_which and _status_counted(question, said):
        return None   # 已整改几项 (2项已整改 found): the notice counts that status itself, in either order
    q = load_questions()
    which = bool(WHICH.search(question))
    if not noun and (not which or re.search(r"\d" + counted.group()[-1], said)):
        return None   # 一共几项 (已整改40项 found): a kind neither named nor asked which, or counted by the notice
    if any(noun.startswith(n) for n in q.named_with_count) and not which:
        return None   # 新建了多少项制度: a total notices state, not the members of a list (questions.toml named_with_count)
    verb = VERB.search(question[:counted.start()])   # the verb the count is asked with (明确了几样内容: 明确)
    verb = verb.group(1) if verb else ""
    best: tuple[int, tuple[int, int, int]] | None = None
    for a, b in spans:
        for sentence in SENTENCE.finditer(text, a, b):
            titles = TITLED.findall(sentence.group())
            if "份" in counted.group() and len(titles) >= 2:   # 列了几份: the titles the sentence lists
                return sentence.start(), sentence.end(), len(titles)
        for clause in CLAUSE.finditer(text, a, b):
            run = RUN.search(clause.group())
            if run is None or COUNTED_ITEM.search(run.group()[run.group().find("、"):]):
                continue   # 召开7次党组会议、12次…会议: the items carry their own counts
            items = members(run.group())
            if "份" in counted.group():
                continue   # 几份: documents are counted by their titles only
            if noun and noun[-2:] not in items[-1] and not any(noun.startswith(w) for w in _people() | _generic()):   # …专班会部署: 会 closes it
                continue
            shared = sum(clause.group().count(question[i:i + 2]) > 0 for i in range(len(question) - 1))
            shared += weights.LISTING_VERB * bool(verb and verb in clause.group()[:clause.group().find("、")])   # 明确了几样: 明确了…
            if best is None or shared > best[0]:   # 开了10余次各类会议: the list whose clause the question echoes most
                best = (shared, (clause.start(), clause.end(), len(items)))
    return best[1] if best else None


def _status_counted(question: str, said: str) -> bool:
    """Whether the clauses SAID count items of the status QUESTION names (items.toml [[status]], [[count]] in either
    order: 已整改2项, 2项已整改).

    >>> _status_counted("预算执行问题已整改几项", "部分整改4项,2项已整改"), _status_counted("建立了几项机制", "2项已整改")
    (True, False)
    """
    status = load_genre().normalise_status(question)
    return bool(status) and any(said_status == status for said_status, _ in load_genre().status_counts(said))


def kinds_said(question: str, n: int) -> str:
    """The count of the kinds listed, said in the unit asked, as counted: `kinds_said("列了几种会", 4)` is
    '共4种（计数所得）。'; '' when no kinds are asked."""
    counted, by_which = _asked(question)
    if by_which:
        return f"共{n}个（计数所得）。"   # 哪几个整改机制, 哪些会议: the members asked, their number said too
    return f"共{n}{counted.group()[len(counted.group()) - len(counted.group('noun') or '') - 1]}（计数所得）。" if counted else ""
