"""Round 25 (task last): the last / the n-th item of a named part, and how many points a named part has.

- 最后一点 / 最后那点 / 末尾那条 / 收尾那条 of a part named by its words (组织领导部分, 认识和态度那部分) is that part's last
  child item, walked by the outline markers; not the notice's last top-level part, nor the part's preamble.
- An item named by what it is about before its position (讲监督检查的最后一点) is the item at that position whose heading
  holds those words.
- A count asked between the named part and the position (那部分有几点？第三点讲什么) leaves the named part the holder: its
  items answer, counted and named.
- An item asked alone (第二大类下面第2条讲了什么) is quoted whole: its heading and first sentence in one citation, then its
  sentences.
The questions are probes of our own, in several wordings each, on real dev notice text.
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.forms import item_body
from genre.asking import plain_question
from genre.structure_questions import load_structure_questions
from retrieval.parse import parse_sections
from retrieval.search.structure import _lookup
from tests.conftest import dev_files, dev_text, small_index


def _markers(prefix: str, question: str) -> list[str]:
    secs = parse_sections(dev_text(prefix), prefix)
    return [s.marker for s in _lookup(secs, plain_question(question))]


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    return small_index(tmp_path_factory, "last25", dev_files("d04_", "d20_", "d26_", "d29_"))


def test_the_last_is_asked_with_that_and_at_the_end():
    s = load_structure_questions()
    found = lambda q: [m.group(0) for m in s.position.finditer(q)]
    assert found("第一部分最后那点讲监督检查") == ["第一部分", "最后那点"]
    assert found("认识和态度那部分末尾那条是什么") == ["末尾那条"]
    assert found("整改责任那部分收尾那条说了什么") == ["收尾那条"]
    assert not found("最后讲到区县政府") and not found("收尾工作怎么做的")
    assert s.named_end.sub("", "加强组织领导那部分有几点？") == "加强组织领导"


@pytest.mark.parametrize("prefix, question, markers", [
    ("d29", "区科协通报组织领导部分最后一点标题是啥", ["3."]),
    ("d29", "区科协加强组织领导那块，最后一条讲的什么", ["3."]),
    ("d26", "朔州科技局认识和态度那部分末尾那条是什么", ["(四)"]),
    ("d04", "湖北省司法厅主体责任情况那部分最后那点讲的啥", ["(三)"]),
    ("d35", "鲤城区社科联通报开头那部分的最后一点是什么", ["(三)"]),
    ("d02", "宁波审计整改报告总体部署那部分收尾那条说了什么", ["(二)"]),
    ("d04", "湖北司法厅整改第一部分最后那点讲监督检查，建了哪些制度", ["(三)"]),
])
def test_the_last_point_of_a_named_part_is_its_last_child(prefix, question, markers):
    assert _markers(prefix, question) == markers


@pytest.mark.parametrize("prefix, question, markers", [
    ("d04", "省司法厅通报讲监督检查的最后一点，建了哪些制度？", ["(三)"]),
    ("d26", "朔州科技局讲深挖问题根源的最后一点具体做了什么", ["(四)"]),
    ("d04", "湖北司法厅讲责任担当的第二点讲了什么", ["(二)"]),
    ("d29", "区科协讲自我检视的最后一条写了啥", ["3."]),
    ("d26", "朔州科技局讲组织领导的第一点是怎么做的", ["(一)"]),
])
def test_an_item_named_by_what_it_is_about_at_its_position(prefix, question, markers):
    assert _markers(prefix, question) == markers


@pytest.mark.parametrize("prefix, question, markers", [
    ("d29", "区科协加强组织领导那部分有几点？第三点讲什么", ["一、", "1.", "2.", "3."]),
    ("d26", "朔州科技局讲认识和态度那部分一共几点，最后一点是什么", ["一、", "(一)", "(二)", "(三)", "(四)"]),
    ("d04", "湖北司法厅主体责任那块分几点？最后那点讲什么", ["一、", "(一)", "(二)", "(三)"]),
    ("d35", "鲤城社科联开头那部分有几点，最后一点是啥", ["一、", "(一)", "(二)", "(三)"]),
    ("d29", "区科协组织领导那块列了几条？第二条说的什么", ["一、", "1.", "2.", "3."]),
])
def test_a_count_asked_of_a_named_part_lists_its_points(prefix, question, markers):
    assert _markers(prefix, question) == markers


@pytest.mark.parametrize("prefix, question, markers", [
    ("d20", "揭阳市公安局巡察发现问题第二大类下面第2条讲了什么", ["2."]),
    ("d20", "揭阳公安巡察发现的问题那部分，第一类下面第三条是什么", ["3."]),
    ("d28", "湘潭妇联反馈问题整改那部分第一个方面下面第二个问题讲了什么", ["2."]),
])
def test_the_nth_item_under_a_named_group(prefix, question, markers):
    assert _markers(prefix, question) == markers


def test_an_item_body_is_its_own_paragraph_only():
    text = "(三)加强监督检查,确保巡视整改落地见效。成立巡视整改办。派出督查组。\n二、问题整改"
    assert [text[a:b] for a, b in item_body(text, 21, len(text))] == ["成立巡视整改办。", "派出督查组。"]
    assert item_body("一、党委履行巡视整改主体责任情况\n(一)提高政治站位", 16, 30) == []


@pytest.mark.parametrize("question, first, holding", [
    ("揭阳市公安局巡察发现问题第二大类下面第2条讲了什么", "2.重点领域关键环节存在风险隐患。个别案件侦办不力", ""),
    ("湖北省司法厅通报讲监督检查的最后一点，建了哪些制度？还派了什么", "(三)加强监督检查,确保巡视整改落地见效。成立巡视整改办",
     "派出督查组"),
    ("湖北省司法厅整改第一部分最后那点讲监督检查，建了哪些制度、怎么督查", "(三)加强监督检查", "建立月调度"),
    ("桂林区科协通报组织领导部分最后一点标题是啥", "3.强化自我检视,不断提升整改成效。", ""),
    ("朔州科技局讲认识和态度那部分一共几点，最后一点是什么", "一、党组及班子成员的认识和态度", "(四)举一反三,深挖问题根源"),
])
def test_the_item_asked_is_quoted_from_its_heading(dev_index, question, first, holding):
    a = ask(dev_index, question, dev_index.settings)
    quotes = [c.quote for c in a.citations]
    assert not a.abstained and any(q.startswith(first) for q in quotes), quotes
    assert holding in "".join(quotes)


@pytest.fixture(scope="module")
def run_index(tmp_path_factory):
    return small_index(tmp_path_factory, "last25-run", dev_files("d05_", "d11_", "d14_", "d34_", "d37_"))


@pytest.mark.parametrize("prefix, question, markers", [
    ("d05", "绵阳市司法局通报里党组组织整改那一节，前三个“是”分别讲什么？", ["一是", "二是", "三是"]),
    ("d05", "绵阳市司法局组织整改落实那块前两个“是”是什么", ["一是", "二是"]),
    ("d11", "嘉兴文广旅局通报前三个“是”各说的啥", ["一是", "二是", "三是"]),
    ("d34", "枣庄社科联整改通报里前两个‘是’分别是什么", ["一是", "二是"]),
    ("d37", "利州区法院通报前3个“是”讲了什么", ["一是", "二是", "三是"]),
])
def test_the_first_n_of_a_run_asked_by_its_quoted_marker(run_index, prefix, question, markers):
    from retrieval.search.enumerated import enumerated_items
    nid = next(n for n in run_index.records if n.startswith(prefix))
    assert [i.marker for i in enumerated_items(run_index, question, nid)] == markers


def test_a_bare_first_n_is_no_run_asked():
    s = load_structure_questions()
    assert not s.enumerated.search("前三个是什么") and s.enumerated.search("前三个“是”分别讲什么").group(1) == "三"


@pytest.mark.parametrize("question", [
    "华容县政府印发重点工作任务时提了几点要求，分别是什么",
    "华容县印发2021年重点工作任务分解的时候提了哪些要求",
    "华容县政府印发任务分解时，对各单位提了哪几点要求",
    "华容县政府印发重点工作任务时候一共提了几条要求",
    "华容县人民政府印发任务分解时提出了什么工作要求",
])
def test_the_requirements_of_a_notice_named_by_its_issuing(question):
    assert _markers("d13", question) == ["一、", "二、", "三、", "四、"]


def test_a_date_of_issuing_asks_no_requirements():
    assert _markers("d13", "华容县政府印发的文件时间是哪天") == []
