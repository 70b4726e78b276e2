"""Round 106 (session 21), every ask of a fact question answered with its figures and dates, over dev notices.

- A premise on the inspecting body (是区委巡查组巡的吧) is corrected with the notice's own dates: the clause naming the
  group is cited with the dated clauses of its sentence next to it (its range before, its feedback day after; genre
  premises.toml [premise_body] dated), not the group alone.
- A question asking two sessions of the congress (第几次会议的审议意见？报告又是在第几次会上作的？) gets both: the body
  sentence naming the session that gave the 审议意见, and the subtitle naming the report's own session with its day.
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.metadata import own_session_asks
from answer.premise_body import body_check, dated_frame
from tests.conftest import dev_files, small_index

LICHENG = ("根据区委巡察工作统一部署,2024年1月4日至2月2日,区委巡察二组对区社科联开展了巡察,并于2024年3月18日反馈了"
           "巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改进展情况予以公布。")
SUBTITLE = "——2025年12月30日在广州市第十六届  人民代表大会常务委员会第四十五次会议上"


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    return small_index(tmp_path_factory, "asks106", dev_files("d08_", "d16_", "d35_"))


def test_the_body_check_cites_the_inspection_dates_of_its_sentence():
    check = body_check("鲤城社科联是市委巡察的吧？传达反馈意见开了几次会", LICHENG)
    assert check.said == "不对，不是“市委巡察”，"
    assert LICHENG[check.start:check.end] == ("2024年1月4日至2月2日,区委巡察二组对区社科联开展了巡察,"
                                              "并于2024年3月18日反馈了巡察意见")


def test_undated_clauses_are_not_taken_into_the_frame():
    t = "根据部署,市委第五巡察组对市司法局党组开展了巡察,实事求是地指出了问题。"
    a, b = dated_frame(t, t.index("市委"), t.index(",实事"))
    assert t[a:b] == "市委第五巡察组对市司法局党组开展了巡察"


def test_each_session_ask_is_read_apart():
    q = "广州这回整改依据的是人大常委会第几次会议的审议意见？报告又是在第几次会上作的？"
    assert own_session_asks(q, SUBTITLE) == "报告又是在第几次会上作的？"
    assert own_session_asks("依据的是第几次会议的审议意见？", SUBTITLE) == ""   # another act's session alone
    assert own_session_asks("这份报告是在第几次会议上作的？", SUBTITLE) == "这份报告是在第几次会议上作的？"


def test_premise_answer_states_the_dates(dev_index):
    a = ask(dev_index, "芦淞区司法局的巡察是区委巡查组开展的吧？", dev_index.settings)
    assert a.answer.count("不对，不是“区委巡查组”") == 1
    assert "2024年3月7日至5月7日" in a.answer and "2024年9月6日" in a.answer


def test_both_sessions_are_answered(dev_index):
    a = ask(dev_index, "广州这回整改依据的是人大常委会第几次会议的审议意见？报告又是在第几次会上作的？", dev_index.settings)
    assert "第四十一次会议有关审议意见" in a.answer
    assert "第四十五次会议" in a.answer and "2025年12月30日" in a.answer
