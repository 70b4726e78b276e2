"""Figures asked in any words (round 18, task numbers5): two kinds asked each (总方案和专项方案各几个) lead with the
clause counting each, one clause when it counts both; a total over parts said as put together (加一起, 合一块儿, 算到一起)
sums the parts' own counts, never a count of the parts themselves (5个方面); the notice's publication named as 发通报
ends a gap at the page's date; which of two notices' inspections ran longer (谁家巡察组驻的时间长) is asked of each as how
long and the longer worked out; a time asked of a recurring act (每月啥时候碰头调度) is answered by the recurring time the
notice states (每月初召开工作例会). Each probed in five wordings of my own on real dev-notice and seed text (no index)."""
from __future__ import annotations

import pytest

from answer.combined import sum_note
from answer.each import counted_end, kinds_clauses
from answer.lead import lead_spans, wanted
from answer.longer import longer_note
from answer.sentences import asked_units
from answer.spans import gap_note
from answer.totals import total_parts
from genre.longer import as_length, longer_asked
from genre.questions import load_questions
from genre.recurring import recurring_asked, recurring_said
from genre.worked import asked_steps
from genre.parts_asked import parts_asked
from retrieval.parse import page_outline, parse_sections
from tests.notice_text import notice_text as _text
from tests.notice_text import sentence_holding as _sentence

MIANYANG = "研究制定1个总方案,2个专项方案"   # d05
RUIJIN = "《审计报告》反映涉及4个方面、29个单位(部门)共计50项具体问题"   # d01
ZAOZHUANG = "主持召开党组会议、专题会议研究整改9次,作出批示6次"   # d34
PUTIAN = "2023年4月20日至5月31日,八届市委巡察四组对市司法局开展巡察,并于2024年1月4日反馈了巡察意见"   # d07
LICHENG = "根据区委巡察工作统一部署,2024年1月4日至2月2日,区委巡察二组对区社科联开展了巡察,并于2024年3月18日反馈了巡察意见"  # d35


def test_the_probe_sentences_are_the_notices_own():
    assert MIANYANG in _text("d05_") and RUIJIN in _text("d01_") and ZAOZHUANG in _text("d34_")
    assert PUTIAN in _text("d07_") and LICHENG in _text("d35_")


def _led(text: str, question: str, tokens: dict[str, float]) -> list[str]:
    found = lead_spans(text, [(0, len(text))], question, tokens, asked_units(question))
    return [text[a:b] for a, b in found or []]


@pytest.mark.parametrize("question", [
    "咱绵阳司法局整改总方案和专项方案各几个",
    "总方案和专项方案各有多少个？",
    "绵阳司法局总方案跟专项方案分别制定了几个",
    "总方案、专项方案分别是几个",
    "绵阳市司法局制定的总方案几个，专项方案几个",
])
def test_two_kinds_asked_each_lead_with_each_kinds_clause(question):
    sentence = _sentence(_text("d05_"), MIANYANG)
    assert wanted(question)[0] == 2
    led = _led(sentence, question, {"总方案": 2.0, "专项方案": 2.0, "方案": 1.0, "司法局": 0.5})
    assert "研究制定1个总方案" in led and "2个专项方案" in led, led


def test_one_clause_counting_both_kinds_leads_alone():
    sentence = _sentence(_text("d01_"), "4个方面、29个单位")
    for question in ("瑞金审计报告反映的方面和单位各有几个？", "涉及的方面和单位分别是多少个"):
        led = _led(sentence, question, {"方面": 1.0, "单位": 1.0, "审计报告": 1.0})
        assert len(led) == 1 and "4个方面、29个单位" in led[0], led


def test_kinds_counted_before_their_figure_and_a_kind_no_clause_counts():
    question = "枣庄社科联开会和批示各多少次"
    assert counted_end("批示", ZAOZHUANG) == 2 and counted_end("总方案", MIANYANG) == 3
    assert counted_end("专项方案", "研究制定1个总方案") == 0   # 专项方案 is not 总方案, though both end in 方案
    scored = [(1.0, 0, ZAOZHUANG.index(","), {"9"}), (0.9, ZAOZHUANG.index(",") + 1, len(ZAOZHUANG), {"6"})]
    assert kinds_clauses(ZAOZHUANG, scored, question, 2) is None   # 开会 is written 召开…会议: the figures lead as scored
    led = _led(ZAOZHUANG, question, {"开会": 1.0, "批示": 1.0, "会议": 0.5})
    assert any("9次" in c for c in led) and any("6次" in c for c in led)


def _total(prefix: str, question: str):
    from retrieval.load import load_notice
    from tests.notice_text import DEV
    n = load_notice(next(DEV.glob(prefix + "*.txt")))
    for sections in (parse_sections(n.text, n.id, n.header_end), page_outline(n.text, n.header_end)):
        found = total_parts(n.text, sections, question)
        if found:
            return found[1]
    return None


@pytest.mark.parametrize("question", [
    "庆阳文联四个方面反馈问题加一起多少个",
    "庆阳文联这4个方面的问题合一块儿是多少",
    "四个方面问题算到一起有几个？",
    "这几个方面的问题凑一块一共多少",
    "4个方面的反馈问题放在一起是多少个问题",
])
def test_a_total_over_parts_put_together_in_spoken_words(question):
    assert parts_asked(question) is not None
    assert "合计25个问题" in (_total("d31_", question) or "")


def test_a_count_of_the_parts_themselves_is_no_addend():
    lead = "(四)落实巡视巡察、审计反馈问题整改方面(2个问题),从整改措施、牵头领导、责任科室、责任人、整改时限5个方面"
    assert sum_note("四个方面反馈问题加一起多少个", lead) == ""
    assert "合计15次" in sum_note("开会和批示加起来多少次？", ZAOZHUANG)


def test_sending_feedback_or_a_circular_of_blame_is_no_publication():
    assert not any(s.name == "published" for s in asked_steps("巡察组结束后多久发出反馈意见？"))
    assert not any(s.name == "published" for s in asked_steps("利州法院每月底过了几天发通报批评未填报的干警？"))


@pytest.mark.parametrize("prefix, holding, question, said", [
    ("d28_", "每月初召开工作例会", "湘潭妇联整改每月啥时候碰头调度", "每月初"),
    ("d28_", "每月初召开工作例会", "湘潭妇联每个月什么时候开工作例会？", "每月初"),
    ("d37_", "每月底未及时填报", "利州法院对每月啥时候没填报的干警要通报", "每月底"),
    ("tj-city-mgmt-commission-2019", "于每月5日前", "各牵头处室每月几号前要报进展？", "每月5日"),
    ("tj-city-mgmt-commission-2024", "每月最后一周", "监管平台每月啥时间填报？", "每月最后一周"),
])
def test_a_time_asked_of_a_recurring_act_is_its_recurring_time(prefix, holding, question, said):
    sentence = _sentence(_text(prefix), holding)
    assert recurring_asked(question) and wanted(question)[1] == 1
    led = _led(sentence, question, {"例会": 1.0, "填报": 1.0, "进展": 1.0, "调度": 1.0, "通报": 0.5})
    assert any(said in c for c in led), led


def test_a_recurrence_alone_is_no_time_and_a_one_off_ask_is_not_recurring():
    sentence = _sentence(_text("tj-city-mgmt-commission-2024"), "每季度召开工作会议")
    assert recurring_said().search("每季度召开工作会议") is None
    assert _led(sentence, "每季度什么时候召开工作会议？", {"工作会议": 1.0}) == []
    assert not recurring_asked("湘潭妇联什么时候召开的巡察整改动员会？")


@pytest.mark.parametrize("question, rest", [
    ("利州法院跟中山一院比 谁家巡察组驻的时间长", "巡察组驻了多长时间"),
    ("中山一院和利州法院比，巡察组谁待得久", "巡察组待了多长时间"),
    ("利州法院和中山一院，哪家被巡察的时间更长", "被巡察了多长时间"),
    ("莆田市司法局跟湖北省司法厅比，谁家巡察巡视的时间长", "巡察巡视了多长时间"),
    ("湖北省司法厅和莆田市司法局，哪家被巡得更久一些", "被巡了多长时间"),
])
def test_which_side_ran_longer_is_asked_of_each_as_how_long(question, rest):
    from answer.compare import side_question
    names = "利州、中山、法院" if "法院" in question else "莆田市、湖北省、司法局、司法厅"
    ask = side_question(question, names)
    assert rest in ask and load_questions().asks_gap.search(ask), ask
    assert longer_asked(question)


def test_the_longer_side_is_worked_out_from_each_sides_length():
    # the lengths each side's lead says of its own range (d38 2024年9月23日至12月20日, d37 2024年10月16日至11月15日)
    zhongshan = gap_note("巡察组驻了多长时间", "2024年9月23日至2024年12月20日,市委第五巡察组对中山市第一人民法院党组开展巡察", "")
    lizhou = gap_note("巡察组驻了多长时间", "2024年10月16日至11月15日,区委第四联动巡察组对区法院党组进行了联动巡察", "")
    note = longer_note("利州法院跟中山一院比 谁家巡察组驻的时间长", [("《利州》", lizhou), ("《中山》", zhongshan)])
    assert note == "（按两份通报的日期推算：《中山》89天，比《利州》31天长58天。）"
    assert longer_note("利州法院和中山一院谁先收到反馈？", [("《利州》", lizhou), ("《中山》", zhongshan)]) == ""
    assert not longer_asked("利州法院和中山一院哪家整改措施更多")   # more of a count is no length
    assert as_length("巡察各持续了多久？哪家更长？") == "巡察各持续了多久？？"   # a span asked already: asked once
