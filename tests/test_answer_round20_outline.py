"""Round 20 (task outline): structure questions that walk a path down the outline.

- 开头那部分 / 开篇那部分 / 头一部分 is the first top-level part of the outline (一、…), not the salutation and framing
  sentences before it; 底下有哪两点 / 下面有几点 lists its children (fresh23 u2654, d02 宁波审计).
- A path of several steps is followed step by step: a part named by its words (反馈问题整改部分: the heading holding
  those words, not the first part) -> its Nth 方面 -> the first N problems beneath (前三个问题), (fresh24 u2742, d28 湘潭妇联).
The questions are probes of our own, in several wordings each, on real dev notice text.
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from genre.asking import plain_question
from genre.structure_questions import load_structure_questions
from retrieval.parse import parse_sections
from retrieval.search.structure import _lookup
from tests.conftest import dev_files, dev_text, small_index


def _markers(prefix: str, question: str) -> list[str]:
    secs = parse_sections(dev_text(prefix), prefix)
    return [s.marker for s in _lookup(secs, plain_question(question))]


def test_the_opening_part_is_a_position_only_before_a_kind_of_part():
    s = load_structure_questions()
    assert [m.group(0) for m in s.position.finditer("开头那部分标题是什么，底下有哪两点？")] == ["开头那部分"]
    assert [m.group(0) for m in s.position.finditer("开篇那一块下面有几点")] == ["开篇那一块"]
    assert not list(s.position.finditer("通报开头那段讲了什么")) and not list(s.position.finditer("开头的总体情况"))
    assert s.first_n.search("第一个方面下面前三个问题分别是什么").group(1) == "三"


@pytest.mark.parametrize("prefix, question, markers", [
    ("d02", "宁波市审计局的整改报告，开头那部分标题是什么，底下有哪两点？", ["一、", "(一)", "(二)"]),
    ("d35", "鲤城区社科联通报开头那部分讲的是什么，下面分了哪几点？", ["一、", "(一)", "(二)", "(三)"]),
    ("d04", "湖北省司法厅巡视整改通报，头一部分的标题是什么，下面有几点？", ["一、", "(一)", "(二)", "(三)"]),
    ("d38", "中山市第一人民法院整改通报开篇那部分下面有几点？", ["一、", "(一)", "(二)"]),
    ("d26", "朔州市科技局整改通报第一部分底下有哪几点？", ["一、", "(一)", "(二)", "(三)", "(四)"]),
    ("d25", "遂宁市科技局通报第二部分下面有几点？", ["二、", "(一)"]),
])
def test_the_opening_part_and_its_points(prefix, question, markers):
    assert _markers(prefix, question) == markers


@pytest.mark.parametrize("prefix, question, markers", [
    ("d28", "湘潭妇联通报反馈问题整改部分第一个方面下面前三个问题分别是什么", ["(一)", "1.", "2.", "3."]),
    ("d28", "湘潭市妇联巡察反馈问题整改情况那块，第一个方面里头头两个问题是啥", ["(一)", "1.", "2."]),
    ("d08", "芦淞区司法局反馈问题整改进展那部分第一个方面下面前两个问题是什么", ["(一)", "1.", "2."]),
    ("d08", "芦淞区司法局通报第二部分第一个方面下面前两个问题是哪些", ["(一)", "1.", "2."]),
    ("d20", "揭阳公安巡察发现的问题那部分，第二类下面头两条分别是什么", ["(二)", "1.", "2."]),
    ("d20", "揭阳市公安局通报里巡察发现的问题，第一个方面前三个问题是啥", ["(一)", "1.", "2.", "3."]),
])
def test_a_path_is_followed_step_by_step_to_the_first_items(prefix, question, markers):
    assert _markers(prefix, question) == markers


def test_a_part_named_by_its_words_is_not_the_first_part():
    assert _markers("d28", "湘潭妇联反馈问题整改那部分第一个方面下面有哪几个问题？")[:1] == ["(一)"]
    assert "组织整改落实情况" not in [s.heading for s in parse_sections(dev_text("d28"), "d28")
                                  if s.marker in _markers("d28", "湘潭妇联反馈问题整改部分第一个方面前三个问题")]


@pytest.fixture(scope="module")
def outline_index(tmp_path_factory):
    return small_index(tmp_path_factory, "outline", dev_files("d02_", "d28_", "d08_"))


@pytest.mark.parametrize("question, quoted", [
    ("宁波市审计局的整改报告，开头那部分标题是什么，底下有哪两点？",
     ["一、整改工作总体部署和推进情况", "(一)市政府高度重视审计整改工作", "(二)责任部门单位积极落实审计整改措施"]),
    ("湘潭妇联通报反馈问题整改部分第一个方面下面前三个问题分别是什么",
     ["1.贯彻落实第一议题不到位", "2.推动落实《“十四五”时期妇联事业发展规划》有差距", "3.在引领服务女企业家"]),
    ("芦淞区司法局反馈问题整改进展那部分第一个方面下面前两个问题是什么",
     ["1.党组理论学习中心组次数不达标", "2.学习缺乏自觉性和紧迫感"]),
])
def test_the_answer_quotes_the_headings_walked_to(outline_index, question, quoted):
    a = ask(outline_index, question)
    assert not a.abstained
    assert all(any(q in c.quote for c in a.citations) for q in quoted)
    assert not any("各位委员" in c.quote for c in a.citations)
