"""Round 136 (session 26): systems an agency put in place, asked in words unlike the notice's, over dev notices.

- Systems and mechanisms asked by number or name (哪两项制度, 搞了什么制度, 建了哪几个机制) are kinds asked whose chunks
  of the named notice are candidates past the knowledge base's cut (questions.toml [[asked_kind]],
  retrieval/search/asked.py): the passage naming them (积极落实审计整改“挂销号”和整改结果公告制度) shares no other word
  with the ask (督促, 盯住 vs 督查), so the global keyword and vector cuts left it out.
- A list of things of the kind asked stops at a verb of setting up (measures.toml set_up_kinds list_verbs): in
  胜山镇、市文广局出台了议事决策制度 the list names who set the system up, so the sentence gets no bonus for listing
  systems (answer/sentences.py kind_listed).
- Asked what an agency itself did (审计局为了盯住各单位整改搞了什么制度), a sentence opened by the units under it as its
  actors (各整改主体责任单位根据整改要求,…) is marked down as an example of some units is (answer/sentences.py
  unit_example, answer/measures.py; measures.toml units_acting).
- Asked how some units organised a thing (有些被审计单位是怎么组织整改班子的), the run of the units' example clauses answers
  only when no other sentence of its paragraph holds more of the ask's own topic (answer/unit_run.py topic_elsewhere);
  staff's 整改班子 is the notices' 整改工作小组 (questions.toml [staff_words]) and the quantifier 有些/有的/一些 weighs
  nothing (questions.toml [generic]): notices write 部分/有的/有些 alike.
"""
from __future__ import annotations

import numpy as np
import pytest

from answer.measures import unit_example
from answer.sentences import kind_listed
from answer.unit_run import example_run, topic_elsewhere
from genre.asked_kinds import asked_kinds
from genre.questions import load_questions
from genre.staff_words import in_notice_words
from retrieval.search import rank
from retrieval.search.asked import asked_in_named
from tests.conftest import CORPUS, dev_files, dev_text, small_index


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    paths = dev_files("d01_", "d02_", "d04_", "d17_") + sorted(CORPUS.glob("*.txt"))
    return small_index(tmp_path_factory, "sys136", paths)


# -- systems asked: a kind the named notice's chunks hold ---------------------------------------------------------------

@pytest.mark.parametrize("question", ["慈溪审计局督促整改用了哪两项制度", "审计局为了盯住各单位整改搞了什么制度",
                                      "落实的是哪两项整改制度？", "整改办靠哪几项制度盯进度"])
def test_systems_asked(question):
    kinds = asked_kinds(question)
    text = dev_text("d17_")
    clause = text[text.index("积极落实审计整改"):text.index("加强整改督查")]
    assert any(k.holds.search(clause) for k in kinds)


@pytest.mark.parametrize("question", ["厦门体育局建了哪几个机制", "宁波靠什么机制推进重大问题整改"])
def test_mechanisms_asked(question):
    assert any(k.holds.search("建立起分工负责机制、工作推进机制") for k in asked_kinds(question))
    assert not any(k.holds.search("积极落实整改结果公告制度") for k in asked_kinds(question))   # a system is no mechanism


@pytest.mark.parametrize("question", ["慈溪市审计局在推动整改上有哪些做法？", "制度建设方面有什么问题", "开了几次会"])
def test_no_system_asked(question):
    assert not any(k.holds.search("积极落实整改结果公告制度") for k in asked_kinds(question))


def test_named_notice_chunk_naming_systems_is_candidate(dev_index):
    nid = next(n for n in dev_index.records if n.startswith("d17_"))
    mask = asked_in_named(dev_index, "慈溪审计局督促整改用了哪两项制度", {nid})
    held = [dev_index.chunks[p].text for p in np.flatnonzero(mask)]
    assert any("整改结果公告制度" in t for t in held)
    assert all("制度" in t for t in held)   # only the chunks naming a system


@pytest.mark.parametrize("question", ["慈溪审计局督促整改用了哪两项制度", "慈溪审计局为了盯住各单位整改搞了什么制度"])
def test_passage_naming_the_systems_is_searched(dev_index, question):
    hits = rank.search(dev_index, question, k=5)
    assert any("“挂销号”和整改结果公告制度" in h.text for h in hits)


# -- a list of things of the kind stops at a verb of setting up ---------------------------------------------------------

def test_kind_list_of_things():
    assert kind_listed("机制").search("建立起分工负责机制、工作推进机制、督导检查机制")
    assert kind_listed("制度").search("严格落实重大事项请示报告、督查督办等制度")


def test_actors_listed_before_the_verb_are_no_kind_list():
    text = dev_text("d17_")
    sentence = text[text.index("部分单位边审边改"):text.index("有些单位对审计")]
    assert "胜山镇、市文广局出台了议事决策制度" in sentence
    assert not kind_listed("制度").search(sentence)


# -- a topic asked of some units: the sentence holding it, not the run of their approaches -------------------------------

def _paragraph(text: str, opening: str) -> tuple[int, int]:
    a = text.index(opening)
    return a, text.find("\n", a) if "\n" in text[a:] else len(text)


def test_team_asked_is_held_outside_the_example_run():
    text = dev_text("d17_")
    start, end = _paragraph(text, "(一)落实整改主体责任")
    run = example_run(text, start, end)
    assert len(run) >= 2 and not any("整改工作小组" in text[a:b] for a, b in run)
    assert topic_elsewhere(text, run, start, end, {"小组": 2.7, "组织": 1.3})


def test_approaches_asked_keep_the_run():
    text = dev_text("d17_")
    start, end = _paragraph(text, "(一)落实整改主体责任")
    run = example_run(text, start, end)
    assert not topic_elsewhere(text, run, start, end, {"路数": 3.0})   # no sentence holds the topic: the run answers
    assert not topic_elsewhere(text, run, start, end, {})


def test_team_in_staff_words_and_some_weighs_nothing():
    assert "整改工作小组" in in_notice_words("慈溪有些被审计单位是怎么组织整改班子的？")
    assert {"有些", "有的", "一些"} <= set(load_questions().generic)


# -- the units under the agency as a sentence's actors: not the agency's own act ----------------------------------------

def test_units_acting_are_not_the_agency():
    text = dev_text("d17_")
    units = text[text.index("各整改主体责任单位"):text.index("部分单位边审边改")]
    own = text[text.index("市审计局认真贯彻"):text.index("相关单位积极主动整改")]
    assert unit_example(units, ("审计局",))
    assert not unit_example(own, ("审计局",))
    assert not unit_example(units, ())   # no agency asked of: the units' sentence may answer
