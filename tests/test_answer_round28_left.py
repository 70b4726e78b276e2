"""Round 28 (session 13, h_left): "the middle one(s)" of a counted set, a count the question restates, and two places
asked together.

- genre asking.toml [middle]: 中间那项 / 中间两条 of a set counted before it reads as places (odd count: the middle
  member; even count: the two middle ones), so the outline walk and the N-th listed member answer it.
- questions.toml [nth_member] `restated`: a count the question says (三项制度) picks the list of that many members whose
  last ends as the counted thing; `verb`: a count said follows the verb as 几 does (明确了五项内容); `joined`: 第二个和
  第三个 asks both members. genre/nth.py without_place_asked: the place asked of a counted set is not searched.
Each probed in wordings of my own over real dev-notice text (tests/data/notices-dev).
"""
from __future__ import annotations

import pytest

from answer.listed import nth_listed
from genre.asking import middle_written, plain_question
from genre.nth import without_place_asked
from tests.conftest import dev_files, dev_text, sentence_holding, small_index

HUBEI = dev_text("d04_")      # 建立月调度、信息报送、工作记事制度
XIAMEN = dev_text("d32_")     # 建立起分工负责机制、工作推进机制、督促检查机制、整改公开机制
SUINING = dev_text("d25_")    # 下设综合组、整改督察组、选人用人专项整改组、意识形态专项整改组
SHUOZHOU = dev_text("d26_")   # 建立了问题清单、整改清单、责任清单“三清单”,明确了整改目标、…、完成时限


@pytest.mark.parametrize(("question", "written"), [
    ("四条要求里，中间两条是什么？", "四条要求里，第二条和第三条是什么？"),
    ("三项制度，排在中间的那项是什么？", "三项制度，第二项是什么？"),
    ("五个方面里排中间的是哪个？", "五个方面里第三个是哪个？"),
    ("建起的四个机制，中间两个是什么？", "建起的四个机制，第二个和第三个是什么？"),
    ("三张清单，中间那张是什么？", "三张清单，第二张是什么？"),
])
def test_the_middle_of_a_counted_set_is_read_as_places(question, written):
    assert middle_written(question) == written


@pytest.mark.parametrize("question", [
    "作报告到网站发布，中间隔了多少天？",
    "中间那项是什么？",
    "两项制度中间的是什么？",
    "整改中间遇到了什么问题？",
])
def test_no_places_are_read_without_a_count_or_for_time(question):
    assert middle_written(question) == question


def _nth(text: str, holding: str, question: str):
    sentence = sentence_holding(text, holding)
    return nth_listed(sentence, [(0, len(sentence))], plain_question(question))


@pytest.mark.parametrize(("text", "holding", "question", "said"), [
    (HUBEI, "月调度", "巡视整改办建的三项制度，排在中间的那项是啥", "共3项，第二项是“信息报送”。"),
    (XIAMEN, "分工负责机制", "体育局建起的四个机制，中间两个是什么", "共4个，第二个是“工作推进机制”，第三个是“督促检查机制”。"),
    (SUINING, "综合组", "领导小组下设四个组，排在中间的是哪两个组", "共4个，第二个是“整改督察组”，第三个是“选人用人专项整改组”。"),
    (SHUOZHOU, "三清单", "整改方案明确了五项内容，中间那项是什么", "共5项，第三项是“责任领导”。"),
    (SHUOZHOU, "三清单", "建立的三张清单，中间那张是什么", "共3张，第二张是“整改清单”。"),
    (XIAMEN, "分工负责机制", "体育局建起的四个机制，第一个和第四个是什么", "共4个，第一个是“分工负责机制”，第四个是“整改公开机制”。"),
])
def test_the_middle_members_of_a_listed_set_are_said(text, holding, question, said):
    got = _nth(text, holding, question)
    assert got is not None and got.said() == said


def test_the_place_asked_of_a_counted_set_is_not_searched():
    assert without_place_asked("巡视整改办建的三项制度，第二项是什么？") == "巡视整改办建的三项制度，是什么？"
    assert without_place_asked("整改方案要明确几项？第三项是什么") == "整改方案要明确几项？第三项是什么"


@pytest.fixture(scope="module")
def left_index(tmp_path_factory):
    return small_index(tmp_path_factory, "left", dev_files("d04_", "d13_", "d25_", "d26_", "d32_"))


@pytest.mark.parametrize(("question", "said"), [
    ("湖北司法厅巡视整改办建立的三项制度，中间的是什么", "第二项是“信息报送”"),
    ("厦门体育局建起的四个机制，中间两个是什么", "第三个是“督促检查机制”"),
    ("遂宁科技局领导小组下设四个组，排在中间的是哪两个组", "第二个是“整改督察组”"),
    ("朔州科技局整改方案明确了五项内容，中间那项是什么", "第三项是“责任领导”"),
    ("华容县重点工作任务通知的四条要求，中间的两条分别讲什么", "三、加强调度协调"),
])
def test_the_middle_members_are_answered_end_to_end(left_index, question, said):
    from answer.ask import ask
    answer = ask(left_index, question, left_index.settings)
    assert said in answer.answer and not answer.abstained


@pytest.mark.parametrize(("question", "actors"), [
    ("宁波审计整改里，市级牵头部门负责干啥？区县市政府又负责啥", ("市级牵头部门", "区县市政府")),
    ("宁波审计整改，区县市政府负责什么？具体实施单位又负责什么", ("区县市政府", "具体实施单位")),
    ("华容重点任务里主要责任单位要做什么？其他责任单位又要做什么", ("华容重点任务里主要责任单位", "其他责任单位")),
    ("华容县主要责任单位要干啥，其他责任单位呢？", ("华容县主要责任单位", "其他责任单位")),
    ("宁波审计整改中市级牵头部门负责什么，区县市政府呢", ("宁波审计整改中市级牵头部门", "区县市政府")),
])
def test_a_second_ask_names_a_second_actor(question, actors):
    from answer.actors import asked_actors
    assert asked_actors(plain_question(question)) == actors


def test_a_second_ask_without_an_actor_names_none():
    from answer.actors import asked_actors
    assert asked_actors(plain_question("整改工作怎么做的？还有什么")) is None


@pytest.mark.parametrize(("question", "clauses"), [
    ("华容重点任务里主要责任单位要做什么？其他责任单位又要做什么", ("主要责任单位要切实履行主职主责", "其他责任单位要积极履行配合职责")),
    ("华容县主要责任单位要干啥，其他责任单位呢？", ("主要责任单位要切实履行主职主责", "其他责任单位要积极履行配合职责")),
])
def test_each_actor_s_clause_is_answered_end_to_end(left_index, question, clauses):
    from answer.ask import ask
    answer = ask(left_index, question, left_index.settings)
    assert all(c in answer.answer for c in clauses) and not answer.abstained
