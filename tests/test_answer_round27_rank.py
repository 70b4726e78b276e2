"""Round 27 (brief h_rank): rankings and superlatives across the notices a question names (哪家被反馈的问题最多，排个序;
谁最早拿到巡察反馈; 哪家先收到反馈), each convention probed in five wordings of my own over real dev notices
(tests/data/notices-dev).

- A count ranked (问题最多/谁多/排个序) is asked of each notice as its own count (被反馈的问题有几个), each figure cited from
  its own notice, the ranking worked out (genre comparisons.toml [ranked], answer/ranked.py).
- An order over three notices and more (谁最早, 哪家最晚) ranks the day of the step asked (反馈, not the round's first day).
- A notice named that states no such figure is said to state none, and nothing is ranked (a refusal).
- A day or span of the round asked of a side (哪天收到反馈, 进驻了多长时间) is not refused for the words staff name the step by.
"""
from __future__ import annotations

from datetime import date

import pytest

from answer.ask import ask
from answer.compare import side_question
from answer.ranked import asked_day, ranking
from answer.spans import round_dated_asked
from genre.comparisons import as_count, counted_asked
from genre.longer import as_length
from tests.conftest import dev_files, dev_text, small_index


def sentence(prefix: str, words: str) -> str:
    """The sentence of the dev notice PREFIX that holds WORDS, as written."""
    text = dev_text(prefix)
    at = text.index(words)
    start = max(text.rfind(c, 0, at) for c in "。\n") + 1
    return text[start:text.index("。", at) + 1]


LUSONG = sentence("d08_", "29个问题")
SHUOZHOU = sentence("d26_", "33个问题")
LICHENG = sentence("d35_", "11个问题")


@pytest.mark.parametrize("ask_, counted", [
    ("，哪家被反馈的问题最多，排个序", "被反馈的问题"),
    ("，谁被反馈的问题多", "被反馈的问题"),
    ("，反馈问题数谁多谁少", "反馈问题"),
    ("，哪家巡察发现的问题最少", "巡察发现的问题"),
    ("，哪家问题更多？", "问题"),
])
def test_a_count_ranked_is_asked_of_each_notice_as_its_count(ask_, counted):
    assert counted_asked(ask_) == counted
    assert counted + "有几个" in as_count(ask_)
    assert "排个序" not in as_count(ask_) and "最" not in as_count(ask_)


def test_counts_ranked_from_each_notices_own_sentence():
    three = ranking("哪家被反馈的问题最多，排个序", [("《芦淞》", LUSONG), ("《朔州》", SHUOZHOU), ("《鲤城》", LICHENG)])
    assert three.unstated == () and "依次为《朔州》33个，《芦淞》29个，《鲤城》11个；《朔州》最多" in three.note
    two = ranking("谁被反馈的问题少", [("《朔州》", SHUOZHOU), ("《鲤城》", LICHENG)])
    assert "《朔州》33个，比《鲤城》11个多22个" in two.note


@pytest.mark.parametrize("question", [
    "谁被反馈的问题多", "哪家被反馈的问题最多，排个序", "反馈问题数谁多谁少", "哪个单位巡察发现的问题最少", "哪家问题更多",
])
def test_a_notice_stating_no_count_is_named_and_nothing_ranked(question):
    r = ranking(question, [("《枣庄》", ""), ("《鲤城》", LICHENG)])
    assert r.unstated == ("《枣庄》",) and "《枣庄》没有写明" in r.note and "无法比较" in r.note


def test_an_order_ranks_the_day_of_the_step_asked():
    zhongshan = sentence("d38_", "开展巡察") + sentence("d38_", "反馈巡察意见")
    assert asked_day("哪家先收到反馈", zhongshan) == date(2025, 1, 13)
    days = [("《湘潭》", "2024年1月17日,市委第三巡察组反馈了巡察意见"), ("《庆阳》", "2023年1月16日,市委第三巡察组反馈了巡察意见"),
            ("《区科协》", "2024年2月20日至3月26日开展了巡察,并于2025年1月21日反馈了巡察意见")]
    note = ranking("谁最早拿到巡察反馈", days).note
    assert "依次为《庆阳》2023年1月16日，《湘潭》2024年1月17日，《区科协》2025年1月21日；《庆阳》最早" in note
    assert "《区科协》最晚" in ranking("哪家最晚收到反馈", days).note


@pytest.mark.parametrize("question, names, asked", [
    ("湘潭妇联、区科协、庆阳文联三家，谁最早拿到巡察反馈", "湘潭、庆阳、妇联、科协、文联", "哪天拿到巡察反馈"),
    ("利州法院和中山一院，哪家先收到反馈？进驻时间哪家长", "利州、中山、法院", "哪天收到反馈？进驻了多长时间"),
    ("芦淞司法局、朔州科技局、鲤城社科联，哪家被反馈的问题最多，排个序", "芦淞、朔州、鲤城、司法局、科技局、社科联",
     "被反馈的问题有几个"),
])
def test_side_questions_of_a_ranking(question, names, asked):
    assert side_question(question, names).strip("，") == asked


def test_a_day_or_span_of_the_round_asked_of_one_notice():
    assert as_length("进驻时间哪家长") == "进驻了多长时间"
    assert round_dated_asked("哪天收到反馈", ("d37",)) and round_dated_asked("进驻了多长时间", ("d37",))
    assert not round_dated_asked("整改措施有几条", ("d37",)) and not round_dated_asked("哪天收到反馈", ())


@pytest.fixture(scope="module")
def rank_index(tmp_path_factory):
    return small_index(tmp_path_factory, "rank27", dev_files("d08_", "d26_", "d28_", "d29_", "d31_", "d34_", "d35_",
                                                              "d37_", "d38_"))


@pytest.mark.parametrize("question, said", [
    ("芦淞司法局、朔州科技局、鲤城社科联，哪家被反馈的问题最多，排个序", "最多"),
    ("朔州科技局和鲤城社科联，谁被反馈的问题多", "多22个"),
    ("鲤城社科联、芦淞司法局，哪家反馈的问题更少", "多18个"),
    ("湘潭妇联、区科协、庆阳文联三家，谁最早拿到巡察反馈", "最早"),
    ("利州法院和中山一院，哪家先收到反馈", "早10天"),
])
def test_end_to_end_ranked(rank_index, question, said):
    a = ask(rank_index, question)
    assert not a.abstained and said in a.answer, a.answer
    assert len({c.notice_id for c in a.citations}) >= 2


@pytest.mark.parametrize("question", [
    "枣庄社科联和鲤城社科联，谁被反馈的问题多",
    "鲤城社科联、枣庄社科联，哪家被反馈的问题最多，排个序",
    "枣庄社科联跟朔州科技局，谁被反馈的问题更多",
    "湘潭妇联和芦淞司法局，哪家被反馈的问题多",
    "利州法院、朔州科技局，哪个被反馈的问题少",
])
def test_end_to_end_a_notice_stating_no_count_is_not_ranked(rank_index, question):
    a = ask(rank_index, question)
    assert a.abstained and "没有写明" in a.answer and "无法比较" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "两个市公安局（被市委第一、第四巡察组巡的），哪个巡察进驻更久",
    "被市委第一和第四巡察组巡察的两个公安局，谁先收到反馈",
    "区委第二、第三巡察组巡的那两个单位，问题谁多",
    "省委第三、第四巡视组去的两家，哪家巡得久",
    "市委第一、第三、第五巡察组巡的三家，谁最早反馈",
])
def test_groups_named_together_are_the_inspecting_bodies(question):
    from retrieval.search.named import named_in
    assert "党委" not in named_in(question).agencies   # 市委/区委/省委 here inspect; they are not the notices' issuers


@pytest.mark.parametrize("question, said", [
    ("两个市公安局（被市委第一、第四巡察组巡的），哪个巡察进驻更久", "长19天"),
    ("被市委第一、第四巡察组巡的两个市公安局，谁巡得更久", "长19天"),
    ("两个市公安局（被市委第一、第四巡察组巡的），哪个巡察时间最长", "长19天"),
])
def test_end_to_end_two_notices_one_name_fits_with_their_groups(tmp_path_factory, question, said):
    idx = _police_index(tmp_path_factory)
    a = ask(idx, question)
    assert not a.abstained and said in a.answer, a.answer


_POLICE: list = []


def _police_index(tmp_path_factory):
    if not _POLICE:
        _POLICE.append(small_index(tmp_path_factory, "rank27police", dev_files("d19_", "d20_", "d14_", "d37_")))
    return _POLICE[0]


def test_end_to_end_a_notice_stating_no_feedback_day_is_not_ordered(tmp_path_factory):
    a = ask(_police_index(tmp_path_factory), "两个市公安局（市委第一、第四巡察组巡的）谁先收到反馈")
    assert a.abstained and "没有写明所问的日期，无法比较先后" in a.answer, a.answer   # 揭阳's findings notice dates no 反馈
