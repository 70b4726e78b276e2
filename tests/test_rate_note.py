"""A completion rate asked where the notice states none is worked out from its totals statement, marked as such."""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.worked import rate_note, rate_span


def test_the_rate_is_worked_out_only_when_asked_and_not_stated():
    said = "反映的400个问题,已完成整改336个,其中要求立行立改的283个问题已全部整改"
    assert rate_note("问题整改完成率是多少？", said) == "（按通报数字推算：已完成336/共400，完成率84%。）"
    assert rate_note("问题整改了多少个？", said) == ""                      # no rate asked
    assert rate_note("完成率是多少？", "共18个问题,已完成17个,完成率94.4%") == ""   # the notice states it
    text = "召开会议3次。巡察反馈的4个方面18个问题,已完成整改17个,基本完成整改1个。"
    a, b = rate_span(text, [(0, 8), (8, len(text))], "完成比例多高？")
    assert "18个问题,已完成整改17个" in text[a:b] and a >= 8 and rate_span(text, [(0, len(text))], "开了几次会？") is None


@pytest.mark.integration
def test_a_rate_question_leads_with_the_totals_and_the_worked_out_rate(index):
    a = ask(index, "天津城管委巡视指出的问题整改完成比例多高？")
    assert not a.abstained and "按通报数字推算" in a.lead and "%" in a.lead
    assert a.citations[0].quote in index.records[a.citations[0].notice_id].notice.text
