"""Counts summed unasked (各几个, 几次…几次) count one thing: 4个方面33个问题 counts aspects and problems, and 各几个问题
asks the problems per aspect, so no sum of 4 and 33 is said (genre worked.toml [each_summed] same_noun_end, noun_units).
Counts of people and times are summed whatever words follow them."""
from __future__ import annotations

import pytest

from answer.combined import sum_note
from genre.counted import each_noun_end
from tests.conftest import dev_text

SHUOZHOU = "d26_"


def test_aspects_and_units_are_not_summed():   # d01: 4个方面、29个单位
    assert "4个方面、29个单位" in dev_text("d01_")
    assert sum_note("涉及几个方面，各几个单位", "4个方面、29个单位") == ""


def test_noun_units_need_one_thing():
    assert each_noun_end("个") == 2 and each_noun_end("次") == 0 and each_noun_end("人") == 0


@pytest.mark.parametrize("question", [
    "朔州科技局巡察反馈几个方面，各几个问题",
    "反馈了几个方面，分别有几个问题",
    "问题分几个方面，各是几个",
    "几个方面的问题，各多少个",
    "反馈意见涉及几个方面？各几个问题？",
])
def test_counts_of_two_things_are_not_summed(question):
    text = dev_text(SHUOZHOU)
    clause = "巡察反馈的4个方面33个问题"
    assert clause in text
    assert sum_note(question, clause) == ""


@pytest.mark.parametrize(("question", "lead", "total"), [
    ("党组会和领导小组会各开了几次", "召开7次党组会议、12次巡察整改领导小组会议", "合计19次"),
    ("开了几次党组会 几次领导小组会", "召开7次党组会议、12次巡察整改领导小组会议", "合计19次"),
    ("分别处理了几个人", "对1人予以记大过处分,对2人予以提醒谈话", "合计3人"),
    ("总方案和专项方案各有几个", "研究制定1个总方案,2个专项方案", "合计3个"),   # d05: both end in 方案
])
def test_counts_of_one_thing_are_still_summed(question, lead, total):
    assert total in sum_note(question, lead)
