"""Session 11 (lead): staff's 派人下去查 read as notices write it (派出督查组); meetings held, listed without a count (分别召开了A、B、C), are counted for a count of meetings asked
with the short word (开了几个会); meetings listed with their own counts (召开7次党组会议、12次…会议) are not members.

Sentences of real dev notices d02 (a city audit-rectification report) and d32 (a bureau's inspection-rectification
notice); the questions are probes of our own, worded apart from the eval questions.
"""
from __future__ import annotations

from answer.listed import listed_members
from tests.conftest import dev_text, sentence_holding


def test_meetings_held_are_counted_from_their_list():
    text = sentence_holding(dev_text("d02_"), "分别召开了")
    for question in ("市政府为审计整改开了几个会？", "为推进整改一共召开过多少个会议？都是什么会？",
                     "市政府召开的会，数下来一共几个？", "开了哪几个会，共几个"):
        found = listed_members(text, [(0, len(text))], question)
        assert found is not None, question
        a, b, n = found
        assert n == 3 and text[a:b].endswith("推进会议"), question


def test_a_count_of_meetings_is_not_answered_by_a_list_of_groups():
    text = sentence_holding(dev_text("d25_"), "领导小组下设")   # 下设综合组、整改督察组、…专项整改组
    for question in ("整改期间一共开了多少次整改工作推进会？", "科技局开了几次整改推进会？"):
        assert listed_members(text, [(0, len(text))], question) is None, question


def test_meetings_listed_with_their_own_counts_are_not_members():
    text = sentence_holding(dev_text("d32_"), "12次巡察整改领导小组会议")
    assert listed_members(text, [(0, len(text))], "体育局为巡察整改一共开了几次会？") is None


def test_sending_people_down_to_check_is_read_as_the_notices_write_it():
    from answer.slots import act_unwritten
    hubei = dev_text("d04_")   # 派出督查组,对重点责任单位开展巡视整改专项督查
    for question in ("湖北省司法厅有没有派人下去检查整改？", "咱们司法厅有没有派人下去查？", "司法厅是否派人下去督导了",
                     "湖北司法厅有没有派人到下面督查整改"):
        assert act_unwritten(question, hubei) == "", question
    assert act_unwritten("利州区法院有没有派人下去查整改？", dev_text("d37_"))   # no 督查 sent: not written


def test_units_asked_of_a_total_are_not_named_by_the_total():
    from answer.slots import roster_unstated
    quote = sentence_holding(dev_text("d11_"), "收回清退违规资金")   # …建立完善制度45项,收回清退违规资金5.0227万元
    for question in ("收回的5.0227万元违规资金，分别是从哪几个局属单位追回的？", "收回清退的违规资金是哪些单位退的？",
                     "违规资金是由哪些部门退回的？"):
        assert "5.0227万元" in roster_unstated(question, [quote]), question
    named = "市文化馆、市图书馆收回清退违规资金5.0227万元"   # the units are named: the roster is stated
    assert roster_unstated("违规资金是哪几个单位退的？", [named]) == ""
    assert roster_unstated("违规资金是哪几家单位退的？", ["各局属单位收回清退违规资金5.0227万元"]) == ""


def test_measures_asked_in_spoken_words():
    from genre.questions import load_questions
    asks = load_questions().asks_measures
    for question in ("在督查考核上出了哪些招？", "建章立制上有啥高招", "有什么实招", "在这方面有什么大动作？"):
        assert asks.search(question), question
    assert not asks.search("今年有什么招聘计划？") and not asks.search("搞了几招商引资项目")


def test_a_notice_named_by_who_inspected_it_asks_nothing_of_the_inspection():
    from genre.questions import load_questions
    from retrieval.search.named import named_in
    asks = load_questions().asks_inspection
    for question in ("被市委第五巡察组巡察的那个市司法局，一共制定了几个方案？", "被巡察的那个局制定了几条措施？",
                     "第五巡察组巡过的那家单位有多少问题？"):
        assert not asks.search(question), question
    for question in ("是哪个巡察组巡的？", "市委第五巡察组是什么时候进驻的？", "被巡察是什么时候？"):
        assert asks.search(question), question
    named = named_in("被区委第四联动巡察组巡察的那个区法院，开展了几次中心组学习？")
    assert named.agency_names == ("法院",)   # 区委 names the inspecting body (a 联动 round), not the notice's issuer


def test_a_done_count_leads_with_the_done_clause_not_the_total_or_another_part():
    from answer.lead import lead_spans
    text = sentence_holding(dev_text("d16_"), "已完成整改336个")   # …反映的400个问题,已完成整改336个,其中…283个问题已全
    tokens = {"问题": 0.5, "审计": 1.0, "整改": 0.3, "完成": 1.0}
    for question in ("报告里说已完成整改多少个问题？", "审计查出的问题已经整改了几个？", "400个问题整改到位了多少个",
                     "问题改完了多少个？"):
        found = lead_spans(text, [(0, len(text))], question, tokens, ["个"])
        assert found and "336" in text[found[0][0]:found[0][1]], question
