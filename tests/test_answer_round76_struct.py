"""Round 76 (struct76): the first N parts; a numbered group inside a named part; what is required of a named thing; a
deadline with its step.

- genre structure_questions.toml [first_n] top: 前三部分 / 前两个部分 / 前N个大标题 ask the notice's top level, even when
  the words before name a heading; a notice with one top part answers that part, said with how many there are (只有1部分，
  没有第二部分、第三部分), not its (一)(二)(三) (retrieval/search/held.py top_asked, answer/notes.py first_short_note).
- genre structure_questions.toml [position]: a group named by its bracketed marker (反馈问题第（一）类, （二）个方面) is a
  position walked below the part named by its words, then its first items; a group the part lacks is said missing
  (retrieval/search/walk.py).
- genre structure_questions.toml [whole_notice] object: 对措施和要点提了什么要求: 要点 is what is required of, not the notice,
  so the sentence naming the thing with 确保 answers (retrieval/search/listed.py).
- genre steps.toml [deadline_step]: 报…审查签字后,于2021年3月15日前报…备案: the deadline's lead carries the step before it
  (answer/lead_step.py).
"""
from __future__ import annotations

import pytest

from answer.lead_step import step_led
from genre.asking import plain_question
from retrieval.parse import Section
from retrieval.search.held import top_asked
from retrieval.search.listed import whole_notice_counted
from tests.conftest import dev_files


@pytest.mark.parametrize(("question", "top"), [
    ("湖北省司法厅…一、二、三部分的标题", True),
    ("庆阳文联整改通报前三部分的标题", True),
    ("莆田司法局通报前两个大标题是什么", True),
    ("绵阳司法局党组组织整改落实那一块，前三条分别是什么？", False),
    ("第二部分前三条是什么", False),
])
def test_top_asked(question, top):
    assert top_asked(plain_question(question)) is top


def test_step_led_unit():
    t = "各单位要将方案报县政府分管领导审查签字后,于2021年3月15日前报县政府督查室备案。"
    assert t[slice(*step_led(t, t.index("于"), t.index("。")))].startswith("各单位要将方案报")
    plain = "各单位制定方案,于2021年3月15日前报县政府督查室备案。"   # no step before: the deadline alone
    assert step_led(plain, plain.index("于"), plain.index("。")) == (plain.index("于"), plain.index("。"))
    other = "整改完成后,召开专题会议。"   # no deadline led
    assert step_led(other, other.index("召"), other.index("。")) == (other.index("召"), other.index("。"))


def test_kind_word_required_of():
    secs = [Section("d#0", 0, "cn_dun", 1, 1, "一、", "强化责任落实", ("一、强化责任落实",), 0, 8, 9, 30, -1)]
    assert len(whole_notice_counted(secs, "通知，对各单位提了哪些要求？")) == 1
    assert whole_notice_counted(secs, "“一方案三清单”，对措施和要点提了什么要求") == []


@pytest.fixture(scope="module")
def struct_index(tmp_path_factory):
    from tests.conftest import small_index
    return small_index(tmp_path_factory, "struct76", dev_files("d04_", "d05_", "d08_", "d11_", "d13_", "d20_", "d26_",
                                                               "d28_", "d31_", "d32_"), keyword_only=False)


def _ask(index, question):
    from answer.ask import ask
    return ask(index, question, index.settings)


@pytest.mark.parametrize(("question", "past"), [
    ("湖北省司法厅…一、二、三部分的标题", "没有第二部分、第三部分"),
    ("湖北省司法厅整改通报前三部分的标题", "没有第二部分、第三部分"),
    ("湖北省司法厅那份通报前两个部分讲的啥", "没有第二部分"),
    ("绵阳司法局巡察整改通报，前三个部分分别讲什么", "没有第二部分、第三部分"),
    ("厦门体育局整改通报前两部分的标题是什么", "没有第二部分"),
])
def test_first_parts_of_one(struct_index, question, past):
    a = _ask(struct_index, question)
    assert a.citations[0].quote.startswith("一、") and "只有1部分" in a.answer and past in a.answer
    assert not any(c.quote.startswith("(二)") for c in a.citations)


@pytest.mark.parametrize(("question", "n"), [
    ("庆阳文联整改通报前三部分的标题", 3),
    ("庆阳市文联巡察整改情况前两个部分讲了什么", 2),
    ("芦淞区司法局巡察整改通报前两部分的标题是什么", 2),
    ("庆阳文联整改通报一、二、三部分各讲什么", 3),
])
def test_first_parts(struct_index, question, n):
    a = _ask(struct_index, question)
    assert [c.quote[:2] for c in a.citations] == ["一、", "二、", "三、"][:n] and "没有第" not in a.answer


def test_first_items_of_named_part(struct_index):
    a = _ask(struct_index, "绵阳司法局党组组织整改落实那一块，前三条分别是什么？")
    assert [c.quote[:2] for c in a.citations] == ["(一", "一是", "二是", "三是"]


@pytest.mark.parametrize(("question", "group", "items"), [
    ("芦淞区司法局反馈问题第（一）类叫什么？下面头两条是啥", "思想认识有差距", ["党组理论学习中心组", "学习缺乏自觉性"]),
    ("芦淞区司法局反馈问题整改进展情况（一）方面的标题，前两个问题", "思想认识有差距", ["党组理论学习中心组", "学习缺乏自觉性"]),
    ("芦淞区司法局整改情况第（一）个方面下面前两条", "思想认识有差距", ["党组理论学习中心组", "学习缺乏自觉性"]),
    ("湘潭妇联巡察反馈问题整改情况第（一）类是啥，下面前两条", "贯彻落实党的理论路线", ["第一议题", "妇联事业发展规划"]),
    ("揭阳公安局巡察发现的问题第（二）个方面叫什么？下面头两条是啥", "纠治群众身边不正之风", ["为民服务意识不强", "重点领域关键环节"]),
    ("揭阳公安局发现的问题，（一）类下面前三条", "学习贯彻习近平新时代", ["重要论述精神", "服务保障市委部署", "职责使命"]),
])
def test_group_by_marker(struct_index, question, group, items):
    a = _ask(struct_index, question)
    quotes = [c.quote for c in a.citations]
    assert group in quotes[0] and len(quotes) == len(items) + 1
    assert all(i in q for i, q in zip(items, quotes[1:]))


@pytest.mark.parametrize("question", [
    "芦淞区司法局反馈问题第（五）类叫什么，下面头两条",
    "揭阳公安局巡察发现的问题第（九）个方面叫啥，前两条是啥",
    "庆阳文联第五部分前两条是什么",
])
def test_group_missing(struct_index, question):
    a = _ask(struct_index, question)
    assert a.abstained and "没有所问的这一部分" in a.answer


@pytest.mark.parametrize(("question", "clause"), [
    ("湖北省司法厅党委搞的“一方案三清单”，对措施和要点提了什么要求", "可检验、可考核、可追溯"),
    ("湖北省司法厅的一方案三清单，对整改措施和整改要点有什么要求", "可检验、可考核、可追溯"),
    ("湖北省司法厅党委定的“一方案三清单”，每条措施每个要点的标准是什么", "可检验、可考核、可追溯"),
    ("嘉兴文旅局整改工作与业务工作同部署、同落实、同检查，要求做到什么", "不偏向、不走样"),
    ("朔州科技局对每个节点、每项任务跟踪问效，要达到什么要求", "不留死角"),
])
def test_required_of_named(struct_index, question, clause):
    a = _ask(struct_index, question)
    assert not a.abstained and clause in a.citations[0].quote and not a.citations[0].quote.startswith("一、")


@pytest.mark.parametrize("question", [
    "华容县政府重点工作的实施方案和四四表单，最晚哪天交、交到哪",
    "华容县重点工作实施方案最晚什么时候报督查室备案",
    "华容县通知里四四表单的截止日期是哪天",
    "华容县政府的实施方案要在哪天之前报备",
    "华容县四四表单报备的时限是什么时候",
])
def test_deadline_with_step(struct_index, question):
    a = _ask(struct_index, question)
    assert "审查签字后,于2021年3月15日前报县政府督查室备案[1]" in a.answer
