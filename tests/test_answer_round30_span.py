"""Round 30 (session 14), a span the asker guesses roughly (一个月左右吧, 一个半月, 大约两个月？, 两个多月, 四十来天) and then
asks exactly in days or by its dates (按天算具体几天, 具体起止日期和天数, 按天数是多少), in wordings of my own over real dev
notices (tests/data/notices-dev).

- The rough span is a claim to check, not a figure to find (genre figures.toml [checked_span]): it is asked as 多少天
  (so 左右 or 两个月 pull in no passage of their own), the span worked out from the notice's dated range as any span is
  (both ends counted), and the claim held against it in months as staff say them (answer/verify.py span_note).
- 按天算/按天数/天数 frame a span ask: the unit the answer is said in, no word a notice writes of its range (genre
  questions.toml asking.words_days, asks_gap).
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.verify import asked_spans, neutral_question, span_note
from genre.checked_span import span_claims
from genre.questions import load_questions
from tests.conftest import dev_files, small_index

NOTICES = ("d04_", "d05_", "d08_", "d10_", "d11_", "d20_", "d26_", "d32_", "d34_", "d35_", "d37_", "d38_")


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    return small_index(tmp_path_factory, "span30", dev_files(*NOTICES))


@pytest.mark.parametrize(("question", "claim", "neutral"), [
    ("那绵阳司法局被巡察是一个月左右吧，按天算具体几天？", "一个月左右", "那绵阳司法局被巡察多少天，按天算具体几天？"),
    ("惠济区审批局那次巡察是一个半月吧？具体起止日期和天数", "一个半月", "惠济区审批局那次巡察多少天？具体起止日期和天数？"),
    ("揭阳市公安局被市委第四巡察组巡察，大约两个月？按天数是多少", "大约两个月", "揭阳市公安局被市委第四巡察组巡察多少天？按天数是多少？"),
    ("芦淞司法局那次提级巡察在局里待了两个月左右？按天算多少天", "两个月左右", "芦淞司法局那次提级巡察在局里待了多少天？按天算多少天？"),
    ("审计组进点差不多三周吧，具体几天", "差不多三周", "审计组进点多少天，具体几天？"),
])
def test_a_rough_span_is_asked_as_days(question, claim, neutral):
    assert [c.text for c in asked_spans(question)] == [claim]
    assert neutral_question(question) == neutral
    assert load_questions().asks_gap.search(neutral)


@pytest.mark.parametrize("question", [
    "巡察了两个多月，发现了几个问题？", "利州区法院今年头两个月为信访化解开了几次专题党组会？", "整改3个月内完成了吗？",
    "利州区法院仅2月份一个月填报“三个规定”事项多少条？", "反馈后两个月内要报送整改报告吗？",
])
def test_a_span_stated_unasked_is_no_claim(question):
    assert not asked_spans(question)


def test_the_claimed_span_in_days_is_the_rounding_allows():
    (c,) = span_claims("巡察四十来天吧？从哪天到哪天")
    assert (c.low, c.high) == (40.0, 45.0)
    (c,) = span_claims("朔州科技局常规巡察是不是三个多月？起止日期和天数")
    assert 91 < c.low < 92 and 121 < c.high < 122


def test_an_audit_span_is_checked_as_a_range_with_both_ends():
    lead = "2021年3月1日至4月2日,审计组对市水务局进行了审计[1]"
    assert span_note("审计组进点差不多一个月吧，按天算几天", lead) == "问题说的“差不多一个月”与通报一致（含首尾共33天，约1个月）。"
    assert span_note("审计了三个月左右吧，按天算几天", lead) == "问题说的“三个月左右”与通报不符，含首尾共33天，约1个月。"


def test_a_gap_guessed_is_checked_as_a_gap():
    lead = "2024年5月7日至6月7日,市委第五巡察组开展了巡察[1]；7月24日,市委第五巡察组反馈了巡察意见[2]"
    assert span_note("绵阳司法局巡察结束到反馈大约一个半月吧？具体隔了几天", lead) == \
        "问题说的“大约一个半月”与通报一致（相隔47天，约1.5个月）。"


@pytest.mark.parametrize(("question", "dates", "said"), [
    ("那绵阳司法局被巡察是一个月左右吧，按天算具体几天？", "2024年5月7日至6月7日", "问题说的“一个月左右”与通报一致（含首尾共32天"),
    ("惠济区审批局那次巡察是一个半月吧？具体起止日期和天数", "2024年3月5日至4月18日", "问题说的“一个半月”与通报一致（含首尾共45天"),
    ("揭阳市公安局被市委第四巡察组巡察，大约两个月？按天数是多少", "2025年6月5日至2025年8月8日", "与通报一致（含首尾共65天"),
    ("芦淞司法局那次提级巡察在局里待了两个月左右？按天算多少天", "2024年3月7日至5月7日", "与通报一致（含首尾共62天"),
    ("嘉兴文广旅局那轮巡察差不多两个半月吧？按天算几天", "2025年3月18日至6月6日", "与通报一致（含首尾共81天"),
    ("中山一院被市委第五巡察组巡察了三个月左右？具体从哪天到哪天，多少天", "2024年9月23日至2024年12月20日", "与通报一致（含首尾共89天"),
    ("鲤城社科联那次被巡察一个月左右吧，天数是多少", "2024年1月4日至2月2日", "与通报一致（含首尾共30天"),
    ("利州区法院那次联动巡察是一个月吧？按天数算多少", "2024年10月16日至11月15日", "与通报一致（含首尾共31天"),
    ("朔州科技局常规巡察是不是三个多月？起止日期和天数", "2024年9月25日至2025年1月7日", "与通报一致（含首尾共105天"),
    ("湖北司法厅被巡视了四十来天吧？按天算具体几天", "2024年11月7日至12月31日", "问题说的“四十来天”与通报不符，含首尾共55天"),
    ("枣庄社科联巡察两个月左右吧，具体几号到几号、一共几天", "2022年11月18日至2023年1月18日", "与通报一致（含首尾共62天"),
    ("厦门体育局那次巡察一个多月吧，按天算是多少天", "2019年9月20日至10月26日", "与通报一致（含首尾共37天"),
])
def test_the_dates_and_days_lead_and_the_guess_is_checked(dev_index, question, dates, said):
    a = ask(dev_index, question, dev_index.settings)
    lead = a.answer.split("\n")[0]
    assert not a.abstained
    assert dates in lead and said in lead
    assert "左右" not in lead.replace("左右”", "")   # no passage pulled in by the guess's rounding word
