"""Round 51 (session 16), who said or reported it, and what a leader asked for, in wordings of my own over dev notices.

- Who read a report to the people's congress, asked in staff words (谁到人大去讲的, 是哪位领导在人大常委会上讲的, 谁去人大
  常委会念的): the report's subtitle and byline answer (questions.toml [asks_reporter]); a notice with no byline (an
  inspection notice, a report published without it) names no reader and is refused (answer/persons.py reporter_unstated).
- What a leader asked for (主要领导提了哪些要求, 市长强调了什么, 领导是怎么要求的): the sentence where a leader's post stands
  before 要求/强调/指出/提出 leads (questions.toml [leader_demands], answer/demands.py); a notice where no leader (of the
  post asked) requires anything is refused, never another person's words.
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.demands import demand_asked, demand_spans, demand_unstated
from answer.persons import reporter_unstated
from genre.questions import load_questions
from tests.conftest import ROOT


def _text(name: str) -> str:
    return (ROOT / "tests" / "data" / "notices-dev" / name).read_text(encoding="utf-8")


READERS = [
    ("瑞金这份整改总结是谁到人大去讲的，他是什么职务", "李火生"),
    ("广州2024年度审计整改那个通报，是哪位领导在人大常委会上讲的，哪天讲的", "赖志鸿"),
    ("慈溪2017年审计整改情况是谁去人大常委会念的", "俞金华"),
    ("广东省2020年审计整改报告是哪个领导到省人大常委会讲的", "马学斌"),
    ("瑞金2020年度审计整改那份是哪一位在人大作的", "李火生"),
]


@pytest.mark.parametrize("question,name", READERS)
def test_reader_asked_in_staff_words(question, name):
    assert load_questions().asks_reporter.search(question)


def test_meeting_not_the_congress_asks_no_reader():
    assert not load_questions().asks_reporter.search("宁波审计整改报告是谁在市政府常务会上讲要“清仓式”整改的")


def test_reader_unstated_without_byline():
    ningbo = _text("d02_ningbo-audit-2021-rectification.txt")
    assert reporter_unstated("宁波2021年度审计整改报告是谁到人大去讲的", ningbo.split("。")[:5])
    assert not reporter_unstated("瑞金这份整改总结是谁到人大去讲的", ["市审计局局长   李火生"])


DEMANDS = [
    ("广州市主要领导对审计整改以后还要怎么做提了哪些要求", "d16_guangzhou-audit-2024-rectification.txt", "打通审计监督"),
    ("瑞金市政府领导对审计整改强调了什么", "d01_ruijin-audit-2020-budget.txt", "半篇文章"),
    ("宁波汤飞帆市长对审计整改是怎么要求的", "d02_ningbo-audit-2021-rectification.txt", "清仓式"),
    ("广东省领导对审计整改有什么要求", "d40_guangdong-audit-2020-provincial-rectification.txt", "认真落实整改"),
    ("枣庄社科联巡察整改中主要负责人提了什么要求", "d34_zaozhuang-social-science-federation-inspection.txt", "迅速统一"),
]


@pytest.mark.parametrize("question,name,said", DEMANDS)
def test_demand_sentence_read_from_notice(question, name, said):
    text = _text(name)
    assert demand_asked(question)
    spans = demand_spans(text, question, 0)
    assert spans and said in text[spans[0][0]:spans[0][1]]
    assert not demand_unstated(question, text)


UNNAMED = [
    ("湘潭妇联巡察整改中市长提了哪些要求", "d28_xiangtan-womens-federation-inspection.txt"),
    ("嘉兴文广旅局巡察整改时局长强调了什么", "d11_jiaxing-culture-tourism-bureau-inspection.txt"),
    ("惠济区行政审批局整改时区长对整改有什么要求", "d10_huiji-admin-approval-bureau-inspection.txt"),
]


@pytest.mark.parametrize("question,name", UNNAMED)
def test_demand_of_no_leader_refused(question, name):
    assert demand_unstated(question, _text(name))


def test_demand_of_another_post_is_none():
    assert demand_spans("市委书记强调,要抓好整改。", "市长强调了什么", 0) == []
    assert not demand_asked("市长讲了几点")   # a count of points: required_listed answers it


@pytest.mark.parametrize("question,name", READERS)
def test_reader_end_to_end(dev_split_index, question, name):
    a = ask(dev_split_index, question, dev_split_index.settings)
    assert not a.abstained and name in a.answer


@pytest.mark.parametrize("question", [
    "宁波2021年度审计整改报告是谁到人大去讲的", "绵阳市司法局巡察整改情况是谁到人大去讲的",
    "湖州卫健委2023年工作要点是哪位领导在人大常委会上讲的",
])
def test_reader_refused_without_byline(dev_split_index, question):
    assert ask(dev_split_index, question, dev_split_index.settings).abstained


@pytest.mark.parametrize("question,name,said", DEMANDS)
def test_demand_end_to_end(dev_split_index, question, name, said):
    a = ask(dev_split_index, question, dev_split_index.settings)
    assert not a.abstained and said in a.answer.split("[1]")[0]


@pytest.mark.parametrize("question,name", UNNAMED)
def test_demand_refused_end_to_end(dev_split_index, question, name):
    assert ask(dev_split_index, question, dev_split_index.settings).abstained


def test_unit_speech_and_demand_on_leaders_are_not_these_asks():
    assert not reporter_unstated("中山第一人民法院培训会上部署讲话是谁作的？", ["今年以来,召开了常务会议。"])
    assert not demand_asked("华容县政府那份通知里对分线领导有什么要求？")
