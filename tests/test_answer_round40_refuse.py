"""Round 40 (session 16), answerable asks refused (fresh38), in wordings of my own over dev notices.

- An asker wraps the ask in a frame of their own that names nothing in the notice (给我个数, 报个数, 领导问：, 一句话,
  简单说, 帮我看下, …，给个数就行): dropped before the ask is read (genre asking.toml [asker_frame]).
- How long rectification took is stated as a duration before the act (经过3个月集中整改), not only as two days: that
  clause leads wherever the search ranked it (questions.toml [asks_gap] rectified_stated, answer/duration.py).
- The first act after feedback (头一件事干了啥, 第一件事是什么, 一开始干了什么) is the sentence opening with the step done
  (反馈意见后,迅速召开…会议) (asking.toml [[spoken]] → 首先做了什么, questions.toml [first_act], answer/first_act.py).
- 整改完善了几个制度 asks a count: 改完 is never the 完 of 完善/完备 (questions.toml [asks_done], [asks_result]).
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.duration import duration_stated
from answer.first_act import first_act_span
from genre.asking import plain_question
from genre.questions import load_questions
from tests.conftest import ROOT


@pytest.mark.parametrize(("typed", "read"), [
    ("给我个数，嘉兴文广旅建了多少制度", "嘉兴文广旅建了多少制度？"),
    ("领导问：简单说，惠济整改搞了多久", "惠济整改搞了多久？"),
    ("遂宁科技局完善了几个制度，给个数就行", "遂宁科技局完善了几个制度？"),
    ("一句话：广元是哪天收到反馈的", "广元是哪天收到反馈的？"),
])
def test_asker_frame_dropped(typed, read):
    assert plain_question(typed) == read


def test_frame_kept_when_nothing_else_asks():
    assert plain_question("给我个数") == "给我个数"
    assert "领导" in plain_question("领导问了整改情况没有")   # no frame: 领导 is who asked, no colon


def test_duration_and_first_act_read_from_notice_text():
    text = (ROOT / "tests" / "data" / "notices-dev" / "d10_huiji-admin-approval-bureau-inspection.txt").read_text(encoding="utf-8")
    a, b = duration_stated(text)
    assert "3个月集中整改" in text[a:b] and "为期45天" not in text[a:b]
    a, b = first_act_span(text, plain_question("惠济审批局收到反馈后头一件事干了啥"))
    assert text[a:b].startswith("收到区委第一巡察组巡察反馈意见后")


def test_perfected_is_no_completion():
    q = load_questions()
    assert not q.asks_done.search("整改完善了几个制度")
    assert not q.asks_result.search("整改完善了几个制度")
    assert q.asks_done.search("问题都改完了没有")


ANSWERED = [
    # asker frames
    ("给我个数，嘉兴文广旅建了多少制度", "45项"),
    ("报个数：遂宁科技局制定和完善了几个制度", "13个"),
    ("领导问：遂宁科技局整改方案文号多少", "遂科技党组〔2020〕20号"),
    ("简单说，惠济审批局是哪天收到反馈的", "2024年5月16日"),
    ("一句话，广元是哪天收到反馈的", "2024年12月27日"),
    ("嘉兴文广旅收回清退了多少资金，给个数就行", "5.0227万元"),
    ("主任让我问：惠济审批局被巡察了多少天", "45天"),
    # a rectification span stated as a duration
    ("领导问：惠济集中整改搞了多久", "3个月"),
    ("惠济审批局整改历时多久", "3个月"),
    ("惠济审批局整改花了多长时间", "3个月"),
    ("惠济审批局巡察整改前后用了多久", "3个月"),
    ("惠济审批局集中整改持续了几个月", "3个月"),
    ("惠济审批局整改搞了多长时间", "3个月"),
    # the first act after feedback
    ("广元收到反馈以后头一件事干了啥", "迅速召开市委常委会会议"),
    ("广元收到反馈以后第一件事是什么", "迅速召开市委常委会会议"),
    ("遂宁科技局收到巡察反馈后头一件事做了什么", "立即召开局党组(扩大)会议"),
    ("惠济审批局收到反馈后第一件事干了啥", "主动认领问题"),
    ("枣庄社科联收到反馈之后一开始干了啥", "第一时间召开党组扩大会议"),
    # 整改完善 asks a count
    ("遂宁科技局整改完善了几个制度，整改方案文号多少", "遂科技党组〔2020〕20号"),
    ("遂宁科技局整改完善了多少项制度", "13个"),
    ("嘉兴文广旅整改完善了几项制度", "45项"),
]


@pytest.mark.parametrize(("question", "said"), ANSWERED)
def test_answerable_ask_answered(dev_split_index, question, said):
    a = ask(dev_split_index, question, dev_split_index.settings)
    assert not a.abstained, a.answer
    assert said in a.answer


REFUSED = [
    ("给我个数，嘉兴文广旅收回来多少罚款", "没有写明"),          # a kind of money not stated: a frame makes no figure
    ("领导问：遂宁科技局整改用了多长时间", "没有写明整改用了多长时间"),   # no duration, no dates of rectification
    ("简单说，嘉兴文广旅开了几次专题民主生活会", "没有写明"),
    ("嘉兴文广旅整改历时多久", "没有"),                         # no duration stated: still refused
    ("广元整改花了多长时间", "没有写明整改用了多长时间"),
    ("遂宁科技局收到反馈以后头一件事开了几次会", "没有"),         # a count of meetings asked, none stated
    ("遂宁科技局整改完了吗", "没有写明完成情况"),              # completion still asked by 改完
    ("惠济审批局问题都改完了没有", "没有写明完成情况"),
]


@pytest.mark.parametrize(("question", "said"), REFUSED)
def test_twins_still_refused(dev_split_index, question, said):
    a = ask(dev_split_index, question, dev_split_index.settings)
    assert a.abstained, a.answer
    assert said in a.answer
