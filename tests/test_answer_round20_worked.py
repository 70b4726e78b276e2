"""Round 20, worked-out figures and false refusals of figure questions: each convention probed in five wordings of my
own on real dev-notice text (tests/data/notices-dev), answerable and, where it applies, not.

- A share is said exactly when it terminates within two decimals (占70.75%, 完成率84%), rounded with 约 otherwise.
- A share asked right after a count of the rest, naming no subject (剩下的有几个？占多大比例？), is the rest's share.
- A total asked of a thing counted by its kinds (1个总方案,2个专项方案) is their sum; a difference in points is of the
  two quoted rates; 百分之多少 frames a rate as 多少 does; 查了多少天 / 为期多久 ask a dated range's length.
- Parts asked by a compound's verbs (收回多少 清退多少) of a figure stated for the compound: the breakdown is unstated.
"""
from __future__ import annotations

import pytest

from answer.combined import difference_note
from answer.compound import compound_joint
from answer.lead import wanted
from answer.worked import kinds_total_note, percent, rate_note, share_note
from genre.questions import load_questions
from tests.notice_text import notice_text, sentence_holding

GUANGZHOU = sentence_holding(notice_text("d16_"), "已完成整改336个")     # 反映的400个问题,已完成整改336个,其中…283个问题
LUSONG = sentence_holding(notice_text("d08_"), "已完成整改28个")         # 巡察组共反馈29个问题,其中已完成整改28个
MIANYANG = sentence_holding(notice_text("d05_"), "2个专项方案")          # 研究制定1个总方案,2个专项方案
ZHEJIANG = sentence_holding(notice_text("d23_"), "重点人群签约覆盖率")   # …签约服务覆盖率达42%以上,重点人群签约覆盖率达85%以上
JIAXING = sentence_holding(notice_text("d11_"), "5.0227万元")             # 收回清退违规资金5.0227万元


def test_a_share_is_said_exactly_when_it_terminates():
    assert (percent(283, 400), percent(64, 400), percent(28, 29)) == ("70.75%", "16%", "约96.6%")


@pytest.mark.parametrize("question", [
    "广州那400个问题里要求立行立改的有多少，占比百分之多少",
    "立行立改的问题占全部问题的比例是多少？",
    "要求立行立改的问题占多大比重？",
    "立行立改的那些问题占了百分之几？",
    "广州审计问题里立行立改的占比多少",
])
def test_an_exact_share_has_no_about(question):
    assert "占70.75%" in share_note(question, GUANGZHOU, GUANGZHOU)


@pytest.mark.parametrize("question", [
    "广州那400个问题，剩下没改完的有几个？占多大比例？",
    "广州审计问题还剩几个没改完，占比多少？",
    "没完成整改的还有多少个？占多少比例？",
    "还差几个没完成？占比是多少？",
    "未完成的有几个，占多大比重",
])
def test_the_share_asked_after_the_rest_is_the_rests(question):
    assert "未完成64/共400，占16%" in rate_note(question, GUANGZHOU)


def test_the_share_asked_after_the_done_is_the_rate():
    assert "完成率84%" in rate_note("已经改完的有几个？占多大比例？", GUANGZHOU)


@pytest.mark.parametrize("question", [
    "绵阳司法局一共出了几个整改方案？",
    "绵阳司法局总共制定了多少个方案",
    "绵阳市司法局共出台几个整改方案",
    "绵阳司法局巡察整改合计研究了几个方案？",
    "绵阳司法局整改方案总计制定了多少个方案？",
])
def test_a_total_of_kinds_is_their_sum(question):
    assert kinds_total_note(question, MIANYANG) == "（按通报数字推算：共3个：1个总方案、2个专项方案。）"


def test_kinds_are_not_summed_unasked_or_when_stated():
    assert kinds_total_note("绵阳司法局出了几个专项方案？", MIANYANG) == ""
    assert kinds_total_note("一共几个方案？", "制定3个方案:1个总方案,2个专项方案") == ""


@pytest.mark.parametrize("question", [
    "两个签约覆盖率分别是百分之多少？相差多少个百分点？",
    "重点人群签约覆盖率比居民签约覆盖率高多少个百分点？",
    "家医签约两个指标差多少个百分点",
    "居民签约和重点人群签约覆盖率相差几个百分点？",
    "重点人群覆盖比面上覆盖多出多少个百分点？",
])
def test_a_difference_in_points_is_of_the_two_rates(question):
    lead = "培育健康浙江行动省级样板50个," + ZHEJIANG[ZHEJIANG.index("家庭医生"):]   # the clauses the lead quotes
    assert "相差43个百分点" in difference_note(question, lead)


@pytest.mark.parametrize("question", [
    "芦淞区司法局被反馈了多少问题，改完多少，完成率百分之多少？",
    "芦淞司法局问题整改完成率是百分之几？",
    "芦淞司法局整改完成的百分比是多少",
    "芦淞区司法局问题的完成率百分之多少",
    "芦淞司法局完成率百分之多少？",
])
def test_percent_words_frame_the_ask(question):
    asking = load_questions().asking
    assert {"百分之", "百分"} <= asking
    assert "完成率约96.6%" in rate_note(question, LUSONG)


@pytest.mark.parametrize("question", [
    "莆田司法局是哪届市委哪个巡察组查的？查了多少天",
    "莆田司法局被检查了多长时间？",
    "莆田司法局那次巡察为期多久？",
    "市委巡察组在莆田司法局进驻了几天",
    "莆田司法局被审计了多少天",
])
def test_a_length_asked_of_a_range_asks_a_span(question):
    assert load_questions().asks_gap.search(question)
    assert wanted(question) == (0, 2)


@pytest.mark.parametrize("question", [
    "嘉兴文广旅局那5.0227万元里收回多少 清退多少",
    "嘉兴文广旅局收回了多少违规资金？清退了多少？",
    "文广旅局收回的有多少，清退的有多少",
    "嘉兴文广旅局违规资金收回了多少，清退了多少？",
    "收回几万元，清退几万元？",
])
def test_parts_of_a_compound_figure_are_unstated(question):
    assert compound_joint(question, [JIAXING]) == "收回"


def test_parts_stated_apart_are_not_refused():
    assert compound_joint("收回多少 清退多少", ["收回资金3万元,清退资金2万元"]) == ""
    assert compound_joint("收回清退违规资金多少", [JIAXING]) == ""
