"""How staff ask, as data (genre/data/questions.toml), and the lead clause that answers a figure."""
from __future__ import annotations

from answer.lead import lead_spans, wanted
from genre.questions import load_questions


def test_question_conventions_load_and_read_real_questions():
    q = load_questions()
    assert q.asks_quantity.findall("反馈了多少问题？整改完成多少？") == ["多少", "多少"]
    assert not q.asks_quantity.search("区科协通报讲组织领导的部分有哪几条？")   # which, not how many
    assert q.period.findall("瑞金市2021年度预算执行审计") == ["2021"]
    assert q.draft_request.search("帮我拟几条整改措施") and q.asks_result.search("最后实际达到多少？")
    assert "什么时候" in q.asking and "整改" in q.generic


def test_the_lead_is_the_clause_with_the_asked_figure():
    text = "深入推进燃气旧管网提升改造,2023年改造了639公里,2024年计划实施改造120公里。"
    tokens = {"燃气": 3.0, "旧": 1.0, "管网": 2.0, "改造": 1.0, "公里": 1.0}
    (a, b), = lead_spans(text, [(0, len(text))], "2023年燃气旧管网改造了多少公里？", tokens, ["公里"])
    assert text[a:b] == "2023年改造了639公里"


def test_a_figure_the_question_gives_does_not_answer_it():
    text = "党组紧紧围绕巡察反馈的4个方面33个问题,逐条剖析、逐项研究。"
    assert lead_spans(text, [(0, len(text))], "反馈的33个问题现在完成整改多少个？", {"完成": 1.0}, ["个"]) is None
    assert wanted("巡察是什么时候？") == (0, True) and lead_spans(text, [(0, 5)], "你好", {}, []) == []


def test_a_specific_unit_is_not_answered_by_a_count_of_something_else():
    text = "2023年全年共立案查处行政处罚案件613件。"
    assert lead_spans(text, [(0, len(text))], "济南2023年燃气旧管网改造了多少公里？", {"改造": 1.0}, ["公里"]) is None
    text = "2023年改造燃气旧管网639公里。"
    assert lead_spans(text, [(0, len(text))], "燃气旧管网改造了多少公里？", {"改造": 1.0}, ["公里"])
