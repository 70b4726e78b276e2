"""Round 72 (session 17): money converted, shares of two sums, spans with 首尾都算, gaps from an end — in wordings of my
own over dev notices.

- Every money figure a unit ask names (问题资金和整改到位资金折成亿元) is converted with its name (answer/converted.py).
- A share asked in tenths is said in tenths too (约八成六); a percent asked exactly to two decimals (worked.toml
  [share_said]).
- A span's counting convention in brackets (（首尾都算）, （含首尾）) is dropped before the ask is read (asking.toml);
  进驻期/巡察期 asks the range's days (questions.toml between_days).
- A bracketed aside naming which notice (（…进驻那家）) names no step of a gap (worked.toml spans.aside).
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.converted import named_figures
from answer.worked import share_said, tenths_said
from genre.asking import plain_question
from genre.worked import asked_steps
from tests.conftest import dev_files, small_index


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    paths = dev_files("d01_", "d05_", "d07_", "d08_", "d19_", "d38_")
    return small_index(tmp_path_factory, "money72", paths)


def _text(index, question: str) -> str:
    a = ask(index, question, index.settings)
    assert not a.abstained, a.answer
    return a.answer


# --- money converted: every figure named ---------------------------------------------------------------------------

def test_named_figures_are_the_ones_the_question_names():
    holding = "共计50项具体问题,问题资金251023.54万元,报告日已整改40项,整改到位资金215587.84万元,未整改资金35435.70万元"
    assert [n for n, _ in named_figures("问题资金和整改到位资金折成亿元各是多少", holding)] == ["问题资金", "整改到位资金"]
    assert named_figures("折成亿元是多少", holding) == []


@pytest.mark.parametrize("question", [
    "瑞金市审计局2020年度整改报告，问题资金和整改到位资金折成亿元各是多少？",
    "瑞金审计整改，问题资金、整改到位资金换算成亿元分别多少，保留两位小数",
    "我要填表，瑞金审计局那份报告的问题资金和整改到位资金按亿元算各多少",
    "瑞金审计整改报告里问题资金跟整改到位资金折合多少亿元",
    "瑞金审计局整改报告：整改到位资金和问题资金用亿元表示分别是多少？",
])
def test_both_sums_converted(dev_index, question):
    text = _text(dev_index, question)
    assert "问题资金251023.54万元=25.102354亿元，约25.10亿元" in text
    assert "整改到位资金215587.84万元=21.558784亿元，约21.56亿元" in text


def test_one_sum_asked_stays_one(dev_index):
    text = _text(dev_index, "瑞金审计整改的问题资金折成亿元是多少")
    assert "25.10亿元" in text and "21.56亿元" not in text


def test_a_notice_without_money_converts_nothing(dev_index):
    a = ask(dev_index, "绵阳市司法局巡察整改的问题资金和整改到位资金折成亿元各是多少", dev_index.settings)
    assert "亿元" not in a.answer.replace("折成亿元", "")


# --- shares in tenths and exact percents ------------------------------------------------------------------------------

def test_share_said_in_tenths_and_exactly():
    assert tenths_said(336, 400) == "，八成四"
    assert tenths_said("215587.84", "251023.54") == "，约八成六"
    assert share_said("215587.84", "251023.54") == "约占85.9%"
    assert share_said("215587.84", "251023.54", "占几成") == "约占85.9%，约八成六"
    assert share_said("215587.84", "251023.54", "算下百分比") == "约占85.88%"


@pytest.mark.parametrize("question, said", [
    ("领导问瑞金审计局这次整改到位的钱占问题资金几成，我算不太准，帮我算下百分比", "约占85.88%，约八成六"),
    ("瑞金审计整改，整改到位资金占问题资金的百分比是多少", "约占85.9%"),
    ("瑞金那个报告问题资金里头整改到位的钱占了百分之几，精确点", "约占85.88%"),
    ("瑞金审计那份报告里，整改到位资金在问题资金里占几成", "约占85.9%，约八成六"),
    ("瑞金审计整改，到位资金占问题资金比例多少，保留两位小数", "约占85.88%"),
    ("瑞金审计局报告，整改到位资金大概是问题资金的几成？", "约八成六"),
])
def test_a_share_of_two_sums(dev_index, question, said):
    text = _text(dev_index, question)
    assert "215587.84万元" in text and "251023.54万元" in text and said in text


# --- spans with the counting convention in brackets -------------------------------------------------------------------

def test_the_convention_bracket_is_dropped():
    assert plain_question("巡察组在局里前后一共多少天（首尾都算）？") == "巡察组在局里前后一共多少天？"
    assert plain_question("进驻了几天(含首尾)") == "进驻了几天？"
    assert "（不算首日）" not in plain_question("巡察结束后隔了几天才反馈（不算首日）")
    assert plain_question("市公安局（市委第一巡察组）巡察了几天") == "市公安局（市委第一巡察组）巡察了几天？"


@pytest.mark.parametrize("question, said", [
    ("绵阳市司法局这次被市委巡察，巡察组在局里前后一共多少天（首尾都算）？", "首尾两天都算共32天"),
    ("绵阳司法局被巡察，巡察组进驻了几天(含首尾)", "首尾两天都算共32天"),
    ("中山一院被市委巡察，进驻期一共多少天（首尾都算）", "首尾两天都算共89天"),
    ("中山市第一人民法院被巡察，巡察期是多少天（算头算尾）", "首尾两天都算共89天"),
    ("莆田市司法局被市委巡察四组巡察，巡察组驻了多少天（包括首尾两天）", "首尾两天都算共42天"),
    ("芦淞区司法局提级巡察一共巡了几天？（首尾都算）", "共62天"),
])
def test_a_span_with_its_convention(dev_index, question, said):
    assert said in _text(dev_index, question)


def test_a_span_asked_of_a_notice_dating_no_inspection(dev_index):
    a = ask(dev_index, "瑞金市审计局2020年度整改报告，巡察组进驻了多少天（首尾都算）", dev_index.settings)
    assert "首尾两天都算" not in a.answer


# --- gaps from an inspection's end ---------------------------------------------------------------------------------

def test_an_aside_names_no_step():
    assert [s.name for s in asked_steps("市公安局（市委第一巡察组2024年9月进驻那家）巡察结束后多少天才反馈")] == ["end", "feedback"]


@pytest.mark.parametrize("question, said", [
    ("市公安局（市委第一巡察组2024年9月进驻那家）巡察结束后多少天才反馈意见", "从2024年10月24日（巡察结束）到2025年1月8日（反馈）相隔76天"),
    ("市公安局（2024年9月进驻的那家）巡察组撤离后隔了几天反馈", "相隔76天"),
    ("绵阳市司法局巡察结束以后过了多少天才反馈", "相隔47天"),
    ("中山市第一人民法院巡察完了多少天才反馈意见", "相隔24天"),
    ("莆田市司法局巡察组撤离后隔了多久才反馈", "相隔218天"),
    ("芦淞区司法局（2024年3月提级巡察的那个）巡察结束后几天反馈的", "相隔122天"),
])
def test_a_gap_from_the_end(dev_index, question, said):
    assert said in _text(dev_index, question)
