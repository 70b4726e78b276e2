"""Round 137 (session 26, older dev items): staff words for what a notice names in its own terms.

- The agency's attitude to the findings asked (对巡察组点出来的问题持什么态度, 是什么态度) is read as whether it accepts
  them (genre asking.toml [[spoken]] → 接受了吗): the notice's acceptance sentence answers, quoted whole with its
  subject (区社科联把本次巡察看作是一次全面“政治体检”,对巡察组指出的问题全盘接受,照单全收).
- The findings sorted by reach described instead of named: 只在个别科室出现的问题 is the 个性问题, 带普遍性的问题 /
  普遍存在的问题 the 共性问题 (asking.toml [[spoken]]), so the sentence treating each answers; 个别问题 alone (a few
  problems) is left as typed.
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from genre.asking import plain_question
from tests.conftest import CORPUS, dev_files, small_index


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    paths = dev_files("d26_", "d35_") + sorted(CORPUS.glob("*.txt"))
    return small_index(tmp_path_factory, "asking137", paths)


def _ask(index, question: str):
    return ask(index, question, index.settings)


@pytest.mark.parametrize("asked", ["对巡察组点出来的问题持什么态度", "对巡察组指出的问题是什么态度？", "对反馈意见抱啥态度"])
def test_attitude_asked_reads_as_acceptance(asked):
    assert "接受" in plain_question(asked) and "态度" not in plain_question(asked)


@pytest.mark.parametrize("question", ["鲤城社科联对巡察组点出来的问题持什么态度",
                                      "鲤城社科联是把这次巡察当成什么来看的？对巡察组点出来的问题持什么态度？"])
def test_attitude_answered_by_the_acceptance_sentence(dev_index, question):
    a = _ask(dev_index, question)
    quotes = [c.quote for c in a.citations]
    assert not a.abstained and any("全盘接受" in q and "区社科联把本次巡察" in q for q in quotes), (a.text, quotes)


@pytest.mark.parametrize(("asked", "written"), [("对只在个别科室出现的问题怎么处理", "个性问题"),
                                                ("对带普遍性的问题怎么处理", "共性问题"),
                                                ("普遍存在的问题怎么改的", "共性问题")])
def test_reach_of_the_findings_described_reads_as_named(asked, written):
    assert written in plain_question(asked)


def test_a_few_problems_left_as_typed():
    assert plain_question("个别问题已经整改了吗").startswith("个别问题")


def test_described_reach_answered_by_the_treatment_sentence(dev_index):
    a = _ask(dev_index, "朔州科技局整改中，对只在个别科室出现的问题和带普遍性的问题，处理思路有什么不同？")
    quotes = [c.quote for c in a.citations]
    assert any("个性问题立行立改" in q and "共性问题建章立制" in q for q in quotes), (a.text, quotes)
