"""Round 17, which notice, which set, which measures: each convention probed in five or more wordings of my own on
real dev-notice text (tests/data/notices-dev), answerable and, where it applies, not.

- A place named by a short form several divisions share (华容: 华容县 of 湖南, 华容区 of 湖北) is the one a notice of the
  knowledge base is about; with no such notice it names nothing (as before).
- "X包括哪几个方面" asks the notice's outline only when X is the notice or the rectification as a whole; a thing X whose
  members a sentence lists (从A、B、C…5个方面,构建起X) is answered by that sentence.
"""
from __future__ import annotations

import pytest

from genre.places import find_places
from retrieval.load import load_notice
from retrieval.parse import parse_sections
from retrieval.search.listed import lists_named_thing, named_thing
from retrieval.search.scope import scope_for
from retrieval.search.structure import _lookup
from tests.conftest import ROOT
from tests.notice_text import notice_text

DEV = ROOT / "tests" / "data" / "notices-dev"
HUNAN_HUARONG, HUBEI_HUARONG = "430623", "420703"


@pytest.mark.parametrize("question", [
    "华容那份重点工作任务分解通知里，头四条各说的啥？",
    "华容的重点工作任务通知第二条讲什么？",
    "问一下华容今年重点工作任务的分工",
    "华容政府那份通知头两条说的什么",
    "关于华容重点工作任务，督查考核怎么要求的？",
])
def test_a_shared_short_form_names_the_place_a_notice_is_about(question):
    found = find_places(question, known=frozenset({HUNAN_HUARONG, "430600", "430000"}))
    assert [p.full_name for p in found] == ["华容县"]
    assert [p.full_name for p in find_places(question, known=frozenset({HUBEI_HUARONG}))] == ["华容区"]
    assert find_places(question) == []   # no notice about either: a place the question names no more surely than before


@pytest.mark.parametrize("question,known,name", [
    ("通州那份通报里整改了多少问题？", "110112", "通州区"),
    ("普陀的巡察整改通报第一部分讲什么", "330903", "普陀区"),
    ("城关的重点工作有哪几条？", "620102", "城关区"),
])
def test_other_shared_short_forms_are_read_alike(question, known, name):
    found = find_places(question, known=frozenset({known}))
    assert [(p.full_name, p.code) for p in found] == [(name, known)]


def test_a_shared_short_form_in_the_middle_of_a_word_or_an_ordinary_word_is_no_place():
    known = frozenset({HUNAN_HUARONG, "110112", "330903"})
    assert find_places("雍华容貌整治的通知", known=known) == []   # 华容 inside a word
    assert find_places("长安那份通报", known=frozenset({"610116"})) == []   # 长安: an ordinary word (places.toml)


def test_the_knowledge_bases_notice_about_the_shared_place_is_preferred():
    notices = [load_notice(p) for p in sorted(DEV.glob("d1[0-9]_*.txt"))]
    for question in ("华容那份重点工作任务分解通知里，头四条各说的啥？", "华容的重点工作任务通知第二条讲什么？"):
        s = scope_for(question, notices)
        assert s.reason == "华容" and s.focus and s.focus[0].startswith("d13_") and not s.unmatched


QINGYANG = notice_text("d31_")   # 从整改措施、牵头领导、责任科室、责任人、整改时限5个方面,构建起整改推进责任链
SUINING = notice_text("d25_")    # 围绕完善财务管理、机关党建、民生保障、作风建设等方面,制定和完善相关制度13个


@pytest.mark.parametrize("question", [
    "庆阳文联的整改推进责任链包括哪几个方面？",
    "文联构建的整改推进责任链都有哪些方面？",
    "庆阳文联的整改推进责任链包含哪些方面",
    "整改推进责任链分为哪几个方面？",
    "庆阳市文联党组那个整改推进责任链，包括哪几块？",
])
def test_a_named_thing_a_sentence_lists_is_not_the_outline(question):
    secs = parse_sections(QINGYANG)
    assert lists_named_thing(QINGYANG, secs, question)


@pytest.mark.parametrize("question", [
    "遂宁科技局新制定的制度包括哪几个方面？",
    "遂宁科技局完善的相关制度分为哪几个方面？",
    "科技局制定和完善的制度，有哪些方面？",
])
def test_a_named_thing_of_another_notice_a_sentence_lists_is_not_the_outline(question):
    assert lists_named_thing(SUINING, parse_sections(SUINING), question)


@pytest.mark.parametrize("question,text", [
    ("庆阳文联的巡察整改通报包括哪几个方面？", QINGYANG),
    ("庆阳文联整改工作分成哪几个部分？", QINGYANG),
    ("庆阳文联包括哪几个方面", QINGYANG),
    ("这份通报分为哪几部分", QINGYANG),
    ("遂宁科技局的通报分成哪几块？", SUINING),
    ("遂宁科技局巡察整改情况包括哪几个方面？", SUINING),
])
def test_the_notice_or_its_rectification_as_a_whole_is_asked_by_its_outline(question, text):
    secs = parse_sections(text)
    assert not lists_named_thing(text, secs, question)
    assert _lookup(secs, question)   # the outline (or the part the words name) answers


def test_the_named_thing_is_what_is_left_of_its_place_agency_and_organ():
    assert named_thing("庆阳文联的整改推进责任链") == "整改推进责任链"
    assert named_thing("庆阳市文联党组的") == ""
    assert named_thing("遂宁科技局新制定的制度") == "新制定的制度"
