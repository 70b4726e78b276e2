"""Round 99 (session 20, misc), in wordings of my own over dev notices.

- A bare field label (整改进展情况:) answers nothing and is never an answer sentence; a finding asked for what lies right
  under it (X那个问题，底下具体指的是什么) is answered by the line under its heading (针对“…”的问题), not by the heading
  (answer/below_finding.py, questions.toml [below_finding]).
- A status asked of a finding quotes the finding as its heading line writes it (2.学习缺乏自觉性和紧迫感。) and the status
  field on through its short next sentence (整改情况:已完成。全年利用) (answer/status.py).
- The first act after the feedback asked with a pause after the step (拿到反馈意见后，第一件事干了啥) (questions.toml
  [first_act] asked).
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.below_finding import bare_label, below_finding
from answer.first_act import first_act_span
from answer.status import _heading_line, _with_detail_start
from genre.asking import plain_question
from tests.conftest import dev_files, small_index

LICHENG = ("二、巡察反馈问题的整改进展情况\n\n"
           "1.关于“以习近平新时代中国特色社会主义思想引领哲学社会科学工作还不够有为”的问题。\n\n"
           "针对“用习近平文化思想武装头脑、指导实践、推动工作不够主动”的问题\n\n整改进展情况:\n\n一是加强")   # d35
LUSONG = "(一)思想认识有差距\n2.学习缺乏自觉性和紧迫感。\n整改情况:已完成。全年利用\n"   # d08
HUIJI = ("1.强化责任担当,切实提高政治站位。收到区委第一巡察组巡察反馈意见后,主动认领问题,立即牵头成立局巡察整改工作领导"
         "小组并担任组长,切实担起“第一责任人”职责,负责巡察整改工作的统一领导、统筹部署、督促落实。")   # d10


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    return small_index(tmp_path_factory, "misc99", dev_files("d08_", "d10_", "d35_"))


def _ask(index, question: str):
    return ask(index, question, index.settings)


def test_a_bare_label_is_no_sentence():
    assert bare_label("整改进展情况:") and bare_label("整改情况：")
    assert not bare_label("整改情况:已完成。全年利用") and not bare_label("一是加强")


def test_the_line_under_a_finding():
    q = "社科联引领社科工作不够有为那个问题，底下具体指的是什么"
    a, b = below_finding(LICHENG, q, {"引领": 3.0, "不够": 1.7, "有为": 3.0, "底下": 5.0}, 0)
    assert LICHENG[a:b] == "针对“用习近平文化思想武装头脑、指导实践、推动工作不够主动”的问题"
    assert below_finding(LICHENG, "社科联引领社科工作不够有为那个问题改完了吗", {"引领": 3.0}, 0) is None
    assert below_finding(LICHENG, "党风廉政那个问题下面具体指的是什么", {"党风": 3.0, "廉政": 3.0}, 0) is None


def test_the_status_quotes_the_heading_line_and_the_field():
    a = LUSONG.index("学习缺乏")
    assert LUSONG[slice(*_heading_line(LUSONG, a, a + len("学习缺乏自觉性和紧迫感")))] == "2.学习缺乏自觉性和紧迫感。"
    a = LUSONG.index("整改情况")
    assert LUSONG[slice(*_with_detail_start(LUSONG, a, a + len("整改情况:已完成")))] == "整改情况:已完成。全年利用"
    long = "整改情况:已完成。" + "根据文件要求开展学习" * 6 + "。"
    assert _with_detail_start(long, 0, 8) == (0, 8)   # a long detail is not quoted with the status


def test_first_act_asked_with_a_pause():
    a, b = first_act_span(HUIJI, plain_question("惠济审批局党组书记收到反馈意见后，第一件事干了啥"))
    assert "立即牵头成立局巡察整改工作领导小组并担任组长" in HUIJI[a:b]


def test_asked_end_to_end(dev_index):
    a = _ask(dev_index, "鲤城社科联引领哲学社会科学工作不够有为那条，底下具体指的是什么")
    assert a.citations and "推动工作不够主动" in a.citations[0].quote
    assert all(not bare_label(c.quote) for c in a.citations)
    a = _ask(dev_index, "芦淞区司法局学习缺乏紧迫感那条改到哪一步了")
    quotes = [c.quote for c in a.citations]
    assert "2.学习缺乏自觉性和紧迫感。" in quotes and any(q.startswith("整改情况:已完成。全年利用") for q in quotes)
    a = _ask(dev_index, "惠济审批局党组书记拿到反馈意见以后，第一件事干了啥")
    assert "立即牵头成立局巡察整改工作领导小组" in a.citations[0].quote
