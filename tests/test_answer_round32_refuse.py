"""Round 32 (brief h_probe_ooc, "refuse"): out-of-corpus close misses of my own over real dev notices
(tests/data/notices-dev), fixed by kind.

- A member asked by its place of a set named by its thing that the notice never lists (咱们单位建了几个数据平台？第三个是
  什么平台): refused, not answered by the part standing at that place (三、…). A notice lists the set in one 、-list
  whose members end as the thing does, or opens each member with it (一是坚持…) (questions.toml [nth_member]
  `unlisted_led`, answer/nth_unlisted.py).
- A numbered problem asked past the count of the notice's numbered problems (第八个问题的整改情况 of a notice numbering
  three): the structure has no such part (structure_questions.toml [item] problem, retrieval.search.structure
  problem_beyond).
- How many times an event of a kind was held, asked where no count of that kind is written (开了几次专题民主生活会 of a
  notice counting only 7次党组会议、12次领导小组会议): refused, never the other kinds' counts summed (claims.toml
  [asked_event] count/stated, genre.events.event_counted, answer/event_count.py).
- A person's career, age, schooling or origin (汤飞帆市长是哪一年上任的): notices name officials by post and name only
  (claims.toml [biography], answer/biography.py).
- An assessment's ranking asked of a work plan that only schedules the assessment (考核排名第一的是哪个单位): refused as a
  plan only (questions.toml [asks_result] assessed).
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.biography import biography_unstated
from answer.event_count import event_count_unstated
from answer.nth_unlisted import asked_thing, set_unlisted
from genre.events import event_counted
from tests.conftest import dev_files, dev_text, small_index

NOTICES = ("d01_", "d02_", "d05_", "d16_", "d17_", "d25_", "d28_", "d31_", "d32_", "d37_", "d40_")
XIAMEN = "局主要领导组织召开7次党组会议、12次巡察整改领导小组会议,专题研究巡察整改工作方案和具体整改措施。"


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    return small_index(tmp_path_factory, "refuse32", dev_files(*NOTICES))


def refused(index, question):
    a = ask(index, question, index.settings)
    return a.abstained, a.answer


# --- a set's N-th member where the notice lists none -----------------------------------------------------------------

def test_the_thing_asked_is_read_whole():
    assert asked_thing("咱们单位建了几个数据平台？第三个是什么平台") == "数据平台"
    assert asked_thing("下设几个组？第二个是什么组") == "组"
    assert asked_thing("整改方案要明确几项？第三项是什么") == ""


def test_a_set_listed_or_led_member_by_member_is_no_unlisted_set():
    assert set_unlisted("遂宁科技局下设几个组？第二个是什么组", dev_text("d25_")) is None       # 下设综合组、整改督察组、…
    assert set_unlisted("绵阳司法局有几个坚持？第二个坚持是什么", dev_text("d05_")) is None     # 一是坚持…二是坚持…
    assert set_unlisted("厦门体育局建立起几个机制？第三个是什么机制", dev_text("d32_")) is None
    assert "数据平台" in set_unlisted("建了几个数据平台？第三个是什么平台", dev_text("d31_"))


@pytest.mark.parametrize("question", [
    "咱们单位建了几个数据平台？第三个是什么平台",
    "我们局开发了几个信息系统？第二个是什么系统",
    "绵阳司法局整改建了几张清单？第二张是什么清单",
    "局里搭了几个服务专区？排第二的是哪个专区",
    "厦门体育局整改建了几个数据库？第三个是什么数据库",
])
def test_a_member_of_a_set_no_notice_lists_is_refused(dev_index, question):
    abstained, said = refused(dev_index, question)
    assert abstained, said


@pytest.mark.parametrize(("question", "said"), [
    ("遂宁科技局整改领导小组下设几个组？第二个是什么组", "整改督察组"),
    ("厦门体育局建立起几个机制？第三个是什么机制", "督促检查机制"),
    ("我们局为整改建了几个机制？排第三的是哪个", "督促检查机制"),
])
def test_a_member_of_a_listed_set_still_answers(dev_index, question, said):
    abstained, answer = refused(dev_index, question)
    assert not abstained and said in answer, answer


# --- a numbered problem past the count -------------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "利州区法院通报里第八个问题的整改情况是什么？",
    "利州区法院通报第八个问题是什么",
    "利州区法院通报的第8个问题讲的啥",
    "湘潭妇联通报第九个问题整改得怎么样",
    "利州区人民法院被反馈的第十个问题是怎么整改的？",
])
def test_a_problem_past_the_notices_count_is_refused(dev_index, question):
    abstained, said = refused(dev_index, question)
    assert abstained and said.startswith("通报的结构中没有所问的这一部分"), said


def test_a_problem_within_the_count_still_answers(dev_index):
    abstained, said = refused(dev_index, "利州区法院通报里第二个问题的整改情况是什么？")
    assert not abstained and "三个规定" in said, said


# --- an event's count never written ----------------------------------------------------------------------------------

def test_an_events_count_is_read_beside_its_name():
    assert event_counted("厦门体育局一共开了几次整改推进会？").names == ("推进会",)
    assert event_counted("开过推进会吗？") is None
    assert event_count_unstated("召开了几次党组会议？", [XIAMEN]) == ""
    assert event_count_unstated("先后召开了几次推进会？", ["先后8次召开整改推进会"]) == ""
    assert event_count_unstated("民主生活会开了几次？", ["召开专题民主生活会2次"]) == ""
    assert event_count_unstated("开了几次民主生活会？", [XIAMEN + "局党组召开巡察整改专题民主生活会"]) != ""


@pytest.mark.parametrize("question", [
    "厦门体育局召开了几次专题民主生活会？",
    "厦门体育局整改期间一共召开了几次专题民主生活会？",
    "厦门体育局一共开了几次整改推进会？",
    "厦门体育局开了几次警示教育大会？",
    "厦门体育局召开过几次座谈会？",
])
def test_an_events_count_never_written_is_refused(dev_index, question):
    abstained, said = refused(dev_index, question)
    assert abstained and "19" not in said, said


def test_a_count_written_still_answers(dev_index):
    abstained, said = refused(dev_index, "厦门体育局召开了几次党组会议？")
    assert not abstained and "7次党组会议" in said, said


# --- a person's career ---------------------------------------------------------------------------------------------

def test_a_career_is_asked_only_of_its_own_words():
    assert biography_unstated("李火生局长多大年纪？", ["市审计局局长 李火生"])
    assert biography_unstated("局长是谁？", ["市审计局局长 李火生"]) == ""
    assert biography_unstated("他是哪一年上任的？", ["2019年上任以来,…"]) == ""


@pytest.mark.parametrize("question", [
    "宁波的汤飞帆市长是哪一年上任的？",
    "广东审计厅厅长马学斌之前在哪个单位任职？",
    "瑞金审计局局长李火生多大年纪？",
    "慈溪的项敏市长是哪里人？",
    "广州副市长赖志鸿是什么学历？",
])
def test_a_persons_career_is_refused(dev_index, question):
    abstained, said = refused(dev_index, question)
    assert abstained and "哪一年" in question or said.startswith("通报只写了人员的姓名和职务"), said


def test_who_made_the_report_still_answers(dev_index):
    abstained, said = refused(dev_index, "广东那份审计整改报告是谁作的？")
    assert not abstained and "马学斌" in said, said


# --- an assessment's ranking asked of a work plan --------------------------------------------------------------------

@pytest.fixture(scope="module")
def plan_index(tmp_path_factory):
    return small_index(tmp_path_factory, "refuse32plans", dev_files("d13_", "d22_", "d32_"))


@pytest.mark.parametrize("question", [
    "华容县政府重点工作任务年底考核排名第一的是哪个单位？",
    "华容县重点工作任务考核排前三的是哪些部门？",
    "湖州卫健委2023年考核评比排名第一的是哪个区县？",
    "湖州卫生健康工作考核排名靠前的有哪些单位？",
    "华容县2021年绩效评估排在末位的是哪个单位？",
])
def test_an_assessments_ranking_asked_of_a_plan_is_refused(plan_index, question):
    abstained, said = refused(plan_index, question)
    assert abstained and said.startswith("通报只写了计划或目标"), said


def test_how_the_plan_schedules_the_assessment_still_answers(plan_index):
    abstained, said = refused(plan_index, "湖州2023年每月评选优秀单位是怎么安排的？")
    assert not abstained and "每月评选出优秀单位" in said, said
