"""Round 71 (count71): how many things one clause lists, asked with which they are.

- genre questions.toml [listed_members] kinds, kinds_people: a count of kinds (几种会, 哪几项机制，一共几项, 几类人,
  列了几份) is the number of members the 、-list (和/及 before the last) closed by the kind word holds, or of the 《》
  titles of the sentence for 份, or of the posts listed for people; said as counted in the unit asked (共4种（计数所得）),
  the clause cited (answer/kinds_listed.py). A figure of another thing in the clause (10余次) or nearby (设立3个专项整改
  工作小组) is not the count; a count the notice states of the thing itself (制度13个, 制度45项) is quoted, not recounted.
"""
from __future__ import annotations

import pytest

from answer.kinds_listed import kinds_listed, kinds_said
from tests.conftest import dev_files

MEETINGS = "采取现场督导、专题研究、调研推进等方式推动巡视整改,先后召开10余次党委会、领导小组会、推进会、工作专班会部署推进整改工作。"
PEOPLE = "组织全院各党支部书记、各部门主要负责人和各部门巡察整改联络员召开巡察反馈意见传达暨巡察整改培训会,分管巡察整改工作领导主持会议。"


def _listed(text: str, question: str, found: list[tuple[int, int]] | None = None):
    got = kinds_listed(text, found or [], [(0, len(text))], question)
    return None if got is None else (text[got[0]:got[1]], got[2])


def test_meetings_counted_past_their_figure():
    assert _listed(MEETINGS, "开了10余次各类会议，到底列了几种会？") == (
        "先后召开10余次党委会、领导小组会、推进会、工作专班会部署推进整改工作", 4)


def test_people_counted_by_posts():
    assert _listed(PEOPLE, "参会的是哪几类人？几类")[1] == 3


def test_documents_counted_by_titles():
    t = "坚持将学习贯彻新修订的《中国共产党巡视工作条例》《中共中央办公厅关于加强巡视整改和成果运用的意见》,以及省委《关于加强巡视整改和成果运用的工作措施》等制度规定融入日常工作。"
    assert _listed(t, "列了几份？哪几份")[1] == 3


def test_stated_count_not_recounted():
    t = "围绕完善财务管理、机关党建、民生保障、作风建设等方面,制定和完善相关制度13个。"
    assert _listed(t, "整改建了几项制度", [(0, len(t))]) is None


def test_said_in_unit_asked():
    assert kinds_said("到底列了几种会？", 4) == "共4种（计数所得）。"
    assert kinds_said("建立了哪几项机制，一共几项", 4) == "共4项（计数所得）。"
    assert kinds_said("参会的是哪几类人", 3) == "共3类（计数所得）。"
    assert kinds_said("下设了几个组", 3) == ""


@pytest.fixture(scope="module")
def count_index(tmp_path_factory):
    from tests.conftest import small_index
    return small_index(tmp_path_factory, "count71", dev_files("d01_", "d02_", "d04_", "d11_", "d14_", "d25_", "d32_", "d38_"),
                       keyword_only=False)


def _ask(index, question):
    from answer.ask import ask
    return ask(index, question, index.settings)


@pytest.mark.parametrize(("question", "said", "member"), [
    ("湖北省司法厅开了10余次各类会议推进整改，到底列了几种会？", "共4种（计数所得）", "工作专班会"),
    ("湖北司法厅推进整改开过哪些会，共几种", "共4种（计数所得）", "领导小组会"),
    ("厦门体育局党组建立了哪几项机制保证整改有序推进，一共几项", "共4项（计数所得）", "整改公开机制"),
    ("厦门体育局的巡察整改，建起来的机制有几项", "共4项（计数所得）", "分工负责机制"),
    ("中山一院开培训会的时候叫了几类人参加", "共3类（计数所得）", "巡察整改联络员"),
    ("宁波审计整改那会儿市政府分别开了哪几种会议？", "共3种（计数所得）", "重大审计问题清单推进会议"),
    ("广元市委要融入日常工作的制度规定有几份", "共3份（计数所得）", "工作措施"),
])
def test_kinds_counted(count_index, question, said, member):
    a = _ask(count_index, question)
    assert not a.abstained and said in a.answer and member in a.answer
    assert a.citations and member in a.citations[0].quote


@pytest.mark.parametrize(("question", "stated"), [
    ("嘉兴文旅局建立完善了几项制度", "45项"),
    ("遂宁科技局整改建了几项制度", "13个"),
])
def test_stated_total_quoted(count_index, question, stated):
    a = _ask(count_index, question)
    assert not a.abstained and stated in a.answer and "计数所得" not in a.answer


@pytest.mark.parametrize("question", [
    "湖北省司法厅这次巡视整改新建了多少项制度？",   # 建立月调度、信息报送、工作记事制度: no total of systems stated
    "瑞金审计整改报告里 财政部门预算执行的问题一共几项",   # 问题6项 stated: not a list counted
])
def test_totals_not_listed(count_index, question):
    a = _ask(count_index, question)
    assert "计数所得" not in a.answer
