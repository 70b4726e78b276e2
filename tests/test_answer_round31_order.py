"""Round 31 (session 14, h_dates2 "order"): a span and another date asked together, and which of two came first.

- genre questions.toml [asks_gap]: 一共几天 right after a range the asker names (几号到几号，一共几天; 从9月23号到12月20号，
  一共几天) asks that range's span; a step asked after a question mark (？反馈在哪天) is a day asked, not the later end of a
  gap (几天才反馈 asks a gap only within one clause).
- genre steps.toml [ordinal_end] asked_bare, [order]: meetings asked by their ordinal without 第 (十四次会议), and which
  of two came first (哪个在前, 谁先谁后, 先是哪次会议审议的…后来又向哪次会议报告了…, 先…还是先…): the clause dating each
  quoted, earlier first, a month-dated meeting too (answer/meetings.py), and the order said (answer/order.py).
- genre worked.toml [spans] gap_words, day_lost: a gap word asked of the end alone (巡察结束隔了多少天, 离巡察结束多少天)
  runs to the step dated after it, not the range's span (answer/spans.py _after_end); a range's last day written
  without 日 (至2022年11月15市委…) is read, and said so.
- questions.toml [asks_gap], figures.toml [checked_span] gap_claim: a gap stated after a step before 才/就 (结束后一个多月才
  反馈的？隔了半年左右才反馈？) is worked out and the statement held against it (genre/checked_span.py, answer/verify.py).
Each probed in wordings of my own over real dev-notice text (tests/data/notices-dev).
"""
from __future__ import annotations

import pytest

from answer.meetings import described_ends, ordinal_ends, ordinal_value
from answer.order import order_note
from answer.spans import day_mended, gap_note
from answer.verify import neutral_question, span_note
from genre.checked_span import span_claims
from genre.steps import load_steps
from tests.conftest import dev_files

XIANGTAN = "2023年10月11日至12月1日,市委第三巡察组对市妇联党组开展了常规巡察；2024年1月17日,市委第三巡察组反馈了巡察意见"
CIXI = ("2018年11月22日在慈溪市十七届人大常委会第十六次会议上\n正文。(一)落实整改主体责任。2018年7月30日市十七届人大常委会"
        "第十四次会议后,市审计局及时向相关整改责任单位出具整改任务清单。")
GUANGDONG = ("——2022年7月27日在广东省第十三届人民代表大会\n\n  常务委员会第四十五次会议上\n\n  2021年7月,省十三届人大常委会"
             "第三十三次会议审议了省政府《关于广东省2020年度省级预算执行和其他财政收支的审计工作报告》,提出了加大审计查出问题整改"
             "力度等审议意见。\n今年3月29日,受省政府委托,省审计厅向省十三届人大常委会第四十一次会议报告了2020年度省级预算执行和"
             "其他财政收支审计查出突出问题的整改情况。")


@pytest.mark.parametrize("question", [
    "湘潭妇联那次常规巡察是几号到几号，一共几天？反馈在哪天",
    "湘潭市妇联巡察从10月11日到12月1日，前后几天，反馈是哪一天",
    "妇联那轮巡察是哪天到哪天，总共多少天？哪天反馈的",
    "妇联巡察几号到几号 一共多少天 反馈哪天",
    "湘潭妇联被巡察从十月十一号到十二月一号，一共几天？反馈是哪天",
])
def test_a_count_of_days_after_a_named_range_asks_its_span_not_the_gap_to_feedback(question):
    assert "共52天" in gap_note(question, XIANGTAN) and "相隔47天" not in gap_note(question, XIANGTAN)


def test_a_count_of_days_before_feedback_in_one_clause_still_asks_the_gap():
    assert "相隔47天" in gap_note("巡察结束后几天才反馈", XIANGTAN)


@pytest.mark.parametrize(("question", "gap"), [
    ("是2024年1月中旬反馈的？巡察结束隔了多少天", "相隔47天"),
    ("哪天收到的反馈？离巡察结束有多少天", "相隔47天"),
    ("反馈是哪天？距巡察结束多少天", "相隔47天"),
    ("哪天反馈的，从巡察结束算隔了多久", "相隔47天"),
    ("反馈在哪天？巡察结束过了多少天", "相隔47天"),
])
def test_a_gap_word_asked_of_the_end_alone_runs_to_the_step_after_it(question, gap):
    note = gap_note(question, XIANGTAN)
    assert gap in note and "（巡察结束）" in note and "共52天" not in note


def test_a_range_end_that_lost_its_day_mark_is_read_and_said():
    lead = "2022年8月19日至2022年11月15市委第三巡察组对市文联党组开展了常规巡察,2023年1月16日,市委第三巡察组向市文联党组反馈了巡察意见"
    assert day_mended(lead).startswith("2022年8月19日至2022年11月15日市委")
    note = gap_note("2023年1月16日反馈的？从巡察结束算隔了多久", lead)
    assert "从2022年11月15日（巡察结束）到2023年1月16日（反馈）相隔62天" in note and "缺“日”字" in note


@pytest.mark.parametrize(("question", "named"), [
    ("人大常委会十四次会议和十六次会议哪个在前", [14, 16]),
    ("14次会议和16次会议谁先谁后", [14, 16]),
    ("三十三次会议和四十一次会议哪次在先", [33, 41]),
    ("召开了十二次会议", []),       # a count of meetings held names none
    ("二十四次会议", [24]),           # never 十四 inside 二十四
])
def test_a_meeting_ordinal_asked_without_its_di_is_read_by_its_number(question, named):
    steps = load_steps()
    assert [ordinal_value(m.group()) for m in steps.ordinal_bare.finditer(question)] == named


@pytest.mark.parametrize("question", [
    "十六次会议和十四次会议哪个在前？",
    "第14次会议和第16次会议谁先谁后，相隔几天",
    "人大常委会16次会议和14次会议的先后顺序是怎样的",
    "十四次会议和十六次会议哪一次更早",
    "是先开的十六次会议还是先开的十四次会议",
])
def test_an_order_between_ordinal_meetings_quotes_each_dated_clause_earlier_first(question):
    ends = [CIXI[a:b] for a, b in ordinal_ends(question, CIXI)]
    assert ends == ["2018年7月30日市十七届人大常委会第十四次会议后", "2018年11月22日在慈溪市十七届人大常委会第十六次会议上"]
    assert order_note(question, ends, "") == \
        "（按上述日期，第十四次会议（2018年7月30日）在前，第十六次会议（2018年11月22日）在后。）"


def test_an_order_takes_a_meeting_dated_by_its_month_a_gap_does_not():
    assert len(ordinal_ends("三十三次会议和四十一次会议哪次在先", GUANGDONG, "2022年7月27日")) == 2
    assert ordinal_ends("三十三次会议到四十一次会议隔了多少天", GUANGDONG, "2022年7月27日") == []


@pytest.mark.parametrize("question", [
    "先是哪次会议审议的审计工作报告，后来又向哪次会议报告了突出问题整改？",
    "审计工作报告是哪次会议审议的，突出问题整改情况又是向哪次会议报告的，哪个在前",
    "向哪次会议报告了突出问题整改，审计工作报告又是哪次会议审议的，哪个在先",
    "审议审计工作报告的是哪次会议？报告突出问题整改情况的是哪次会议？先后顺序呢",
    "是先向哪次会议报告了突出问题的整改情况，还是先有哪次会议审议了审计工作报告",
])
def test_meetings_named_by_what_they_did_are_the_dated_meetings_sharing_their_words(question):
    ends = [GUANGDONG[a:b] for a, b in described_ends(question, GUANGDONG, "2022年7月27日")]
    assert [("三十三次" in e, "四十一次" in e) for e in ends] == [(True, False), (False, True)]
    assert order_note(question, ends, "2022年7月27日") == \
        "（按上述日期，第三十三次会议（2021年7月）在前，第四十一次会议（2022年3月29日）在后。）"


def test_no_order_is_said_unasked():
    assert described_ends("审计工作报告是哪次会议审议的", GUANGDONG, "2022年7月27日") == []
    assert order_note("第十四次会议到第十六次会议隔了多少天", ["2018年7月30日第十四次会议后", "2018年11月22日第十六次会议上"], "") == ""


@pytest.mark.parametrize(("question", "claim", "judged"), [
    ("巡察结束后一个多月才反馈的？", "一个多月", "与通报一致（相隔47天"),
    ("巡察结束后隔了半年左右才反馈？", "半年左右", "与通报不符，相隔47天"),
    ("撤场之后40多天就反馈了？", "40多天", "与通报一致（相隔47天"),
    ("巡察结束以后隔了一个半月才反馈？", "一个半月", "与通报一致（相隔47天"),
    ("巡完过了三个月左右才反馈的吧", "三个月左右", "与通报不符，相隔47天"),
])
def test_a_gap_stated_before_cai_is_a_claim_held_against_the_gap(question, claim, judged):
    assert [c.text for c in span_claims(question)] == [claim]
    assert claim not in neutral_question(question)
    assert judged in span_note(question, XIANGTAN)


def test_a_gap_before_an_act_after_it_is_no_claim():
    assert span_claims("巡察结束两个月后反馈") == () and span_claims("巡察了两个多月，发现了几个问题？") == ()


@pytest.fixture(scope="module")
def order_index(tmp_path_factory):
    from tests.conftest import small_index
    return small_index(tmp_path_factory, "order31", dev_files("d08_", "d17_", "d25_", "d28_", "d32_", "d38_", "d40_"))


@pytest.mark.parametrize(("question", "said"), [
    ("湘潭妇联那次常规巡察是几号到几号，一共几天？反馈在哪天", ["共52天", "2024年1月17日"]),
    ("中山一院这轮巡察从9月23号到12月20号，一共几天？反馈是哪天", ["共89天", "2025年1月13日"]),
    ("厦门体育局被巡察是哪天到哪天，总共多少天？哪天反馈的", ["共37天", "2020年4月9日"]),
    ("慈溪审计整改，十六次会议和十四次会议哪个在前？", ["第十四次会议（2018年7月30日）在前"]),
    ("慈溪那份审计整改报告里，第14次会议和第16次会议谁先谁后，相隔几天", ["在前", "相隔115天"]),
    ("广东2020年度审计整改报告，三十三次会议和四十一次会议哪次在先？", ["第三十三次会议（2021年7月）在前"]),
    ("广东审计整改，四十五次会议和四十一次会议，哪个更早？", ["第四十一次会议（2022年3月29日）在前"]),
    ("广东2020年度审计，先是哪次会议审议的审计工作报告，后来又向哪次会议报告了突出问题整改？",
     ["第三十三次会议（2021年7月）在前，第四十一次会议（2022年3月29日）在后"]),
    ("厦门体育局是2020年4月反馈的吧？巡察结束隔了几天", ["相隔166天"]),
    ("中山一院反馈是哪天？距巡察结束多少天", ["相隔24天"]),
    ("芦淞区司法局哪天反馈的，从巡察结束算隔了多久", ["相隔122天"]),
    ("遂宁科技局巡察完以后两个月才反馈的？", ["相隔41天", "“两个月”与通报不符"]),
    ("中山一院撤场之后20多天就反馈了？", ["相隔24天", "“20多天”与通报一致"]),
    ("湘潭妇联巡察结束以后隔了一个半月才反馈？", ["相隔47天", "“一个半月”与通报一致"]),
    ("芦淞区司法局巡察完过了三个月左右才反馈的吧", ["相隔122天", "“三个月左右”与通报不符"]),
])
def test_spans_and_orders_are_answered_end_to_end(order_index, question, said):
    from answer.ask import ask
    answer = ask(order_index, question, order_index.settings)
    assert all(s in answer.answer for s in said) and not answer.abstained, answer.answer
