"""Round 69 (session 17), a document number (文号) a question states as its premise, in wordings of my own over dev
notices.

- A 文号 stated hedged (…1号吧, …1号，对吧, 记得是…，是不是, 听说文号是…, …没错吧) is held against the number of the same
  issuer code the cited notice writes, its own (浙卫发〔2023〕10号 in its header) or a body document's (《…整改工作方案》
  (遂科技党组〔2020〕20号)) (genre premises.toml [premise_number]; answer/premise_number.py).
- The check opens the answer (对，… / 不对，不是“…”，…), the line holding the true number cited first; the rest after.
- A 文号 named plainly (文号是湘妇发〔2024〕3号的那份) is no premise; a notice writing no number of the stated issuer
  states nothing to hold it against: no check is said.
- A year bound to a thing with no frame word (对2017年经责审计那21个问题) that the notice dates under another year only
  (对2016年经责审计提出的21个问题) is corrected at the answer's opening, the clause cited, the rest answered after
  (premises.toml [premise_year]; answer/premise_year.py); a year the notice writes with the thing is left alone.
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.premise_number import number_check, stated_number
from answer.premise_year import year_check
from tests.conftest import dev_files, small_index

ZHEJIANG = "2023年浙江省卫生健康工作要点\n发布机构: 省卫生健康委 文  号: 浙卫发〔2023〕10号\n各市、县(市、区)卫生健康局:"
SUINING = "制定了《中共遂宁市科学技术局党组巡察反馈问题整改工作方案》(遂科技党组〔2020〕20号),明确了具体整改任务。"


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    paths = dev_files("d05_", "d08_", "d13_", "d17_", "d22_", "d23_", "d25_")
    return small_index(tmp_path_factory, "premise69", paths)


def test_a_number_is_a_premise_only_when_hedged():
    assert stated_number("浙江省卫健委2023要点文号是浙卫发〔2023〕1号吧").group("serial") == "1"
    assert stated_number("要点的文号应该是湖卫健发〔2023〕1号，对吧？") is not None
    assert stated_number("文号记得是华政发〔2021〕3号，是不是？") is not None
    assert stated_number("听说文号是湖卫健发〔2023〕2号") is not None
    assert stated_number("文号是湘妇发〔2024〕3号的那份，第三条是什么") is None
    assert stated_number("华政发〔2021〕2号文件里第三项任务是什么") is None


def test_the_number_is_held_against_the_same_issuer():
    assert number_check("要点文号是浙卫发〔2023〕1号吧", ZHEJIANG).said == "不对，不是“浙卫发〔2023〕1号”，"
    assert number_check("要点是浙卫发〔2022〕10号没错吧", ZHEJIANG).said == "不对，不是“浙卫发〔2022〕10号”，"
    assert number_check("要点文号是浙卫发〔2023〕10号吧", ZHEJIANG).said == "对，"
    assert number_check("整改方案是遂科技党组〔2020〕20号吧", SUINING).said == "对，"
    assert number_check("整改方案是遂科技党组〔2020〕21号吧", SUINING).said == "不对，不是“遂科技党组〔2020〕21号”，"
    assert number_check("那份通报的文号是遂科技发〔2020〕5号吧", SUINING) is None   # no number of that issuer


@pytest.mark.parametrize("question, opening, true_number", [
    ("浙江省卫健委2023要点文号是浙卫发〔2023〕1号吧", "不对，不是“浙卫发〔2023〕1号”，", "浙卫发〔2023〕10号"),
    ("湖州卫健委2023年工作要点的文号应该是湖卫健发〔2023〕1号，对吧？", "对，", "湖卫健发〔2023〕1号"),
    ("华容县政府那份重点工作的文件，文号记得是华政发〔2021〕3号，是不是？", "不对，不是“华政发〔2021〕3号”，", "华政发〔2021〕2号"),
    ("遂宁科技局整改方案是遂科技党组〔2020〕20号吧？方案明确了什么", "对，", "遂科技党组〔2020〕20号"),
    ("芦淞司法局印发学习安排的文号是芦宣发〔2023〕4号吧", "不对，不是“芦宣发〔2023〕4号”，", "芦宣发〔2024〕4号"),
    ("听说湖州卫健委要点的文号是湖卫健发〔2023〕2号", "不对，不是“湖卫健发〔2023〕2号”，", "湖卫健发〔2023〕1号"),
])
def test_the_check_opens_the_answer(dev_index, question, opening, true_number):
    a = ask(dev_index, question, dev_index.settings)
    body = a.answer.split("。）", 1)[-1]   # after the scope note
    assert body.startswith(opening)
    assert true_number in a.citations[0].quote


@pytest.mark.parametrize("question", [
    "遂宁科技局那份通报的文号是遂科技发〔2020〕5号吧",
    "绵阳司法局整改通报文号是绵司发〔2024〕3号吧？",
])
def test_no_number_of_that_issuer_no_check(dev_index, question):
    a = ask(dev_index, question, dev_index.settings)
    assert "不对，不是" not in a.answer and not a.answer.split("。）", 1)[-1].startswith("对，")


CIXI = "有些单位建立长效机制抓整改,附海镇通过制订“三张单子”,对2016年经责审计提出的21个问题进行持续整改,已清理用地款1.05亿元。" \
    "2017年度市本级预算执行审计。"


def test_a_year_is_corrected_only_when_the_notice_dates_the_thing_otherwise():
    assert year_check("对2017年经责审计那21个问题清了多少用地款", CIXI).said == "不对，通报写的是2016年，不是2017年："
    assert year_check("对2016年经责审计那21个问题清了多少用地款", CIXI) is None   # the year the notice writes
    assert year_check("2017年度市本级预算执行审计查出什么", CIXI) is None   # written under the year stated
    assert year_check("2017年专项审计查出什么", CIXI) is None   # a thing the notice dates under no year


@pytest.mark.parametrize("question, rest", [
    ("慈溪附海镇针对2017年经责审计的问题制订了什么单子", "三张单子"),
    ("2017年经责审计提出的那些问题，附海镇是怎么持续整改的", "三张单子"),
    ("慈溪审计整改报告里，附海镇整改2017年经责审计问题清了多少钱", "1.05亿元"),
    ("附海镇整改2017年经责审计提的问题，靠的是什么办法", "三张单子"),
    ("附海镇对2017年经责审计查出的问题清理了多少用地款", "1.05亿元"),
])
def test_the_year_correction_opens_the_answer(dev_index, question, rest):
    a = ask(dev_index, question, dev_index.settings)
    body = a.answer.split("。）", 1)[-1]
    assert body.startswith("不对，通报写的是2016年，不是2017年："), a.answer
    assert "2016年经责审计" in a.citations[0].quote and rest in a.answer


def test_the_year_the_notice_writes_is_not_corrected(dev_index):
    a = ask(dev_index, "附海镇对2016年经责审计那21个问题清了多少用地款", dev_index.settings)
    assert "不对" not in a.answer and "1.05亿元" in a.answer
