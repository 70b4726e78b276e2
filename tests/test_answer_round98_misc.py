"""Round 98 (session 19, fresh51/fresh52 leftovers), in wordings of my own over dev notices.

- How a notice's body is divided, asked with the count the asker guesses (正文分哪两大块, 分为哪两个部分, 包括哪两大方面):
  the outline answers, its top-level parts cited (structure_questions.toml [outline]).
- A unit no agency type covers, named with its place, that no notice's head names but the body of that place's notice
  names as an actor (省委审计委员会办公室起草…, 局车辆管理处(市公车办)…): in the knowledge base, that notice first
  (retrieval/search/units.py); 委办 is the spoken 委员会办公室 (agencies.toml [unit_names]).
- A document's issuing asked as done (印发了没有, 出台了吗) where the answering sentence says it only planned (拟以…印发,
  待…后印发实施): led by 尚未印发, the planned clause said (answer/threshold.py act_said, claims.toml [planned_act]).
- A person asked by a saying quoted (讲“治未病”的是哪位市长) in a report: a speech the body reports, answered by the body's
  person and meeting, not refused as the report's unsigned reader (questions.toml [asks_reporter] said_quoted).
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.claims import planned_clause
from answer.threshold import act_said
from retrieval.search.named import _other_units
from genre.structure_questions import load_structure_questions
from tests.conftest import CORPUS, dev_files, small_index


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    paths = dev_files("d02_", "d13_", "d25_", "d26_", "d28_", "d35_", "d40_") + sorted(CORPUS.glob("*.txt"))
    return small_index(tmp_path_factory, "misc98", paths)


def _ask(index, question: str):
    return ask(index, question, index.settings)


# -- the outline asked with a count ----------------------------------------------------------------------------------

@pytest.mark.parametrize("question", ["正文分哪两大块", "分为哪两个部分", "包括哪两大方面", "分成哪四个部分", "分哪三块"])
def test_outline_asked_with_a_count(question):
    assert load_structure_questions().outline.search(question)


@pytest.mark.parametrize("question", ["第二块讲什么", "哪两条是新增的"])
def test_other_counts_are_no_outline(question):
    assert not load_structure_questions().outline.search(question)


@pytest.mark.parametrize("question, parts", [
    ("遂宁市科技局的巡察整改通报正文分哪两大块？", ("一、加强组织领导", "二、对照反馈问题")),
    ("朔州市科技局这份通报分为哪两个部分？", ("一、党组及班子成员的认识和态度", "二、问题整改的具体进展")),
    ("湘潭市妇联整改通报包括哪两大方面？", ("一、组织整改落实情况", "二、巡察反馈问题整改情况")),
    ("华容县重点工作那份文件分成哪四个部分？", ("一、强化责任落实", "四、严格督查考核")),
    ("鲤城区社科联的整改通报正文分哪两部分？", ("一、加强对巡察整改的组织领导情况", "二、巡察反馈问题的整改进展情况")),
])
def test_outline_with_a_count_end_to_end(dev_index, question, parts):
    a = _ask(dev_index, question)
    assert all(p in a.answer for p in parts), a.answer
    assert a.citations


# -- a unit named in a body as an actor ------------------------------------------------------------------------------

def test_wei_ban_is_the_office():
    assert _other_units("广东省审计委办起草的若干措施印发了没有？") == ("广东省审计委办",)


@pytest.mark.parametrize("question, said", [
    ("广东省审计委办起草了什么文件？", "省委审计委员会办公室起草"),
    ("天津市公车办做了哪些工作？", "公车办"),
    ("天津市天宾服务中心整改了什么？", "天宾"),
    ("济南市渣土处置中心牵头做了什么？", "渣土处置中心"),
    ("济南市城管执法支队做了什么？", "执法支队"),
])
def test_unit_named_in_a_body_answers(dev_index, question, said):
    a = _ask(dev_index, question)
    assert not a.abstained and "知识库中没有" not in a.answer, a.answer
    assert any(said in c.quote for c in a.citations), a.answer


@pytest.mark.parametrize("question", ["济南市殡仪馆整改了什么？", "广东省统计局整改了哪些问题？"])
def test_unit_named_nowhere_stays_absent(dev_index, question):
    assert "知识库中没有" in _ask(dev_index, question).answer


# -- a document only planned, asked whether issued -------------------------------------------------------------------

GD = "省委审计委员会办公室起草《关于建立健全审计查出问题整改长效机制的若干措施》,拟以省委办公厅、省政府办公厅名义印发执行。"


def test_planned_clause():
    assert planned_clause(GD) == "拟以省委办公厅、省政府办公厅名义印发执行"
    assert planned_clause("目前,已起草规划草案,待进一步征求意见、论证完善后印发实施。") == "待进一步征求意见、论证完善后印发实施"
    assert planned_clause("2023年7月5日印发《指导意见》。") == ""


def test_issued_stays_issued():
    assert act_said("指导意见印发了吗？", "2023年7月5日印发《关于推进居民装饰装修垃圾处置管理工作的指导意见》") == "已印发。"


@pytest.mark.parametrize("question, verb", [
    ("广东省审计委办起草的那个整改长效机制若干措施，印发了没有？", "尚未印发"),
    ("广东审计整改报告提到的长效机制若干措施印发了吗？", "尚未印发"),
    ("广东省委审计委员会办公室起草的若干措施已经印发了没有？", "尚未印发"),
    ("济南城管局的智慧城管建设五年发展规划印发了没有？", "尚未印发"),
    ("济南城管局那份通报里，智慧城管建设五年发展规划出台了吗？", "尚未出台"),
])
def test_planned_document_is_not_issued(dev_index, question, verb):
    a = _ask(dev_index, question)
    assert verb in a.answer and "已印发" not in a.answer and "已出台" not in a.answer, a.answer


# -- a person asked by a saying quoted -------------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "宁波审计整改报告里，要求问题“清仓式”整改、讲“治未病”的是哪位市长，在什么会上讲的？",
    "宁波那份审计整改报告里，讲审计“下半篇”文章的是哪位市长？",
    "宁波审计报告中讲“治未病”的是谁，在哪个会上讲的？",
    "宁波审计整改报告里要求坚决推动问题“清仓式”整改的是哪位领导？",
    "宁波审计整改报告里，提出增强前端感知“治未病”作用的是谁？",
])
def test_speaker_of_a_quoted_saying(dev_index, question):
    a = _ask(dev_index, question)
    assert not a.abstained and "汤飞帆市长在市政府常务会议上" in a.answer, a.answer


def test_reader_asked_stays_refused(dev_index):
    a = _ask(dev_index, "宁波审计整改报告是谁到人大去讲的？")
    assert a.abstained and "没有报告人署名" in a.answer, a.answer
