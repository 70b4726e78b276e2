"""Round 23, figures asked without a figure word and spans asked beside a notice's description: each convention probed
in five wordings of my own on real dev-notice text (tests/data/notices-dev).

- A completion asked as a state (是不是都改完了, 完成得怎么样，有具体数吗, 整改进度如何) of a total the notice states with its
  completed count: the completed count, what is left and the rate worked out (genre questions.toml [asks_done] status).
- A span asked after a description of the notice (揭阳那份…公安局通报，巡察搞了多少天; 2024年秋天开始被巡察的…，巡察结束后
  隔了多久才反馈): the steps and the later step are read from the ask's own clause (answer/spans.py ask_piece).
- A span asked from one step with 离/距 beside the page's date asked (通报是哪天挂出来的，离反馈过了多少天): from that step to
  the publication (genre questions.toml [asks_gap] from_step); steps taken in the order they happen.
- A total over the parts but one struck out by 不算/去掉/刨去/扣除 (不算…那一方面的11个，其余三个方面一共多少个): the other
  parts summed (genre worked.toml [parts_total] except; questions.toml [part_ask] quantified).
"""
from __future__ import annotations

import pytest

from answer.lead import wanted
from answer.parts import part_asked
from answer.spans import gap_note
from answer.steps import span_asked
from answer.totals import total_parts
from answer.worked import rate_note, remaining_note
from genre.parts_asked import parts_asked
from retrieval.parse import parse_sections
from tests.notice_text import notice_text, sentence_holding

RUIJIN = sentence_holding(notice_text("d01_"), "共计50项具体问题")   # 共计50项具体问题…报告日已整改40项…正在整改10项
GUANGZHOU = sentence_holding(notice_text("d16_"), "已完成整改336个")   # 反映的400个问题,已完成整改336个
JIEYANG = sentence_holding(notice_text("d20_"), "2025年6月5日至2025年8月8日")
PUTIAN = sentence_holding(notice_text("d07_"), "反馈了巡察意见")   # 2023年4月20日至5月31日…并于2024年1月4日反馈; page 2025-02-17
SHUOZHOU = (sentence_holding(notice_text("d26_"), "2024年9月25日至2025年1月7日")
            + "。" + sentence_holding(notice_text("d26_"), "2025年4月27日"))
QINGYANG = notice_text("d31_")   # (一)…(7个问题) (二)…群众身边腐败…(11个问题) (三)…基层党组织建设方面(5个问题) (四)…(2个问题)


@pytest.mark.parametrize(("question", "text", "said"), [
    ("瑞金2020年度预算执行审计查出的50项问题是不是都改完了？还剩几项在改", RUIJIN, ["完成率80%", "其余10项"]),
    ("瑞金那份审计整改报告，50项问题是否已经全部整改完", RUIJIN, ["完成率80%", "其余10项"]),
    ("广州2024年度市级预算执行审计，问题整改完成得怎么样，有具体数吗", GUANGZHOU, ["完成率84%", "尚余64个"]),
    ("广州审计查出问题的整改进度如何", GUANGZHOU, ["完成率84%", "尚余64个"]),
    ("广州那400个问题改得怎么样了", GUANGZHOU, ["完成率84%", "尚余64个"]),
])
def test_a_completion_asked_as_a_state_is_counted_left_and_rated(question, text, said):
    note = rate_note(question, text) + remaining_note(question, text)
    assert all(s in note for s in said), note
    assert wanted(question)[0] >= 1   # a figure is asked though no 多少/几 is written


@pytest.mark.parametrize("question", [
    "揭阳那份只列巡察发现问题的公安局通报，巡察是哪个组、搞了多少天",
    "揭阳公安局那份通报，市委第四巡察组弄了几天",
    "揭阳公安局通报里，巡察一共干了多少天",
    "揭阳公安局那份通报，这轮巡察前后花了多少天",
    "揭阳那份公安局巡察通报，巡察组在局里待了几天",
])
def test_a_span_asked_after_the_notice_described_is_the_round_counted_with_both_ends(question):
    assert "共65天" in gap_note(span_asked(question), JIEYANG)


@pytest.mark.parametrize("question", [
    "2024年秋天开始被市委第四巡察组常规巡察的那个科技局，巡察结束后隔了多久才反馈",
    "朔州那个2024年9月开始被巡察的科技局，巡完以后过了多少天才反馈",
    "去年秋天启动巡察的朔州科技局，巡察组撤离后隔了几天反馈的",
    "朔州科技局，巡察结束到反馈中间隔了多久",
    "从2024年9月开始巡察的那个科技局，巡察结束后多久反馈的",
])
def test_steps_named_in_the_description_are_not_the_span_asked(question):
    assert "相隔110天" in gap_note(span_asked(question), SHUOZHOU)


@pytest.mark.parametrize("question", [
    "莆田司法局那份通报是哪天挂出来的，离反馈巡察意见过了多少天",
    "莆田司法局通报哪天公布的，距离反馈过去了多少天",
    "莆田司法局的整改通报什么时候挂网的，离反馈有多久",
    "莆田司法局通报是哪天发布的，距反馈已经多少天了",
    "莆田司法局整改通报哪天公开的，离反馈意见隔了几天",
])
def test_a_span_from_one_step_runs_to_the_page_date_asked_beside_it(question):
    note = gap_note(span_asked(question), PUTIAN, "2025-02-17")
    assert "从2024年1月4日（反馈）到2025年2月17日（发布）相隔410天" in note, note


@pytest.mark.parametrize(("question", "said"), [
    ("庆阳文联，不算群众身边腐败那一方面的11个，其余三个方面一共多少个问题", "合计14个"),
    ("庆阳文联，去掉基层党组织建设那个方面，剩下三个方面加起来多少个问题", "合计20个"),
    ("庆阳文联反馈的问题，刨去审计反馈问题整改那一块，其他三个方面合计多少个", "合计23个"),
    ("庆阳文联，扣除群众身边腐败方面的问题，其余三个方面总共多少个", "合计14个"),
    ("庆阳文联四个方面，抛开决策部署落实那个方面，另外三个方面一共多少个问题", "合计18个"),
])
def test_a_total_over_the_parts_but_one_struck_out(question, said):
    asked = parts_asked(question)
    assert asked is not None and asked.which == "rest" and asked.n == 3, asked
    assert part_asked(question) is None   # 其余三个 names no one part
    _, note = total_parts(QINGYANG, parse_sections(QINGYANG), question)
    assert said in note, note


@pytest.mark.parametrize("question", [
    "华容县重点工作完成得好不好会跟什么挂钩？",
    "华容县的重点任务完成得怎么样会纳入什么考评？",
])
def test_a_completion_state_tied_to_an_assessment_asks_the_rule_not_a_figure(question):
    assert wanted(question)[0] == 0


@pytest.mark.parametrize("question", [
    "那个2022年8月开始被巡察的文联，其余三个方面一共多少个问题",
    "2024年秋天开始被市委第四巡察组常规巡察的那个科技局，反馈了多少个问题",
    "2022年8月被巡察的庆阳文联，四个方面一共几个问题",
    "2024年9月启动巡察的朔州科技局查出几个问题",
    "2025年6月开始接受巡察的揭阳公安局，问题有多少个",
])
def test_a_year_with_its_month_before_the_inspection_dates_the_round(question):
    from genre.questions import load_questions
    assert load_questions().year_names_round.search(question)
