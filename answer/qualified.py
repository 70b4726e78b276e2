"""A figure asked of a thing named with a qualifier (genre claims.toml [qualified_figure]): 供热旧管网改造了多少公里 asks the
figure of 供热 管网, and a quoted 清掏雨水管网(井)390公里 is another 管网's. The clause giving the figure must be about the
qualified thing: the qualifier stands in its sentence or in a heading over it. When no sentence of the answering notice
writes the qualified thing, the reply is refused and the figure the notice does state of the thing is quoted.
A refusal check hooked into answer.refusal.overruled.

Example:
    >>> qualified_pairs("绵阳市供热旧管网改造了多少公里？", ())
    [('供热', '管网', '供热旧管网')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from genre import load_genre
from genre.data_files import get, read_toml
from genre.marks import SENTENCE
from genre.places import find_places
from genre.questions import load_questions
from retrieval.index.keywords import STOPWORDS, _jieba
from retrieval.parse import Section, section_at

_FILE = "claims.toml"
_DATA = get(read_toml(_FILE), "qualified_figure", dict, _FILE)
NOUN_FLAGS = tuple(get(_DATA, "noun_flags", list, _FILE, "qualified_figure"))
QUALIFIER_FLAGS = tuple(get(_DATA, "qualifier_flags", list, _FILE, "qualified_figure"))
BETWEEN = frozenset(get(_DATA, "between", list, _FILE, "qualified_figure"))
MADE = frozenset(get(_DATA, "made_words", list, _FILE, "qualified_figure"))   # 新建完善的制度数: the making, no qualifier
FIGURE = re.compile(r"\d+(?:\.\d+)?\s*(?:余|多)?\s*[万亿千百]?(?:[%％]|(?![年月日号时])[\u4e00-\u9fff])")   # 390公里, 2800万元
CLAUSE = re.compile(r"[^，,、。；;：:！!？?\n]+")
ASKED_PART = re.compile(r"[^，,、。；;：:！!？?\n]+[，,、。；;：:！!？?]?")   # a clause of a question with its closing mark
ASKED_COUNT = tuple(get(_DATA, "asked_count", list, _FILE, "qualified_figure"))   # 多少座餐厨: jieba's 座餐
GLUED = get(_DATA, "glued_classifiers", str, _FILE, "qualified_figure")   # 多少次会: jieba's 次会, a classifier and 会
NAMED_YEAR = re.compile(get(_DATA, "named_year", str, _FILE, "qualified_figure"))   # 2024年度: the period, not a qualifier
TIME_WORDS = frozenset(get(_DATA, "time_words", list, _FILE, "qualified_figure"))   # 落实第一议题时: a clause of when ends
NOT_STATED = "通报没有写明“{thing}”的数字，只写了“{said}”。"


@dataclass(frozen=True)
class Unstated:
    """Why a figure of a qualified thing is not stated: the message, and the spans (start, end) of the figures said."""
    message: str
    spans: tuple[tuple[int, int], ...]


def _noun(flag: str, flags: tuple[str, ...] = NOUN_FLAGS) -> bool:
    return flag in flags


def notice_naming_spans(question: str) -> list[tuple[int, int]]:
    """Spans of QUESTION naming a place, an agency (水务局, 区法院, 我局, 党组) or a year (2024年度): they name the notice
    or its period, not the thing.

    >>> notice_naming_spans("市水务局的河道管线井"), notice_naming_spans("2024年度理论学习中心组")
    ([(1, 4)], [(0, 6)])
    """
    g = load_genre()
    forms = {f for a in g.agency_types for f in a.forms} | set(g.organ_parts)
    spans = [(p.start, p.end) for p in find_places(question)]
    spans += [(m.start(), m.end()) for f in forms for m in re.finditer(re.escape(f), question)]
    spans += [(m.start(), m.end()) for m in g.self_reference.finditer(question)]
    spans += [m.span() for m in NAMED_YEAR.finditer(question)]
    return sorted(set(spans))


def qualified_pairs(question: str, scope_words: tuple[str, ...]) -> list[tuple[str, str, str]]:
    """(qualifier, head, thing as named) of each thing QUESTION asks a figure of under a qualifier: a run of words (BETWEEN
    words aside) in the clause asking the figure, ending in a noun (the head); its first word, the qualifier, two
    characters or more and not a place, an agency, a generic or asking word, nor one of SCOPE_WORDS (the answering
    notice's title and issuer, which name the notice, not the thing).

    >>> qualified_pairs("燕园那些闲置资产后来盘活了吗？租出去收了多少租金？", ())
    [('燕园', '资产', '燕园闲置资产')]
    >>> qualified_pairs("区法院干警培训了多少人次", ("区人民法院党组",))
    []
    >>> qualified_pairs("市公安局党委开了多少次会推动整改措施落地", ()), qualified_pairs("落实第一议题时中心组和支部各学了几次", ())
    ([], [])
    """
    _jieba()
    import jieba.posseg
    q = load_questions()
    named = notice_naming_spans(question)
    words, at = [], 0
    for w, flag in jieba.posseg.cut(question):
        if (len(w) == 1 and flag.startswith("n") and w not in TIME_WORDS and words and words[-1][0] not in BETWEEN
                and _noun(words[-1][1], QUALIFIER_FLAGS)):   # 再生 水 管网: a one-character noun ends the word before it
            words[-1] = (words[-1][0] + w, words[-1][1], words[-1][2])
        else:
            words.append((w, flag, at))
        at += len(w)

    def eligible(w: str, flag: str, start: int) -> bool:
        return not (len(w) < 2 or w in TIME_WORDS or not _noun(flag, QUALIFIER_FLAGS) or w in q.generic or w in q.asking or w in STOPWORDS
                    or any(a < start + len(w) and start < b for a, b in named) or any(w in s for s in scope_words))

    parts = list(ASKED_PART.finditer(question))   # the thing stands in a clause asking the figure, or in an asked part
    asked = [i for i, m in enumerate(parts) if q.asks_quantity.search(m.group())]   # before it (燕园那些闲置资产后来盘活了吗？)
    asking = [m.span() for i, m in enumerate(parts)
              if asked and (i in asked or i < asked[-1] and m.group().endswith(("？", "?")))]
    pairs, i = [], 0
    while i < len(words):
        run, j = [], i
        while j < len(words) and (eligible(*words[j]) or run and words[j][0] in BETWEEN):
            run.append(words[j])
            j += 1
        while run and (run[-1][0] in BETWEEN or not _noun(run[-1][1])):
            run.pop()   # the run ends in its head, a noun
        content = [w for w in run if w[0] not in BETWEEN]
        while content and (content[0][1] == "v" or content[0][0] in MADE):
            content.pop(0)   # 清掏雨水管网, 新建完善的制度: an act on the thing, not its qualifier
        if len(content) >= 2 and any(a <= content[0][2] < b for a, b in asking):
            thing = "".join(w for w, _, _ in run if w not in BETWEEN or len(w) == 1 and w != "的")
            qualifier = content[0][0]
            if question[:run[0][2]].endswith(ASKED_COUNT) and (len(qualifier) > 2 or qualifier[0] in GLUED):
                qualifier, thing = qualifier[1:], thing[1:]   # 多少座餐厨: jieba's 座餐, a classifier; 多少次会: 会 alone
            if len(qualifier) >= 2:
                pairs.append((qualifier, content[-1][0], thing))
        i = max(j, i + 1)
    return pairs


def _held(qualifier: str, head: str, sentence: str, heading: str) -> bool:
    """Whether the qualifier is written of the head: whole in the sentence or the heading over it, or shortened to its
    first character right before the head (污水管网 written 雨污管网: a joined abbreviation keeps each word's first).

    >>> _held("污水", "管网", "清掏雨污管网120公里", ""), _held("供热", "管网", "清掏雨水管网(井)390公里", "")
    (True, False)
    """
    return qualifier in sentence or qualifier in heading or qualifier[0] + head in sentence


def _written_head(qualifier: str, head: str, thing: str, quoted: list[str]) -> str:
    """The head of THING the QUOTED sentences write: HEAD, else the last noun of two characters or more after the
    qualifier that they do write (老年人家庭医生签约率目标: staff end on a generic 目标 or their own 签约率 where the notice
    writes 家庭医生居民签约服务覆盖率), else HEAD.

    >>> _written_head("老年人", "目标", "老年人家庭医生签约率目标", ["家庭医生居民签约服务覆盖率达42%以上"])
    '家庭医生'
    """
    if any(head in s for s in quoted):
        return head
    _jieba()
    import jieba.posseg
    nouns = [w for w, flag in jieba.posseg.cut(thing[len(qualifier):]) if len(w) >= 2 and _noun(flag)]
    return next((w for w in reversed(nouns) if any(w in s for s in quoted)), head)


def qualified_unstated(question: str, text: str, sections: list[Section], quoted: list[tuple[int, int]],
                       scope_words: tuple[str, ...]) -> Unstated | None:
    """Why no reply may stand when QUESTION asks a figure of a qualified thing, the QUOTED spans (start, end) fall in a
    sentence stating a figure with the thing, and no sentence of TEXT (the answering notice, outlined by SECTIONS) holding
    the thing has the qualifier in it or in a heading over it; the figures said are the thing's own clauses of the quoted
    sentences, then the clauses quoted alone. None otherwise.

    >>> qualified_unstated("供热旧管网改造了多少公里？", "九、污染防治\\n清掏雨水管网(井)390公里。", [], [(7, 21)], ())
    Unstated(message='通报没有写明“供热旧管网”的数字，只写了“清掏雨水管网(井)390公里”。', spans=((7, 21),))
    """
    if not load_questions().asks_quantity.search(question):
        return None
    sentences = [(m.start(), m.group()) for m in SENTENCE.finditer(text) if FIGURE.search(m.group())]

    def heading_at(offset: int) -> str:
        sec = section_at(sections, offset)
        return " ".join(sec.path) if sec else ""

    for qualifier, head, thing in qualified_pairs(question, scope_words):
        head = _written_head(qualifier, head, thing, [s for a, s in sentences if any(a <= x < a + len(s) for x, _ in quoted)])
        said = [(a, s) for a, s in sentences if head in s and any(a <= x < a + len(s) for x, _ in quoted)]
        if not said:
            continue   # the quotes give no figure of the thing: other checks read them
        if any(_held(qualifier, head, m.group(), heading_at(m.start())) for m in SENTENCE.finditer(text) if head in m.group()):
            return None   # the notice writes the qualified thing (信访工作专题党组会, with or without a figure)
        clauses = [(a + c.start(), a + c.end(), head in c.group(), len(s)) for a, s in said for c in CLAUSE.finditer(s)
                   if FIGURE.search(c.group())]
        own = [(x, y) for x, y, held, _ in clauses if held]   # the thing's own figure first (闲置资产3.68万平方米)
        led = [(x, y) for x, y, _, n in clauses if any(a <= x and y <= b and b - a < n for a, b in quoted)]   # a clause quoted alone
        spans = tuple(dict.fromkeys(own + led))[:2]
        figures = "，".join(text[x:y].strip() for x, y in spans)
        return Unstated(NOT_STATED.format(thing=thing, said=figures), tuple(spans))
    return None
