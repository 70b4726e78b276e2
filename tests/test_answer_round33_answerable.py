"""Round 33 (task answerable): answerable asks near a refusal rule that were refused, read at the level of the convention.

- A report read to the people's congress names its reader in a byline under the title (市审计局局长 李火生): who holds
  that post (局长是谁, 局长叫什么名字) is answered by the byline; a deputy's post (副局长) the byline does not name is
  still refused (d01 瑞金, d17 慈溪, d16 广州).
- A notice may name its groups of findings by the unit staff count them in ((二)…方面(11个问题)) while its top parts are
  named otherwise (二、加强组织领导): 第N个方面 / 最后一个方面 is that run's heading, not the Nth top part (d31 庆阳文联).
- A count may close the clause naming the meetings and what they did (召开党组会议、专题会议研究整改9次): it counts them;
  研究整改了几次 asks times, no completion status (d34 枣庄社科联).
- The inspection's date may be asked with its year stated before the month or day (巡察是2023年几月开始的, 二〇二五年几月):
  the opening sentence answers; a year it does not cover is still refused (d07 莆田, d05 绵阳, d20 揭阳, d28 湘潭, d25 遂宁).
The questions are probes of our own, in several wordings each, on real notice text.
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.metadata import byline_holder
from answer.persons import named_beside
from genre.asking import plain_question
from genre.events import AskedEvent, count_stated
from genre.questions import load_questions
from retrieval.search.unit_named import _named
from tests.conftest import dev_files, small_index

NOTICES = ("d01_", "d05_", "d07_", "d16_", "d17_", "d20_", "d25_", "d28_", "d31_", "d32_", "d34_")


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    return small_index(tmp_path_factory, "answerable33", dev_files(*NOTICES))


def answered(index, question):
    a = ask(index, question, index.settings)
    return a.abstained, a.answer


# --- the byline names the post's holder -------------------------------------------------------------------------------

def test_the_byline_names_its_post_and_holder():
    assert byline_holder("瑞金审计局局长是谁", "市审计局局长   李火生")
    assert not byline_holder("审计局副局长是谁", "市审计局局长   李火生")
    assert not byline_holder("市长是谁", "广州市人民政府副市长  赖志鸿")
    assert byline_holder("副市长是谁", "广州市人民政府副市长  赖志鸿")
    assert named_beside("市审计局局长 俞金华", "局长")


@pytest.mark.parametrize("question,name", [
    ("瑞金审计局局长是谁", "李火生"),
    ("瑞金市审计局的局长叫啥", "李火生"),
    ("瑞金审计局局长叫什么名字", "李火生"),
    ("慈溪审计局局长叫什么名字", "俞金华"),
    ("慈溪市审计局局长是哪位", "俞金华"),
    ("广州审计整改报告副市长是谁", "赖志鸿"),
])
def test_who_holds_the_bylines_post_answers(dev_index, question, name):
    abstained, said = answered(dev_index, question)
    assert not abstained and name in said, said


def test_a_post_the_byline_does_not_name_is_still_refused(dev_index):
    abstained, said = answered(dev_index, "慈溪审计局副局长是谁")
    assert abstained, said


# --- 第N个方面 of groups named by that unit ----------------------------------------------------------------------------

def test_a_heading_ends_in_its_unit_before_its_count():
    assert _named("聚焦基层党组织建设方面(5个问题)", "方面")
    assert not _named("加强组织领导,靠实主体责任", "方面")


@pytest.mark.parametrize("question,said_part", [
    ("庆阳文联第二个方面有几个问题", "11个问题"),
    ("庆阳文联第三个方面有几个问题", "5个问题"),
    ("庆阳文联第四个方面几个问题", "2个问题"),
    ("庆阳文联最后一个方面有几个问题", "2个问题"),
    ("庆阳文联巡察反馈的第一个方面讲的什么", "7个问题"),
    ("庆阳文联第三个方面是什么内容", "基层党组织建设"),
])
def test_the_nth_group_named_by_the_unit_answers(dev_index, question, said_part):
    abstained, said = answered(dev_index, question)
    assert not abstained and said_part in said, said


def test_a_part_asked_as_a_part_is_still_the_top_part(dev_index):
    abstained, said = answered(dev_index, "庆阳文联第二部分讲什么")
    assert not abstained and "加强组织领导" in said, said


# --- a count closing the clause naming the meetings -------------------------------------------------------------------

def test_a_count_closing_the_clause_counts_the_meetings():
    assert count_stated(AskedEvent("专题会", ("专题会",)), "主持召开党组会议、专题会议研究整改9次,作出批示6次")
    assert not count_stated(AskedEvent("专题会", ("专题会",)), "召开专题会议,研究整改问题9个")
    assert not load_questions().asks_done.search("研究整改了几次")
    assert load_questions().asks_done.search("整改了几个")


@pytest.mark.parametrize("question", [
    "枣庄社科联召开党组会议、专题会议研究整改几次",
    "枣庄社科联研究整改了几次",
    "枣庄社科联差不多研究整改了几次",
    "枣庄社科联大概研究整改了几回",
    "枣庄社科联党组会议、专题会议研究整改一共开了多少次",
])
def test_the_closing_count_answers(dev_index, question):
    abstained, said = answered(dev_index, question)
    assert not abstained and "9次" in said, said


def test_a_kind_never_counted_is_still_refused(dev_index):
    abstained, said = answered(dev_index, "厦门体育局开了几次专题民主生活会")
    assert abstained, said


# --- the inspection's date asked with its year ------------------------------------------------------------------------

@pytest.mark.parametrize("question,day", [
    ("莆田司法局巡察是2023年几月开始的", "2023年4月20日"),
    ("绵阳司法局巡察是二〇二四年几月开始的", "2024年5月7日"),
    ("揭阳公安局巡察是二〇二五年几月开始的", "2025年6月5日"),
    ("湘潭妇联巡察是2023年的哪天开始的", "2023年10月11日"),
    ("遂宁科技局巡察是2020年几月到几月", "2020年5月12日"),
])
def test_the_inspections_date_asked_with_its_year_answers(dev_index, question, day):
    assert load_questions().asks_framed_date.search(plain_question(question))
    abstained, said = answered(dev_index, question)
    assert not abstained and day in said, said


@pytest.mark.parametrize("question", ["莆田司法局巡察是2022年几月开始的", "绵阳司法局巡察是二〇二一年几月开始的"])
def test_a_year_the_notice_does_not_cover_is_still_refused(dev_index, question):
    abstained, said = answered(dev_index, question)
    assert abstained, said
