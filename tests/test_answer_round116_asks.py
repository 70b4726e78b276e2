"""Round 116 (session 23): a question typed as two asks is not refused whole for one ask's check.

- The refusal checks read the whole question against the reply's quotes; a two-ask question refused whole has each ask
  checked apart (on the reply's quotes, then on its own reading in the notice cited): the asks that stand are answered,
  an ask refused both ways is named with its reason and leaves the reply abstained (a hedged premise refused is said
  不对 and the reply stands): answer/asks_checked.py.
- 在会上做了什么 names the occasion of an act, not a problem the notice must write: questions.toml
  [asks_about_problem] occasion.
- 每月评哪些优秀 asks a standing appraisal's kinds, which a plan states, not its outcome: questions.toml
  [asks_result] recurring.
- An unstated count ask beside an answered one is found although the reply quotes a clause inside a longer quoted
  sentence (answer/unstated_ask.py).
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.asks_checked import refused_note
from answer.unwritten_asks import problem_unwritten
from genre.questions import load_questions
from tests.conftest import dev_files, small_index

ZHONGSHAN = ("组织全院各党支部书记、各部门主要负责人和各部门巡察整改联络员召开巡察反馈意见传达暨巡察整改培训会,"
             "分管巡察整改工作领导主持会议,党组书记作巡察整改部署讲话。")


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    return small_index(tmp_path_factory, "asks116", dev_files("d02_", "d05_", "d10_", "d22_", "d38_"))


def test_the_note_names_each_refused_ask():
    note = refused_note([("问题有多少个？", "通报没有写明。", False), ("是截至10月底的吧？", "只写了11月底。", True)])
    assert note == "关于“问题有多少个”：通报没有写明。关于“是截至10月底的吧”：不对，只写了11月底。其余所问如下："


def test_a_meeting_is_the_occasion_not_a_problem():
    assert problem_unwritten("党组书记在会上做了什么？", ZHONGSHAN) == ""
    assert problem_unwritten("党组书记在培训会上讲了什么？", ZHONGSHAN) == ""
    assert problem_unwritten("针对体育彩票销售管理不规范做了哪些整改？", ZHONGSHAN) == "体育彩票销售管理不规范"


def test_a_recurring_appraisal_asks_the_practice():
    result = load_questions().asks_result
    assert not result.search("每月评哪些优秀？") and not result.search("每季度评哪些先进？")
    assert result.search("考核评了哪些优秀？") and result.search("哪些单位考核优秀？")


def test_end_to_end(dev_index):
    r = ask(dev_index, "宁波审计整改那份报告几号挂到网上的？审议审计工作报告的是人大常委会第几次会议？")
    assert not r.abstained and "2023-01-06" in r.answer and "第四次会议" in r.answer
    r = ask(dev_index, "我们绵阳市司法局整改的第一责任人是分管副局长吧？驻局纪检监察组负责啥？")
    assert not r.abstained and "第一责任人" in r.answer and "驻局纪检监察组" in r.answer
    r = ask(dev_index, "中山一院那个传达暨培训会是哪些人参加？党组书记在会上做了什么？")
    assert not r.abstained and "部署讲话" in r.answer
    r = ask(dev_index, "湖州卫健委说的考核评比目标口号是什么？每月评哪些优秀？")
    assert not r.abstained and "保五争三拼第一" in r.answer and "优秀处室" in r.answer
    r = ask(dev_index, "惠济区审批局被反馈的问题有多少个？那次巡察为期几天？")
    assert r.abstained and "有多少个" in r.answer and "45天" in r.answer
