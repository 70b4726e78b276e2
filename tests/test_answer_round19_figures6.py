"""Round 19, figures not all carried and passages not cited: each convention probed in five wordings of my own on real
dev-notice text (tests/data/notices-dev), answerable and, where it applies, not.

- A rate named by what it counts (办结率, 整改率, 销号率) asked by its level (有多高, 多大, 咋样, 怎么样) asks a figure: the
  rate is worked out from the totals statement when the notice states none (genre worked.toml [share_asked]).
- A total asked with no part named (一共反馈了多少个问题) where the notice states only each part's count (each 方面
  heading ends (7个问题)) is the parts' sum; where the notice counts the noun elsewhere, its own clause answers.
- 前三条 of a part that holds one lone sub-part ((一) alone under 一、) asks that sub-part's items (一是…三是); a notice
  of one top part is read the same way when no part is named.
"""
from __future__ import annotations

import pytest

from answer.lead import wanted
from answer.totals import total_parts
from answer.worked import rate_note
from retrieval.parse import parse_sections
from retrieval.search.held import first_items
from tests.notice_text import notice_text, sentence_holding

LUSONG = notice_text("d08_")      # 巡察组共反馈29个问题,其中已完成整改28个,阶段性完成整改1个
GUANGZHOU = notice_text("d16_")   # 《审计工作报告》反映的400个问题,已完成整改336个
QINGYANG = notice_text("d31_")    # (一)…方面(7个问题) (二)…方面(11个问题) (三)…(5个问题) (四)…(2个问题), no total
MIANYANG = notice_text("d05_")    # 一、党组及主要负责人组织整改落实情况 > (一)党组组织巡察整改落实情况 > 一是…三是


@pytest.mark.parametrize("question", [
    "芦淞司法局巡察问题的办结率有多高？",
    "芦淞司法局的巡察问题整改率咋样？",
    "芦淞司法局问题销号率到了多高？",
    "广州审计整改的完成率怎么样？",
    "广州审计查出的问题办结率大概多大？",
])
def test_a_rate_asked_by_its_level_asks_a_figure(question):
    assert wanted(question)[0] >= 1


@pytest.mark.parametrize(("text", "holding", "rate"), [
    (LUSONG, "已完成整改28个", "完成率约96.6%"),
    (GUANGZHOU, "已完成整改336个", "完成率84%"),
])
@pytest.mark.parametrize("question", ["问题的办结率有多高？", "销号率到了多高？", "整改完成率大概多大？"])
def test_the_rate_is_worked_out_from_the_totals(text, holding, rate, question):
    assert rate in rate_note(question, sentence_holding(text, holding))


def test_a_level_alone_asks_no_rate():
    assert wanted("发展指数定了多高？") == (0, 0)


@pytest.mark.parametrize("question", [
    "庆阳文联这轮巡察一共反馈了多少个问题？",
    "庆阳市文联被巡察出来的问题总共有几个？",
    "庆阳文联巡察反馈问题总数是多少？",
    "庆阳文联一共被指出了几个问题",
    "巡察给庆阳市文联共计反馈多少问题？",
])
def test_a_total_the_notice_never_states_is_the_parts_sum(question):
    spans, note = total_parts(QINGYANG, parse_sections(QINGYANG), question)
    assert len(spans) == 4 and "7个+11个+5个+2个，合计25个问题" in note


@pytest.mark.parametrize("question", ["庆阳文联一共制定了多少条措施？", "庆阳文联共分几个方面？"])
def test_no_parts_count_what_is_asked(question):
    assert total_parts(QINGYANG, parse_sections(QINGYANG), question) is None


def test_a_total_the_notice_states_is_not_summed():
    assert total_parts(LUSONG, parse_sections(LUSONG), "芦淞司法局一共反馈了多少个问题？") is None


@pytest.mark.parametrize("question", [
    "绵阳司法局通报里党组组织整改落实那一块，前三条分别是什么？",
    "绵阳司法局组织整改落实情况这块，开头那三条讲的啥？",
    "绵阳市司法局整改落实情况部分前3条是什么",
    "绵阳司法局党组及主要负责人组织整改落实情况，有哪几条？",
])
def test_a_lone_sub_part_holds_the_items_asked(question):
    got = first_items(parse_sections(MIANYANG), question)
    assert [s.marker for s in got] == ["(一)", "一是", "二是", "三是"]


def test_the_first_two_of_a_lone_sub_part():
    got = first_items(parse_sections(MIANYANG), "绵阳司法局党组组织整改落实那部分的前两条是啥")
    assert [s.marker for s in got] == ["(一)", "一是", "二是"]
