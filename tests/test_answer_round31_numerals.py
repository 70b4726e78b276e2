"""Round 31 (session 14, h_numerals): years, dates and counts staff type in Chinese numerals, and yes/no asks of a figure
they state, diagnosed on set fresh33, fixed by kind.

- genre figures.toml [written_dates], genre/figures.py dates_in_digits (called once by genre.asking.plain_question):
  a year typed as four numerals (二〇一九年度, 二零二一年), a month (九月, 十二月) and a day after it (二十三号) are read
  in digits as notices write them, so the year no notice of an agency covers is refused and spans are worked out as
  for digits; ordinals (第一巡察组), set phrases (一把手, 八项规定) and spans of months (三个月) keep their words. Small
  counts stay as [typed] reads them (8次 is read 八次 by every cue written in Chinese numerals; [given] reads either).
- genre questions.toml [asks_gap]: a range the question states itself and asks the length of after a comma
  (从9月23号到12月20号，一共几天) is a span ask.
- genre asking.toml [session_ordinal], genre.asking.session_ordinals: a meeting named by its ordinal with 第 left out
  (人大常委会十四次会议和十六次会议) is read with 第, as reports write it (steps.toml [ordinal_end]); a count after a verb kept.
- genre worked.toml [threshold] stated, genre/thresholds.py: a count staff state and ask yes-or-no (推进会先后开了八次没有,
  是不是四十五项, 有没有五十项以上) is held against the notice's figure (answer/threshold.py: 是，8次，正是八次).
Each probed in wordings of my own over real dev-notice text (tests/data/notices-dev).
"""
from __future__ import annotations

import pytest

from answer.threshold import threshold_note
from genre.asking import plain_question, session_ordinals
from genre.figures import dates_in_digits
from genre.thresholds import named_threshold, without_threshold
from tests.conftest import dev_files


@pytest.mark.parametrize(("typed", "read"), [
    ("宁波二〇一九年度审计查出问题的整改报告", "宁波2019年度审计查出问题的整改报告"),
    ("嘉兴文广旅局二零二一年那轮巡察", "嘉兴文广旅局2021年那轮巡察"),
    ("从九月二十三号到十二月二十号", "从9月23号到12月20号"),
    ("二〇二三年五月底巡察结束", "2023年5月底巡察结束"),
    ("十一月三日反馈，十月份整改", "11月3日反馈，10月份整改"),
    ("9月二十号进驻", "9月20号进驻"),
])
def test_dates_typed_in_chinese_numerals_are_read_in_digits(typed, read):
    assert dates_in_digits(typed) == read


@pytest.mark.parametrize("kept", [
    "第一巡察组巡了三个月", "一把手带头落实八项规定", "一是加强领导，二是完善制度", "三张清单", "两个月后反馈",
    "每月一次调度", "第十二月", "十来个问题",
])
def test_ordinals_set_phrases_and_spans_of_months_keep_their_words(kept):
    assert dates_in_digits(kept) == kept


def test_the_plain_question_reads_the_dates_once():
    assert plain_question("慈溪二〇二〇年度本级预算执行审计整改，附海镇清理了多少用地款") == \
        "慈溪2020年度本级预算执行审计整改，附海镇清理了多少用地款？"


@pytest.mark.parametrize(("question", "value", "words", "sense"), [
    ("推进会先后开了八次没有？", 8, "八次", "equal"),
    ("党委会是不是开了八次？", 8, "八次", "equal"),
    ("谈话提醒了24人吗？", 24, "24人", "equal"),
    ("建立完善制度是不是45项？", 45, "45项", "equal"),
    ("整改问题有没有十个以上？", 10, "十个以上", "reach"),
    ("问责的人是不是五人以内？", 5, "五人以内", "within"),
])
def test_a_count_stated_and_asked_yes_or_no_is_a_threshold(question, value, words, sense):
    t = named_threshold(question)
    assert (t.value, t.words, t.sense) == (value, words, sense)


@pytest.mark.parametrize("question", [
    "那三个问题整改完了没有？", "第八次会议开了没有？", "反馈问题33个，是不是都完成了？", "有没有5个问题没整改完？",
    "开了几次会？",
])
def test_a_count_that_is_no_claim_is_no_threshold(question):
    assert named_threshold(question) is None


def test_the_asking_words_and_the_count_are_not_searched():
    assert without_threshold("反馈的问题是不是29个？") == "反馈的问题？"


@pytest.mark.parametrize(("question", "clauses", "note"), [
    ("推进会先后开了八次没有？", "市局先后8次召开市局党委会、专题会议等", "（按通报数字比较：是，8次，正是八次。）"),
    ("推进会先后开了十次没有？", "市局先后8次召开市局党委会、专题会议等", "（按通报数字比较：否，8次，不是十次。）"),
    ("建立完善制度有没有50项以上？", "建立完善制度45项", "（按通报数字比较：否，45项，没有达到50项以上。）"),
    ("问责的人是不是五人以内？", "问责3人", "（按通报数字比较：是，3人，在五人以内。）"),
])
def test_the_stated_count_is_judged_against_the_notice(question, clauses, note):
    assert threshold_note(question, clauses) == note


@pytest.fixture(scope="module")
def numerals_index(tmp_path_factory):
    from tests.conftest import small_index
    return small_index(tmp_path_factory, "numerals31", dev_files(
        "d01_", "d02_", "d40_", "d05_", "d08_", "d10_", "d11_", "d16_", "d17_", "d19_", "d22_", "d28_", "d32_", "d37_", "d38_"))


@pytest.mark.parametrize(("question", "said"), [
    ("宁波二〇一九年度审计查出问题的整改报告里，市政府开了哪些会", "2019年度"),
    ("慈溪二〇二〇年度本级预算执行审计整改，附海镇清理了多少用地款", "2020年度"),
    ("瑞金二〇一八年度预算执行审计整改里，收回了多少资金", "2018年度"),
    ("广州审计二零二二年度的整改报告里，整改了多少金额", "2022年度"),
    ("嘉兴文广旅局二〇二一年那轮巡察，清退了多少违规资金？", "2021"),
    ("厦门体育局二〇二二年那轮巡察，反馈了几个问题", "2022"),
])
def test_a_year_typed_in_chinese_that_no_notice_covers_is_refused(numerals_index, question, said):
    from answer.ask import ask
    answer = ask(numerals_index, question, numerals_index.settings)
    assert answer.abstained and said in answer.answer, answer.answer


@pytest.mark.parametrize(("question", "said"), [
    ("宁波二〇二一年度审计整改，市政府开了哪些会", "市政府常务会议"),
    ("慈溪二〇一七年度审计查出问题整改，附海镇清理了多少用地款", "1.05亿元"),
])
def test_a_year_typed_in_chinese_that_a_notice_covers_is_answered(numerals_index, question, said):
    from answer.ask import ask
    answer = ask(numerals_index, question, numerals_index.settings)
    assert not answer.abstained and said in answer.answer, answer.answer


@pytest.mark.parametrize(("question", "said"), [
    ("中山一院这轮巡察从九月二十三号到十二月二十号，一共几天？反馈是哪天", "共89天"),
    ("绵阳司法局那次巡察从五月七号到六月七号，一共几天", "共32天"),
    ("会稽区行政审批局巡察从三月五日到四月十八日，总共多少天", "共45天"),
    ("湘潭妇联巡察从十月十一号到十二月一号，一共多久", "共52天"),
    ("厦门体育局被巡察，从九月二十号到十月二十六号，共几天", "共37天"),
    ("利州法院巡察从十月十六日到十一月十五日，一共多少天", "共31天"),
])
def test_a_range_typed_in_chinese_and_asked_after_a_comma_is_counted(numerals_index, question, said):
    from answer.ask import ask
    answer = ask(numerals_index, question, numerals_index.settings)
    assert said in answer.answer and not answer.abstained, answer.answer


@pytest.mark.parametrize(("question", "said"), [
    ("市委一巡组巡的那个市公安局，把巡察问题塞进了哪年的民主生活会？推进会先后开了八次没有", "是，8次，正是八次"),
    ("市公安局推进巡察整改，党委会专题会先后开了十次吗", "否，8次，不是十次"),
    ("嘉兴文广旅局巡察整改，谈话提醒了二十四人吗", "是，24人，正是24人"),
    ("嘉兴文广旅局整改中建立完善制度是不是四十五项", "是，45项，正是45项"),
    ("嘉兴文广旅局整改中建立完善制度有没有五十项以上", "否，45项，没有达到50项以上"),
    ("芦淞区司法局反馈的问题是不是二十九个", "是，29个，正是29个"),
])
def test_a_count_asked_yes_or_no_is_answered_with_its_clause_and_judged(numerals_index, question, said):
    from answer.ask import ask
    answer = ask(numerals_index, question, numerals_index.settings)
    assert said in answer.answer and not answer.abstained, answer.answer


@pytest.mark.parametrize(("typed", "read"), [
    ("人大常委会十四次会议和十六次会议哪个在前", "人大常委会第十四次会议和第十六次会议哪个在前"),
    ("十七届人大常委会十四次会议是哪天开的", "十七届人大常委会第十四次会议是哪天开的"),
    ("人民代表大会常务委员会四十五次会议上", "人民代表大会常务委员会第四十五次会议上"),
    ("第十四次会议到十六次会议隔了几天", "第十四次会议到第十六次会议隔了几天"),
    ("先后开了十四次会议和三次座谈会", "先后开了十四次会议和三次座谈会"),
    ("党组会和三次会议", "党组会和三次会议"),
])
def test_a_meeting_named_by_its_ordinal_without_di_is_read_with_it(typed, read):
    assert session_ordinals(typed) == read


@pytest.mark.parametrize(("question", "said"), [
    ("慈溪审计整改，从人大常委会十四次会议到十六次会议一共隔了几天", "相隔115天"),
    ("慈溪那份审计整改报告，十七届人大常委会十四次会议是哪天开的", "2018年7月30日"),
    ("宁波审计整改，市十六届人大常委会四次会议审议了什么", "第四次会议听取和审议了"),
    ("宁波审计整改报告里，市人大常委会四次会议是几月份开的", "今年8月"),
    ("广东2020年度审计整改，省人大常委会三十三次会议审议了什么", "第三十三次会议审议了"),
])
def test_a_meeting_named_by_its_ordinal_without_di_is_answered(numerals_index, question, said):
    from answer.ask import ask
    answer = ask(numerals_index, question, numerals_index.settings)
    assert said in answer.answer and not answer.abstained, answer.answer
