"""Round 63 (session 17), the day of an enlarged meeting asked (扩大会是哪天开的), alone or in an order ask: notices write
the leading group's enlarged meeting 党组(扩大)会 / 党组扩大会议 and seldom date it (反馈会后,召开党组(扩大)会); its kind is
扩大 (questions.toml [asks_date] meeting), so only a clause naming it dates it and the other steps' dates are no answer
(answer/lead.py reads a clause without its brackets). Dev notices: 朔州科技局 (d26), 遂宁科技局 (d25), 枣庄社科联 (d34)
hold one undated.
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.lead import lead_spans


SHUOZHOU = ("2025年4月27日,市委巡察组向市科技局党组反馈了巡察意见,按照党务公开原则和巡察工作有关要求,现将巡察整改情况予以公布:"
            "反馈会后,召开党组(扩大)会,深入学习领会巡察反馈意见,统一思想认识。")   # d26, 朔州市科技局


def _lead(text: str, question: str) -> list[str] | None:
    got = lead_spans(text, [(0, len(text))], question, {"扩大": 1.0, "党组": 1.0}, [])
    return None if got is None else [text[a:b] for a, b in got]


def test_the_feedback_day_does_not_date_the_enlarged_meeting():
    assert _lead(SHUOZHOU, "扩大会是哪天开的") is None
    assert _lead(SHUOZHOU, "党组扩大会议是什么时候召开的") is None


def test_a_dated_enlarged_meeting_is_read_through_its_brackets():
    text = "2025年5月6日,召开党组(扩大)会,深入学习领会巡察反馈意见。"   # a bracketed name, dated
    got = _lead(text, "扩大会是哪天开的")
    assert got and "2025年5月6日" in got[0]


REFUSED = [
    "朔州科技局反馈会后开党组扩大会、成立领导小组，这几步按日期排一下，扩大会是哪天开的",
    "朔州科技局党组扩大会是什么时候召开的",
    "朔州科技局的扩大会哪天开的",
    "遂宁科技局反馈后开的党组扩大会议是几号",
    "枣庄社科联党组扩大会议哪一天召开的",
    "朔州科技局巡察、反馈、党组扩大会，按先后排一下，扩大会是哪天",
]


@pytest.mark.parametrize("question", REFUSED)
def test_undated_enlarged_meeting_refused(dev_split_index, question):
    a = ask(dev_split_index, question, dev_split_index.settings)
    assert a.abstained, a.answer
    assert "2025年4月27日" not in a.answer   # the feedback's day is no answer


ANSWERED = [
    ("利州法院信访工作专题党组会是什么时候开的", "2025年1月"),
    ("朔州科技局：巡察、反馈巡察意见、开党组扩大会，按日期排个先后", "开党组扩大会（通报未写明日期）"),   # an order asked: listed
    ("朔州科技局哪天反馈的", "2025年4月27日"),
]


@pytest.mark.parametrize(("question", "said"), ANSWERED)
def test_dated_steps_still_answered(dev_split_index, question, said):
    a = ask(dev_split_index, question, dev_split_index.settings)
    assert not a.abstained, a.answer
    assert said in a.answer
