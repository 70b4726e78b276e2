"""Round 64 (session 17), the inspecting body a question states as its premise, in wordings of my own over dev notices.

- A body stated hedged (是区委巡查组巡的吧, 是市委巡察的吗, 是不是省委巡视, 是省委巡视组来的对吧) is held against the group
  the notice names in the clause reporting the inspection (genre premises.toml [premise_body]; answer/premise_body.py):
  level (省委/市委/区委/县委), kind (巡视 against 巡察, 巡查 read as 巡察) and a group number stated (第二 against 第三).
- The check opens the answer (对，… / 不对，不是“…”，…), the clause cited first; the rest of the ask is answered after.
- A body named plainly (市委巡察组反馈了几个问题) is no premise; a notice naming no inspecting group (an audit report)
  states nothing to hold it against: no check is said.
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.premise_body import body_check, stated_body
from tests.conftest import dev_files, small_index

MIANYANG = "根据市委统一部署,2024年5月7日至6月7日,市委第五巡察组对市司法局党组开展了巡察。"


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    paths = dev_files("d01_", "d04_", "d05_", "d08_", "d11_", "d20_", "d35_")
    return small_index(tmp_path_factory, "premise64", paths)


def test_a_body_is_a_premise_only_when_hedged():
    assert stated_body("芦淞区司法局那次是区委巡查组巡的吧？").group() == "区委巡查"
    assert stated_body("遂宁科技局是不是省委巡视？").group() == "省委巡视"
    assert stated_body("绵阳司法局是区委巡察的吗").group() == "区委巡察"
    assert stated_body("市委巡察组反馈了几个问题？") is None
    assert stated_body("按照市委巡察组的意见整改了多少项") is None


def test_the_body_is_held_against_the_notice_clause():
    assert body_check("绵阳司法局是区委巡察的吗", MIANYANG).said == "不对，不是“区委巡察”，"
    assert body_check("绵阳司法局是市委巡察组巡的吧", MIANYANG).said == "对，"
    assert body_check("绵阳司法局是市委第二巡察组巡的吧", MIANYANG).said == "不对，不是“市委第二巡察组”，"
    assert body_check("绵阳司法局是省委巡视的吧", MIANYANG).said == "不对，不是“省委巡视”，"
    assert body_check("绵阳司法局是区委巡察的吗", "报告日已整改40项") is None   # no group named


# round 106: the group's clause is cited with the dated clauses of its sentence (its range, its feedback day)
@pytest.mark.parametrize("question, opening", [
    ("芦淞区司法局的巡察是区委巡查组开展的吧？", "不对，不是“区委巡查组”，2024年3月7日至5月7日,市委第一提级巡察组对区司法局党组开展了提级巡察,2024年9月6日就巡察情况向我单位进行了反馈[1]。"),
    ("鲤城社科联是市委巡察的吧？传达反馈意见开了几次会", "不对，不是“市委巡察”，2024年1月4日至2月2日,区委巡察二组对区社科联开展了巡察,并于2024年3月18日反馈了巡察意见[1]。"),
    ("湖北司法厅那次是省委巡视组来的对吧", "对，2024年11月7日至12月31日,省委第三巡视组对省司法厅党委开展了巡视,并于2025年2月17日反馈了巡视意见[1]。"),
    ("揭阳公安局是县委巡察组巡的吧", "不对，不是“县委巡察组”，2025年6月5日至2025年8月8日,市委第四巡察组对市公安局党委开展了巡察[1]。"),
    ("嘉兴文广旅局是市委第二巡察组巡的对吧", "不对，不是“市委第二巡察组”，2025年3月18日至6月6日,市委第三巡察组"),
    ("嘉兴文广旅局是市委第三巡察组巡的对吧", "对，2025年3月18日至6月6日,市委第三巡察组"),
    ("绵阳司法局是区委巡察的吗", "不对，不是“区委巡察”，2024年5月7日至6月7日,市委第五巡察组对市司法局党组开展了巡察[1]。"),
])
def test_the_check_opens_the_answer(dev_index, question, opening):
    a = ask(dev_index, question, dev_index.settings)
    assert not a.abstained and opening in a.answer, a.answer
    assert a.answer.index(opening) <= a.answer.find("）") + 1   # right after the scope note, if any


def test_the_rest_of_the_ask_is_answered_after_the_check(dev_index):
    a = ask(dev_index, "鲤城社科联是市委巡察的吧？传达反馈意见开了几次会", dev_index.settings)
    assert "先后组织召开2次会议[2]" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "瑞金审计局那份报告是市委巡察组查的吧",   # an audit report names no inspecting group
    "瑞金审计局的审计是不是省委巡视组安排的",
])
def test_no_check_where_the_notice_names_no_group(dev_index, question):
    a = ask(dev_index, question, dev_index.settings)
    assert "不对，不是" not in a.answer and not a.answer.startswith("对，"), a.answer
