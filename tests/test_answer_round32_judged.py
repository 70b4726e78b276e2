"""Round 32 (session 14, h_claims3 "judged"): a stated date judged, two steps of a round put in order, yes/no asks of an
act, each probed in wordings of my own over real dev-notice text (tests/data/notices-dev).

- genre figures.toml [checked_date], genre/checked_date.py, answer/judged_date.py: a date the asker states in 是…的
  (是2024年1月中旬反馈的？ 是第二年4月反馈的吧？ 巡察是2024年1月底开始的吧) is asked as 哪天 and held against the day the
  quoted clause gives the step it names (worked.toml [[step]]), by the days each rounding word allows (初/上旬 1-10,
  中旬 11-20, 下旬/底 21 on, 年初/年底 months, 前后 around): 问题说的“1月中旬”与通报一致：2024年1月17日反馈.
- genre steps.toml [order], answer/order.py step_order: the order asks (先…还是…, 哪个在前, 谁先谁后, X在前还是Y在前) of
  two steps of a round quote both dated clauses and say the order and the gap, in the one wording meetings are said in.
- genre worked.toml [threshold.act], genre/thresholds.py act_yes_word, answer/threshold.py act_said: a yes/no ask of an
  act (有没有…, 是不是已经…, …了吗) with no count named is led by 有/是/已X when the first quoted clause reports it, by
  its status when short of done (基本完成); an act the notice never reports is refused as before.
"""
from __future__ import annotations

import datetime as dt

import pytest

from answer.judged_date import date_note
from answer.order import step_order
from answer.threshold import act_said
from answer.verify import neutral_question
from genre.checked_date import date_claims, date_holds
from genre.steps import steps_order_asked
from genre.thresholds import act_yes_word
from tests.conftest import dev_files

XIANGTAN = "2023年10月11日至12月1日,市委第三巡察组对市妇联党组开展了常规巡察。2024年1月17日,市委第三巡察组反馈了巡察意见[1]"
PUTIAN = "2023年4月20日至5月31日,八届市委巡察四组对市司法局开展巡察,并于2024年1月4日反馈了巡察意见[1]"
XIAMEN = "2019年9月20日至10月26日,市委第四巡察组对中共厦门市体育局党组开展了巡察并于2020年4月9日反馈了巡察意见[1]"


@pytest.mark.parametrize(("question", "quoted", "said"), [
    ("湘潭市妇联是2024年1月中旬被反馈的吧？", XIANGTAN, "问题说的“2024年1月中旬”与通报一致：2024年1月17日反馈。"),
    ("莆田司法局巡察意见是2024年1月初反馈的吧？", PUTIAN, "问题说的“2024年1月初”与通报一致：2024年1月4日反馈。"),
    ("厦门体育局是第二年4月反馈的吧？", XIAMEN, "问题说的“第二年4月”与通报一致：2020年4月9日反馈。"),
    ("厦门体育局巡察是2019年9月下旬开始的？", XIAMEN, "问题说的“2019年9月下旬”与通报不符：通报写的是2019年9月20日开始。"),
    ("湘潭妇联巡察是2023年年底结束的吧", XIANGTAN, "问题说的“2023年年底”与通报一致：2023年12月1日结束。"),
    ("莆田司法局是在2024年年初收到反馈的吗？", PUTIAN, "问题说的“2024年年初”与通报一致：2024年1月4日反馈。"),
    ("湘潭妇联是1月17号前后反馈的吧？", XIANGTAN, "问题说的“1月17号前后”与通报一致：2024年1月17日反馈。"),
])
def test_a_stated_date_is_judged_against_the_step_it_names(question, quoted, said):
    assert date_note(question, quoted) == said
    assert "哪天" in neutral_question(question)


@pytest.mark.parametrize("kept", ["湘潭妇联是什么时候反馈的？", "2024年1月反馈了几个问题？", "是2025年6月到8月吧，一共多少天",
                                  "反馈以后是怎么整改的？", "第三十三次会议是7月几号审议审计工作报告的"])
def test_no_date_claim_where_none_is_stated(kept):
    assert date_claims(kept) == ()


def test_a_part_of_a_month_allows_its_days():
    c = date_claims("是2024年1月下旬反馈的？")[0]
    assert date_holds(c, dt.date(2024, 1, 21), None) and not date_holds(c, dt.date(2024, 1, 20), None)


@pytest.mark.parametrize(("question", "quoted", "said"), [
    ("莆田司法局的巡察，反馈和进驻哪一个更早？", PUTIAN, "开始（2023年4月20日）在前，反馈（2024年1月4日）在后，相隔259天"),
    ("湘潭妇联巡察结束在前还是反馈在前？", XIANGTAN, "结束（2023年12月1日）在前，反馈（2024年1月17日）在后，相隔47天"),
    ("厦门体育局巡察结束和反馈意见谁先谁后？", XIAMEN, "结束（2019年10月26日）在前，反馈（2020年4月9日）在后，相隔166天"),
    ("湘潭妇联是先进驻还是先反馈？", XIANGTAN, "开始（2023年10月11日）在前，反馈（2024年1月17日）在后"),
    ("莆田司法局反馈和巡察结束哪个在前", PUTIAN, "结束（2023年5月31日）在前，反馈（2024年1月4日）在后"),
])
def test_two_steps_of_a_round_are_ordered_with_their_gap(question, quoted, said):
    assert said in step_order(question, quoted)


def test_a_publication_is_ordered_by_the_page_date():
    assert "反馈（2024年1月17日）在前，发布（2024年3月5日）在后" in step_order("先反馈还是先公布的？", XIANGTAN, "2024-03-05")


@pytest.mark.parametrize("kept", ["反馈和进驻隔了多少天？", "哪个巡察组进驻的？"])
def test_no_step_order_unasked(kept):
    assert not steps_order_asked(kept) and step_order(kept, PUTIAN) == ""


@pytest.mark.parametrize(("question", "quote", "said"), [
    ("朔州市科技局有没有开巡察整改专题民主生活会？", "同时,召开巡察整改专题民主生活会,党组班子成员认真对照巡察反馈意见", "有。"),
    ("朔州科技局是不是成立了巡察整改工作领导小组？", "第一时间成立了由党组书记和局长任组长的巡察整改工作领导小组", "是。"),
    ("湘潭妇联有没有建立第一议题制度落实台账？", "整改情况:建立“第一议题”制度落实台账,所有党组会均将学习", "有。"),
    ("湘潭妇联是不是已经公开了巡察整改进展情况？", "根据党务公开原则和巡察工作有关要求,现将巡察整改进展情况予以公布", "已公开。"),
    ("朔州科技局整改工作台账建立了吗", "对照“三清单”建立了整改工作台账,实行销号管理", "已建立。"),
    ("立行立改的问题都整改完了吗", "立行立改问题基本完成整改", "基本完成。"),
])
def test_an_act_asked_yes_or_no_is_led_by_its_answer(question, quote, said):
    assert act_said(question, quote) == said


@pytest.mark.parametrize("kept", ["开会有没有超过十次", "推进会先后开了八次没有？", "有没有开会，开了几次？", "哪天反馈的？"])
def test_no_act_lead_for_counts_or_other_asks(kept):
    assert act_yes_word(kept) == ""


def test_an_act_lead_needs_the_clause_to_report_it():
    assert act_said("有没有开展专项审计？", "召开巡察整改专题民主生活会") == ""


@pytest.fixture(scope="module")
def judged_index(tmp_path_factory):
    from tests.conftest import small_index
    return small_index(tmp_path_factory, "judged32", dev_files("d07_", "d26_", "d28_", "d32_", "d35_"))


@pytest.mark.parametrize(("question", "said"), [
    ("湘潭市妇联是2024年1月中旬被反馈的吧？", ["与通报一致：2024年1月17日反馈"]),
    ("厦门市体育局巡察是2019年9月下旬开始的？", ["与通报不符：通报写的是2019年9月20日开始"]),
    ("莆田市司法局的巡察，反馈和进驻哪一个更早？", ["开始（2023年4月20日）在前", "相隔259天"]),
    ("鲤城区社科联是巡察结束在前还是反馈在前？", ["结束（2024年2月2日）在前，反馈（2024年3月18日）在后，相隔45天"]),
    ("朔州市科技局有没有开巡察整改专题民主生活会？", ["有。", "专题民主生活会"]),
])
def test_judged_asks_end_to_end(judged_index, question, said):
    from answer.ask import ask
    answer = ask(judged_index, question, judged_index.settings)
    assert all(s in answer.answer for s in said) and not answer.abstained, answer.answer


def test_an_act_never_reported_is_refused_end_to_end(judged_index):
    from answer.ask import ask
    assert ask(judged_index, "湘潭市妇联有没有开展专项审计？", judged_index.settings).abstained
