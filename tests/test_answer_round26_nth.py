"""Round 26, the N-th member of a listed set and a figure converted into the unit asked: each convention probed in five
wordings of my own on real dev-notice text (tests/data/notices-dev), and where it applies, where it must not fire.

- One member of a set a notice lists in one clause (明确整改措施、责任领导、责任部门、完成时限; 召开了A会议、B会议、…)
  asked by its place (第三项是什么, 排第二的是哪一项, 第三个是什么会), often after its count: the list leads, counted, and
  the N-th member is said after it (genre questions.toml [nth_member], answer/listed.py nth_listed). The list is the one
  after the verb the question asks with, or whose members are the kind the question names (什么组, 什么会).
- The same asked of a set a numbered heading names (1.主要目标指标。) whose one paragraph lists its members one clause
  each: the N-th clause (answer/listed.py nth_in_section, [nth_member] `section_joins`).
- A figure asked in another unit (换算成元, 折合多少万元, 合多少元): the stated figure converted exactly, said as worked
  out after the cited clause (genre worked.toml [converted], answer/converted.py); the words asking the unit name no
  kind of money the notice must write (answer/unstated.py money_unstated).
"""
from __future__ import annotations

import pytest

from answer.converted import converted_note
from answer.listed import members, nth_in_section, nth_listed
from answer.unstated import money_unstated
from genre.converted import converting_asked, unit_asked
from tests.conftest import dev_files, dev_text, sentence_holding, small_index

HUIJI = dev_text("d10_")      # 明确整改措施、责任领导、责任部门、完成时限等
JIAXING = dev_text("d11_")    # 明确整改任务、整改要求、整改措施、整改时限; 收回清退违规资金5.0227万元
NINGBO = dev_text("d02_")     # 分别召开了市政府常务会议、全市审计整改工作会议、重大审计问题清单推进会议
HUBEI = dev_text("d04_")      # 建立月调度、信息报送、工作记事制度
ZHONGSHAN = dev_text("d38_")  # 逐项明确牵头院领导、责任部门、责任人和整改时限
CIXI = dev_text("d17_")       # 已清理用地款1.05亿元
RUIJIN = dev_text("d01_")     # 问题资金251023.54万元 … 未整改资金35435.70万元
ZHEJIANG = "d23_"             # 1.主要目标指标。 健康浙江发展指数达85,人均预期寿命达82.4岁,居民健康素养水平达39%以上,…


def _nth(text: str, holding: str, question: str):
    sentence = sentence_holding(text, holding)
    return nth_listed(sentence, [(0, len(sentence))], question)


@pytest.mark.parametrize(("text", "holding", "question", "count", "member"), [
    (HUIJI, "明确整改措施", "惠济区审批局整改明确了哪几项内容？第二项是什么", 4, "责任领导"),
    (JIAXING, "明确整改任务", "嘉兴文旅局整改方案明确了几项内容，排在第二的是哪一项", 4, "整改要求"),
    (NINGBO, "分别召开了", "宁波审计分别召开了哪几个会议？排第三的是什么会", 3, "重大审计问题清单推进会议"),
    (HUBEI, "月调度", "湖北省司法厅巡视整改办建了几项制度，第三个是什么", 3, "工作记事制度"),
    (ZHONGSHAN, "牵头院领导", "中山一院整改要明确几项？排第三的是哪一项", 4, "责任人"),
])
def test_the_nth_member_of_a_listed_set_is_said_with_the_count(text, holding, question, count, member):
    got = _nth(text, holding, question)
    assert got is not None and (got.count, got.member) == (count, member)
    assert f"共{count}" in got.said() and f"“{member}”" in got.said()


def test_the_list_after_the_verb_asked_is_taken_over_another_in_the_sentence():
    t = "建立了问题清单、整改清单、责任清单“三清单”,明确了整改目标、整改措施、责任领导、责任部门、完成时限,形成了格局。"
    got = nth_listed(t, [(0, len(t))], "整改方案要明确几项？第三项是什么")
    assert (got.count, got.member) == (5, "责任领导")


def test_a_thing_named_before_the_ask_finds_the_list_that_builds_it():
    t = "制定了整改方案和落实台账,从整改措施、牵头领导、责任科室、责任人、整改时限5个方面,构建起整改推进责任链。"
    got = nth_listed(t, [(0, len(t))], "文联的整改责任链条包括几项内容？第四项是啥")
    assert (got.count, got.member) == (5, "责任人")


@pytest.mark.parametrize(("sentence", "question"), [
    ("领导小组成立后,从整改措施、牵头领导、责任科室、责任人、整改时限5个方面,构建起整改推进责任链。",
     "领导小组下设几个组？第二个是什么组"),                                    # a kind asked the members are not
    (sentence_holding(HUIJI, "明确整改措施"), "惠济区审批局整改明确了几项？第六项是什么"),   # fewer members than the place
    (sentence_holding(HUIJI, "明确整改措施"), "惠济区审批局整改明确了哪几项内容？"),         # no place asked
    (sentence_holding(NINGBO, "分别召开了"), "宁波审计第二部分讲的是什么"),                  # a part of the outline
])
def test_no_member_is_said_where_the_list_is_not_the_set_asked(sentence, question):
    assert nth_listed(sentence, [(0, len(sentence))], question) is None


def test_members_leave_off_what_ends_the_list():
    assert members("整改措施、责任领导、责任部门、完成时限等") == ["整改措施", "责任领导", "责任部门", "完成时限"]
    assert members("牵头院领导、责任部门、责任人和整改时限")[-2:] == ["责任人", "整改时限"]
    assert members("党风廉政建设和反腐败工作、作风建设")[0] == "党风廉政建设和反腐败工作"


@pytest.fixture(scope="module")
def zhejiang():
    from retrieval.load import load_notice
    from retrieval.parse import parse_sections
    notice = load_notice(dev_files(ZHEJIANG)[0])
    return notice.text, parse_sections(notice.text, "d23", notice.header_end)


@pytest.mark.parametrize(("question", "member"), [
    ("浙江卫健委要点的主要目标指标里第五项是啥", "总体癌症五年生存率达47%"),
    ("省卫健委工作要点主要目标指标排第一的是什么", "健康浙江发展指数达85"),
    ("卫健委2023年要点列的主要目标指标，第二个是什么指标", "人均预期寿命达82.4岁"),
    ("主要目标指标中排在第四位的是哪个，目标是多少", "重大慢病过早死亡率降至9.3%"),
    ("浙江省卫生健康委要点，主要目标指标第六条是什么", "人均基本公共卫生服务经费达102元以上"),
])
def test_the_nth_clause_of_a_heading_s_one_paragraph_answers(zhejiang, question, member):
    text, sections = zhejiang
    got = nth_in_section(text, sections, question)
    assert got is not None and got.member == member and text[got.start:got.end] == member


def test_a_heading_with_parts_below_it_or_unnamed_gives_no_clause(zhejiang):
    text, sections = zhejiang
    assert nth_in_section(text, sections, "实施全民健康促进行动第二项是什么") is None   # (一) holds 1. 2.: the outline's
    assert nth_in_section(text, sections, "要点第二个是什么") is None
    assert nth_in_section(text, sections, "卫生健康工作要点在总体要求之后的下一部分讲什么？它的第一项是什么？") is None


@pytest.mark.parametrize(("question", "holding", "text", "said"), [
    ("嘉兴文旅局收回清退的违规资金换算成元是多少", "5.0227万元", JIAXING, "5.0227万元=50227元"),
    ("嘉兴文旅局收回清退违规资金折算成元是多少", "5.0227万元", JIAXING, "5.0227万元=50227元"),
    ("慈溪已清理的用地款换算成万元是多少", "1.05亿元", CIXI, "1.05亿元=10500万元"),
    ("慈溪清理用地款折合成元有多少", "1.05亿元", CIXI, "1.05亿元=105000000元"),
    ("瑞金未整改资金合多少亿元", "未整改资金35435.70万元", RUIJIN, "35435.70万元=3.54357亿元，约3.54亿元"),   # rounded as notices write money (round 30)
])
def test_a_figure_asked_in_another_unit_is_converted_exactly(question, holding, text, said):
    clause = next(c for c in sentence_holding(text, holding).split(",") if holding in c)
    assert converted_note(question, clause) == f"（按通报数字换算：{said}。）"


@pytest.mark.parametrize(("question", "lead"), [
    ("收回清退的违规资金是多少万元", "收回清退违规资金5.0227万元"),   # already in the unit asked
    ("清理用地款折合多少公里", "已清理用地款1.05亿元"),                # another kind of unit
    ("一共清理了多少", "已清理用地款1.05亿元"),                        # no unit asked
])
def test_no_figure_is_converted_where_no_other_unit_of_its_kind_is_asked(question, lead):
    assert converted_note(question, lead) == ""


def test_lengths_convert_within_their_kind():
    assert converted_note("燃气旧管网改造了多少米", "改造燃气旧管网12.5公里") == "（按通报数字换算：12.5公里=12500米。）"
    assert unit_asked("换算成千米是多少") == "千米"


def test_the_words_asking_the_unit_name_no_kind_of_money():
    assert converting_asked("问题资金折合多少亿元") and not converting_asked("统筹盘活了多少元")
    assert money_unstated("审计反映的问题资金折合多少亿元", ["问题资金251023.54万元"]) == ""


@pytest.fixture(scope="module")
def nth_index(tmp_path_factory):
    return small_index(tmp_path_factory, "nth", dev_files("d02_", "d04_", "d10_", "d11_", "d17_", "d38_"))


@pytest.mark.parametrize(("question", "said"), [
    ("惠济区审批局整改明确的第三项是啥", "共4项，第三项是“责任部门”"),
    ("嘉兴文旅局整改明确了几项？第四项是什么", "共4项，第四项是“整改时限”"),
    ("宁波审计整改开了几个会？第二个是什么会", "共3个，第二个是“全市审计整改工作会议”"),
    ("湖北司法厅建立了几项制度？第二项是啥", "共3项，第二项是“信息报送”"),
    ("中山市第一人民法院整改台账逐项明确了几项？第二项是什么", "共4项，第二项是“责任部门”"),
    ("嘉兴文旅局收回清退的违规资金换算成元是多少", "5.0227万元=50227元"),
    ("慈溪清理用地款折合成元有多少", "1.05亿元=105000000元"),
])
def test_the_member_and_the_converted_figure_are_said_end_to_end(nth_index, question, said):
    from answer.ask import ask
    answer = ask(nth_index, question, nth_index.settings)
    assert said in answer.answer and not answer.abstained
