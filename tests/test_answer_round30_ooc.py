"""Round 30 (session 14), details of a counted thing the notice never gives, in wordings of my own over real dev notices
(tests/data/notices-dev).

A notice often gives only the count of things set up or left over (设立3个专项整改工作小组, 阶段性完成整改1个, 研究制定1个总方案,
2个专项方案) without naming them or giving each its lead unit or deadline. An ask of the members' lead unit or deadline
(分别由哪个处室牵头, 整改时限定到什么时候, 是哪个股室负责) is refused in the house style, quoting the count; where the notice
gives the details (ledger fields 牵头单位：, 完成时限：, or 由…牵头 / 6月底前 right after the count) the ask is answered
(genre claims.toml [member_detail], answer/member_detail.py).
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.member_detail import member_asked, member_detail_unstated
from tests.conftest import dev_files, small_index

NOTICES = ("d05_", "d08_", "d13_", "d25_", "d26_", "d32_", "d35_", "d37_")
XIAMEN = "局党组认真履行巡察整改主体责任,成立了以局主要领导为组长的巡察整改工作领导小组,设立3个专项整改工作小组。"
LUSONG = "巡察组共反馈29个问题,其中已完成整改28个,阶段性完成整改1个;移交立行立改问题4个,已全部办结。"


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    return small_index(tmp_path_factory, "ooc30", dev_files(*NOTICES))


@pytest.mark.parametrize(("question", "lead", "deadline"), [
    ("厦门体育局设的那3个专项整改工作小组，分别由哪个处室牵头？", True, False),
    ("阶段性完成的那1个问题，整改时限定到什么时候？是哪个股室负责", True, True),
    ("那4个立行立改问题各自的完成时限是哪天", False, True),
    ("3个专项整改工作小组的牵头领导分别是谁", True, False),
    ("那2个专项方案每个由谁负责", True, False),
])
def test_a_detail_of_counted_members_is_read(question, lead, deadline):
    asked = member_asked(question)
    assert asked is not None and (asked.lead, asked.deadline) == (lead, deadline)


@pytest.mark.parametrize("question", [
    "设立了几个专项整改工作小组？",            # a count asked, no member
    "239条整改措施是谁牵头制定的？",           # who made them, not each one's lead
    "利州法院的信访牵头部门有哪些？",           # no count
    "那3个专项整改工作小组分别叫什么？",         # names: answer.count_only.count_only
])
def test_no_member_detail_asked(question):
    assert member_asked(question) is None


def test_a_count_only_refuses_with_the_count_quoted():
    why = member_detail_unstated("那1个问题，整改时限定到什么时候？是哪个股室负责", LUSONG)
    assert why is not None
    assert why[1] == "通报中没有相关信息：只写了“阶段性完成整改1个”，没有写是哪个问题及其负责股室和完成时限。"
    assert LUSONG[why[0].start:why[0].end] == "巡察组共反馈29个问题,其中已完成整改28个,阶段性完成整改1个;"


@pytest.mark.parametrize("text", [
    XIAMEN + "\n综合协调组由办公室牵头,作风建设组由机关党委牵头,业务整改组由群体处牵头。",   # 由…牵头 right after
    XIAMEN + "\n问题1:…\n牵头处室:办公室\n完成时限:2024年6月底",                      # ledger fields
])
def test_details_given_are_left_to_answer(text):
    assert member_detail_unstated("那3个专项整改工作小组分别由哪个处室牵头？", text) is None


def test_a_deadline_given_after_the_count_is_left_to_answer():
    text = "阶段性完成整改1个,将于2024年12月底前完成。"
    assert member_detail_unstated("那1个问题整改时限定到什么时候", text) is None


def test_a_count_the_notice_does_not_state_is_left_alone():
    assert member_detail_unstated("那5个工作专班分别由哪个处室牵头", XIAMEN) is None


@pytest.mark.parametrize(("question", "prefix", "quoted"), [
    ("厦门体育局设的那3个专项整改工作小组，分别由哪个处室牵头？", "d32_", "设立3个专项整改工作小组"),
    ("芦淞区司法局阶段性完成的那1个问题，整改时限定到什么时候？是哪个股室负责", "d08_", "阶段性完成整改1个"),
    ("绵阳市司法局定的那2个专项方案，分别由哪个科室牵头？", "d05_", "2个专项方案"),
    ("芦淞区司法局移交的那4个立行立改问题，各由哪个股室负责办理？", "d08_", "移交立行立改问题4个"),
    ("厦门体育局那3个专项整改工作小组的牵头领导分别是谁", "d32_", "设立3个专项整改工作小组"),
    ("鲤城区社科联巡察反馈的那11个问题，各自的完成时限是什么时候？", "d35_", "11个问题"),
    ("朔州科技局那33个问题每个问题的整改时限是多久", "d26_", "33个问题"),
])
def test_a_detail_of_members_only_counted_is_refused(dev_index, question, prefix, quoted):
    a = ask(dev_index, question, dev_index.settings)
    assert a.abstained and a.answer.startswith("通报中没有相关信息：只写了“"), a.answer
    assert quoted in a.answer and a.citations and a.citations[0].doc.startswith(prefix), a.answer


@pytest.mark.parametrize(("question", "said"), [
    ("利州法院的信访牵头部门有哪些？", "立案庭"),
    ("遂宁科技局领导小组下设的4个工作组分别是哪几个？", "综合组"),
    ("华容县各主要责任单位的实施方案最晚哪天前报备？报到哪里？", "3月15日前"),
    ("厦门体育局设立了几个专项整改工作小组？", "3个专项整改工作小组"),
])
def test_asks_of_leads_and_deadlines_given_are_still_answered(dev_index, question, said):
    a = ask(dev_index, question, dev_index.settings)
    assert not a.abstained and said in a.answer, a.answer


def test_working_to_deadlines_asks_how_not_when():
    assert member_asked("那14条措施是怎么按时限推进的") is None
