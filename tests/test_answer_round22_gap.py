"""A gap staff find long, asked with 拖 (结束到反馈拖了多长时间): the gap between two dated steps, as 隔了多久 asks it;
拖 of one act alone (整改拖了多久) names no two steps (genre questions.toml [asks_gap])."""
from __future__ import annotations

import pytest

from genre.questions import load_questions


@pytest.mark.parametrize("question", [
    "莆田市司法局巡察结束到反馈意见拖了多长时间？",
    "厦门体育局巡察结束以后拖了多久才反馈",
    "绵阳司法局巡察完到反馈拖了多长时间",
    "遂宁科技局从巡察结束到反馈拖了多久",
    "湘潭妇联巡察结束到收到反馈意见拖了多久",
])
def test_a_gap_asked_with_tuo_is_a_gap(question):
    assert load_questions().asks_gap.search(question)


@pytest.mark.parametrize("question", ["湘潭妇联整改拖了多久", "这个问题为什么拖着没改"])
def test_tuo_of_one_act_is_no_gap(question):
    assert not load_questions().asks_gap.search(question)
