"""Round 134: figures asked of fresh65–70 dev questions — hedged percents, a part pointed back at, two totals summed,
units named and counted, the hour of publication, a standing appraisal's kinds, spans of whole weeks.

Behaviours:
- a percent closed by 吧 (心理健康素养目标是30%吧) is a premise held against the percent the notice writes
  (genre figures.toml [checked_figure] figure and [claim_frame] premise_closed; answer/verify.py);
- the rest of a total outside a part pointed back at (不属于这类的还有多少个) is worked from the one part the quoted
  sentence counts beside the total's statuses (genre worked.toml [rest_of_part] pronoun; answer/rest.py);
- a sum asked of two sets a notice totals apart (连同…总共多少个) is their totals summed, and the done asked beside it
  (其中已经彻底办完的有几个) the completed of each summed (answer/totals_sum.py);
- units asked by 哪几家 of a doing a notice groups them by (边审边改的有哪几家) are named and counted
  (genre worked.toml [practice_group] asked), unless what each did is asked after it (各做了什么);
- the hour of publication asked (几点几分发的) reads the header line printing a time (answer/date_time.py);
- an appraisal asked with 每个月 or by its kinds (每个月评哪几类先进) is a standing practice, not an outcome
  (genre questions.toml [asks_result] recurring, assessed);
- a span of whole weeks is said in weeks too (42天: 约1.5个月（即6周）; genre/checked_span.py).
"""
from __future__ import annotations

from answer.date_time import timed_lines
from answer.rest import rest_of_part_note
from answer.totals_sum import totals_sum_note
from answer.verify import claim_note, neutral_question
from genre.checked_span import months_near
from genre.counted import practice_asked, practice_groups
from genre.questions import load_questions
from tests.conftest import dev_text


def _sentence(text: str, words: str) -> str:
    at = text.index(words)
    end = text.find("。", at)
    return text[max(text.rfind("。", 0, at), text.rfind("\n", 0, at)) + 1:end + 1 if end >= 0 else len(text)]


def test_hedged_percent_is_checked():
    q = "浙江省今年省级样板培育几个？居民心理健康素养目标是30%吧？"
    assert "30%" not in neutral_question(q)
    quoted = _sentence(dev_text("d23_"), "居民心理健康素养水平")
    lead = "居民心理健康素养水平达25%以上[1]。"
    assert "居民心理健康素养水平达25%以上" in quoted
    assert claim_note(q, lead) == "问题说的“30%”与通报不符，通报写的是25%。"
    assert claim_note("居民心理健康素养目标是25%吧？", lead) == "问题说的“25%”与通报一致（通报写的是25%）。"


def test_rest_of_a_part_pointed_back_at():
    s = _sentence(dev_text("d16_"), "其中要求立行立改的")
    note = rest_of_part_note("要求马上改的是多少个？不属于这类的还有多少个？", s)
    assert "其余117个（400−283）" in note
    assert rest_of_part_note("不属于这类的还有多少个？", "反映的400个问题,已完成整改336个。") == ""


def test_two_totals_summed_with_their_done():
    s = _sentence(dev_text("d08_"), "巡察组共反馈")
    note = totals_sum_note("被指出的问题连同移交立行立改的，总共多少个？其中已经彻底办完的有几个？", s)
    assert "合计33个" in note and "合计32个" in note
    assert "其中已完成" not in totals_sum_note("被指出的问题连同移交立行立改的，总共多少个？", s)
    assert totals_sum_note("巡察组反馈了多少个问题？", s) == ""


def test_units_asked_by_which_of_a_doing_are_counted():
    asked = practice_asked("慈溪审计期间就边审边改的有哪几家？逍林镇清了多少笔往来款？")
    assert asked.endswith("边审边改")
    groups = [g for g in practice_groups(dev_text("d17_")) if "边审边改" in g.practice]
    assert groups and len(groups[0].members) == 3
    assert practice_asked("逍林镇清了多少笔往来款？") == ""
    assert practice_asked("慈溪报告里，审计期间就动手整改的有哪几家？各做了什么？") == ""   # each one's doing asked


def test_hour_of_publication_reads_the_timed_line():
    head = dev_text("d13_").split("\n")[:12]
    lines = timed_lines(head, "网页上显示是几点几分发的？")
    assert len(lines) == 1 and "10:56" in lines[0]
    assert timed_lines(head, "生成日期跟公开日期是同一天吧？") == []
    assert load_questions().asks_published.search("网页上显示是几点几分发的？")


def test_recurring_appraisal_kinds_are_no_outcome():
    q = load_questions()
    assert not q.asks_result.search("湖州卫健要点里每个月评哪几类先进、每季评什么？")
    assert not q.asks_result.search("评哪几类先进？")
    assert q.asks_result.search("这次评了哪几个优秀？")


def test_span_of_whole_weeks_said_in_weeks():
    assert months_near(42) == "约1.5个月（即6周）"
    assert months_near(45) == "约1.5个月"
    assert months_near(91) == "约3个月"
