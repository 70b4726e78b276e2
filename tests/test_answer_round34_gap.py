"""Round 34 (session 15, h_gap34): gaps between two dated events a question names, diagnosed on set fresh34, fixed by
kind.

- genre worked.toml [spans] bare_gap: a gap asked in a clause of its own naming no step (中间隔几天, 具体隔了多少天, 两者
  之间隔了多久) after asks that named the steps (巡察秋天结束，次年几号反馈？) runs between those steps, not over the
  range (answer/spans.py _part_said).
- genre worked.toml [spans] again / again_later, genre.worked.gap_again: a 呢-clause naming one step anew after a gap
  ask (从进驻到反馈隔了多久？从巡察结束算呢; 到通报公布呢) asks the same gap with that step on its side: both gaps said.
- genre worked.toml [[step]] published: 通报是反馈后半年左右发的 names the publication; genre figures.toml
  [checked_span] gap_claim: a gap stated right before the later step's verb with 的 and a hedge (反馈后半年左右发的吧) is
  a claim to check with 才 left out, held against the page's date quoted (answer/verify.py span_note).
- genre questions.toml [asks_gap]: a range asked by months or with no word of all (几月到几月、几天; 几月几号到几月几号，
  多少天) is its span; report_made: the meeting a report was made at (报2017年度整改那次会) is dated by the subtitle.
Each probed in wordings of my own over real dev-notice text (tests/data/notices-dev).
"""
from __future__ import annotations

import pytest

from answer.spans import gap_note, span_days
from answer.steps import span_asked
from genre.checked_span import span_claims
from genre.questions import load_questions
from genre.worked import gap_again
from tests.conftest import dev_files

POLICE = "2024年9月9日至2024年10月24日,市委第一巡察组对市公安局党委进行了巡察；2025年1月8日,巡察组向市公安局党委反馈了巡察意见"
LICHENG = "2024年1月4日至2月2日,区委巡察二组对区社科联开展了巡察；并于2024年3月18日反馈了巡察意见"


@pytest.mark.parametrize(("question", "said"), [
    ("市委一巡组巡的那个市公安局，巡察秋天结束，次年几号反馈？中间隔几天", "从2024年10月24日（巡察结束）到2025年1月8日（反馈）相隔76天"),
    ("公安局巡察哪天结束，哪天反馈？两者之间隔了多久", "相隔76天"),
    ("巡完是哪天？反馈又是哪天？中间隔了多长时间", "相隔76天"),
    ("巡察组哪天撤的，反馈是哪天？这中间隔了多少天", "相隔76天"),
    ("巡察结束后哪天反馈？中间相差几天", "相隔76天"),
])
def test_a_bare_gap_runs_between_the_steps_asked_before_it(question, said):
    assert said in gap_note(span_asked(question), POLICE)


def test_a_span_with_no_gap_word_stays_the_range():
    assert "共46天" in gap_note("巡察是几号到几号？一共巡了几天", POLICE)


@pytest.mark.parametrize(("question", "again"), [
    ("朔州科技局巡察从进驻到反馈一共隔了多久？从巡察结束算呢", ["从结束到反馈隔了多久"]),
    ("从巡察开始到反馈过了多久？那从撤离算呢", ["从结束到反馈隔了多久"]),
    ("从进场到反馈一共多少天？从巡完算呢", ["从结束到反馈隔了多久"]),
    ("从巡察结束到反馈隔了几天？到通报公布呢", ["从结束到发布隔了多久"]),
    ("从进驻到反馈隔了多久？从结束算起呢", ["从结束到反馈隔了多久"]),
    ("从进驻到反馈隔了多久？反馈哪天呢", []),
])
def test_a_step_named_anew_asks_the_gap_again(question, again):
    asked = question.split("？")[0]
    assert gap_again(question, asked) == again


def test_both_gaps_are_said():
    note = gap_note("从进驻到反馈一共隔了多久？从巡察结束算呢", POLICE)
    assert "相隔121天" in note and "从2024年10月24日（巡察结束）到2025年1月8日（反馈）相隔76天" in note


def test_a_gap_up_to_publication_is_checked_without_cai():
    question = "鲤城社科联通报是反馈后半年左右发的吧？具体隔了多少天"
    assert "相隔185天" in gap_note(span_asked(question), LICHENG, "2024-09-19")
    assert [c.text for c in span_claims(question)] == ["半年左右"]
    assert span_days("通报是反馈后半年左右发的吧？具体隔了多少天", LICHENG, "2024-09-19") == (185, False)


@pytest.mark.parametrize("question", [
    "巡察是去年几月到几月、几天", "巡察是几号到几号、几天", "巡察是几月到几月，几天", "那次巡察几月几号到几月几号，多少天",
    "巡察哪天到哪天，几天",
])
def test_a_range_asked_without_a_word_of_all_is_a_span(question):
    assert load_questions().asks_gap.search(question)


@pytest.mark.parametrize("question", [
    "慈溪审计局长报2017年度整改那次会，离第十四次常委会隔了几天", "作整改报告的那次会议和第十四次会议隔了多少天",
    "报告2017年度审计整改情况那次常委会，距第十四次会议有多少天", "第十四次会议到汇报整改那次会中间隔了几天",
    "做整改报告那次会和十四次会议差几天",
])
def test_the_meeting_a_report_was_made_at_is_named(question):
    assert load_questions().report_made.search(question)


@pytest.fixture(scope="module")
def gap_index(tmp_path_factory):
    from tests.conftest import small_index
    return small_index(tmp_path_factory, "gap34", dev_files("d05_", "d10_", "d17_", "d19_", "d26_", "d28_", "d29_", "d35_"))


@pytest.mark.parametrize(("question", "said"), [
    ("市委一巡组巡的那个市公安局，巡察秋天结束，次年几号反馈？中间隔几天", ["相隔76天"]),
    ("绵阳司法局巡察是哪天结束的？哪天反馈的？中间隔了几天", ["相隔47天"]),
    ("湘潭妇联巡察哪天结束，哪天反馈？两者之间隔了多久", ["相隔47天"]),
    ("朔州科技局巡察从进驻到反馈一共隔了多久？从巡察结束算呢", ["相隔214天", "相隔110天"]),
    ("惠济区审批局从巡察开始到反馈过了多久？那从撤离算呢", ["相隔72天", "相隔28天"]),
    ("绵阳司法局巡察进驻到反馈隔了多少天？从巡察结束算呢", ["相隔78天", "相隔47天"]),
    ("鲤城社科联通报是反馈后半年左右发的吧？具体隔了多少天", ["相隔185天", "“半年左右”与通报一致"]),
    ("区委巡察二组巡的那个区科协，巡察是去年几月到几月、几天？今年几号反馈", ["共36天", "2025年1月21日"]),
    ("惠济区审批局巡察是几号到几号、几天？", ["共45天"]),
    ("慈溪审计局长报2017年度整改那次会，离第十四次常委会隔了几天？分别是哪天", ["2018年11月22日", "相隔115天"]),
    ("慈溪审计第十四次会议到汇报整改那次会中间隔了几天", ["相隔115天"]),
])
def test_gaps_are_answered_end_to_end(gap_index, question, said):
    from answer.ask import ask
    answer = ask(gap_index, question, gap_index.settings)
    assert all(s in answer.answer for s in said) and not answer.abstained, answer.answer
