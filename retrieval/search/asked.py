"""What a question asks that a chunk of a notice holds: a date (什么时候, 隔了多久), a count of the thing it counts
(几个方面、多少个问题 -> "4个方面33个问题"), a document number (文号, 索引号), the opening that frames the inspection
(哪个巡察组).

Such questions' words are common to every notice (巡察, 反馈, 发布), so a knowledge base's global candidate cut hides
the named notice's own opening or summary; search (retrieval.search.rank) makes the named notice's chunks that hold
the asked kind candidates.

Example:
    >>> sorted(counted_nouns("反馈的问题一共多少个？制定了几条整改措施？")), counted_nouns("方面数是多少？")
    (['措施', '问题'], {'方面'})
    >>> bool(DATED.search("时间:2020-11-16 17:06")), bool(counts_of("问题").search("巡察组共反馈29个问题"))
    (True, True)
"""
from __future__ import annotations

import functools
import re

import numpy as np

from genre import load_genre
from genre.asked_kinds import asked_kinds
from genre.data_files import compile_re, section
from genre.figures import arabic
from genre.questions import load_questions
from retrieval.index.opened import Index

ASKS_DATE = load_questions().asks_date
QUANTITY = load_questions().asks_quantity   # 多少个问题, 几条措施
DAY = re.compile(r"\d{1,2}月\d{1,2}日")
ASKS_GAP = load_questions().asks_gap          # how long an inspection lasted / between two steps: answered by dates
ASKS_INSPECTION = load_questions().asks_inspection   # 哪个巡察组, 被巡察是什么时候: the opening answers
FRAMING = load_questions().framing            # …巡察组对…进行了巡察 / 反馈了巡察意见: a notice's opening
COUNTED = load_questions().counted            # the noun a 多少/几 question counts (问题, 措施)
COUNTED_BEFORE = load_questions().counted_before
COUNTED_NOUNS = frozenset(load_questions().named_with_count)   # what notices count beside its count (问题, 方面)
COUNT_UNITS = load_questions().count_units
COUNTED_BY_NUMBER = compile_re(section("questions.toml", "counted_by_number")["pattern"], "questions.toml",
                               "counted_by_number.pattern")   # 问题数 asks how many 问题
NOUN_REACH = 4   # a counted noun heads a compound of up to four characters (整改措施, 具体问题)
DATE_VALUE = next(r.pattern for r in load_genre().metadata_values if r.name == "date")   # 2020-11-16, 2023年4月26日
DATED = re.compile(f"{DATE_VALUE.pattern}|{DAY.pattern}")   # a day, with its year or without (11月7日)
HEAD_ASKED = (load_questions().asks_published, load_questions().asks_reporter, load_questions().asks_signer,
              load_questions().asks_addressee)   # 哪天发布, 谁作的报告, 落款是谁, 发给哪些单位: the page's head says
NUMBERED = ("doc_number", "index_number")   # numbers a page or its body gives a document: asked by their label's name
NUMBER_ASKED = [(next(lb.pattern for lb in load_genre().metadata_labels if lb.field == f),
                 next(r.pattern for r in load_genre().metadata_values if r.name == f)) for f in NUMBERED]


def asked_in_named(index: Index, question: str, own: set[str]) -> np.ndarray | None:
    """Mask of the chunks of the named notices OWN that hold the kind of thing the question asks: a date (什么时候,
    隔了多久), a count of the thing it counts (几个方面、多少个问题: "4个方面33个问题"), the opening that frames the
    inspection (哪个巡察组). The words of such questions are common to every notice (巡察, 反馈, 发布), so the global
    candidate cut hides the named notice's own opening or summary; None when nothing is asked of that kind."""
    if not own:
        return None
    tests = []
    if ASKS_DATE.search(question) or ASKS_GAP.search(question):
        tests.append(DATED.search)
    nouns = counted_nouns(question) if QUANTITY.search(question) or COUNTED_BY_NUMBER.search(question) else set()
    if nouns:
        tests.append(lambda t: any(counts_of(n).search(arabic(t)) for n in nouns))   # 三十三个问题 too
    tests += [value.search for label, value in NUMBER_ASKED if label.search(question)]   # 文号是什么: 遂科技党组〔2020〕20号
    if ASKS_INSPECTION.search(question):
        tests.append(lambda t: FRAMING.search(t))
    tests += [lambda t, k=kind: k.holds.search(arabic(t)) for kind in asked_kinds(question)]   # 开了多少次会 (genre
    # questions.toml [[asked_kind]]): 先后召开10余次党委会
    if not tests:
        return None
    mask = index.chunk_mask(own)
    for pos in np.flatnonzero(mask):
        text = index.chunks[pos].text
        if not any(test(text) for test in tests):
            mask[pos] = 0.0
    return mask if mask.any() else None


def counted_nouns(question: str) -> set[str]:
    """The nouns a count question counts, also as the head of a compound (多少条整改措施 counts 措施).

    >>> sorted(counted_nouns("反馈的问题一共多少个？制定了几条整改措施？")), counted_nouns("方面数是多少？")
    (['措施', '问题'], {'方面'})
    """
    near = [question[m.start(1):m.start(1) + NOUN_REACH] for m in COUNTED.finditer(question)]
    near += [question[max(0, m.end(1) - NOUN_REACH):m.end(1)] for pat in (COUNTED_BEFORE, COUNTED_BY_NUMBER)
             for m in pat.finditer(question)]
    return {noun for text in near for noun in COUNTED_NOUNS if noun in text}


@functools.cache
def counts_of(noun: str) -> re.Pattern[str]:
    """A count of NOUN as notices write it: 33个问题, 4个方面, 问题13个, 整改措施14条."""
    unit = "(?:" + "|".join(map(re.escape, COUNT_UNITS)) + ")"
    return re.compile(rf"\d+\s*{unit}?\s*{re.escape(noun)}|{re.escape(noun)}\s*\d+\s*{unit}")


def asks_head(question: str) -> bool:
    """Whether the question asks what a notice's head says of the notice itself: its date, number, reporter, signer,
    addressees (谁去人大作的报告, 文号分别是什么); the head's lines answer, not the body."""
    return any(p.search(question) for p in HEAD_ASKED) or any(label.search(question) for label, _ in NUMBER_ASKED)


def head_positions(index: Index, notice_ids: set[str]) -> list[int]:
    """Chunk positions of the notices' heads: the chunks starting before the head ends (Notice.header_end), and
    each notice's first chunk (a page with no head lines opens with its title or first sentence)."""
    out = []
    for nid in notice_ids:
        rec = index.records[nid]
        end = max(rec.notice.header_end, rec.chunks[0].start + 1) if rec.chunks else 0
        out += [index.chunk_pos[c.id] for c in rec.chunks if c.start < end]
    return out
