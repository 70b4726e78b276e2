"""Round 39 (session 15), answerable asks the refusal rules refuse, in a formal written style (请问/关于…的情况, full agency names,
年度 years) over dev notices: each asks one detail with a qualifier, a period, a post or a kind of money the notice states.

Two rules read the formal style as a detail the notice lacks:
- answer/qualified.py read the 年度 of 2024年度理论学习中心组 as the thing's qualifier (jieba tags 年度 a noun) and refused
  "年度理论学习中心组" that no notice writes; a year as asked names the period, like a place names the notice (genre
  claims.toml [qualified_figure] named_year).
- answer/indicators.py read the two characters before a rate, 请问 in 关于X的情况，请问覆盖率, as what the rate is of and
  refused every rate quoted; a formal ask names the subject in its 关于 frame (genre questions.toml [asks_indicator]
  polite, topic).
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.indicators import other_rate
from answer.qualified import qualified_pairs
from tests.conftest import dev_files, small_index


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    paths = dev_files("d01_", "d04_", "d05_", "d07_", "d08_", "d10_", "d11_", "d13_", "d14_", "d16_", "d17_", "d19_",
                      "d20_", "d22_", "d23_", "d25_", "d26_", "d32_", "d37_")
    return small_index(tmp_path_factory, "ans39b", paths)


def test_a_year_as_asked_is_no_qualifier():
    assert qualified_pairs("请问株洲市芦淞区司法局2024年度理论学习中心组开展了几次集体学习？", ()) == [
        ("理论", "中心组", "理论学习中心组")]
    assert qualified_pairs("24年度理论学习中心组学了几次", ()) == [("理论", "中心组", "理论学习中心组")]
    assert qualified_pairs("请问2023年度民主生活会查摆问题多少个？", ()) == []
    # the qualifier after a year is still read (out-of-corpus probe of the rule)
    assert qualified_pairs("请问2024年度供热旧管网改造了多少公里？", ()) == [("供热", "管网", "供热旧管网")]


ZJ = ("健康浙江发展指数达85,重大慢病过早死亡率降至9.3%,居民电子健康档案开放率达70%以上,"
      "家庭医生居民签约服务覆盖率达42%以上,重点人群签约覆盖率达85%以上")


def test_a_rate_after_a_polite_word_is_of_the_frame_topic():
    assert other_rate("关于浙江省2023年度重点人群签约的情况，请问覆盖率目标是多少？", [ZJ]) == ""
    assert other_rate("关于浙江省重大慢病的情况，请问过早死亡率要降至多少？", [ZJ]) == ""
    # another rate's subject is still told apart
    assert other_rate("关于浙江省婴儿的情况，请问死亡率要控制在多少？", [ZJ]) == "婴儿死亡率"
    assert other_rate("关于浙江省儿童的情况，请问覆盖率是多少？", [ZJ]) == "儿童覆盖率"
    assert other_rate("请问婴儿死亡率要控制在多少？", [ZJ]) == "婴儿死亡率"


ASKED = [
    ("请问瑞金市审计局关于2020年度市本级预算执行审计查出问题的整改报告中，未整改资金是多少？", "35435.70万元"),
    ("请问瑞金市2020年度审计整改中财政部门追缴资金是多少？", "77038.68万元"),
    ("请问瑞金市2020年度审计整改中归还原资金渠道的资金是多少？", "1580万元"),
    ("关于瑞金市2020年度审计查出问题的情况，请问问题资金共计多少？", "251023.54万元"),
    ("请问瑞金市财政部门（含自然资源局）预算执行问题涉及金额是多少？", "237054.47"),
    ("请问嘉兴市文化广电旅游局巡察整改中收回清退违规资金多少？", "5.0227万元"),
    ("请问慈溪市审计局关于2017年度审计整改的报告中，附海镇已清理用地款多少？", "1.05亿元"),
    ("请问广州市2024年度市级预算执行审计工作报告反映的问题中，要求立行立改的问题有多少个？", "283"),
    ("关于广州市2024年度审计查出问题整改的情况，请问截至2025年11月底已完成整改多少个？", "336"),
    ("请问株洲市芦淞区司法局巡察反馈问题中阶段性完成整改的有几个？", "1个"),
    ("请问株洲市芦淞区司法局移交立行立改问题有几个？", "4个"),
    ("请问瑞金市2020年度审计整改中正在整改的问题有多少项？", "10项"),
    ("请问瑞金市财政部门预算执行问题中部分整改的有几项？", "4项"),
    ("请问株洲市芦淞区司法局2024年度理论学习中心组开展了几次集体学习？", "10次"),
    ("请问广元市利州区人民法院2025年1—3月累计填报事项多少条？", "595条"),
    ("请问莆田市司法局巡察整改工作领导小组组长由谁担任？", "局党组书记"),
    ("请问湖北省司法厅巡视整改工作领导小组组长由谁担任？", "厅党委书记"),
    ("关于广元市委巡视整改工作领导小组的情况，请问组长由谁担任？", "市委主要负责人"),
    ("请问遂宁市科学技术局巡察整改工作领导小组副组长由谁担任？", "其他班子成员"),
    ("请问绵阳市司法局巡察整改工作的第一责任人是谁？", "局长"),
    ("请问瑞金市审计局局长是谁？", "李火生"),
    ("请问慈溪市审计局局长是谁？", "俞金华"),
    ("请问厦门市体育局巡察整改工作领导小组组长由谁担任？", "局主要领导"),
    ("请问厦门市体育局设立了几个专项整改工作小组？", "3个"),
    ("请问厦门市体育局召开了几次巡察整改领导小组会议？", "12次"),
    ("请问厦门市体育局细化制定整改措施多少条？", "239条"),
    ("请问嘉兴市文化广电旅游局给予责令检查、批评教育、谈话提醒的共有多少人？", "24人"),
    ("请问嘉兴市文化广电旅游局巡察整改中建立完善制度多少项？", "45项"),
    ("请问遂宁市科学技术局巡察整改中制定和完善相关制度多少个？", "13个"),
    ("请问朔州市科学技术局巡察反馈问题共涉及几个方面多少个问题？", "33个问题"),
    ("请问瑞金市2020年度审计整改中对几人予以记大过处分？", "1人"),
    ("请问瑞金市2020年度审计整改中出台了多少个规章制度？", "13个"),
    ("请问市公安局党委把巡察整改问题作为哪一年度民主生活会的重点内容？", "2024年度"),
    ("请问浙江省卫生健康委员会2023年度工作要点中居民健康素养水平的目标是多少？", "39%"),
    ("请问浙江省卫生健康委员会2023年度工作要点中人均基本公共卫生服务经费要达到多少？", "102元"),
    ("请问浙江省2023年度卫生健康工作要点中城乡居民免费健康体检人数的目标是多少？", "1000万"),
    ("请问揭阳市公安局接受市委巡察的时间是哪一期间？", "2025年6月5日至2025年8月8日"),
    ("请问绵阳市司法局研究制定了几个专项方案？", "2个"),
    ("请问厦门市体育局局主要领导组织召开了几次党组会议？", "7次"),
]

# a year 年度 before the qualified thing (answer/qualified.py)
YEARS = [
    ("请问株洲市芦淞区司法局2024年度理论学习中心组开展了几次集体学习？", "10次"),
    ("请问浙江省卫生健康委员会2023年度居民健康素养水平目标是多少？", "39%"),
    ("请问浙江省卫生健康委员会2023年度居民电子健康档案开放率要达到多少？", "70%"),
    ("请问瑞金市2020年度财政部门追缴资金是多少？", "77038.68万元"),
    ("请问广州市2024年度审计工作报告反映的问题已完成整改多少个？", "336"),
    ("请问瑞金市2020年度审计查出问题未整改资金是多少？", "35435.70万元"),
]

# 关于X的情况，请问Y率 (answer/indicators.py)
RATES = [
    ("关于浙江省2023年度重点人群签约的情况，请问覆盖率目标是多少？", "85%"),
    ("关于浙江省居民电子健康档案的情况，请问开放率要达到多少？", "70%"),
    ("关于浙江省家庭医生居民签约服务的情况，请问覆盖率要达到多少？", "42%"),
    ("关于浙江省重大慢病的情况，请问过早死亡率要降至多少？", "9.3%"),
    ("关于利州区人民法院事项填报的情况，请问及时率是多少？", "100%"),
]


# a second batch: dates, 文号, posts, periods and years asked formally
MORE = [
    ("请问华容县2021年度县政府重点工作任务的实施方案应于何时前报县政府督查室备案？", "2021年3月15日"),
    ("请问湖北省司法厅巡视整改工作领导小组由谁任组长？", "厅党委书记"),
    ("请问惠济区行政审批局巡察整改工作领导小组组长由谁担任？", "组长"),
    ("请问遂宁市科学技术局巡察整改工作方案的文号是什么？", "遂科技党组〔2020〕20号"),
    ("请问华容县2021年度县政府重点工作任务分解的文号是什么？", "华政发〔2021〕2号"),
    ("请问株洲市芦淞区司法局巡察反馈问题中已完成整改的有多少个？", "28个"),
    ("请问揭阳市公安局党委巡察期间是哪一时段？", "2025年6月5日"),
    ("请问广州市审计工作报告反映问题的整改情况统计截至哪一时间？", "2025年11月底"),
    ("请问中山市公安局党委将巡察整改问题作为哪一年度民主生活会重点内容？", "2024年度"),
    ("请问湖州市卫生健康委员会2023年度全市卫生健康工作要点的印发日期是哪一天？", "2023年4月26日"),
    ("请问利州区人民法院开展中心组学习几次、支部学习几次？", "4次"),
    ("请问广元市利州区人民法院2025年1至3月填报事项的及时率是多少？", "100%"),
    ("请问朔州市科学技术局党组围绕巡察反馈的几个方面问题开展整改？", "4个方面"),
]


@pytest.mark.parametrize(("question", "said"), ASKED + YEARS + RATES + MORE)
def test_a_formal_ask_of_a_stated_detail_is_answered(dev_index, question, said):
    a = ask(dev_index, question, dev_index.settings)
    assert not a.abstained, a.answer
    assert said in a.answer


@pytest.mark.parametrize("question", [
    "关于浙江省婴儿的情况，请问死亡率要控制在多少？",
    "关于浙江省儿童的情况，请问覆盖率是多少？",
    "请问浙江省卫生健康委员会2023年度婴儿死亡率要控制在多少？",
    "请问2024年度株洲市芦淞区司法局供热旧管网改造了多少公里？",
])
def test_a_detail_the_notice_lacks_is_still_refused(dev_index, question):
    assert ask(dev_index, question, dev_index.settings).abstained
