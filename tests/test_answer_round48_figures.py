"""Round 48 (session 16, h_figures48): figures asked beside each other in one line, each given, within one notice.

- worked.toml [period_asked]: 几时 is staff's spoken 什么时候 (几时到几时, 几时进几时撤): the period's own length is
  worked out beside the gap asked after it.
- answer/step_gaps.py: a step's day asked beside a span or a period (反馈在哪天, 通报哪天挂出来的) comes with its gap from
  the step dated before it; a step the quotes never date gains no gap.
- answer/combined.py: two counts of one unit weighed (哪个开得多，多几次) come with their sum.
- answer/totals.py: parts weighed both ways (哪个最多，哪个最少) come with their sum, unless the notice states its own.
Each probed in wordings of my own over real dev-notice text (tests/data/notices-dev).
"""
from __future__ import annotations

import pytest

from answer.combined import difference_note
from answer.range_length import range_length_note
from answer.step_gaps import asked_day_gap_note
from answer.totals import total_parts
from retrieval.parse import parse_sections
from tests.conftest import dev_text, sentence_holding

HUBEI = sentence_holding(dev_text("d04_"), "2024年11月7日至12月31日")
PUTIAN = sentence_holding(dev_text("d07_"), "2023年4月20日至5月31日")
LICHENG = sentence_holding(dev_text("d35_"), "2024年1月4日至2月2日")
XIAMEN_MEETINGS = "局主要领导组织召开7次党组会议、12次巡察整改领导小组会议"   # the lead clause of d32_


@pytest.mark.parametrize("question", [
    "省司法厅那轮巡视几时到几时",
    "巡视组几时进几时撤的",
    "省委第三巡视组是几时开始到几时",
    "巡视几时进驻几时撤离，撤了多久反馈",
    "司法厅被巡视从几时到几时",
])
def test_a_period_asked_by_jishi_gets_its_length(question):
    assert "首尾两天都算共55天" in range_length_note(question, HUBEI)


@pytest.mark.parametrize("question, text, gap", [
    ("巡视是几号到几号，一共几天？反馈在哪天", HUBEI, "从2024年12月31日（巡视结束）到2025年2月17日（反馈）相隔48天"),
    ("司法局巡察哪段时间？哪天反馈的", PUTIAN, "从2023年5月31日（巡察结束）到2024年1月4日（反馈）相隔218天"),
    ("社科联巡察起止时间 几号反馈", LICHENG, "从2024年2月2日（巡察结束）到2024年3月18日（反馈）相隔45天"),
    ("巡察搞了多少天？反馈意见是哪天", LICHENG, "从2024年2月2日（巡察结束）到2024年3月18日（反馈）相隔45天"),
    ("巡视持续了多久，什么时候反馈的", HUBEI, "从2024年12月31日（巡视结束）到2025年2月17日（反馈）相隔48天"),
])
def test_a_feedback_day_asked_beside_a_period_gets_its_gap(question, text, gap):
    assert gap in asked_day_gap_note(question, text, "", "")


@pytest.mark.parametrize("question, published, gap", [
    ("结束到反馈隔了多久？通报哪天发的", "2025-02-17", "从2024年1月4日（反馈）到2025年2月17日（发布）相隔410天"),
    ("巡察撤了多久才反馈，整改情况又是哪天公开的", "2025-02-17", "从2024年1月4日（反馈）到2025年2月17日（发布）相隔410天"),
    ("巡察一共几天，通报什么时候挂出来的", "2025-02-17", "从2024年1月4日（反馈）到2025年2月17日（发布）相隔410天"),
])
def test_a_publication_day_asked_beside_a_span_gets_its_gap_from_feedback(question, published, gap):
    assert gap in asked_day_gap_note(question, PUTIAN, published, "")


@pytest.mark.parametrize("question, text, published", [
    ("巡察一共几天？反馈在哪天", "2024年1月4日至2月2日,区委巡察二组对区社科联开展了巡察", ""),   # no feedback dated
    ("巡察搞了多少天，通报哪天发的", PUTIAN, ""),   # no publication day known
    ("反馈在哪天", PUTIAN, ""),   # no span asked beside it
])
def test_no_gap_where_one_side_is_not_stated(question, text, published):
    assert asked_day_gap_note(question, text, published, "") == ""


@pytest.mark.parametrize("question", [
    "党组会和领导小组会哪个开得多？多几次",
    "体育局领导小组会议比党组会议多开了几次，哪个多",
    "党组会议和巡察整改领导小组会议，哪个次数多，多多少",
    "两种会哪个开得更多？相差几次",
    "厦门体育局整改时开的党组会和整改领导小组会哪个多，多几次",
])
def test_two_counts_weighed_come_with_their_sum(question):
    note = difference_note(question, XIAMEN_MEETINGS)
    assert "12次" in note and "多5次" in note and "两项合计19次" in note, note


QINGYANG = dev_text("d31_")


@pytest.mark.parametrize("question", [
    "庆阳文联反馈的问题哪个方面最多，哪个最少",
    "四个方面里问题最多的和最少的分别是哪个方面",
    "哪方面问题最多？哪方面最少？",
    "文联巡察反馈的问题，最多的是哪个方面，最少的是哪个方面",
    "哪一个方面反馈的问题最多，哪一个方面最少",
])
def test_parts_weighed_both_ways_come_with_their_sum(question):
    found = total_parts(QINGYANG, parse_sections(QINGYANG), question)
    assert found is not None, question
    assert "合计25个问题" in found[1] and "11个问题" in found[1] and "2个问题" in found[1], found[1]


def test_one_extreme_asked_gets_no_sum():
    found = total_parts(QINGYANG, parse_sections(QINGYANG), "庆阳文联反馈的问题哪个方面最多")
    assert found is not None and "合计" not in found[1]
