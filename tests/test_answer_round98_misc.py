"""Round 98 (session 19, fresh51/fresh52 leftovers), in wordings of my own over dev notices.

- How a notice's body is divided, asked with the count the asker guesses (正文分哪两大块, 分为哪两个部分, 包括哪两大方面):
  the outline answers, its top-level parts cited (structure_questions.toml [outline]).
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from genre.structure_questions import load_structure_questions
from tests.conftest import dev_files, small_index


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    paths = dev_files("d13_", "d25_", "d26_", "d28_", "d35_", "d40_")
    return small_index(tmp_path_factory, "misc98", paths)


def _ask(index, question: str):
    return ask(index, question, index.settings)


# -- the outline asked with a count ----------------------------------------------------------------------------------

@pytest.mark.parametrize("question", ["正文分哪两大块", "分为哪两个部分", "包括哪两大方面", "分成哪四个部分", "分哪三块"])
def test_outline_asked_with_a_count(question):
    assert load_structure_questions().outline.search(question)


@pytest.mark.parametrize("question", ["第二块讲什么", "哪两条是新增的"])
def test_other_counts_are_no_outline(question):
    assert not load_structure_questions().outline.search(question)


@pytest.mark.parametrize("question, parts", [
    ("遂宁市科技局的巡察整改通报正文分哪两大块？", ("一、加强组织领导", "二、对照反馈问题")),
    ("朔州市科技局这份通报分为哪两个部分？", ("一、党组及班子成员的认识和态度", "二、问题整改的具体进展")),
    ("湘潭市妇联整改通报包括哪两大方面？", ("一、组织整改落实情况", "二、巡察反馈问题整改情况")),
    ("华容县重点工作那份文件分成哪四个部分？", ("一、强化责任落实", "四、严格督查考核")),
    ("鲤城区社科联的整改通报正文分哪两部分？", ("一、加强对巡察整改的组织领导情况", "二、巡察反馈问题的整改进展情况")),
])
def test_outline_with_a_count_end_to_end(dev_index, question, parts):
    a = _ask(dev_index, question)
    assert all(p in a.answer for p in parts), a.answer
    assert a.citations
