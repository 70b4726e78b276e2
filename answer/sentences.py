"""Sentences that may answer a question, scored: in the context windows of the hits (`candidates`) and,
for an asked figure no window holds, in the whole answering notice (`notice_sentences`).

Example:
    >>> cands, wants_measures = candidates(index, hits, {"整改措施": 3.0}, "共制定整改措施多少条？")
    >>> max(cands)[0] > 0
    True
"""
from __future__ import annotations

import re

from answer.below_finding import bare_label
from answer.forms import MAX_SENTENCE_CHARS, trim
from answer.counted_asked import count_alike
from answer.measures import RESTATES, coverage, cut_off, not_body, own_measures_asked, unit_example
from answer.outcomes import WORK_PLAN
from answer.tables import row_figures
from genre.converted import converting_asked, kind_units, unit_asked
from genre.data_files import compile_re, read_toml
from genre.figures import arabic, asked_figures
from genre.implied_unit import implied_units
from genre.questions import load_questions
from genre.staff_words import in_notice_words
from genre.counted import grouping_asked
from retrieval import weights
from retrieval.chunk import sentence_spans
from retrieval.index.opened import Index
from retrieval.parse import page_outline
from retrieval.records import section_path_at
from retrieval.search.profile import notice_profile
from retrieval.search.rank import NUMBER, Hit

QUANTITY = load_questions().asks_quantity
OPENING_ASKED = load_questions().asks_opening
FRAMING = load_questions().framing
MEASURE = load_questions().asks_measures
ENUM_START = load_questions().enum_item
ANNOUNCES = load_questions().announces
ANNOUNCE_ONLY = 60   # a sentence this short that announces the notice holds nothing else (longer ones hold dates)
LEAD_SEARCH = 8   # candidate sentences of the answering notice searched for the asked figure


UNIT_ASKED = load_questions().asked_unit
SET_UP_KIND = compile_re(read_toml("measures.toml")["set_up_kinds"]["pattern"], "measures.toml", "set_up_kinds")
LIST_VERBS = read_toml("measures.toml")["set_up_kinds"]["list_verbs"]   # 胜山镇、市文广局出台了…制度: actors listed, not things


def kind_listed(kind: str) -> re.Pattern[str]:
    """A list of things of KIND up to the kind, no verb of setting up after its last 、 (measures.toml set_up_kinds).

    >>> bool(kind_listed("机制").search("建立起分工负责机制、工作推进机制")), bool(kind_listed("制度").search("胜山镇、市文广局出台了议事决策制度"))
    (True, False)
    """
    return re.compile(rf"(?:[^,，。；;、：:]{{1,20}}、)+(?:(?!{LIST_VERBS})[^,，。；;、：:]){{0,20}}?" + re.escape(kind))


def asked_units(question: str) -> list[str]:
    """Units a quantity question asks for: '多少条' -> ['条']; '比例/完成率/多高' -> ['%'];
    '追回了多少违规资金' -> ['万元', '亿元', '元']."""
    units = UNIT_ASKED.findall(question) + implied_units(question)   # 还剩多少没落实:
    # 239条措施's 条; 处理了多少人？建了多少制度？: 人 and the 制度's count
    units += [u for u in [grouping_asked(question)] if u and u not in units]   # 11个问题是怎么归类的: 3个方面6项共11个问题
    if load_questions().asks_rate.search(question):
        units.append("%")
    if load_questions().asks_money.search(question) and not any(u in load_questions().money_units for u in units):
        units.extend(load_questions().money_units)
    if converting_asked(question):   # 按亿元算, 折合多少亩: any unit of its kind answers (251023.54万元), converted after
        units += [u for u in kind_units(unit_asked(question)) if u not in units]   # the lead (genre worked.toml
        # [converted]); 多少亩 alone asks a figure in 亩 (1000万平方米 is no answer)
    return [re.escape(u) for u in units]


SENTENCE_END = re.compile(r"[。！？!?\n]")


def whole_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of a context window, the last one read on to its end when the window (ending at a
    chunk's `；`) cuts it ("联系电话:63081903;" + "电子邮箱:…。"), up to MAX_SENTENCE_CHARS."""
    spans = sentence_spans(text, start, end, clauses=False)
    if spans and not SENTENCE_END.match(text, spans[-1][1] - 1):
        a, b = spans[-1]
        stop = SENTENCE_END.search(text, b, a + MAX_SENTENCE_CHARS)
        if stop is not None:
            spans[-1] = (a, stop.end() if text[stop.start()] != "\n" else stop.start())
    return spans


def candidates(index: Index, hits: list[Hit], q_tokens: dict[str, float], question: str):
    """(score, hit rank, start, end, hit) of each body sentence of the top contexts, and whether measures
    are asked: how well the sentence answers the question (its words, figures, units, form)."""
    numbers = set(NUMBER.findall(asked_figures(question)))   # 那三个问题 gives 3 as 那3个问题 does
    wants_number = bool(QUANTITY.search(question))
    units = asked_units(question)
    alike = count_alike(units)
    thing = load_questions().asked_thing.search(question)   # 列了哪三类清单: the sentence naming things of that kind
    set_up = None if thing else SET_UP_KIND.search(question)   # 建了啥机制: as 建了哪几个机制 (measures.toml set_up_kinds)
    kind_list = kind_listed(set_up.group(1)) if set_up else None
    if kind_list and not any(kind_list.search(index.records[h.notice_id].notice.text, h.start, h.end) for h in hits[:5]):
        set_up = kind_list = None   # ... when a passage lists things of that kind (分工负责机制、工作推进机制、…机制)
    # (a named set is a fact; 做了哪几项工作 still asks the measures)
    contact = bool(load_questions().asks_contact.search(question))   # 打哪个电话: the notice's contact line
    kind = thing.group(2) if thing else set_up.group(1) if set_up else ""
    named_set = bool(kind and kind not in load_questions().measure_kinds)   # 哪三类清单: a fact
    wants_measures = (not contact and not named_set and bool(MEASURE.search(question)) and not QUANTITY.search(question)
                      and not load_questions().asks_combined.search(in_notice_words(question)))   # 跟哪些工作结合: one sentence says
    about_inspection = bool(OPENING_ASKED.search(question))   # 哪个巡察组 / 按照哪个文件: the opening answers
    combined = load_questions().asks_combined_which.search(in_notice_words(question))   # 跟哪些工作结合: the sentence saying it
    about_document = bool(load_questions().asks_document.search(question))   # 哪个文件定的: the sentence naming it
    own = own_measures_asked(question)   # 审计局…用的是哪两项制度: not what units under it did (有些单位…)
    out = []
    for hit in hits[:5]:
        rec = index.records[hit.notice_id]
        text = rec.notice.text
        # a work plan's headings state its tasks (1.全面深化…主题实践): they answer; elsewhere they restate a problem
        heading_spans = [] if notice_profile(rec.notice).kinds == {WORK_PLAN} else [(s.start, s.heading_end) for s in rec.sections]
        header_end = rec.notice.header_end  # title and metadata lines: answered by _meta_answer
        listed = [(s.start, s.end) for s in page_outline(text, header_end)]   # a page's outline above the title answers
        for a, b in whole_sentences(text, hit.start, hit.end):
            sentence = text[a:b]
            if (len(sentence) < 6 or (a < header_end and not any(x <= a < y for x, y in listed))
                    or not_body(text, a, rec.notice.title) or bare_label(sentence)   # 整改进展情况: answers nothing
                    or (ANNOUNCES.search(sentence) and len(sentence) <= ANNOUNCE_ONLY)):
                continue
            path = section_path_at(rec.sections, a) if a > hit.start else hit.section_path   # the item it sits in
            score = coverage(q_tokens, sentence) + 0.25 * coverage(q_tokens, path)
            score += 0.3 * len(numbers & set(NUMBER.findall(sentence)))
            figures = arabic(row_figures(text, a, b))   # 三十二个 read as 32个, a table cell with its header's unit
            if units and re.search(r"\d(?:[\d.]*)(?:" + "|".join(units) + ")", figures):
                score += 0.4   # "多少条" is answered by a sentence with "97条"
            elif alike and alike.search(figures):
                score += 0.2   # ... and less surely by "120项" (counts stand in for each other)
            if wants_number and re.search(r"\d", figures):
                score += 0.15
            if wants_measures and ENUM_START.match(sentence):
                score += 0.1
            if any(s <= a and b <= e + 1 for s, e in heading_spans) or (RESTATES.search(sentence) and len(sentence) < 90):
                score -= 0.4   # a heading restates the question; the answer sits below it
            if unit_example(sentence, own):
                score -= weights.UNIT_EXAMPLE_PENALTY
            if cut_off(text, a, b):   # the page lost its rest mid-sentence, written whole before
                score -= weights.CUT_OFF_PENALTY
            if about_inspection and FRAMING.search(sentence):
                score += weights.FRAMING_BONUS
            if (thing and names_kind(sentence, thing.group(2), thing.group(1))) or (kind_list and kind_list.search(sentence)):
                score += weights.ASKED_THING_BONUS
            if contact and load_questions().contact_line.search(sentence):
                score += weights.CONTACT_BONUS
            if combined and load_questions().asks_combined.search(sentence):
                score += weights.COMBINED_BONUS
            if about_document and load_questions().document_named.search(sentence):
                score += weights.DOCUMENT_BONUS
            score += 0.08 / hit.rank
            out.append((score, hit.rank, a, b, hit))
    return out, wants_measures


NUMERALS = {"一": "1", "两": "2", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "七": "7", "八": "8", "九": "9", "十": "10"}


def names_kind(sentence: str, kind: str, how_many: str | None) -> bool:
    """Whether SENTENCE names things of KIND (asked as 哪三类清单, 哪两项制度): the kind itself, or its count said
    with the kind's last character ("三张清单", "3个工作组").

    >>> names_kind("根据问题、任务、责任“三张清单”", "清单", "三"), names_kind("建立问题整改制度", "制度", "两")
    (True, True)
    >>> names_kind("制定和完善相关制度13个", "清单", "三")
    False
    """
    if kind in sentence:
        return True
    if how_many and re.search(f"(?:{how_many}|{NUMERALS.get(how_many, how_many)})[^，,。；;]{{0,2}}{kind[-1]}", sentence):
        return True
    return False


def near_best(cands: list[tuple], ratio: float, limit: int) -> list[tuple]:
    """The candidates (best first, score first) scoring within `ratio` of the best, the best always kept:
    scores fall below 0 when headings are marked down. near_best([(-0.2,), (-0.25,), (-1.0,)], 0.6, 4) -> the first two."""
    best = cands[0][0]
    return [c for c in cands if c[0] >= best - abs(best) * (1 - ratio)][:limit]


def notice_sentences(record, q_tokens: dict[str, float], n: int = LEAD_SEARCH) -> list[tuple[int, int]]:
    """The n body sentences of a notice that hold most of the question's weighted words (none without any)."""
    text = record.notice.text
    header_end = record.notice.header_end
    listed = [(s.start, s.heading_end) for s in page_outline(text, header_end)]   # a page's outline above the title
    scored = [(coverage(q_tokens, text[a:b]), a, b) for a, b in listed + sentence_spans(text, header_end, len(text), clauses=False)
              if not not_body(text, a, record.notice.title)]
    return [trim(text, a, b) for cov, a, b in sorted(scored, key=lambda x: (-x[0], x[1]))[:n] if cov > 0]
