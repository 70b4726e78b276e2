"""Round 28 (session 13, h_left3): diagnosed failures of set fresh30, fixed by their kind.

- answer/steps.py span_asked: a bare gap (隔了多久) asked after a clause naming one step with 后 (3月3日反馈后), beside a
  clause asking the publication day (通报哪天发的), runs from that step to the page's date, as 离/距 (gap_from) does;
  questions.toml [asks_gap] after_one.
Each probed in wordings of my own over real dev-notice text (tests/data/notices-dev).
"""
from __future__ import annotations

import pytest

from answer.steps import span_asked
from tests.conftest import dev_files


@pytest.mark.parametrize(("question", "kept"), [
    ("市委巡察组3月3日反馈后，我们社科联的进展通报哪天发的，隔了多久", "市委巡察组3月3日反馈后，我们社科联的进展通报哪天发的，隔了多久"),
    ("鲤城区社科联3月18日反馈后，整改进展情况通报是哪天发的？相隔多久？", "鲤城区社科联3月18日反馈后，整改进展情况通报是哪天发的，相隔多久"),
    ("巡察撤场以后过了几天反馈，整改通报又是哪一天公开的？", "巡察撤场以后过了几天反馈"),   # its own two steps
    ("多久才反馈，通报哪天发的", "多久才反馈"),                                              # the step named is the later end
])
def test_a_bare_gap_after_one_step_runs_to_the_day_asked(question, kept):
    assert span_asked(question) == kept


@pytest.fixture(scope="module")
def gap_index(tmp_path_factory):
    from tests.conftest import small_index
    return small_index(tmp_path_factory, "left3", dev_files("d07_", "d32_", "d34_", "d35_"))


@pytest.mark.parametrize(("question", "said"), [
    ("市委巡察组3月3日反馈后，我们社科联的进展通报哪天发的，隔了多久", "相隔159天"),
    ("枣庄社科联收到巡察反馈以后，整改进展通报是哪天公开的，中间隔了多少天", "相隔159天"),
    ("莆田司法局2024年1月4日反馈之后，整改通报哪天挂出来的，过了多久", "相隔410天"),
    ("厦门体育局巡察反馈以后，整改情况通报哪一天发布的，隔了几天", "相隔221天"),
    ("鲤城区社科联3月18日反馈后，整改进展情况通报是哪天发的？相隔多久？", "相隔185天"),
])
def test_the_gap_from_one_step_to_publication_is_answered_end_to_end(gap_index, question, said):
    from answer.ask import ask
    answer = ask(gap_index, question, gap_index.settings)
    assert said in answer.answer and "（发布）" in answer.answer and not answer.abstained, answer.answer
