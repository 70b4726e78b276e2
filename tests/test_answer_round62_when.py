"""Round 62 (session 17, h_when62): a span against a threshold reaching the answer, the report's own meeting, meetings
ranked.

- answer/lead.py: a length named yes-or-no (满不满45天, genre worked.toml [span_threshold]) asks the dated range, which
  leads even when it is the inspection's framing range, so answer/span_threshold.py says the judgment.
- questions.toml [asks_gap] report_made: 那份报告, 会上报告, 上会汇报 name the report being made: a gap to publication runs
  from the subtitle's day; [report_sessions] asked: 这份报告是哪天作的 asks the report's own session (the subtitle).
- questions.toml [report_sessions] every, ranked; answer/sessions_ranked.py: 提到三次人大常委会会议，哪次最晚 lists every
  session the report names and says them in date order with ordinals, the subtitle's as the report's own.
Each probed in wordings of my own over real dev-notice text (tests/data/notices-dev).
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.lead import wanted
from answer.sessions_ranked import sessions_ranked_note
from genre.questions import load_questions
from genre.report_sessions import load_report_sessions
from tests.conftest import dev_files, small_index, sentence_holding, dev_text

GD = "d40_"   # 广东省2020年度省级预算执行…审计查出问题整改情况的报告 (a subtitle over two lines, two earlier sessions)
CX = "d17_"   # 慈溪2017年度审计整改报告 (its subtitle on the first line, one earlier session)


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    paths = dev_files(GD, CX, "d16_", "d19_", "d20_", "d29_", "d04_", "d11_", "d08_")
    return small_index(tmp_path_factory, "when62", paths, keyword_only=False)


def test_a_length_named_asks_a_date():
    assert wanted("巡察从9月9号到10月24号，满不满45天")[1] >= 1
    assert wanted("巡察够不够一个月")[1] >= 1


@pytest.mark.parametrize(("question", "said"), [
    ("市公安局巡察从9月9号到10月24号，满不满45天", "满，2024年9月9日至10月24日起止日期相差45天"),
    ("区科协巡察够不够一个月", "够，2024年2月20日至3月26日起止日期相差35天"),
    ("湖北司法厅的巡视满没满50天", "满，2024年11月7日至12月31日起止日期相差54天"),
    ("揭阳市公安局那轮巡察到没到两个月", "到了，2025年6月5日至8月8日"),
    ("嘉兴文旅局那轮巡察有没有超过两个月", "超过，2025年3月18日至6月6日起止日期相差80天"),
])
def test_the_judgment_is_said(dev_index, question, said):
    a = ask(dev_index, question)
    assert not a.abstained and said in a.answer


@pytest.mark.parametrize("question", [
    "广东那份报告从会上报告到挂网隔了多少天",
    "广东审计整改报告在会上报告以后过了多少天才挂网",
    "广东那份整改报告会上汇报完多久挂到网上",
])
def test_gap_from_the_reports_own_meeting(dev_index, question):
    a = ask(dev_index, question)
    assert "从2022年7月27日到2022年10月9日（发布）相隔74天" in a.answer
    assert "194天" not in a.answer   # not from the interim report of 3月29日


def test_gap_from_the_own_meeting_of_another_report(dev_index):
    a = ask(dev_index, "广州2024年度审计整改那份报告上会报告后隔多久才发布")
    assert "从2025年12月30日到2026年1月4日（发布）相隔5天" in a.answer


@pytest.mark.parametrize(("question", "day"), [
    ("广东这份审计整改报告是哪天作的", "2022年7月27日在广东省"),
    ("广东这份审计整改报告是哪天在会上报告的", "2022年7月27日在广东省"),
    ("广东那份报告是什么时候上会汇报的？", "2022年7月27日在广东省"),
    ("慈溪2017年度审计整改这份报告是几号作的", "2018年11月22日在慈溪市"),
])
def test_the_reports_own_day(dev_index, question, day):
    a = ask(dev_index, question)
    assert a.citations and day in a.citations[0].quote
    assert "2021年7月" not in a.answer


def test_a_gap_after_the_day_is_no_session_ask():
    assert not load_report_sessions().asked.search("那份报告是哪天作的，隔多久才发布")
    assert load_questions().report_made.search("从会上报告到挂网隔了多少天")


@pytest.mark.parametrize(("question", "end"), [
    ("广东2020年度审计整改这份报告提到三次人大常委会会议，哪次最晚？分别是第几次", "最晚的是第四十五次会议（2022年7月27日）"),
    ("广东审计整改报告里说到的几次常委会会议，哪次最早", "最早的是第三十三次会议（2021年7月）"),
    ("慈溪2017年度审计整改报告提到两次人大常委会会议，哪次在前", "最早的是第十四次会议（2018年7月30日）"),
    ("广东这份报告前后上过哪几次人大常委会会议，按先后排一排", "最晚的是第四十五次会议"),
    ("广东2020年度审计整改报告提及好几次会，分别是第几次，哪次最晚", "最晚的是第四十五次会议"),
])
def test_sessions_ranked(dev_index, question, end):
    a = ask(dev_index, question)
    assert not a.abstained and end in a.answer
    assert "按日期先后" in a.answer


def test_sessions_ranked_the_guangdong_order():
    text = dev_text(GD)
    earlier = [sentence_holding(text, "第三十三次会议审议了"), sentence_holding(text, "第四十一次会议报告了")]
    note = sessions_ranked_note("哪次最晚", earlier, "——2022年7月27日在广东省第十三届人民代表大会常务委员会第四十五次会议上")
    assert note.startswith("（按日期先后：第三十三次会议（2021年7月）、第四十一次会议（2022年3月29日）、第四十五次会议（2022年7月27日")


@pytest.mark.parametrize("question", [
    "湖北司法厅整改通报提到几次人大常委会会议，哪次最晚",
    "区科协那份通报说到的几次常委会会议哪次最早",
])
def test_no_congress_sessions_no_order(dev_index, question):
    assert "按日期先后" not in ask(dev_index, question).answer


def test_no_order_asked_no_note():
    assert sessions_ranked_note("分别是第几次", ["2018年7月30日市十七届人大常委会第十四次会议后"],
                                "2018年11月22日在慈溪市十七届人大常委会第十六次会议上") == ""


def test_a_length_named_is_no_act_looked_for():
    from answer.slots import act_unwritten
    assert act_unwritten("庐松司法局巡察有没有半年", "2024年3月7日至5月7日,区委巡察组开展了巡察") == ""
