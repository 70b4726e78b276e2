"""Round 17, abstention by one principle per kind: the asked slot's own words must stand in a quoted clause with a value
of the asked kind. Wordings of my own (spoken and written, each order) on sentences of real dev notices (no index),
out-of-corpus asks refused and answerable asks of the same kinds kept."""
from __future__ import annotations

import pytest

from answer.parts import total_unstated
from answer.outcomes import WORK_PLAN, plan_only, result_of_plan
from answer.unstated import joint_figure, money_unstated, unfilled_slot
from answer.persons import holder_unstated
from tests.notice_text import notice_text as _text
from tests.notice_text import sentence_holding as _sentence

HOLDER_ASKS = ["{who}整改领导小组的副组长都有谁？", "{who}领导小组副组长是哪几位", "担任{who}领导小组副组长的分别是谁？",
               "{who}领导小组里谁担任副组长？", "{who}整改领导小组哪几位任副组长", "{who}领导小组副组长具体都是些什么人？",
               "{who}那个领导小组的副组长是哪位", "请问{who}整改领导小组副组长都由谁来担任？"]


@pytest.mark.parametrize("ask", HOLDER_ASKS)
def test_a_deputy_asked_in_any_order_needs_the_post_in_a_quote(ask):
    hubei = [_sentence(_text("d04_"), "任组长")]   # 成立厅党委书记任组长的巡视整改工作领导小组: no deputy
    lizhou = [_sentence(_text("d37_"), "反馈了巡察意见")]
    assert holder_unstated(ask.format(who="湖北省司法厅"), hubei) == "副组长"
    assert holder_unstated(ask.format(who="利州区法院"), lizhou) == "副组长"
    shuozhou = [_sentence(_text("d26_"), "任副组长")]   # 党组成员任副组长: an office answers who
    suining = [_sentence(_text("d25_"), "其他班子成员任副组长")]
    assert holder_unstated(ask.format(who="朔州科技局"), shuozhou) == ""
    assert holder_unstated(ask.format(who="遂宁科技局"), suining) == ""


JOINT_ASKS = ["{who}整改中被{kind}的具体有几个人？", "{who}{kind}了多少人", "{kind}的到底有几个人", "被{kind}的一共多少人？",
              "{who}处理的人里{kind}的有几个", "有多少人被{kind}了", "{who}整改时{kind}的人数是多少", "{kind}了几个人啊"]


@pytest.mark.parametrize("ask", JOINT_ASKS)
def test_one_kind_of_a_joint_figure_asked_without_marking_it_a_part(ask):
    jiaxing = [_sentence(_text("d11_"), "谈话提醒24人")]   # 给予责令检查、批评教育、谈话提醒24人
    for kind in ("谈话提醒", "批评教育", "责令检查"):
        assert joint_figure(ask.format(who="嘉兴文广旅局", kind=kind), jiaxing) == kind
    ruijin = [_sentence(_text("d01_"), "提醒谈话")]   # 对1人予以记大过处分,对2人予以提醒谈话: a figure of its own
    assert joint_figure(ask.format(who="瑞金", kind="提醒谈话"), ruijin) == ""


def test_the_whole_list_or_a_list_of_kinds_counted_is_answered():
    jiaxing = [_sentence(_text("d11_"), "谈话提醒24人")]
    assert joint_figure("嘉兴文广旅局责令检查、批评教育、谈话提醒一共多少人？", jiaxing) == ""
    assert joint_figure("嘉兴文广旅局建立完善制度多少项？", jiaxing) == ""
    meetings = [_sentence(_text("d34_"), "研究整改9次")]   # 主持召开党组会议、专题会议研究整改9次
    assert joint_figure("枣庄社科联专题会议开了几次？", meetings) == "专题会议"
    assert joint_figure("枣庄社科联党组会议和专题会议一共研究整改几次？", meetings) == ""
    ledger = [_sentence(_text("d31_"), "整改时限5个")]   # 整改措施、牵头领导、责任科室、责任人、整改时限5个方面: counts the kinds
    assert joint_figure("庆阳文联整改台账的责任人有几个方面？", ledger) == ""


RESULT_ASKS = ["{what}2023年底是不是真到了{bar}？", "{what}有没有实现{bar}", "{bar}的目标完成了吗", "{what}到底达没达到{bar}",
               "那个{bar}的指标实现了没有？", "{what}真的到{bar}了吗", "{what}是否达到了{bar}", "2023年{what}达标了没"]


@pytest.mark.parametrize("ask", RESULT_ASKS)
def test_a_result_asked_of_a_work_plan_in_any_words(ask):
    for what, bar in (("浙江居民心理健康素养水平", "25%"), ("湖州家庭医生签约覆盖率", "42%")):
        assert result_of_plan(ask.format(what=what, bar=bar), frozenset({WORK_PLAN}))
    target = [_sentence(_text("d23_"), "居民心理健康素养水平达25%以上")]
    assert plan_only(ask.format(what="居民心理健康素养水平", bar="25%"), ["力争" + target[0]], {"心理": 1.0})
    lusong = [_sentence(_text("d08_"), "已全部办结")]   # a rectification notice states the result
    assert not plan_only(ask.format(what="芦淞区司法局立行立改问题", bar="全部办结"), lusong, {"立行立改": 1.0})
    assert not result_of_plan(ask.format(what="芦淞区司法局", bar="全部办结"), frozenset({"巡察整改"}))


TOTAL_ASKS = ["{who}审计发现的问题总量和涉及资金是多少？", "{who}审计查出问题的总数是多少", "{who}审计问题总数和金额各多少",
              "{who}审计一共查出的问题数量是多少？", "{who}审计发现问题的个数有多少", "{who}审计的问题总数有多少个",
              "{who}审计的问题总量是多少，涉及多少钱", "{who}审计查出的问题总计多少"]


@pytest.mark.parametrize("ask", TOTAL_ASKS)
def test_a_total_of_a_year_s_problems_needs_that_year_s_count(ask):
    cixi = [_sentence(_text("d17_"), "已清理用地款")]   # 对2016年经责审计提出的21个问题…已清理用地款1.05亿元
    assert unfilled_slot(ask.format(who="慈溪2017年度"), cixi) != ""
    ruijin = [_sentence(_text("d01_"), "共计50项具体问题")]   # 共计50项具体问题,问题资金251023.54万元
    assert total_unstated(ask.format(who="瑞金2020年度"), ruijin) == ""
    assert total_unstated(ask.format(who="瑞金"), ruijin) == ""


def test_the_money_slot_is_read_in_its_own_words():
    cixi = [_sentence(_text("d17_"), "已清理用地款")]
    assert money_unstated("慈溪审计的问题总数和追缴资金是多少？", cixi) != ""   # 追缴: not the 用地款 cleared
    assert money_unstated("慈溪审计整改清理的用地款是多少？", cixi) == ""
    ruijin = [_sentence(_text("d01_"), "共计50项具体问题")]
    assert money_unstated("瑞金审计的问题总数和问题资金是多少？", ruijin) == ""


def test_two_kinds_of_a_list_or_the_verb_it_carries_ask_the_joint_figure():
    jiaxing = [_sentence(_text("d11_"), "谈话提醒24人")]
    assert joint_figure("嘉兴文广旅局被批评教育、谈话提醒的有多少人？", jiaxing) == ""   # two kinds named: the list
    meetings = [_sentence(_text("d34_"), "研究整改9次")]   # 主持召开党组会议、专题会议研究整改9次
    assert joint_figure("枣庄社科联党组一把手亲自主持研究了几次？", meetings) == ""   # 主持: the list's verb
    assert joint_figure("枣庄社科联开会研究整改有多少次？", meetings) == ""   # 研究整改: the list's verb


def test_a_sum_of_two_figures_is_no_total_asked():
    ruijin = [_sentence(_text("d01_"), "共计50项具体问题")]
    assert total_unstated("整改到位资金和未整改资金两个数加一起，跟问题资金总数对得上吗？", ruijin) == ""
