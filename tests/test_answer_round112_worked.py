"""Round 112 (session 22): figures worked out from two stated ones, and the acts that followed a step, over dev notices.

- A date held against a deadline asked as past it (公开时已经过了截止几天, 过了期限多少天): genre worked.toml [compared_day]
  asks; the date quoted is compared with the named day (answer/dated_notes.py compared_day_note).
- A rate named by its head, the measure word dropped (居民健康素养 of 居民健康素养水平 beside 居民心理健康素养水平, whose
  characters the other's name all holds): genre worked.toml [points_difference] own_run, answer/combined.py
  _named_apart, and each thing named in the lead by such a run (names_both).
- Two things asked one after the other, the second by its name and 呢, then their difference or sum (X的目标是多少？Y呢？
  两个差几个点): the 呢-ask inherits the first ask's frame, the sum or difference is of the two (genre comparisons.toml
  [subjects], answer/lead.py pair); a difference of two percentages is said in 百分点.
- The acts right after a step asked (反馈会一开完，接着都干了些什么): the passage opening with the step done (反馈会后,…),
  to its paragraph's end, leads (genre questions.toml [first_act] asked_then, answer/first_act.py).
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.combined import AMOUNT, asked_rates, difference_note
from answer.dated_notes import compared_day_note
from answer.first_act import first_act_span
from genre.comparisons import compared_subjects
from tests.conftest import dev_files, dev_text, small_index

HR, ZJ, SZ = "d13_", "d23_", "d26_"   # 华容县重点工作任务通知; 浙江卫健委2023年工作要点; 朔州科技局巡察整改通报


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    return small_index(tmp_path_factory, "worked112", dev_files(HR, ZJ, SZ, "d25_", "d32_"))


def _targets() -> str:
    return next(line for line in dev_text(ZJ).splitlines() if "居民心理健康素养水平" in line)   # the targets' paragraph


def test_past_the_deadline_is_a_date_held_against_it():
    said = compared_day_note("要求3月15日前把表单报上去，通知挂网那天过了期限几天？", "公开日期:2021-03-23")
    assert "晚8天" in said
    assert "早3天" in compared_day_note("6月30日截止，发文时过了截止没有？", "2024年6月27日")
    assert compared_day_note("报备截止是哪天？", "公开日期:2021-03-23") == ""   # no day named, nothing held


@pytest.mark.parametrize(("question", "said"), [
    ("居民健康素养目标定了多少？心理健康素养呢？差几个点", "39%−25%，相差14个百分点"),
    ("居民健康素养的目标是多少，居民心理健康素养呢，相差几个百分点", "39%−25%，相差14个百分点"),
])
def test_a_rate_named_by_its_head(question, said):
    assert said in difference_note(question, _targets())


def test_a_rate_not_named_is_not_worked():
    t = _targets()
    assert asked_rates("居民健康素养和孕产妇系统管理率差几个点", t, list(AMOUNT.finditer(t))) == []


def test_the_follow_on_ask_names_the_second_thing():
    assert compared_subjects("党组会开了几次，领导小组会呢，加起来多少次") == ("党组会开了", "领导小组会")
    assert compared_subjects("居民健康素养目标定了多少？心理健康素养呢？差几个点")[1] == "心理健康素养"
    assert compared_subjects("群众身边腐败方面有几个？基层党组织建设方面呢？") is None   # no sum or difference asked


def test_the_acts_after_a_step_run_to_the_paragraph_end():
    text = dev_text(SZ)
    a, b = first_act_span(text, "反馈会开完以后紧接着都做了哪些事？")
    assert text[a:b].startswith("反馈会后,召开党组(扩大)会") and "专题民主生活会" in text[a:b] and "\n" not in text[a:b]
    a, b = first_act_span(text, "收到反馈以后首先做了什么？")   # the first act alone: its sentence
    assert text[a:b].endswith("统一思想认识")
    assert first_act_span(text, "反馈以后都做了哪些整改") is None   # no word of what came right after


def test_the_items_answer(dev_index):
    reply = ask(dev_index, "华容县重点工作任务通知要求3月15日前报备，通知是哪天挂网的？挂网时过了期限几天？")
    assert not reply.abstained and "晚8天" in reply.answer
    reply = ask(dev_index, "浙江卫健委要点里居民健康素养目标定了多少？心理健康素养呢？两者差几个点？")
    assert "39%" in reply.answer and "25%" in reply.answer and "相差14个百分点" in reply.answer
    reply = ask(dev_index, "朔州科技局巡察反馈会一开完就干了啥？")
    assert not reply.abstained and "反馈会后,召开党组(扩大)会" in reply.citations[0].quote
    assert "专题民主生活会" in reply.citations[0].quote
