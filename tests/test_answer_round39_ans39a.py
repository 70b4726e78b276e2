"""Round 39 (session 15), answerable asks near the refusal rules, in busy staff's short spoken words (啥、咋、几个、有没有,
the notice named by its agency's short name, two asks in one line), over dev notices that state each answer.

Only one of the 41 was refused: 瑞金审计财政那块追缴资金多少，归还原渠道多少. genre figures.toml [compound_verb] read the two
characters before each 多少 as verbs of a compound (资金, 渠道) and found "资金渠道" with one figure (归还原资金渠道1580万元),
so it said only a joint figure was written. A money noun before the asking word names the money asked, not a verb:
[compound_verb] not_verb lists them, and both kinds are answered from the notice's 其中 figures.
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.compound import compound_joint
from genre.figures import compound_asked
from tests.conftest import dev_files, small_index


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    paths = dev_files("d01_", "d02_", "d05_", "d08_", "d14_", "d16_", "d17_", "d25_", "d37_", "d40_")
    return small_index(tmp_path_factory, "ans39a", paths)


RUIJIN = ("财政部门(含自然资源局)预算执行问题6项,涉及金额237054.47 万元,部分整改4项,已整改2项,整改资金201783.20万元(含部分整改),"
          "其中:追缴资金77038.68万元,归还原资金渠道1580万元")


def test_a_money_noun_before_the_ask_is_no_verb():
    assert compound_asked("追缴资金多少，归还原渠道多少") == []
    assert compound_asked("追缴的资金多少，归还原资金渠道的多少") == []
    assert compound_asked("收回多少 清退多少") == ["收回", "清退"]


def test_kinds_of_money_asked_by_noun_are_not_a_joint_figure():
    assert compound_joint("财政那块追缴资金多少，归还原渠道多少", [RUIJIN]) == ""
    assert compound_joint("收回多少 清退多少", ["收回清退违规资金5.0227万元"]) == "收回"


ASKED = [
    # money of its own kind, two kinds in one line (the refused kind, five wordings)
    ("瑞金审计财政那块追缴资金多少，归还原渠道多少", ("77038.68万元", "1580万元")),
    ("瑞金审计追缴的资金多少，归还原资金渠道的多少", ("77038.68万元", "1580万元")),
    ("瑞金审计追缴了多少，归还原渠道的多少", ("77038.68万元", "1580万元")),
    ("瑞金审计统筹盘活的资金有没有，追缴的钱多少", ("77038.68万元",)),
    ("瑞金审计财政部门涉及金额多少，整改资金多少", ("237054.47", "201783.20万元")),
    ("瑞金审计，整改到位资金多少，还有多少没整改", ("215587.84万元", "35435.70万元")),
    # qualified figures, counts
    ("瑞金审计处分了几个人，啥处分", ("记大过",)),
    ("瑞金审计出了几个规章制度", ("13个",)),
    ("瑞金审计正在整改几项，含部分整改的", ("10项",)),
    ("瑞金审计说的是哪年的预算，问题资金多少", ("251023.54万元",)),
    ("芦淞司法局反馈几个问题，完成了几个", ("29个", "28个")),
    ("芦淞司法局阶段性完成几个，立行立改的几个", ("1个", "4个")),
    ("芦淞司法局2024年中心组学了几次", ("10次",)),
    ("芦淞司法局立行立改的办完没有", ("全部办结",)),
    ("广州审计反映了多少问题，完成几个", ("400个", "336个")),
    ("广州审计立行立改的几个", ("283个",)),
    ("绵阳司法局定了几个方案，专项的几个", ("1个总方案", "2个专项方案")),
    ("遂宁科技局定了几个制度", ("13个",)),
    ("慈溪审计附海镇清了多少用地款，2016年提的问题几个", ("1.05亿元", "21个")),
    ("慈溪审计逍林镇清了几笔往来款", ("15笔",)),
    # part of a year, periods
    ("利州法院1到3月填报了多少条，及时率多少", ("595条", "100%")),
    ("利州法院1月以来开了几次会讲三个规定", ("3次",)),
    ("利州法院中心组学了几次，支部学了几次", ("1次", "4次")),
    ("利州法院信访专题党组会哪几个月开的", ("2025年1月、2月",)),
    ("广州审计截至啥时候", ("2025年11月底",)),
    ("广东审计今年3月29号报告了啥", ("突出问题的整改情况",)),
    # years
    ("利州法院涉诉信访的管理办法啥时候改的", ("2025年2月",)),
    ("遂宁科技局整改方案文号啥", ("遂科技党组〔2020〕20号",)),
    ("广东审计是哪年的预算，啥时候审议的", ("2020年度", "2021年7月")),
    ("宁波审计是哪年的报告", ("2021年度",)),
    # repeats, ordinals of a meeting
    ("慈溪审计人大常委会第几次会议以后出的清单，哪天", ("第十四次", "2018年7月30日")),
    ("广东审计第几次会议审议的", ("第三十三次",)),
    ("广元那次省委巡视是第几组，啥时候反馈的", ("省委第四巡视组", "2024年12月27日")),
    # an office asked 是谁, a person's post
    ("芦淞司法局谁负首责", ("局党组书记",)),
    ("慈溪审计整改小组组长是谁", ("主要负责人为组长",)),
    ("遂宁科技局整改领导小组组长是谁，副组长谁当", ("局党组书记任组长", "其他班子成员任副组长")),
    ("绵阳司法局第一责任人是谁", ("局党组书记、局长为第一责任人",)),
    ("广东审计省长是谁，厅长是谁", ("王伟中",)),
    ("宁波审计市长是谁，说了啥", ("汤飞帆",)),
    # lead units, groups
    ("利州法院信访牵头部门有哪些", ("立案庭、综合办、政治部(督察室)",)),
    ("绵阳司法局谁负直接责任", ("各牵头单位和责任单位负责人",)),
    ("遂宁科技局领导小组下面设了几个组", ("综合组", "意识形态专项整改组")),
    ("绵阳司法局哪个组巡的，啥时候", ("市委第五巡察组", "2024年5月7日至6月7日")),
    ("宁波审计开了哪几个会", ("全市审计整改工作会议",)),
    ("宁波审计问题清单有几张", ("七张问题清单",)),
]


@pytest.mark.parametrize(("question", "said"), ASKED)
def test_answerable_asks_near_the_refusal_rules_are_answered(dev_index, question, said):
    a = ask(dev_index, question, dev_index.settings)
    assert not a.abstained, a.answer
    for s in said:
        assert s in a.answer
