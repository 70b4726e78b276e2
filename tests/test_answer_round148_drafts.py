"""Round 148: a draft's lines are measures of the problem asked, each a measure indeed.

Behaviours:
- a measure opening with the rule it applies (根据《…》文件要求,…) is not drafted as that basis alone: the action after it
  goes with it, and the rule is said once (genre measures.toml [draft_lines] basis);
- a short title sentence (加强组织领导,明确整改任务。) takes its action's leading clauses, never a line by itself;
- the notice's own rectification-work items (二是加强组织领导,明确整改任务。…) are drafting examples: asked for measures
  on the rectification work itself (整改推进散、没人盯，加强组织领导), the draft quotes them, not another problem's study
  measures (work_lead, work_title).
"""
from __future__ import annotations

import pytest

from genre.draft_lines import basis_only
from ledger.draft import core_span, draft_measures
from ledger.wording import as_action
from tests.conftest import dev_files, dev_text, small_index


def test_a_basis_clause_alone_is_no_measure():
    assert basis_only("根据〔文件名称〕文件要求")
    assert basis_only("按照上级部署，")
    assert not basis_only("根据文件要求,制定全年学习计划")
    assert not basis_only("制定全年学习计划")


def test_the_rule_is_said_once_in_a_line():
    text = dev_text("d08_")
    a = text.index("根据《2024年全区各级党委")
    b = text.index("10次中心组学习。", a) + len("10次中心组学习。")
    line = as_action(text[a:b], [])
    assert line.startswith("根据〔文件名称〕文件要求") and line.count("根据") == 1
    assert "制定全年学习计划" in line


def test_a_short_title_sentence_takes_its_action():
    text = dev_text("d19_")
    a = text.index("加强组织领导,明确整改任务。")
    end = text.index("三是", a)
    span = core_span(text, a, end)
    assert "领导小组" in text[span[0]:span[1]]
    assert text[span[1] - 1] in "。；;,，、" or span[1] == end


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    return small_index(tmp_path_factory, "r148-drafts", dev_files("d08_", "d19_", "d11_", "d05_", "d14_"))


@pytest.mark.integration
def test_a_drafted_basis_line_carries_the_action_after_it(index):
    d = draft_measures(index, "我们县司法局被巡察指出党组中心组集体学习次数没达到要求，整改情况这段该怎么写？")
    lines = d.draft.splitlines()
    assert lines and not any(basis_only(line[2:].split("[")[0]) for line in lines)
    assert any("制定了全年学习计划" in c.quote for c in d.citations)


@pytest.mark.integration
def test_rectification_work_items_answer_a_request_about_the_work_itself(index):
    d = draft_measures(index, "我们局被巡察后整改推进比较散、没人专门盯，帮我起草一段加强组织领导的措施。")
    assert d.similar[0].item.kind == "整改工作" and "组织领导" in d.similar[0].item.problem
    assert "领导小组" in d.citations[0].quote
    first = d.draft.splitlines()[0]
    assert "领导小组" in first
