"""Things a count is asked of that a notice lists instead of counting: outline items quoted one by one (一、…, (二)…,
3.…), as a structure answer quotes a notice's headings, and a 、-joined list after a verb of setting up (下设综合组、
整改督察组、…) or 《》 titles one after another, whose items are counted for the reader (listed_members).

Example:
    >>> outline_listed(["一、提高政治站位,统一思想认识", "二、加强组织领导,靠实主体责任"])
    True
"""
from __future__ import annotations

import re

from genre.meta_asked import doc_number_asked
from genre.questions import load_questions

TITLED = re.compile(r"《[^》]*》")   # a document's name
COUNTED_ITEM = re.compile(r"[\d一二两三四五六七八九十]+\s*(?:次|个|项|条|场|期|批)")   # an item stating its own count
ASK_PIECE = re.compile(r"[^，,？?；;]+")   # one ask of a question that asks two (文号是多少，下设了几个组)
OUTLINE_ITEM = re.compile(r"\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d+[.、．](?!\d))")   # 一、 (一) 1.


def outline_listed(quotes: list[str]) -> bool:
    """Whether the QUOTES are two or more outline items, each opening with its marker (一、…, (二)…): the listing counts them.

    >>> outline_listed(["一、提高政治站位,统一思想认识", "二、加强组织领导,靠实主体责任"]), outline_listed(["反映的400个问题"])
    (True, False)
    """
    return sum(bool(OUTLINE_ITEM.match(t)) for t in quotes) >= 2


def counts_asked(question: str) -> list[str]:
    """The quantity asks of QUESTION, leaving out an ask of a document number (文号是多少 asks a number that names a
    document, not a count: genre metadata.toml, the catalogue's words for a 文号).

    >>> counts_asked("整改方案的文号是多少，领导小组下面设了几个组"), len(counts_asked("几个组各有几个人"))
    (['几个'], 2)
    """
    label, q = doc_number_asked(), load_questions()
    return [m for piece in ASK_PIECE.findall(question) if not label.search(piece) for m in q.asks_quantity.findall(piece)]


def listed_members(text: str, spans: list[tuple[int, int]], question: str) -> tuple[int, int, int] | None:
    """(start, end, count) of the 、-joined list that names the things a question counts, whether or not it also asks
    to name them ("分了几个组？都叫啥？", "下设了几个组？" -> "综合组、整改督察组、…", 4), in the first of SPANS holding one;
    None otherwise. Called only when no clause states the count itself.

    >>> t = "领导小组下设综合组、整改督察组、意识形态专项整改组,各组具体负责推进整改。"
    >>> a, b, n = listed_members(t, [(0, len(t))], "领导小组下面分了几个组？都叫啥？"); (t[a:b], n)
    ('综合组、整改督察组、意识形态专项整改组', 3)
    >>> t = "学习贯彻《中国共产党巡视工作条例》《关于加强巡视整改和成果运用的意见》等制度规定"
    >>> listed_members(t, [(0, len(t))], "要学的制度规定点了几个文件？")[2]
    2
    """
    q = load_questions()
    counted = q.members_counted.search(question)
    if not counted or (not q.asks_members.search(question) and len(counts_asked(question)) > 1):
        return None   # 几个组各有几个人: what is counted is not what the list names
    noun = counted.group(1)   # 几个工作组: items end as 工作组 does (…组), or as its first characters (几个组负责: 组)
    nouns = [noun[:3][-k:] for k in range(1, len(noun[:3]) + 1)] + [noun[:2], noun[:1]]
    # 分设的工作组叫什么，有几个？: the thing counted is named before the count, its last character the items' ending
    before = question[:counted.start()] if counted.group(1) in q.members_classifiers else ""
    documents = q.members_documents.fullmatch(counted.group(1))
    stated_kind = any(noun.startswith(n) for n in q.named_with_count)   # 多少项制度: a total notices state, not a list
    for a, b in spans:
        titles = list(TITLED.finditer(text, a, b)) if documents else []
        if len(titles) >= 2:   # 点了几个文件: the titles the sentence lists
            return titles[0].start(), titles[-1].end(), len(titles)
        for m in (() if stated_kind else q.members_list.finditer(text, a, b)):
            items = m.group(1).split("、")
            if any(COUNTED_ITEM.search(it) for it in items):   # 召开7次党组会议、12次…会议: the items carry their own counts
                continue
            ending = items[-1][-2:]   # 会议 ends as 会 does: the question's word, said alone, is often the short of the items'
            short = noun == ending[:1] or bool(re.search(re.escape(ending[:1]) + r"(?![\u4e00-\u9fff])", before))   # 几个会？
            if any(items[-1].endswith(n) for n in nouns) or (before and items[-1][-1] in before) or short:
                return m.start(1), m.end(1), len(items)
    return None


SPOKEN_GAP = re.compile(r"\s+")   # asks typed one after another with a space between (建了几个机制 设了几个小组)


def listed_for_unanswered(text: str, spans: list[tuple[int, int]], question: str, quoted: str) -> tuple[int, int, int] | None:
    """For a question asking several counts whose lead QUOTED answers only some: the 、-joined list that names the things
    one unanswered ask counts (`listed_members` of that ask alone), or None.

    >>> t = "设立3个专项整改工作小组。并建立起分工负责机制、工作推进机制、督促检查机制,确保整改有序。"
    >>> a, b, n = listed_for_unanswered(t, [(0, 13), (13, len(t))], "建了几个机制 设了几个专项整改小组", t[:13]); (t[a:b], n)
    ('分工负责机制、工作推进机制、督促检查机制', 3)
    """
    q = load_questions()
    pieces = [p for part in ASK_PIECE.findall(question) for p in SPOKEN_GAP.split(part) if q.asks_quantity.search(p)]
    if len(pieces) < 2:
        return None
    for piece in pieces:
        counted = q.members_counted.search(piece)
        if counted and counted.group(1)[-2:] not in quoted:   # 几个机制: no quoted clause names 机制
            found = listed_members(text, spans, piece)
            if found is not None:
                return found
    return None
