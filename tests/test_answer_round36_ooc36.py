"""Round 36 (session 15), out-of-corpus close misses, third pass, in wordings of my own over dev notices (the seed notices of
corpus/ and tests/data/notices-dev), each with an answerable twin over the same notice.

- A figure asked of a part of a year (一季度, 上半年, 前三季度) is that period's: a quoted figure of the year or to a date
  (2023年改造了639公里, 截至目前已完成122公里) is refused; a period written as its months (2025年1—3月累计) stands
  (genre claims.toml [asked_period], answer/period.py).
- Money asked in a kind of its own (罚款, 罚没款, 补贴, 专项资金) must be stated in that kind: 新增落地500万元以上项目 or
  盘活资源资产约1.28亿元 answer no 罚款 or 专项资金; a money unit asked (多少万元) names no kind
  (genre questions.toml [asked_slot] money_own_kinds, money_words; answer/unstated.py money_unstated).
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.period import period_unstated
from answer.unstated import money_unstated
from tests.conftest import corpus_file, dev_files, small_index


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    paths = [corpus_file("tj-city-mgmt-commission-2024"), corpus_file("tj-dongli"), *dev_files("d37_")]
    return small_index(tmp_path_factory, "ooc36", paths)


def test_a_period_written_as_its_months_is_held():
    assert period_unstated("2025年一季度累计报了几条", ["2025年1—3月累计填报事项595条"]) == ""
    assert period_unstated("上半年改造了多少公里", ["2023年改造了639公里"]) == "通报没有写明“上半年”的数字。"
    assert period_unstated("前三季度办结了几件", ["三季度办结5件"]) == "通报没有写明“前三季度”的数字。"


def test_money_of_its_own_kind_must_be_stated():
    assert money_unstated("东丽区罚款了多少万元？", ["新增落地500万元以上市外项目229个"]) == "东丽区罚款了多少万元"
    assert money_unstated("盘活资源资产的专项资金有多少？", ["委系统盘活资源资产约1.28亿元"]) == "盘活资源资产的专项资金有多少"
    assert money_unstated("收缴罚款多少万元", ["收缴罚没款12万元"]) == ""
    assert money_unstated("安排了多少专项资金", ["安排区级财政年度预算3亿元作为京津冀协同发展专项资金"]) == ""


OUT_OF_CORPUS = [
    ("城管委一季度改造燃气旧管网多少公里？", "通报没有写明“一季度”的数字"),
    ("城管委上半年完成户内改造多少户？", "通报没有写明“上半年”的数字"),
    ("东丽区前三季度清掏雨水管网多少公里？", "通报没有写明“前三季度”的数字"),
    ("城管委二季度与上游供气企业完成数据对接的燃气锅炉房有多少座？", "通报没有写明“二季度”的数字"),
    ("城管委三季度对接了多少座燃气锅炉房？", "通报没有写明“三季度”的数字"),
    ("东丽区罚款了多少万元？", "通报中没有写明"),
    ("城管委盘活资源资产的专项资金有多少？", "通报中没有写明"),
    ("东丽区收缴罚没款多少万元？", "通报中没有写明"),
]

ANSWERED = [
    ("利州区人民法院2025年一季度累计报了几条干预司法记录事项？", "595"),
    ("城管委供热旧管网2023年下半年已改造多少公里？", "134"),
    ("东丽区清掏雨水管网多少公里？", "390"),
    ("城管委燃气锅炉房数据对接完成了多少座？", "310"),
    ("城管委供热户内改造已完成多少户？", "2847"),
    ("东丽区安排了多少京津冀协同发展专项资金？", "3亿元"),
    ("东丽区新增租金协议金额多少万元？", "2800"),
    ("城管委绿化中心2023年产值收入多少万元？", "900"),
]


@pytest.mark.parametrize(("question", "said"), OUT_OF_CORPUS)
def test_out_of_corpus_is_refused(dev_index, question, said):
    a = ask(dev_index, question, dev_index.settings)
    assert a.abstained, a.answer
    assert said in a.answer


@pytest.mark.parametrize(("question", "figure"), ANSWERED)
def test_answerable_twin_stays_answered(dev_index, question, figure):
    a = ask(dev_index, question, dev_index.settings)
    assert not a.abstained, a.answer
    assert figure in a.answer


def test_a_period_naming_the_notice_asks_no_figure_of_it():
    q = "2024年下半年省委第四巡视组巡视的那个地级市，巡视组待了多久，结束后又隔了多少天才反馈"
    assert period_unstated(q, ["根据省委统一部署,2024年8月27日至11月22日,省委第四巡视组对广元市进行了巡视。"]) == ""
