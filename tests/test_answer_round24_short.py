"""Round 24 (task short27): short or two-ask questions refused, and a rating's result answered though never reported.

- A short ask naming only its notice and a counted noun (朔州科技局问题几个): once the place and agency go to the scope and
  the asking words are dropped, the counted noun (问题, 措施: notices write it beside its count) is what a context must hold.
- A 文号 asked beside a count (整改方案的文号是多少，领导小组下面设了几个组): 文号是多少 asks a number naming a document, not
  a second quantity, so the listed members (下设综合组、整改督察组、…) are still counted, and the 文号's clause added.
- Who was rated or awarded (评出了哪几个优秀区县) asked of a notice that reports no winner (a work plan: 每月评选出优秀单位)
  is refused as never reported.
The questions are probes of our own, in several wordings each, on real dev notice text.
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.bare_count import counted_words
from answer.claims import award_unreported
from answer.listed import counts_asked
from tests.conftest import dev_files, dev_text, small_index

NOTICES = ("d08_", "d22_", "d23_", "d25_", "d26_", "d31_", "d32_", "d35_", "d37_")


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    return small_index(tmp_path_factory, "short27", dev_files(*NOTICES))


@pytest.fixture(scope="module")
def bench_index(tmp_path_factory):
    """The asked notices with the default embeddings, as the app runs: a question whose only word is a counted noun the
    keyword index drops (问题) is found by meaning, so a keyword-only index cannot find its notice."""
    return small_index(tmp_path_factory, "short27-dense", dev_files("d08_", "d26_", "d31_", "d32_", "d35_"),
                       keyword_only=False)


def test_a_question_left_with_no_word_is_weighed_by_its_counted_noun():
    assert counted_words("朔州科技局问题几个", {}, lambda t: 2.0) == {"问题": 2.0}
    assert counted_words("厦门体育局措施几条", {}, lambda t: 1.0) == {"措施": 1.0}
    assert counted_words("朔州科技局问题几个", {"巡察": 1.0}, lambda t: 2.0) == {"巡察": 1.0}
    assert counted_words("朔州科技局怎么样", {}, lambda t: 2.0) == {}


@pytest.mark.parametrize(("question", "holding"), [
    ("朔州科技局问题几个", "4个方面33个问题"),
    ("芦淞司法局问题几个", "29个问题"),
    ("鲤城社科联问题有多少个", "11个问题"),
    ("厦门体育局措施几条", "整改措施239条"),
    ("庆阳文联问题几个", "7个问题"),
])
def test_a_short_count_ask_is_answered_from_the_named_notice(bench_index, question, holding):
    a = ask(bench_index, question, bench_index.settings)
    assert not a.abstained and holding in a.citations[0].quote


def test_a_document_number_ask_is_no_second_count():
    assert counts_asked("整改方案的文号是多少，领导小组下面设了几个组") == ["几个"]
    assert len(counts_asked("几个组各有几个人")) == 2


@pytest.mark.parametrize("question", [
    "遂宁科技局整改方案的文号是多少，领导小组下面设了几个组",
    "遂宁科技局领导小组下设几个组？整改工作方案文号是什么？",
    "遂宁科技局的整改方案发文字号是多少，下设了几个工作组",
    "遂宁科技局领导小组分了几个组，整改方案是几号文",
    "遂宁科技局整改方案文号多少，领导小组设了几个专项组",
])
def test_a_document_number_and_a_listed_count_are_both_answered(dev_index, question):
    a = ask(dev_index, question, dev_index.settings)
    assert not a.abstained
    assert "共4个" in a.answer and "遂科技党组〔2020〕20号" in a.answer


@pytest.mark.parametrize("question", [
    "湖州卫健委2023年评出了哪几个优秀区县",
    "湖州卫健委今年哪些处室被评为优秀处室",
    "湖州卫健委每季评选出的优秀个人是谁",
    "浙江卫健委2023年哪些医院获评先进",
    "湖州卫健委优秀单位评上了哪些",
])
def test_a_rating_result_never_reported_is_refused(dev_index, question):
    a = ask(dev_index, question, dev_index.settings)
    assert a.abstained and "评选结果" in a.answer


def test_a_plan_to_rate_reports_no_winner():
    plan = dev_text("d22_")
    assert award_unreported("2023年评出了哪几个优秀区县？", plan)
    assert not award_unreported("哪些处室被评为优秀？", "综合处被评为全省优秀处室")
    assert not award_unreported("每月评选几次？", plan)
