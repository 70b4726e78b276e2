"""Answers about the document itself: a report's reader and meeting, published and signed dates."""
from __future__ import annotations

from answer.forms import report_lines
from genre.questions import load_questions

# The head of a speech-style audit-rectification report as published (tests/data/notices-dev/d16, d17)
GUANGZHOU = ("关于2024年度市级预算执行和其他财政收支审计查出问题整改情况的报告\n  • 2026-01-04\n  • 来源:市审计局\n"
             "——2025年12月30日在广州市第十六届\n\n人民代表大会常务委员会第四十五次会议上\n\n广州市人民政府副市长  赖志鸿\n\n\n"
             "主任、各位副主任、秘书长、各位委员:\n")
CIXI = "2018年11月22日在慈溪市十七届人大常委会第十六次会议上\n市审计局局长 俞金华\n主任、各位副主任、各位委员:\n"


def test_a_report_is_answered_by_its_subtitle_with_its_wrapped_line_and_its_byline():
    assert [GUANGZHOU[a:b] for a, b in report_lines(GUANGZHOU)] == [
        "——2025年12月30日在广州市第十六届", "人民代表大会常务委员会第四十五次会议上", "广州市人民政府副市长  赖志鸿"]
    assert [CIXI[a:b] for a, b in report_lines(CIXI)] == [
        "2018年11月22日在慈溪市十七届人大常委会第十六次会议上", "市审计局局长 俞金华"]


def test_a_notice_without_a_byline_has_no_reporter_lines():
    text = "宁波市审计局关于2021年度审计工作报告反映问题整改情况的报告\n发布日期:2023-01-06 11:16\n\n主任、副主任、秘书长、各位委员:\n今年8月,市十六届人大常委会第四次会议听取和审议了审计工作报告。"
    assert report_lines(text) == []


def test_who_reported_and_when_published_are_read_from_the_question():
    q = load_questions()
    assert q.asks_reporter.search("广州市2024年度审计整改报告是谁在哪次会议上作的？")
    assert q.asks_reporter.search("作报告的局长是谁？")
    assert not q.asks_reporter.search("瑞金市人大常委会是哪天听取2020年度审计工作报告的？")   # 工作报告的 is no reporter
    assert q.asks_published.search("哪天公开的？") and q.asks_published.search("落款日期？")
