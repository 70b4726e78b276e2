"""Things a count is asked of that a notice lists instead of counting: outline items quoted one by one (一、…, (二)…,
3.…), as a structure answer quotes a notice's headings, and a 、-joined list after a verb of setting up (下设综合组、
整改督察组、…) or 《》 titles one after another, whose items are counted for the reader (listed_members).

Example:
    >>> outline_listed(["一、提高政治站位,统一思想认识", "二、加强组织领导,靠实主体责任"])
    True
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from genre.holding_ask import without_holding
from genre.marks import SENTENCE
from genre.meta_asked import doc_number_asked
from genre.nth import load_nth
from genre.questions import load_questions
from genre.required_listed import required_asked, required_listed
from retrieval.parse import Section, cn_to_int
from retrieval.search.listed import named_thing

TITLED = re.compile(r"《[^》]*》")   # a document's name
COUNTED_ITEM = re.compile(r"[\d一二两三四五六七八九十]+\s*(?:次|个|项|条|场|期|批)")   # an item stating its own count
ASK_PIECE = re.compile(r"[^，,？?；;]+")   # one ask of a question that asks two (文号是多少，下设了几个组)
CLOSED_BY = "等"   # a list closed by 等 and its kind (财务管理、…、作风建设等方面) names what its members are
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
    return [m for piece in ASK_PIECE.findall(without_holding(question)) if not label.search(piece)
            for m in q.asks_quantity.findall(piece)]   # 其中带“专项”的有几个: counted off the list (answer/holding.py)


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
    required = required_listed(text, spans, question)   # 原话要求了几条: the requirements listed after 要
    if required is not None:
        return required
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
        for m in q.members_list.finditer(text, a, b):
            items = m.group(1).split("、")
            if stated_kind and not items[-1].endswith(CLOSED_BY + noun[:2]):   # 多少项制度: a total stated, unless the
                continue   # list names its kind itself at its close (…、作风建设等方面: the aspects are its members)
            if any(COUNTED_ITEM.search(it) for it in items):   # 召开7次党组会议、12次…会议: the items carry their own counts
                continue
            ending = items[-1][-2:]   # 会议 ends as 会 does: the question's word, said alone, is often the short of the items'
            short = noun == ending[:1] or bool(re.search(re.escape(ending[:1]) + r"(?:(?![\u4e00-\u9fff])|(?="
                                                         + q.members_joined.pattern + "))", before))   # 几个会？ 两个会一共几个
            if any(items[-1].endswith(n) for n in nouns) or (before and items[-1][-1] in before) or short:
                return m.start(1), m.end(1), len(items)
    return None


def count_said(question: str, n: int) -> str:
    """How the count of a list the notice never counts is said after its quote: in the asked unit for requirements.

    >>> count_said("原话要求了几条？", 3), count_said("分了几个组？", 4)
    ('（所列共3条。）', '共4个。')
    """
    unit = re.search(r"(?:几|多少)([条点项])", question) if required_asked(question) else None
    return f"（所列共{n}{unit.group(1)}。）" if unit else f"共{n}个。"


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


@dataclass(frozen=True)
class NthMember:
    """The N-th member of a listed set asked by its place: the list (start, end) in the notice's text, the span of the
    sentence holding it, how many members it names, the place asked, the member and the unit staff counted in."""
    start: int
    end: int
    holder: tuple[int, int]
    count: int
    n: int
    member: str
    unit: str
    earlier: tuple[tuple[int, str], ...] = ()   # places asked with it (第二个和第三个): each place and member

    def said(self) -> str:
        """共5项，第三项是“责任领导”。 / 共4个，第二个是“工作推进机制”，第三个是“督促检查机制”。"""
        each = [*self.earlier, (self.n, self.member)]
        return f"共{self.count}{self.unit}，" + "，".join(f"第{CN_PLACES[n]}{self.unit}是“{m}”" for n, m in each) + "。"


CN_PLACES = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"]
CLAUSE = SENTENCE
NEAR = re.compile(r"[^,，]*[,，]?[^,，]*")   # from a list's end: the rest of its clause and the next


def members(words: str) -> list[str]:
    """The members a 、-joined list WORDS names, without what ends the last and is none of it (等, 5个方面), the last two
    taken apart where 和/及 joins them (genre questions.toml [nth_member] `tail`, `joins`).

    >>> members("整改措施、牵头领导、责任科室、责任人、整改时限5个方面"), members("责任领导、责任单位和整改时限")
    (['整改措施', '牵头领导', '责任科室', '责任人', '整改时限'], ['责任领导', '责任单位', '整改时限'])
    """
    nth = load_nth()
    items = words.split("、")
    last = nth.tail.sub("", items[-1])
    parts = nth.joins.split(last)
    items[-1:] = parts if len(parts) == 2 and all(len(p) >= 2 for p in parts) else [last]
    return items


def _fit(question: str, verb: str, items: list[str], near: str) -> int | None:
    """How well a list after VERB, in the clauses NEAR it (its own and the next), holds what QUESTION asks a member of:
    0 when asked with the same verb (明确几项: 明确了…), its members end as the counted thing does (几个组: …组), or the
    question says a count the list has, of the thing its last member ends in (三项制度: …工作记事制度); 1 when
    the thing named before the ask, place and agency left off (文联的整改责任链条包括几项: 责任链), is named in those clauses
    too (从…5个方面,构建起整改推进责任链); None otherwise, or when the ask names a kind of member (第二个是什么组) the last
    member does not hold.

    >>> _fit("领导小组下设几个组？第二个是什么组", "从", ["整改措施", "牵头领导"], "从整改措施、牵头领导5个方面,构建起责任链")
    >>> _fit("整改责任链条包括几项内容？第二项是啥", "从", ["整改措施", "牵头领导"], "从整改措施、牵头领导5个方面,构建起责任链")
    1
    """
    nth, q = load_nth(), load_questions()
    kind = nth.position.search(question).group("kind")
    if kind and kind not in items[-1]:
        return None
    if any(v[-1] in verb and v[-1] not in nth.bare for v in nth.verb.findall(question)):
        return 0
    if any(len(items) == _count(said.group("n")) and items[-1].endswith(said.group("thing")[:2])
           for said in nth.restated.finditer(question, 0, nth.position.search(question).start())):
        return 0
    counted = q.members_counted.search(question)
    if counted and items[-1].endswith(counted.group(1)[-1:]) and counted.group(1) not in q.members_classifiers:
        return 0
    asked = nth.position.search(question)
    head = named_thing(question[:min(m.start() for m in (counted, asked) if m)])
    return 1 if any(head[i:i + 3] in near for i in range(len(head) - 2) if "整改" not in head[i:i + 3]) else None


def _count(numeral: str) -> int:
    """A count as said (三, 两, 12) as a number: `_count("两")` is 2."""
    return int(numeral) if numeral.isdigit() else cn_to_int(numeral.replace("两", "二"))


def nth_listed(text: str, spans: list[tuple[int, int]], question: str) -> NthMember | None:
    """For a question asking the N-th member of a set (第三项是什么, 排第三的是哪个): that member of the list in SPANS of
    TEXT that best holds what is asked (`_fit`; the first of the best) and names N members or more; None otherwise.

    >>> t = "建立了问题清单、整改清单、责任清单,明确了整改目标、整改措施、责任领导、责任部门、完成时限,形成了整改工作格局。"
    >>> got = nth_listed(t, [(0, len(t))], "整改方案要明确几项？第三项是什么"); got.said(), t[got.start:got.end]
    ('共5项，第三项是“责任领导”。', '整改目标、整改措施、责任领导、责任部门、完成时限')
    """
    nth = load_nth()
    asked = nth.position.search(question)
    if not asked:
        return None
    n = _count(asked.group("n"))
    joined = nth.joined.search(question, 0, asked.start())
    first = _count(joined.group("n")) if joined else n   # 第二个和第三个: both asked
    best: tuple[int, NthMember] | None = None
    for a, b in spans:
        for clause in CLAUSE.finditer(text, a, b):
            for m in nth.list.finditer(clause.group()):
                items = members(m.group(2))
                if not n <= len(items) < len(CN_PLACES) or any(COUNTED_ITEM.search(it) for it in items):
                    continue
                said = clause.group()
                opened = max(said.rfind(",", 0, m.start()), said.rfind("，", 0, m.start()), 0)
                rank = _fit(question, m.group(1), items, said[opened:m.end()] + NEAR.match(said, m.end()).group())
                if rank is not None and (best is None or rank < best[0]):
                    unit = asked.group("unit") or (COUNT_UNIT.search(question) or asked).group("unit") or "项"
                    start = clause.start() + m.start(2)
                    earlier = ((first, items[first - 1]),) if first < n else ()
                    best = (rank, NthMember(start, start + len(m.group(2)), clause.span(), len(items), n, items[n - 1],
                                            unit, earlier))
    return best[1] if best else None


def nth_in_section(text: str, sections: list[Section], question: str) -> NthMember | None:
    """For a question asking the N-th member of a set a heading names (主要目标指标排第三个的是什么): the N-th clause of
    that heading's one paragraph (1.主要目标指标。 健康浙江发展指数达85,人均预期寿命达82.4岁,…), when the heading has no
    parts below it; None otherwise (genre questions.toml [nth_member] `section_joins`).

    >>> t = "1.主要目标指标。\\n健康浙江发展指数达85,人均预期寿命达82.4岁,居民健康素养水平达39%以上。\\n"
    >>> sec = Section("d#0", 0, "ar_dot", 1, 1, "1.", "主要目标指标", ("1.主要目标指标",), 0, 8, len(t), len(t), -1)
    >>> nth_in_section(t, [sec], "要点里主要目标指标排第三个的是什么，目标值多少").said()
    '共3个，第三个是“居民健康素养水平达39%以上”。'
    """
    nth = load_nth()
    asked = nth.position.search(question)
    if not asked:
        return None
    n = int(asked.group("n")) if asked.group("n").isdigit() else cn_to_int(asked.group("n").replace("两", "二"))
    head = question[:asked.start()]
    for sec in sections:
        name = sec.heading.strip("。.： :")
        named = head.rfind(name) if len(name) >= 4 else -1   # 主要目标指标里第五项: right before the place asked
        if sec.kind == "enum" or named < 0 or not nth.section_gap.fullmatch(head, named + len(name)) \
                or any(s.parent == sec.index for s in sections):
            continue
        body = text[sec.heading_end:sec.body_end]
        lines = [m for m in re.finditer(r"[^\n。]+", body) if m.group().strip()]
        if len(lines) != 1:
            continue
        line = lines[0]
        cuts = [line.start()] + [c.end() for c in nth.section_joins.finditer(body, line.start(), line.end())] + [line.end() + 1]
        items = [(a, b - 1) for a, b in zip(cuts, cuts[1:])]
        if 3 <= len(items) < len(CN_PLACES) and n <= len(items):
            a, b = items[n - 1]
            unit = asked.group("unit") or "项"
            lead = sec.heading_end + a + len(body[a:b]) - len(body[a:b].lstrip())   # the member leads: the paragraph is long
            return NthMember(lead, sec.heading_end + b, (sec.start, sec.end), len(items), n, body[a:b].strip(), unit)
    return None


def nth_asked(record, question: str) -> bool:
    """Whether QUESTION asks the N-th member of a set the notice of RECORD lists (`nth_listed` over its whole text, or
    `nth_in_section`): the list answers it, not the outline's N-th part."""
    text = record.notice.text
    return bool(nth_listed(text, [(0, len(text))], question) or nth_in_section(text, list(record.sections), question))


COUNT_UNIT = re.compile(r"(?:几|多少)(?P<unit>项|个|条|种|类|组|家|张|点)")   # 几项？第三的是哪个: the unit counted in
