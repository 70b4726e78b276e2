"""Round 23, a notice named by what happened to it: the inspection it reports, told by year, season or month and group
(2019年秋天被巡察的那个体育局, 2022年底被市委第五巡察组巡察的那个社科联), in five wordings and more of my own over real
dev notices (tests/data/notices-dev), whose opening sentence dates the inspection (genre described.toml).

- The year of such a description is the notice's, held by its opening's dates, not the asked fact's: a count asked
  of the notice is not refused for the year (answer/refusal.py year_names_inspection).
- Among the notices of one agency kind, the scope prefers those whose dated inspection fits the description
  (retrieval/search/scope.py _described_first): the answer quotes that notice and needs no "which one" note when one
  fits.
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.refusal_years import year_names_inspection, years_missing
from genre.described import described, without_description
from retrieval.search.described import framing, inspection_months
from tests.conftest import dev_files, small_index

NOTICES = ("d04_", "d05_", "d07_", "d08_", "d11_", "d19_", "d25_", "d26_", "d32_", "d34_", "d35_", "d37_", "d38_")


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    return small_index(tmp_path_factory, "described", dev_files(*NOTICES))


@pytest.mark.parametrize(("question", "year", "months", "start", "group"), [
    ("2019年秋天被巡察的那个体育局，设了几个专项整改小组", "2019", (9, 10, 11), False, ""),
    ("2022年底被市委第五巡察组巡察的那个社科联，开了几次会", "2022", (10, 11, 12), False, "市委第五巡察组"),
    ("2023年春天被八届市委巡察四组巡察的那个司法局，哪天挂出来的", "2023", (3, 4, 5), False, "八届市委巡察四组"),
    ("2024年初被区委巡察二组巡察的那个社科联，11个问题怎么归类", "2024", (1, 2, 3), False, "区委巡察二组"),
    ("2024年秋天开始被市委第四巡察组常规巡察的那个科技局，隔了多久反馈", "2024", (9, 10, 11), True, "市委第四巡察组"),
    ("2024年3月被市委第一提级巡察组巡察的那个司法局，什么时候反馈的", "2024", (3,), False, "市委第一提级巡察组"),
    ("2020年夏天被巡察过的那家科技局，制定了多少个制度", "2020", (6, 7, 8), False, ""),
])
def test_the_inspection_a_notice_is_named_by_is_read(question, year, months, start, group):
    d = described(question)
    assert (d.year, d.months, d.start, d.group) == (year, months, start, group)


@pytest.mark.parametrize("question", ["2025年这轮巡察整改里收回了多少资金", "2024年改造了多少公里管网",
                                      "莆田司法局被巡察了多久", "2024年被巡察以后整改了几个问题"])
def test_no_notice_is_named_by_its_inspection(question):
    assert described(question) is None


def test_the_inspection_range_runs_through_its_months():
    assert inspection_months("2022年11月18日至2023年1月18日,市委第五巡察组对市社科联党组开展了常规巡察") == (
        ("2022", 11), ("2022", 12), ("2023", 1))
    assert inspection_months("2019年9月20日至10月26日,市委第四巡察组对…开展了巡察") == (("2019", 9), ("2019", 10))


@pytest.mark.parametrize(("question", "prefix"), [
    ("2019年秋天被巡察的那个体育局，设了几个专项整改小组，细化了多少条整改措施", "d32_"),
    ("2022年底被市委第五巡察组巡察的那个社科联，主持开会和作批示各几次", "d34_"),
    ("2024年夏天被市委第五巡察组巡察的那个司法局，研究制定了几个总方案", "d05_"),
    ("2025年春天开始被巡察的那个文旅局，建立完善了多少项制度", "d11_"),
    ("2024年秋天被市委第一巡察组巡察的那个公安局，先后几次召开党委会推进整改", "d19_"),
    ("2020年夏天被巡察的那个科技局，制定和完善了多少个制度", "d25_"),
])
def test_the_year_of_the_description_is_held_by_the_notices_opening(dev_index, question, prefix):
    assert year_names_inspection(question)
    notice = next(r.notice for nid, r in dev_index.records.items() if nid.startswith(prefix))
    assert years_missing(question, [notice], "") == []
    assert framing(notice)


@pytest.mark.parametrize(("question", "prefix", "holding"), [
    ("2019年秋天被巡察的那个体育局，设了几个专项整改小组，细化了多少条整改措施", "d32_", "239"),
    ("2022年底被市委第五巡察组巡察的那个社科联，主要负责同志为整改主持开会和作批示各几次", "d34_", "9次"),
    ("2024年夏天被市委第五巡察组巡察的那个司法局，研究制定了几个总方案、几个专项方案", "d05_", "1个总方案"),
    ("2020年夏天被巡察的那个科技局，制定和完善了多少个制度", "d25_", "13个"),
    ("2024年秋天被区委第四联动巡察组巡察的那个法院，开展中心组学习几次", "d37_", "中心组学习1次"),
    ("2019年秋被市委第四巡察组巡察过的那家体育局，局主要领导开了几次党组会议", "d32_", "7次党组会议"),
])
def test_a_count_asked_of_a_described_notice_is_answered_from_it(dev_index, question, prefix, holding):
    a = ask(dev_index, question, dev_index.settings)
    assert not a.abstained and a.citations[0].notice_id.startswith(prefix)
    assert holding in a.answer and "知识库中有" not in a.answer


@pytest.mark.parametrize(("question", "prefix"), [
    ("2023年春天被八届市委巡察四组巡察的那个司法局，巡察意见是哪天反馈的", "d07_"),
    ("2024年夏天被巡察的那个司法局，巡察意见是哪天反馈的", "d05_"),
    ("2024年3月被市委第一提级巡察组巡察的那个司法局，什么时候反馈的", "d08_"),
    ("2024年秋天开始被市委第四巡察组常规巡察的那个科技局，巡察结束后隔了多久才反馈", "d26_"),
    ("2020年夏天被市委第四巡察组巡察的那个科技局，巡察意见哪天反馈的", "d25_"),
    ("2024年秋天被市委第五巡察组巡察的那个法院，巡察意见哪天反馈的", "d38_"),
    ("2024年初被区委巡察二组巡察的那个社科联，后来开了几次会传达反馈意见", "d35_"),
])
def test_the_described_notice_is_chosen_among_its_kind_with_no_which_one_note(dev_index, question, prefix):
    a = ask(dev_index, question, dev_index.settings)
    assert not a.abstained and a.citations[0].notice_id.startswith(prefix)
    assert "知识库中有" not in a.answer


def test_a_description_several_notices_fit_still_says_which_one(dev_index):
    a = ask(dev_index, "2024年被巡察的那个司法局，巡察意见是哪天反馈的", dev_index.settings)
    assert "与所述巡察相符的“司法局”" in a.answer


@pytest.mark.parametrize(("question", "rest"), [
    ("2024年初被区委巡察二组巡察的那个社科联，11个问题是怎么归类的", "社科联，11个问题是怎么归类的"),
    ("2019年秋天被巡察的那个体育局，设了几个专项整改小组", "体育局，设了几个专项整改小组"),
    ("请问2024年秋天开始被市委第四巡察组常规巡察的那个科技局，隔了多久反馈", "请问科技局，隔了多久反馈"),
    ("莆田司法局被巡察了多久", "莆田司法局被巡察了多久"),
])
def test_the_description_is_neither_searched_nor_weighed(question, rest):
    assert without_description(question) == rest


@pytest.mark.parametrize(("question", "prefix", "holding"), [
    ("2024年初被区委巡察二组巡察的那个社科联，11个问题是怎么归类的", "d35_", "3个方面6项共11个问题"),
    ("2024年夏天被市委第五巡察组巡察的那个司法局，成立了什么整改工作领导小组", "d05_", "领导小组"),
    ("2025年春天被市委第三巡察组巡察的那个文旅局，收回清退违规资金多少", "d11_", "5.0227万元"),
    ("2019年秋天被市委第四巡察组巡察的那个体育局，设立了几个专项整改工作小组", "d32_", "3个专项整改工作小组"),
    ("2024年秋天被区委第四联动巡察组巡察的那个法院，2025年1—3月累计填报事项多少条", "d37_", "595条"),
])
def test_the_asked_fact_is_quoted_not_the_sentence_dating_the_inspection(dev_index, question, prefix, holding):
    a = ask(dev_index, question, dev_index.settings)
    assert not a.abstained and a.citations[0].notice_id.startswith(prefix)
    assert holding in a.citations[0].quote and "反馈了巡察意见" not in a.citations[0].quote


@pytest.mark.parametrize("question", [
    "2024年5月被巡察的那个市司法局和芦淞区司法局，分别是哪个巡察组来巡的？",
    "2024年夏天被巡察的那个司法局与莆田司法局，谁先收到反馈",
    "2019年秋天被巡察的那个体育局、朔州科技局，各设了几个整改小组",
])
def test_a_description_joined_with_another_notice_chooses_none_alone(question):
    assert described(question) is None


def test_a_description_naming_no_agency_kind_still_searches(dev_index):
    a = ask(dev_index, "2024年底被省委第三巡视组巡视的那个厅，巡视组一共驻了多少天", dev_index.settings)
    assert a.citations[0].notice_id.startswith("d04_") and "55天" in a.answer
