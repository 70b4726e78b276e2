"""Round 21, the meeting a report was itself delivered at: each convention probed in five wordings of my own on real
dev-notice text (tests/data/notices-dev), answerable and, where it applies, not.

- A report read to the people's congress names its own session in the subtitle under its title; staff ask it in
  numbers asked (几届几次), by the term (哪届) or by the meeting as a place (什么会上): the subtitle answers, while a
  session named by another act (审议的) is the opening's (genre questions.toml [report_sessions] asked).
- How many times a rectification was reported (报告过几回？分别是哪天？): the opening's dated reports to earlier
  sessions (今年3月29日,…向…第四十一次会议报告了) and the subtitle, counted ([report_sessions] times, reported).
- A report's 今年M月 of an act already done, in a report with no subtitle date: the year of the page's date, or the
  year before when the month is after it ([report_sessions] done_this_year).
"""
from __future__ import annotations

import pytest

from answer.metadata import META, other_session, report_lines
from answer.meta import reporter_spans, sessions_reported, year_meant, year_meant_note
from tests.notice_text import notice_text, sentence_holding

RUIJIN = notice_text("d01_")      # --20211228日在市届人大常委会会议 / 市审计局局长 李火生
NINGBO = notice_text("d02_")      # no subtitle; 今年8月,市十六届人大常委会第四次会议听取和审议了…; page 2023-01-06
GUANGZHOU = notice_text("d16_")   # ——2025年12月30日在广州市第十六届 / 人民代表大会常务委员会第四十五次会议上
CIXI = notice_text("d17_")        # 2018年11月22日在慈溪市十七届人大常委会第十六次会议上
GUANGDONG = notice_text("d40_")   # subtitle 第四十五次; opening 第三十三次会议审议了, 今年3月29日…第四十一次会议报告了


def subtitle(text: str) -> str:
    return "".join(text[a:b] for a, b in report_lines(text))


@pytest.mark.parametrize(("question", "text"), [
    ("马学斌厅长那份审计整改报告在几届几次人大常委会会议上报告的？", GUANGDONG),
    ("广州2024年度审计整改报告是在哪届人大常委会的会上作的？", GUANGZHOU),
    ("慈溪那份2017年度审计整改情况报告是在什么会上报告的？", CIXI),
    ("瑞金市审计局的审计整改报告是在哪次常委会上报告的？", RUIJIN),
    ("广东省审计厅厅长那份整改报告是在第几届人大常委会第几次会议上作的？", GUANGDONG),
])
def test_the_reports_own_session_is_asked(question, text):
    assert META["reporter"].search(question)
    assert not other_session(question, subtitle(text))


@pytest.mark.parametrize("question", [
    "宁波审计整改报告里，2021年度的审计工作报告是在人大哪次会议上审议的？",
    "广东2020年度的审计工作报告是在哪次常委会上审议的？",
    "慈溪审计整改报告里说的第十四次会议之后做了什么？",
])
def test_a_session_named_by_another_act_is_the_openings(question):
    assert other_session(question, subtitle(GUANGDONG))


@pytest.mark.parametrize("question", [
    "广东省审计厅2022年就2020年度审计整改情况向省人大常委会报告过几回？分别是哪天？",
    "广东审计厅就2020年度省级审计整改向人大常委会汇报了几次？各是哪天？",
    "慈溪市审计局就2017年度审计整改向市人大常委会报告过几次？",
    "广州市政府就2024年度审计整改几次向市人大常委会报告？",
    "瑞金审计局那份审计整改报告向市人大常委会作过几回报告？",
])
def test_times_reported_are_asked(question):
    assert META["reporter"].search(question)
    assert sessions_reported(question, CIXI, 0) == [] and sessions_reported(question, RUIJIN, 0) == []


def test_each_session_reported_to_is_quoted_and_counted():
    text, lines = GUANGDONG, report_lines(GUANGDONG)
    spans, note = reporter_spans("广东省审计厅向省人大常委会报告过几回？分别是哪天？", text, lines[-1][1], "", lines,
                                 "2022-10-09")
    quotes = [text[a:b] for a, b in spans]
    assert quotes[0].rstrip("。") == sentence_holding(text, "第四十一次会议报告了")
    assert not any("第三十三次" in q for q in quotes)   # heard the audit work report: no report of the rectification
    assert "第四十五次" in "".join(quotes[1:])
    assert note == "（共2次。）（“今年”指2022年，按报告所作日期2022年7月27日。）"


def test_the_year_covered_quotes_the_title_first():
    text, lines = GUANGDONG, report_lines(GUANGDONG)
    title = "广东省人民政府关于我省2020年度省级预算执行和其他财政收支审计查出问题的整改情况报告"
    spans, note = reporter_spans("那份整改报告讲的是哪个年度的？在几届几次会议上报告的？", text, lines[-1][1], title, lines, "")
    assert text[spans[0][0]:spans[0][1]] == title and note == ""


def test_no_count_is_asked_no_earlier_report_is_quoted():
    lines = report_lines(GUANGDONG)
    spans, note = reporter_spans("在几届几次人大常委会会议上报告的？", GUANGDONG, lines[-1][1], "", lines, "")
    assert spans == lines and note == ""


@pytest.mark.parametrize(("quoted", "delivered", "published", "year"), [
    (sentence_holding(NINGBO, "第四次会议听取和审议了"), "", "2023-01-06", "2022"),   # August is after January
    (sentence_holding(NINGBO, "第四次会议听取和审议了"), "", "2022-11-20", "2022"),   # August is before November
    (sentence_holding(GUANGDONG, "第四十一次会议报告了"), "2022年7月27日", "2022-10-09", "2022"),   # the subtitle's year
    ("今年8月底前完成整改。", "", "2023-01-06", ""),   # a deadline may lie after publication
    ("2021年7月,省十三届人大常委会第三十三次会议审议了", "", "2022-10-09", ""),   # no 今年
])
def test_the_year_a_reports_this_year_means(quoted, delivered, published, year):
    assert year_meant(quoted, delivered, published) == year


def test_the_inferred_year_is_said_with_its_ground():
    note = year_meant_note(sentence_holding(NINGBO, "第四次会议听取和审议了"), "", "2023-01-06")
    assert note.startswith("（“今年8月”即2022年8月") and "2023-01-06" in note
    assert report_lines(NINGBO) == []   # no subtitle: the page's date is all there is
