"""Round 56 (mixed56): the items after a position asked, and a status of counted things asked.

- genre structure_questions.toml [position] rest_after / rest_except: 除了第一条…，后面几条的标题是啥, 其余几部分, 第二条后面
  的几条 ask the items of the position's level after it (除了: every other one), each cited, never the no-sub-items reply.
- genre questions.toml [asked_slot] status: 剩下的1个是什么状态, 办得怎么样了 ask a status the counting clause states
  (阶段性完成整改1个, 已全部办结), so the roster refusal (通报中只找到数量) does not fire.
"""
from __future__ import annotations

import pytest

from answer.count_only import count_only
from genre.questions import load_questions
from genre.structure_questions import load_structure_questions
from tests.conftest import dev_files

CLAUSE = ["巡察组共反馈29个问题,其中已完成整改28个,阶段性完成整改1个;移交立行立改问题4个,已全部办结。"]


@pytest.mark.parametrize("tail", ["，后面几条的标题是啥", "，其余几部分分别讲什么", "之后剩下的部分叫什么",
                                  "后面的几条是哪些", "以外，其余几项是什么", "，余下的各条讲了什么"])
def test_rest_after_a_position(tail):
    assert load_structure_questions().rest_after.search(tail)


@pytest.mark.parametrize("tail", ["下面有几个小点", "讲的什么", "下面第二点是什么"])
def test_no_rest_asked(tail):
    assert load_structure_questions().rest_after.search(tail) is None


@pytest.mark.parametrize("question", [
    "反馈29个问题，改完28个，还剩下的1个是什么状态？完成率多少", "没整改完的那1个问题进展如何",
    "移交立行立改的4个问题办得怎么样了", "那个阶段性完成的问题是什么情况", "没改完的有几个，现在处于什么状态",
])
def test_status_asked_is_no_roster(question):
    assert load_questions().asks_status.search(question)
    assert not count_only(question, CLAUSE)


@pytest.mark.parametrize("question", ["移交立行立改的那4个问题具体是什么？", "那个只阶段性完成的问题具体是哪一条？"])
def test_roster_still_refused(question):
    assert load_questions().asks_status.search(question) is None
    assert count_only(question, CLAUSE)


@pytest.fixture(scope="module")
def mixed_index(tmp_path_factory):
    from tests.conftest import small_index
    return small_index(tmp_path_factory, "mixed56", dev_files("d08_", "d13_", "d28_", "d31_"), keyword_only=False)


def _ask(index, question):
    from answer.ask import ask
    return ask(index, question, index.settings)


@pytest.mark.parametrize(("question", "headings"), [
    ("华容县政府那个重点任务的文件，除了第一条强化责任落实，后面几条的标题是啥", ["二、细化工作方案", "三、加强调度协调", "四、严格督查考核"]),
    ("华容县重点任务第二条后面的几条是哪些", ["三、加强调度协调", "四、严格督查考核"]),
    ("华容县重点任务文件除了第一条，其余几条讲什么", ["二、细化工作方案", "四、严格督查考核"]),
    ("庆阳文联的通报，除了第一部分，其余几部分分别讲什么", ["二、加强组织领导", "四、正视工作差距"]),
    ("湘潭妇联整改通报第一部分之后剩下的部分叫什么", ["二、巡察反馈问题整改情况"]),
])
def test_rest_listed(mixed_index, question, headings):
    a = _ask(mixed_index, question)
    quotes = "".join(c.quote for c in a.citations)
    assert "没有再分小点" not in a.answer and all(h in quotes for h in headings), (a.answer, quotes)


def test_items_below_still_none(mixed_index):
    a = _ask(mixed_index, "华容县重点任务文件第一条下面有几个小点")
    assert "没有再分小点" in a.answer, a.answer


@pytest.mark.parametrize(("question", "said"), [
    ("芦淞区司法局反馈29个问题，改完28个，还剩下的1个是什么状态？完成率多少", "阶段性完成整改1个"),
    ("芦淞司法局移交立行立改的4个问题办得怎么样了", "已全部办结"),
    ("芦淞区司法局那个阶段性完成的问题是什么情况", "阶段性完成整改1个"),
])
def test_status_answered(mixed_index, question, said):
    a = _ask(mixed_index, question)
    assert not a.abstained and said in "".join(c.quote for c in a.citations), a.answer


def test_roster_refused_still(mixed_index):
    a = _ask(mixed_index, "芦淞区司法局移交立行立改的那4个问题具体是什么？")
    assert a.abstained, a.answer
