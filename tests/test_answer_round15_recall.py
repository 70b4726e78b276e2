"""Round 15, task "recall": a named notice's chunks holding what the question asks (a date, a count of the thing
counted, the opening that frames the inspection) are search candidates even when the question's words are common to
every notice; probed on dev notices with wordings of our own (other notices and other words than the eval questions).

The index is keyword-only over a few dev notices, and the candidate cut is made smaller than one notice
(`rank.CANDIDATES`): a crowded knowledge base in miniature, where the cut hides a named notice's opening."""
from __future__ import annotations


import pytest

from retrieval.search import rank
from retrieval.search.asked import DATED, NUMBER_ASKED, asked_in_named, counted_nouns, counts_of
from retrieval.search.rank import question_scope, search
from tests.conftest import dev_files, dev_text, sentence_holding, small_index

NOTICES = ("d07_", "d08_", "d28_", "d32_", "d35_", "d37_")


@pytest.fixture(scope="module")
def crowded(tmp_path_factory, monkeypatch_module):
    return small_index(tmp_path_factory, "recall", dev_files(*NOTICES))
    monkeypatch_module.setattr(rank, "CANDIDATES", 2)


@pytest.fixture(scope="module")
def monkeypatch_module():
    with pytest.MonkeyPatch.context() as mp:
        yield mp


def top(index, question: str, k: int = 5) -> list[str]:
    return [h.text for h in search(index, question, k=k, scope=question_scope(index, question))]


def test_the_nouns_a_count_question_counts():
    assert counted_nouns("被反馈的问题一共多少个？") == {"问题"}
    assert counted_nouns("反馈的问题分几个方面、几项，总共多少个？") == {"方面"}
    assert counted_nouns("针对反馈问题制定了多少条整改措施？") == {"措施"}
    assert counted_nouns("整改领导小组底下分了几个组？") == set()   # 组 is no noun notices count beside a figure


def test_counts_are_read_as_notices_write_them():
    lusong = sentence_holding(dev_text("d08_"), "巡察组共反馈")   # 巡察组共反馈29个问题,其中已完成整改28个
    assert counts_of("问题").search(lusong)
    licheng = sentence_holding(dev_text("d35_"), "整改措施14条")   # 对巡察反馈的3个方面6项共11个问题,…整改措施14条
    assert counts_of("方面").search(licheng) and counts_of("措施").search(licheng)
    assert not counts_of("制度").search(licheng)


def test_a_page_date_and_a_day_are_both_dates():
    assert DATED.search(sentence_holding(dev_text("d32_"), "时间:"))       # 时间:2020-11-16 17:06
    assert DATED.search("9月10日,市委第四巡察组向市科技局党组反馈了巡察意见")
    assert not DATED.search("巡察组共反馈29个问题")


@pytest.mark.parametrize("question, holding", [
    ("厦门体育局那份整改通报是哪天挂到网上的？", "2020-11-16"),
    ("鲤城社科联的巡察整改通报是什么时候发布的？", "2024-09-19"),
    ("湘潭市妇联是哪天拿到巡察反馈意见的？", "2024年1月17日"),
    ("利州区法院被巡察从哪天开始到哪天结束？", "2024年10月16日至11月15日"),
])
def test_a_named_notices_dated_opening_is_found_in_a_crowded_index(crowded, question, holding):
    assert any(holding in t for t in top(crowded, question))


@pytest.mark.parametrize("question, holding", [
    ("芦淞区司法局被反馈的问题一共多少个？", "巡察组共反馈29个问题"),
    ("鲤城区社科联针对反馈问题制定了多少条整改措施？", "整改措施14条"),
])
def test_a_named_notices_count_of_the_thing_counted_is_found(crowded, question, holding):
    assert any(holding in t for t in top(crowded, question))


def test_a_question_asking_nothing_of_those_kinds_keeps_the_ranking(crowded):
    hits = search(crowded, "芦淞区司法局在干部教育上做了什么？", k=5,
                  scope=question_scope(crowded, "芦淞区司法局在干部教育上做了什么？"))
    assert asked_in_named(crowded, "芦淞区司法局在干部教育上做了什么？", {hits[0].notice_id}) is None


def test_a_document_number_asked_makes_the_named_notices_numbered_chunks_candidates(crowded):
    lusong = next(r.notice.id for r in crowded.records.values() if r.notice.id.startswith("d08_"))
    mask = asked_in_named(crowded, "芦淞区司法局转发的那份文件文号是多少？", {lusong})
    held = [crowded.chunks[p].text for p in mask.nonzero()[0]] if mask is not None else []
    assert held and all(NUMBER_ASKED[0][1].search(t) for t in held) and any("芦宣发〔2024〕4号" in t for t in held)


def test_a_span_asked_ranks_the_windows_stating_its_ends(crowded):
    # 持续了多久 asks no date by name, but is answered by the range's two days (genre asks_gap)
    assert any("2024年10月16日至11月15日" in t for t in top(crowded, "利州区法院那次巡察前后持续了多久？", k=2))


def test_the_place_inspected_is_read_after_the_verb_of_inspecting():
    from genre.places import find_places
    assert [p.full_name for p in find_places("省委巡视组巡完广元后隔了几天才反馈？")] == ["广元市"]
    assert find_places("市委巡察和政治监督贯通协调") == []   # 和政 inside a phrase stays no place


def test_a_part_pointed_at_brings_its_sub_sections_after_it(crowded):
    # 利州区法院: 一、贯彻落实党中央决策部署和省委工作要求有差距 holds 1.…, 2.…, 3.… (each its own sub-section)
    from retrieval import weights
    question = "利州法院通报第一部分讲的是什么？"
    pins = rank._structure_positions(crowded, question, question_scope(crowded, question))
    pin_of = lambda start: next((pin for p, pin in pins.items() if crowded.chunks[p].text.startswith(start)), None)
    assert pin_of("一、贯彻落实党中央决策部署") == weights.PINNED_PART
    assert pin_of("2.落实防止干预司法") == pin_of("3.防范化解重大风险") == weights.PINNED_SUBSECTION
    got = top(crowded, question, k=4)
    assert got[0].startswith("一、贯彻落实党中央决策部署") and any(t.startswith("3.防范化解重大风险") for t in got)


def test_a_question_asking_the_head_ranks_the_named_notices_head_up(crowded):
    from retrieval.search.asked import asks_head, head_positions
    assert asks_head("鲤城社科联的通报是哪天挂出来的？") and asks_head("那份文件的文号是多少？")
    assert not asks_head("鲤城社科联针对反馈问题制定了多少条整改措施？")
    licheng = next(r.notice.id for r in crowded.records.values() if r.notice.id.startswith("d35_"))
    heads = [crowded.chunks[p].text for p in head_positions(crowded, {licheng})]
    assert heads and "发布时间:2024-09-19" in heads[0]


@pytest.mark.integration
def test_a_named_notice_holding_none_of_the_words_is_still_searched_by_meaning(index, monkeypatch):
    # the keyword fallback finds nothing when none of the question's words is in the named notice; its nearest
    # chunks by meaning join the candidates (dense), so the notice asked about is quoted, not another one
    monkeypatch.setattr(rank, "CANDIDATES", 1)
    question = "济南城管局那几大块加起来一共有几个？"
    scope = question_scope(index, question)
    jinan = scope.focus[0]
    assert index.keyword.scores(rank._without_names(question, scope), index.chunk_mask({jinan})).max() == 0
    assert any(h.notice_id == jinan for h in search(index, question, k=5, scope=scope))
