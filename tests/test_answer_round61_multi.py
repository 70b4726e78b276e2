"""Round 61 (multi61): several asks in one line, each answered; a part's heading with the subheads under it.

- genre questions.toml [asks_gap]: a count of days asked with a word of all in a clause of its own after the clause naming
  the stay (市委第几巡察组，什么时候巡的，一共多少天) asks the stay's span, worked out beside the other asks of the line.
- genre asking.toml [[spoken]]: bracketed subhead markers after 下面/底下 (第一部分的标题，下面(一)(二)讲的什么) are that
  part's points by position; retrieval/search/walk.py quotes the part asked before points side by side too.
"""
from __future__ import annotations

import pytest

from genre.asking import plain_question
from genre.questions import load_questions
from tests.conftest import dev_files


@pytest.mark.parametrize("question", [
    "市委第几巡察组，什么时候巡的，一共多少天", "省委第几巡视组，哪段时间巡视的，前后几天", "巡察组几号进驻的，总共多久，哪天反馈的",
    "是哪个组巡察的，什么时候开始巡，加起来几天", "哪段时间巡的、共几天",
])
def test_days_after_the_stay_asked(question):
    assert load_questions().asks_gap.search(question)


@pytest.mark.parametrize("question", ["巡察整改，一共多久", "巡察组一共几个人", "巡察发现的问题，一共多少个"])
def test_no_stay_days_asked(question):
    assert load_questions().asks_gap.search(question) is None


@pytest.mark.parametrize(("question", "written"), [
    ("第一部分的标题，下面(一)(二)讲的什么", "下面第一点和第二点"),
    ("第二部分底下的（一）和（二）分别是啥", "底下的第一点和第二点"),
    ("第二部分下面(二)讲的什么", "下面第二点"),
])
def test_bracketed_subheads_written_as_points(question, written):
    assert written in plain_question(question)


@pytest.fixture(scope="module")
def multi_index(tmp_path_factory):
    from tests.conftest import small_index
    return small_index(tmp_path_factory, "multi61", dev_files("d04_", "d05_", "d11_", "d13_", "d20_", "d25_", "d26_",
                                                              "d28_", "d32_", "d35_"), keyword_only=False)


def _ask(index, question):
    from answer.ask import ask
    return ask(index, question, index.settings)


@pytest.mark.parametrize(("question", "said"), [
    ("揭阳市公安局 市委第几巡察组，什么时候巡的，一共多少天", "共65天"),
    ("绵阳市司法局 哪个巡察组来的，什么时候巡的，一共多少天", "共32天"),
    ("湖北省司法厅 省委第几巡视组，哪段时间巡视的，前后几天", "共55天"),
    ("嘉兴市文化广电旅游局 巡察组几号进驻的，总共多久，哪天反馈的", "共81天"),
    ("湘潭市妇联 是哪个组巡察的，什么时候开始巡，加起来几天", "共52天"),
    ("厦门市体育局 被巡察的时间，一共几天，第几巡察组", "共37天"),
])
def test_stay_days_worked_beside_other_asks(multi_index, question, said):
    a = _ask(multi_index, question)
    assert not a.abstained and said in a.answer and "巡" in a.citations[0].quote, a.answer


def test_no_range_no_days(multi_index):
    a = _ask(multi_index, "华容县政府重点工作 哪个巡察组巡的，一共几天")
    assert "首尾" not in a.answer, a.answer


@pytest.mark.parametrize(("question", "headings"), [
    ("鲤城区社科联通报第一部分的标题，下面(一)(二)讲的什么", ["一、加强对巡察整改", "(一)提高政治站位", "(二)加强组织领导"]),
    ("湖北省司法厅通报第一部分叫什么，底下的（一）和（二）分别是啥", ["一、党委履行巡视整改", "(一)提高政治站位", "(二)强化责任担当"]),
    ("遂宁市科技局通报第一部分标题是啥，下面（一）（二）说的什么", ["一、加强组织领导", "(一)统一思想认识", "(二)加强组织领导"]),
    ("朔州市科学技术局通报第一部分的标题，下面(二)、(三)讲了什么", ["一、党组及班子成员", "(二)压实整改责任", "(三)抓好整改落实"]),
    ("厦门市体育局通报第一部分是什么标题，里面(一)和(二)讲什么", ["一、坚守政治责任", "(一)加强组织领导", "(二)压紧压实责任"]),
])
def test_heading_and_its_subheads(multi_index, question, headings):
    a = _ask(multi_index, question)
    quotes = [c.quote for c in a.citations]
    assert not a.abstained and all(any(q.startswith(h) for q in quotes) for h in headings), (a.answer, quotes)
    assert not any(q.startswith("(一)聚焦") for q in quotes), quotes   # no (一) of another part


@pytest.mark.parametrize("question", ["鲤城区社科联通报第二部分下面(二)讲的什么", "遂宁市科技局通报第二部分下面(二)讲的什么"])
def test_subhead_the_part_lacks(multi_index, question):
    a = _ask(multi_index, question)
    assert a.abstained and "没有所问的这一部分" in a.answer, a.answer
