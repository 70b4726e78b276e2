"""Round 67 (session 17), answerable asks refused and a role the notice never names answered, in wordings of my own over
dev notices.

- A slogan's figure asked without its quotes (打通审计监督最后多少米 of “最后100米”): the quote's figure is stated
  (questions.toml [quoted_ask] figure_quote; genre/quoted_figure.py; answer/lead.py).
- A year written before the rectification or its report (2017年度审计整改 附海镇…几个问题) names the report, not the year
  of the figure: the clause the report dates by another year answers (questions.toml [other_year] names_report).
- An ask for the notice's own words (原文怎么说的, 原话是哪句, 是怎么写的) quotes the sentence holding the term, whatever
  kind the notice is (questions.toml [asks_wording]; answer/outcomes.py wording_asked).
- A role asked (纪检组长, 分管领导, 一把手, 办公室主任) that the notice never names under any of its names is refused
  (questions.toml [role_unnamed]; answer/roles_unnamed.py).
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.outcomes import wording_asked
from answer.roles_unnamed import role_unnamed
from genre.quoted_figure import slogan_asked
from genre.report_year import report_years
from tests.conftest import dev_files, small_index

LIZHOU = "2025年1月3日,区委第四联动巡察组向区法院党组反馈了巡察意见。"


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    paths = dev_files("d02_", "d04_", "d05_", "d16_", "d17_", "d20_", "d28_", "d37_")
    return small_index(tmp_path_factory, "refuse67", paths)


def _ask(index, question: str):
    return ask(index, question, index.settings)


def test_a_slogan_figure_is_asked_by_its_words_around_it():
    assert slogan_asked("打通审计监督最后多少米", "打通审计监督“最后100米”")
    assert slogan_asked("附海镇制订了几张单子", "附海镇通过制订“三张单子”")
    assert not slogan_asked("1135是多少", "主动服务市委“1135”工作思路")
    assert not slogan_asked("整改了多少个问题", "打通审计监督“最后100米”")


def test_a_year_before_the_rectification_names_the_report():
    assert report_years("慈溪2017年度审计整改 附海镇是针对几个问题") == ("2017",)
    assert report_years("2020年度整改报告里查出多少问题") == ("2020",)
    assert report_years("2017年度审计查出多少问题") == ()


def test_original_words_asks():
    for q in ("那个“1135”，原文怎么说的", "“最后100米”原话是哪句", "“三张单子”是怎么写的", "“七张问题清单”原文是什么",
              "“一方案三清单”具体表述是什么"):
        assert wording_asked(q), q
    assert not wording_asked("采取了哪些整改措施")


def test_a_role_never_named():
    assert role_unnamed("纪检组长在整改里负责什么", LIZHOU) == "纪检组长"
    assert role_unnamed("办公室主任负责什么", LIZHOU) == "办公室主任"
    assert role_unnamed("分管领导起什么作用", LIZHOU) == "分管领导"
    assert role_unnamed("一把手在整改里干了啥", LIZHOU) == "一把手"
    assert role_unnamed("主要负责同志承担什么职责", LIZHOU) == "主要负责同志"
    assert role_unnamed("一把手起什么作用", "局党组书记、局长为第一责任人") == ""   # 党组书记 is the 一把手
    assert role_unnamed("纪检组长做了什么", "驻局纪检监察组加强日常监督") == ""
    assert role_unnamed("纪检组长是谁", LIZHOU) == ""   # a holder asked: answer.persons


@pytest.mark.parametrize("question,said", [
    ("广州审计整改报告里说要打通审计监督最后多少米", "最后100米"),
    ("广州审计整改要打通的是审计监督最后几米", "最后100米"),
    ("广州审计整改报告里打通审计监督最后多少米？是谁要求的", "最后100米"),
    ("慈溪审计整改附海镇制订了几张单子", "三张单子"),
    ("慈溪2017年度审计整改 附海镇是针对几个问题", "21个问题"),
    ("慈溪2017年度审计整改 附海镇清了多少用地款？是针对几个问题", "21个问题"),
    ("慈溪2017年度审计整改报告里附海镇整改的是哪年经责审计提出的几个问题", "21个问题"),
])
def test_answerable_figures_are_answered(dev_index, question, said):
    a = _ask(dev_index, question)
    assert not a.abstained, a.answer
    assert said in a.answer


@pytest.mark.parametrize("question,said", [
    ("揭阳公安巡察发现里那个“1135”，原文怎么说的", "1135"),
    ("揭阳公安巡察说的“一化一海五优特”是怎么写的", "一化一海五优特"),
    ("揭阳公安巡察发现问题里“1135”原话是哪句", "1135"),
    ("广州审计整改里“最后100米”原话是哪句", "最后100米"),
    ("慈溪审计整改中“三张单子”是怎么写的", "三张单子"),
    ("宁波审计整改“七张问题清单”原文是什么", "七张问题清单"),
    ("湖北司法厅“一方案三清单”原话怎么说的", "一方案三清单"),
])
def test_original_words_are_quoted(dev_index, question, said):
    a = _ask(dev_index, question)
    assert not a.abstained, a.answer
    assert said in a.citations[0].quote


def test_measures_of_a_findings_only_notice_still_refused(dev_index):
    assert _ask(dev_index, "揭阳公安巡察后采取了哪些整改措施").abstained


@pytest.mark.parametrize("question", [
    "利州区法院纪检组长在整改里负责什么",
    "利州区法院整改中办公室主任负责什么",
    "利州区法院的分管领导在整改中起什么作用",
    "利州区法院一把手在整改里干了啥",
    "湘潭妇联纪检组长在整改中承担什么职责",
    "湘潭市妇联办公室主任在巡察整改里做了哪些事",
])
def test_a_role_never_named_is_refused(dev_index, question):
    a = _ask(dev_index, question)
    assert a.abstained, a.answer
    assert "通报没有提到" in a.answer or not a.citations   # refused by its role, or as covered by no passage at all


@pytest.mark.parametrize("question", [
    "绵阳司法局纪检组长在整改中负责什么",
    "慈溪审计整改里分管负责人负责什么",
])
def test_a_role_named_is_still_answered(dev_index, question):
    assert not _ask(dev_index, question).abstained
