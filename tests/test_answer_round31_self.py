"""Round 31 (session 14, h_self): questions in the asker's own voice that name no notice (我们局, 局里, 厅里, 咱们单位).

- genre asking.toml [self_named], genre/self_named.py: 我们/咱们 + an agency kind, or the kind + 里 opening a clause, name
  the asker's own agency: no subject and no word to weigh; answer/prepared.py sets them apart before searching and
  weighing (我们局为整改 was read as the rare word 局为整).
- genre questions.toml [nth_member] unnamed_thing_chars, answer/listed_scope.py: a set asked by its place with no notice
  named (我们局为整改建了几个机制？排第三的是哪个) is the one a notice lists whose every member ends as the thing counted
  (…机制, …组); those notices are preferred (answer/ask.py).
- answer/extractive.py composed_reply: when the notice answering states no figure asked and the question names several
  notices alike (two 市公安局党委 notices, no place), the next of them that states it answers.
Each probed in wordings of my own over real dev-notice text (tests/data/notices-dev).
"""
from __future__ import annotations

import pytest

from answer.listed_scope import thing_end
from genre.self_named import without_self_named
from tests.conftest import dev_files


@pytest.mark.parametrize(("question", "read"), [
    ("我们局为整改建了几个机制？", "，为整改建了几个机制？"),
    ("厅里是怎么盯着整改落地的？", "，是怎么盯着整改落地的？"),
    ("三清单建好以后咱们局又搭了什么？", "三清单建好以后，又搭了什么？"),
    ("咱们单位建了几个机制", "，建了几个机制"),
    ("巡察组在我们局里待了多少天", "巡察组在，待了多少天"),
])
def test_the_askers_own_agency_is_set_apart(question, read):
    assert without_self_named(question) == read


@pytest.mark.parametrize("question", [
    "我们审计局这份报告挂网日期",     # an agency type names its kind
    "我们会怎么做",                   # we will
    "我们局长说要整改",               # a post
    "我们委员会开了几次会",           # another body
    "局整改方案里明确了哪些东西",     # 局 of the notice's own words (局整改方案)
])
def test_other_words_after_we_are_kept(question):
    assert without_self_named(question) == question


@pytest.mark.parametrize(("question", "asked"), [
    ("我们局为整改建了几个机制？排第三的是哪个", (3, "制")),
    ("我们局整改领导小组下设几个组？第二个是什么组", (2, "组")),
    ("局里设了几个小组？第二个是什么组", (2, "组")),
    ("建了几个机制排第三的是哪个", (3, "制")),
    ("整改方案要明确几项？第三项是什么", (0, "")),   # 项 counts, it names no thing
    ("我们局为整改建了几个机制？", (0, "")),          # no place asked
])
def test_the_thing_a_set_asked_by_place_is_named_by(question, asked):
    assert thing_end(question) == asked


@pytest.fixture(scope="module")
def self_index(tmp_path_factory):
    from tests.conftest import small_index
    return small_index(tmp_path_factory, "self31", dev_files("d02_", "d04_", "d11_", "d19_", "d20_", "d25_", "d26_",
                                                             "d31_", "d32_", "d34_", "d35_"))


@pytest.mark.parametrize(("question", "doc", "said"), [
    ("我们局整改领导小组下设几个组？第二个是什么组", "d25_", "第二个是“整改督察组”"),
    ("咱们局领导小组下面设了几个组？排第三的是什么组", "d25_", "第三个是“选人用人专项整改组”"),
    ("局里的领导小组下设几个组，第一个是什么组", "d25_", "第一个是“综合组”"),
    ("我们局为整改建了几个机制？排第三的是哪个", "d32_", "第三个是“督促检查机制”"),
    ("局里一共建了几个机制？第四个是哪个", "d32_", "第四个是“整改公开机制”"),
    ("我们局督促整改建了几个机制，排第二的是什么", "d32_", "第二个是“工作推进机制”"),
    ("我们开了几个会议推进审计整改？第三个是哪个会议", "d02_", "第三个是“重大审计问题清单推进会议”"),
])
def test_a_set_asked_by_place_in_the_askers_voice_is_the_listing_notices(self_index, question, doc, said):
    from answer.ask import ask
    answer = ask(self_index, question, self_index.settings)
    assert not answer.abstained and said in answer.answer, answer.answer
    assert answer.citations[0].notice_id.startswith(doc)


@pytest.mark.parametrize(("question", "doc", "said"), [
    ("三清单建好以后我们局又搭了什么？怎么管", "d26_", "整改工作台账"),
    ("厅里为整改派出督查组对谁开展专项督查？", "d04_", "重点责任单位"),
    ("我们局为整改收回清退了多少违规资金？", "d11_", "5.0227万元"),
    ("咱们局为整改对照三清单建了什么台账？", "d26_", "整改工作台账"),
    ("我们局为整改制定和完善了多少个相关制度？", "d25_", "13个"),
])
def test_a_question_in_the_askers_voice_is_answered_by_its_content(self_index, question, doc, said):
    from answer.ask import ask
    answer = ask(self_index, question, self_index.settings)
    assert not answer.abstained and said in answer.answer, answer.answer
    assert answer.citations[0].notice_id.startswith(doc)


@pytest.mark.parametrize("question", [
    "市公安局党委开了几次会推进整改？是哪个巡察组巡的",
    "市公安局党委哪个巡察组巡的，整改开了几次会",
    "市公安局党委是哪个巡察组巡的？召开了几次会推进整改？",
    "是哪个巡察组巡的市公安局党委？推进整改召开了几次会议？",
    "公安局党委哪个巡察组巡的，先后召开了几次党委会",
])
def test_the_notice_named_alike_that_states_the_figure_answers(self_index, question):
    from answer.ask import ask
    answer = ask(self_index, question, self_index.settings)
    assert not answer.abstained and "8次" in answer.answer, answer.answer
    assert answer.citations[0].notice_id.startswith("d19_")


@pytest.mark.parametrize("question", [
    "我们局整改时开了几次听证会？",
    "局里为整改建了几个数据中台？",
    "市公安局党委整改给了多少人谈话提醒？",
])
def test_what_no_notice_holds_stays_refused(self_index, question):
    from answer.ask import ask
    assert ask(self_index, question, self_index.settings).abstained


@pytest.mark.parametrize(("question", "doc", "said"), [
    ("市局党委整改用的三张清单是哪三张？销号怎么要求", "d19_", "问题、任务、责任“三张清单”"),
    ("局里整改用的三张清单是哪几张？", "d19_", "问题、任务、责任“三张清单”"),
    ("局里搞的三张清单都是哪三张，怎么用的", "d19_", "问题、任务、责任“三张清单”"),
    ("我们局建的三清单分别是哪三个", "d26_", "问题清单、整改清单、责任清单“三清单”"),
    ("咱们整改靠的三张清单是哪三张", "d19_", "问题、任务、责任“三张清单”"),
])
def test_a_set_the_asker_names_by_its_count_is_the_naming_notices(self_index, question, doc, said):
    from answer.ask import ask
    answer = ask(self_index, question, self_index.settings)
    assert not answer.abstained and said in answer.answer, answer.answer
    assert answer.citations[0].notice_id.startswith(doc)


def test_the_set_named_by_the_asker_leads_with_its_clause():
    from answer.led import set_named
    t = "标题\n一是提高认识。根据问题、任务、责任“三张清单”,扎实推进整改。"
    assert [t[a:b] for a, b in set_named(t, "市局党委整改用的三张清单是哪三张？")] == ["根据问题、任务、责任“三张清单”"]
    assert set_named(t, "三张清单落实得怎么样") == []   # named, not asked which
