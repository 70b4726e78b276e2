"""Round 26 (task last2): what two named actors each did, and a position below a part named by its whole heading.

- A和B各做了什么 / 分别要做什么 / 各起什么作用 / 分别履行了什么责任: the lead quotes one clause per actor, the clause the
  actor opens as its subject (区(县、市)政府能够落实属地管理责任…), the pair nearest each other; a clause listing both
  (牵头处室、单位要…) ends where the other actor's clause opens.
- 主要任务第一项 / 工作任务第二项是什么: the position is a child of the part whose whole heading stands right before it,
  not the notice's first 1. line under another part.
The questions are probes of our own, in several wordings each, on real dev notice text.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from answer.actors import actor_clauses, asked_actors
from answer.ask import ask
from genre.asking import plain_question
from retrieval.load import load_notice
from retrieval.parse import parse_sections
from retrieval.search.structure import _lookup
from tests.conftest import dev_files, small_index

ROOT = Path(__file__).resolve().parent.parent


def _notice(prefix: str):
    found = sorted((ROOT / "corpus").glob(prefix + "*.txt")) or sorted((ROOT / "tests" / "data" / "notices-dev").glob(prefix + "*.txt"))
    return load_notice(found[0])


def _text(prefix: str) -> str:
    return _notice(prefix).text


@pytest.mark.parametrize("question, actors", [
    ("区县市政府和具体实施单位各做了什么", ("区县市政府", "具体实施单位")),
    ("华容县重点工作里主要责任单位和其他责任单位分别要做什么", ("华容县重点工作里主要责任单位", "其他责任单位")),
    ("党组书记和班子成员分别履行了什么责任", ("党组书记", "班子成员")),
    ("市级牵头部门与区县政府各起什么作用", ("市级牵头部门", "区县政府")),
])
def test_two_actors_asked_each(question, actors):
    assert asked_actors(question) == actors


@pytest.mark.parametrize("question", ["人均预期寿命和健康素养水平分别是多少", "整改情况怎么样", "党组和班子成员有几个人"])
def test_no_actors_asked(question):
    assert asked_actors(question) is None


@pytest.mark.parametrize("prefix, question, starts", [
    ("d02", "宁波审计整改里区县市政府和具体实施单位各做了什么", ["区(县、市)政府能够落实属地管理责任", "具体实施单位,能够细化"]),
    ("d02", "宁波审计整改中市级牵头部门和区县市政府分别起什么作用", ["市级牵头部门,能够履行牵头抓总责任", "区(县、市)政府能够"]),
    ("d13", "华容县重点工作里主要责任单位和其他责任单位分别要做什么", ["主要责任单位要切实履行主职主责", "其他责任单位要积极履行配合职责"]),
    ("d17", "慈溪审计整改报告里市政府和市审计局各做了什么", ["市政府认真贯彻市人大常委会审议意见", "市审计局"]),
    ("d28", "湘潭妇联巡察整改时党组书记和班子成员分别履行了什么责任", ["党组书记切实履行巡察整改第一责任人责任", "班子成员落实"]),
    ("tj-city-mgmt-commission-2019", "城管委2019年工作计划里牵头处室和配合处室各要做什么", ["牵头处室、单位要主动认领责任", "配合处室、单位要积极主动作为"]),
    ("d34", "枣庄社科联党组主要负责同志和班子成员各做了什么", ["党组主要负责同志切实履行第一责任人责任", "班子成员"]),
])
def test_each_actor_leads_with_the_clause_it_opens(prefix, question, starts):
    notice = _notice(prefix)   # the header (市审计局局长 俞金华) opens no clause of the body
    text = notice.text
    got = [text[a:b] for a, b in actor_clauses(text, question, notice.header_end)]
    assert len(got) == 2 and all(g.startswith(s) for g, s in zip(got, starts)), got
    assert not any(g.rstrip().endswith(("，", ",")) for g in got)


def test_the_clause_ends_where_the_other_actor_opens_its_own():
    text = _text("d28")
    got = [text[a:b] for a, b in actor_clauses(text, "党组书记和班子成员分别履行了什么责任")]
    assert got[0] == "党组书记切实履行巡察整改第一责任人责任"


@pytest.mark.parametrize("prefix, question, markers", [
    ("d23", "浙江卫健工作要点，主要任务第一项行动叫什么", ["(一)"]),
    ("tj-city-mgmt-commission-2019", "2019年城管委工作计划工作任务第一项是什么", ["(一)"]),
    ("tj-city-mgmt-commission-2019", "城管委2019年工作计划里工作任务第二项讲的啥", ["(二)"]),
    ("tj-dongli", "区整改通报总体履责情况第二项是什么", ["(二)"]),
    ("tj-govt-offices", "整改通报履行主体责任情况第三项讲了什么", ["(三)"]),
    ("d20", "揭阳公安巡察发现的问题第二项是什么", ["(二)"]),
    ("d31", "庆阳文联坚持问题导向第一项是什么", ["(一)"]),
])
def test_a_position_below_a_part_named_by_its_whole_heading(prefix, question, markers):
    secs = parse_sections(_text(prefix), prefix)
    assert [s.marker for s in _lookup(secs, plain_question(question))] == markers


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    return small_index(tmp_path_factory, "last26", dev_files("d02_", "d13_", "d28_", "d23_"))


@pytest.mark.parametrize("question, first, second", [
    ("宁波审计整改报告里区县市政府和具体实施单位各做了什么", "区(县、市)政府能够落实属地管理责任", "具体实施单位"),
    ("华容县重点工作里主要责任单位和其他责任单位分别要做什么", "主要责任单位要切实履行主职主责", "其他责任单位要积极履行"),
    ("湘潭妇联巡察整改时党组书记和班子成员分别履行了什么责任", "党组书记切实履行", "班子成员落实"),
])
def test_the_answer_leads_with_each_actor(dev_index, question, first, second):
    a = ask(dev_index, question, dev_index.settings)
    assert a.citations[0].quote.startswith(first) and a.citations[1].quote.startswith(second), a.answer
