"""Round 101 (session 20, fresh53 structure and measure asks), in wordings of my own over dev notices.

- A notice's top parts asked as 大块 (按大块分是哪几块, 大块有哪些, 大部分分别是什么): the outline answers, each top part
  named, (一)/(二) where an excerpt starts below 一、 (structure_questions.toml [outline]).
- A 印发 notice's requirements asked by how they are ordered (印发…时，提的要求是按哪几条排的): its top parts, each
  heading named (structure_questions.toml [whole_notice]).
- A group asked by its position (第二大类) in a findings notice whose only top part (一、巡察发现的问题) holds the
  groups: that part's (二), and 下面列了哪些 the items listed under it (retrieval/search/walk.py, [counted_items]).
- A measure ask over a notice printed without outline headings, its measures an 一是…二是…三是 run in the opening:
  the run's items, not the one clause the search met (answer/measures.py run_holding).
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.measures import run_holding
from genre.structure_questions import load_structure_questions
from tests.conftest import CORPUS, dev_files, small_index

ASKED = load_structure_questions()
D19 = dev_files("d19_")[0].read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    paths = dev_files("d10_", "d13_", "d19_", "d20_") + sorted(CORPUS.glob("*.txt"))
    return small_index(tmp_path_factory, "struct101", paths)


def _ask(index, question: str):
    return ask(index, question, index.settings)


# -- top parts asked as 大块 -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("question", ["按大块分是哪几块", "大块有哪些", "大部分分别是什么", "按大方面来分有哪几个"])
def test_big_parts_are_the_outline(question):
    assert ASKED.outline.search(question)


@pytest.mark.parametrize("question", ["第二大块讲什么", "这一大块的第三条是什么"])
def test_a_big_part_by_position_is_no_outline(question):
    assert not ASKED.outline.search(question)


@pytest.mark.parametrize("question", ["惠济区行政审批局的通报，大块有哪些？", "惠济行政审批局整改通报按大块来分是哪几块？"])
def test_big_parts_end_to_end(dev_index, question):
    a = _ask(dev_index, question)
    assert "党组书记组织落实整改工作情况" in a.answer and "局党组织巡察整改主体责任落实情况" in a.answer, a.answer
    assert not a.abstained and len(a.citations) >= 2


# -- a 印发 notice's requirements asked by their order -----------------------------------------------------------------

def test_requirements_named_before_their_order():
    assert ASKED.whole_notice.search("华容县政府印发重点任务分解时，提的要求是按")
    assert ASKED.whole_notice.search("那份通知提出的要求分")
    before = "对措施和要点提的要求是按"   # what is required of, not the notice: [whole_notice] object leaves it out
    kind = ASKED.whole_notice.search(before)
    assert kind and ASKED.whole_notice_object.search(before, 0, kind.start())


def test_requirements_order_end_to_end(dev_index):
    a = _ask(dev_index, "华容印发县政府重点工作任务的时候，提出的要求分哪几条？")
    for heading in ("强化责任落实", "细化工作方案", "加强调度协调", "严格督查考核"):
        assert heading in a.answer, a.answer


# -- a group of a findings notice's only top part ----------------------------------------------------------------------

def test_items_listed_below_asked_bare():
    assert ASKED.counted_items.search("下面列了哪些？")
    assert ASKED.counted_items.search("底下有什么")
    assert not ASKED.counted_items.search("下面列了哪些单位的问题")


def test_second_group_and_its_items(dev_index):
    a = _ask(dev_index, "揭阳市公安局巡察发现问题的第二大类是什么？下面列了哪些？")
    assert "纠治群众身边不正之风和腐败问题力度不足" in a.answer, a.answer
    assert "为民服务意识不强" in a.answer and "重点领域关键环节存在风险隐患" in a.answer, a.answer


def test_second_part_of_a_lone_part_stays_missing(dev_index):
    a = _ask(dev_index, "揭阳市公安局巡察发现问题的通报第五大类讲的什么？")
    assert "纠治群众身边不正之风" not in a.answer, a.answer


# -- measures set out as an 一是 run in an opening without headings -----------------------------------------------------

def test_run_holding_reads_the_whole_run():
    at = D19.index("市局先后8次")
    a, b = run_holding(D19, at)
    run = D19[a:b]
    assert run.startswith("一是提高思想认识") and "二是加强组织领导" in run and "三是坚持上下联动" in run


def test_run_holding_before_the_run():
    assert run_holding(D19, D19.index("根据市委统一部署")) is None


def test_measures_of_an_unheaded_notice_end_to_end(dev_index):
    a = _ask(dev_index, "舟山市公安局党委是如何推进巡察整改的？")
    assert "一是提高思想认识" in a.answer and "二是加强组织领导" in a.answer and "三是坚持上下联动" in a.answer, a.answer
