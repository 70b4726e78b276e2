"""Round 90 (session 18, lead): a figure clause read with the figure-less subject clause that opens it, and a span of
years (2023-2025年) holding the year a question states."""
from __future__ import annotations

import re

import pytest

from answer.ask import ask
from answer.lead_run import reach, run_first
from answer.premise_year import year_check

GAS = ("深入推进燃气旧管网提升改造,2023年改造了639公里,2024年计划实施改造120公里,已完成122公里;推进运行20年以上供热旧"
       "管网改造,2023年下半年已改造134公里")
HEAT = "制定了2023-2025年供热旧管网三年改造计划,2023年已完成旧管网改造134.5公里,2024年的150公里改造任务正在实施中"


def test_a_clause_is_read_with_the_subject_clause_before_it():
    start = GAS.index("2023年改造")
    assert GAS[reach(GAS, start):].startswith("深入推进燃气旧管网提升改造,")


def test_a_clause_after_a_figure_clause_is_read_alone():
    text = "居民健康素养水平达39%以上,居民心理健康素养水平达25%以上"
    assert reach(text, text.index("居民心理")) == text.index("居民心理")
    assert reach(HEAT, HEAT.index("2023年已完成")) == HEAT.index("2023年已完成")   # 2023-2025年 holds figures


def test_the_subject_written_once_keeps_its_figure_first():
    text = GAS + "。" + HEAT
    first = GAS.index("2023年改造")
    other = len(GAS) + 1 + HEAT.index("2023年已完成")
    scored = [(1.0, first, GAS.index(",2024"), {"639"}, set(), True),
              (0.95, other, other + len("2023年已完成旧管网改造134.5公里"), {"134.5"}, set(), True)]
    tokens = {"燃气": 1.0, "旧管网": 1.0, "改造": 1.0}
    assert run_first(text, scored, "2023年燃气旧管网改造了多少公里", tokens)[0][3] == {"639"}


@pytest.mark.parametrize("asked", ["2023", "2024", "2025"])
def test_a_year_inside_a_span_is_no_premise(asked):
    assert year_check(f"{asked}年供热旧管网改造了多少公里", HEAT) is None


@pytest.mark.parametrize("joined", ["2021至2023年", "2021到2023年", "2021—2023年", "2021～2023年"])
def test_every_join_of_a_span(joined):
    text = f"制定{joined}供热旧管网三年改造计划"
    assert year_check("2022年供热旧管网改造计划完成了吗", text) is None


def test_a_year_outside_the_span_is_still_corrected():
    check = year_check("2022年供热旧管网改造了多少公里", HEAT)
    assert check is not None and "2025" in check.said and "2022" in check.said


@pytest.mark.integration
@pytest.mark.parametrize("question, figures", [
    ("天津市城管委2023年燃气旧管网改造了多少公里？", ("639公里",)),
    ("2023年供热旧管网改造了多少公里？", ("134.5公里", "134公里")),   # the plan's year or the second half-year's count
])
def test_end_to_end_over_the_seeds(index, test_settings, question, figures):
    answer = ask(index, question, test_settings)
    lead = answer.answer.split("\n")[0]
    assert any(f in lead for f in figures) and not re.match("不对", lead)
