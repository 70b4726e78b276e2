"""Round 16, abstention: the part of a set, the kinds asked each and the members of a counted set, asked in any words.
Each kind probed in at least five wordings of my own (word order, 几/多少/啥/哪些, digits or Chinese numerals, the set
named before or after, with or without its count, spoken forms) on sentences of at least two real dev notices, both
out-of-corpus (refused) and answerable (kept)."""
from __future__ import annotations


import pytest

from answer.parts import each_joint, part_asked
from answer.slots import members_asked, part_unstated
from answer.count_only import count_only
from answer.unstated import unfilled_slot
from tests.conftest import ROOT
from tests.notice_text import sentence_holding as _sentence, notice_text as _text

DEV = ROOT / "tests" / "data" / "notices-dev"




XIAMEN = "细化制定整改措施239条"                    # d32: the measures counted whole
LUSONG = "巡察组共反馈29个问题,其中已完成整改28个"   # d08: a part by its status


@pytest.mark.parametrize("question", [
    "厦门体育局239条措施中，有几条是专门针对选人用人的？",
    "那239条整改措施里，针对选人用人的有多少条？",
    "二百三十九条措施当中选人用人方面的占几条",
    "厦门体育局的整改措施中，关于选人用人的有几条呀",
    "选人用人方面的措施在239条措施里占多少？",
    "整改措施里头属于选人用人这块的有几条？",
])
def test_a_part_of_a_set_the_notice_counts_whole_is_not_stated(question):
    quotes = [_sentence(_text("d32_"), XIAMEN)]
    assert part_asked(question).parts == ("选人用人",)
    assert part_unstated(question, quotes) == "选人用人"


@pytest.mark.parametrize("question", [
    "鲤城社科联被反馈的问题中，党的建设方面有几个？",
    "巡察反馈的11个问题里，党的建设方面的问题有多少个？",
    "那11个问题中有几个是关于党的建设的？",
    "反馈的问题里党的建设方面占几个啊",
    "鲤城社科联那些问题当中，涉及党的建设的有多少？",
])
def test_a_part_of_a_set_named_with_or_without_its_count_is_not_stated(question):
    quotes = [_sentence(_text("d35_"), "3个方面6项共11个问题")]
    assert part_unstated(question, quotes) == "党的建设"
    assert "党的建设" in unfilled_slot(question, quotes)


@pytest.mark.parametrize("question", [
    "庆阳文联的25个问题中，基层党组织建设方面有几个？",
    "反馈的问题里，有多少个是基层党组织建设方面的？",
    "庆阳文联那些问题当中基层党组织建设的占几个",
    "基层党组织建设方面的问题在25个问题里占多少？",
    "二十五个问题中属于基层党组织建设的有几个",
])
def test_a_part_whose_count_the_notice_states_is_answered(question):
    quotes = [_sentence(_text("d31_"), "(5个问题)")]   # (三)聚焦基层党组织建设方面(5个问题)
    assert part_asked(question) is not None
    assert part_unstated(question, quotes) == ""


def test_a_part_stated_by_its_status_is_answered_and_another_part_is_not():
    quotes = [_sentence(_text("d08_"), LUSONG)]
    assert part_unstated("那29个问题里，已完成整改的有几个？", quotes) == ""
    assert part_unstated("29个问题中有几个是已经完成整改的？", quotes) == ""
    assert part_unstated("芦淞区司法局29个问题中，有几个是选人用人方面的？", quotes) == "选人用人"


def test_no_part_named_is_no_part_ask():
    assert part_asked("嘉兴文广旅局处理的人里，一共有几个？") is None
    assert part_asked("厦门体育局制定了多少条整改措施？") is None
    assert part_asked("反馈的问题中，有几个已经整改完成？").parts == ("已经整改完成",)


@pytest.mark.parametrize("question", [
    "嘉兴文广旅局整改追回的违规资金里，收回的和清退的各是多少？",
    "收回和清退的违规资金分别是多少万元？",
    "违规资金中收回的钱与清退的钱各有多少",
    "文广旅局收回的、清退的分别多少钱？",
    "嘉兴文广旅局收回跟清退的各是几万？",
])
def test_kinds_asked_each_given_one_figure_together_are_not_stated(question):
    quotes = [_sentence(_text("d11_"), "收回清退违规资金")]   # 收回清退违规资金5.0227万元
    assert each_joint(question, quotes) in ("收回", "清退")
    assert unfilled_slot(question, quotes).startswith("通报只给出几类合在一起的数字")


def test_kinds_of_a_list_with_one_figure_asked_each_are_not_stated():
    meetings = [_sentence(_text("d34_"), "研究整改9次")]   # 主持召开党组会议、专题会议研究整改9次
    assert each_joint("枣庄社科联党组会议和专题会议各开了几次？", meetings) != ""
    handled = [_sentence(_text("d11_"), "谈话提醒24人")]   # 给予责令检查、批评教育、谈话提醒24人
    assert each_joint("批评教育的和谈话提醒的分别有几个人？", handled) != ""


@pytest.mark.parametrize("question", [
    "瑞金追缴的和归还原资金渠道的各是多少？",
    "追缴资金和归还原资金渠道的资金分别是多少万元",
    "瑞金审计整改中追缴与归还原资金渠道的各有多少钱？",
    "追缴的、归还原资金渠道的分别多少？",
    "瑞金追缴跟归还原资金渠道各是几万元",
])
def test_kinds_asked_each_with_figures_of_their_own_are_answered(question):
    quotes = [_sentence(_text("d01_"), "追缴资金77038.68万元")]   # 其中:追缴资金77038.68万元,归还原资金渠道1580万元
    assert len(part_asked(question).parts) == 2
    assert each_joint(question, quotes) == ""
    assert unfilled_slot(question, quotes) == ""


@pytest.mark.parametrize("question", [
    "湖北司法厅的“一方案三清单”里，三张清单具体叫什么名字？",
    "一方案三清单中的3张清单分别是哪些？",
    "司法厅那三个清单是指哪几个？",
    "“一方案三清单”的三张清单名称是什么",
    "三张清单是哪三张",
    "一方案三清单里那3个清单都叫啥",
])
def test_members_of_a_set_the_notice_names_only_by_count_are_not_stated(question):
    hubei = [_sentence(_text("d04_"), "一方案三清单")]   # 研究制定“一方案三清单”,明确具体整改措施
    assert count_only(question, hubei)
    listed_before = [_sentence(_text("d26_"), "三清单")]   # 建立了问题清单、整改清单、责任清单“三清单”
    assert not count_only(question, listed_before)
    kinds_before = [_sentence(_text("d19_"), "三张清单")]   # 根据问题、任务、责任“三张清单”
    assert not count_only(question, kinds_before)


def test_a_chinese_numeral_inside_a_larger_one_is_no_count():
    assert not count_only("那三届会议具体是哪三届？", ["在市第十三届人大常委会第二十次会议上"])


def test_kinds_each_counted_before_their_nouns_are_answered():
    meetings = [_sentence(_text("d32_"), "12次巡察整改领导小组会议")]   # 召开7次党组会议、12次巡察整改领导小组会议
    assert each_joint("厦门体育局党组会议和领导小组会议各开了几次？", meetings) == ""
    plans = [_sentence(_text("d05_"), "2个专项方案")]   # 研究制定1个总方案,2个专项方案
    assert each_joint("绵阳司法局总方案和专项方案分别定了几个？", plans) == ""
    assert unfilled_slot("绵阳司法局总方案和专项方案分别定了几个？", plans) == ""


def test_a_part_named_as_an_aspect_with_no_set_named():
    licheng = [_sentence(_text("d35_"), "3个方面6项共11个问题")]
    assert part_unstated("鲤城社科联党的建设方面的问题有几个？", licheng) == "党的建设"
    qingyang = [_sentence(_text("d31_"), "(5个问题)")]
    assert part_unstated("庆阳文联基层党组织建设方面的问题有几个？", qingyang) == ""
    assert part_asked("问题分成几个方面？") is None


def test_a_quantifier_before_the_aspect_names_no_part():
    assert part_asked("朔州科技局反馈的问题平均每个方面几个？") is None
    assert part_asked("庆阳市文联反馈问题前三个方面总共多少个？") is None
    assert part_asked("那29个问题里，每个方面各有几个？") is None
    assert part_asked("那25个问题按方面分，第二个方面有几个？").parts == ("第二个",)


@pytest.mark.parametrize("question", [
    "湖北司法厅“一方案三清单”的三清单都是啥？",
    "一方案三清单里的清单是哪三张？",
    "“一方案三清单”的“三清单”具体指什么",
    "司法厅定的清单有哪三个？",
    "三清单分别是什么清单",
])
def test_members_asked_without_a_classifier_or_with_the_count_in_the_ask(question):
    hubei = [_sentence(_text("d04_"), "一方案三清单")]
    assert count_only(question, hubei)
    listed_before = [_sentence(_text("d26_"), "三清单")]   # 建立了问题清单、整改清单、责任清单“三清单”
    assert not count_only(question, listed_before)


def test_which_aspects_things_belong_to_is_no_members_ask():
    assert members_asked("这些问题是哪两个方面的？") is None


@pytest.mark.parametrize("question", [
    "嘉兴文广旅局收回了多少，清退了多少？",
    "违规资金收回多少、清退多少",
    "收回的是多少，清退的又是多少？",
])
def test_kinds_asked_apart_given_one_figure_together_are_not_stated(question):
    quotes = [_sentence(_text("d11_"), "收回清退违规资金")]
    assert each_joint(question, quotes) == "收回"
    ruijin = [_sentence(_text("d01_"), "追缴资金77038.68万元")]
    assert each_joint(question.replace("收回", "追缴").replace("清退", "归还原资金渠道"), ruijin) == ""


def test_kinds_asked_apart_with_a_generic_word_are_not_joined():
    lusong = [_sentence(_text("d08_"), LUSONG)]   # 其中已完成整改28个
    assert each_joint("反馈的问题整改了多少个，完成了多少个？", lusong) == ""


def test_kinds_asked_apart_each_counted_in_their_own_clause_are_answered():
    zaozhuang = [_sentence(_text("d34_"), "作出批示6次")]   # 主持召开党组会议、专题会议研究整改9次,作出批示6次
    question = "枣庄社科联党组书记主持研究整改几次、作出批示几次？"
    assert each_joint(question, zaozhuang) == ""
    assert unfilled_slot(question, zaozhuang) == ""
