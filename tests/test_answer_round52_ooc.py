"""Round 52 (session 16), out-of-corpus asks close to the rules of rounds 47–50, in wordings of my own over dev notices;
each must be refused, and their answerable twins stay answered.

- A header field (作者, 责任编辑, 浏览次数, 点击量) asked of a page that does not print it, or prints the label empty
  (questions.toml [unprinted], answer/unprinted.py header_unprinted).
- The reader or session of a report (谁作的报告, 报告人, 在哪次会议上作的报告) asked of a notice that is no report to a
  congress (questions.toml [not_a_report], answer/unprinted.py report_unread).
- The day of the feedback (哪天反馈的, 结束后几天反馈的) asked of a notice that never dates a 反馈 (questions.toml
  [step_undated], answer/unprinted.py step_undated).
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.unprinted import header_unprinted, report_unread, step_undated
from tests.conftest import ROOT


def _text(name: str) -> str:
    return (ROOT / "tests" / "data" / "notices-dev" / name).read_text(encoding="utf-8")


def test_header_field_read_from_the_page_head():
    ningbo = _text("d02_ningbo-audit-2021-rectification.txt")[:200]   # 浏览次数: printed empty
    assert header_unprinted("宁波市审计局这份报告的浏览次数是多少", ningbo, [])
    assert header_unprinted("厦门市体育局通报的责任编辑是谁", "时间:2020-11-16 17:06", [])
    assert not header_unprinted("芦淞区司法局通报的作者是谁", "来源:区司法局作者:区司法局", ["区司法局"])
    assert not header_unprinted("浏览次数是多少", "浏览次数: 1234", [])
    assert not header_unprinted("厦门体育局整改措施有哪些", "", [])


def test_report_unread_of_an_inspection_notice():
    suining = _text("d25_suining-science-tech-bureau-inspection.txt")
    cixi = _text("d17_cixi-audit-2017-rectification.txt")
    assert report_unread("遂宁市科技局这份通报是谁作的报告", [suining], [False])
    assert not report_unread("慈溪市审计整改报告的报告人是什么职务", [cixi], [False])   # names the congress
    assert not report_unread("遂宁科技局巡察后召开了什么会议", [suining], [False])   # a meeting, no report asked


def test_feedback_day_needs_a_dated_feedback():
    jieyang = _text("d20_jieyang-police-bureau-inspection-findings.txt")
    shuozhou = _text("d26_shuozhou-science-tech-bureau-inspection.txt")
    assert step_undated("揭阳市公安局巡察是哪天反馈的", [jieyang])
    assert not step_undated("朔州市科技局巡察反馈在哪天", [shuozhou])
    assert not step_undated("揭阳市公安局巡察发现了哪些问题", [jieyang])


REFUSED = [
    # a header field the page does not print
    ("嘉兴市文化广电旅游局整改通报的作者是谁", "没有"),
    ("广元市委巡视整改通报的责任编辑是谁", "没有印出作者"),
    ("华容县政府重点工作任务的作者是谁", "没有印出作者"),
    ("利州区法院通报的责任编辑是谁", "没有"),
    ("桂林区科协通报的作者是哪位", "没有印出作者"),
    ("厦门市体育局通报的责任编辑是谁", "没有"),
    ("莆田市司法局通报的作者是谁", "没有"),
    ("朔州市科技局通报是谁编辑的", "没有"),
    ("绵阳市司法局这篇通报的浏览次数是多少", "没有"),
    ("宁波市审计局这份报告的浏览次数是多少", "没有"),
    ("湖北省司法厅通报的浏览次数是多少", "没有"),
    ("中山市第一人民法院整改通报的点击量有多少", "没有"),
    ("枣庄市社科联整改通报的阅读量是多少", "没有"),
    # the reader or session of a report asked of no report to a congress
    ("遂宁市科技局这份通报是谁作的报告", "不是向人大常委会所作的报告"),
    ("湖州市卫健委工作要点是在哪次会议上作的报告", "不是向人大常委会所作的报告"),
    ("鲤城区社科联通报的报告人是什么职务", "不是向人大常委会所作的报告"),
    ("中山市第一人民法院整改通报是谁向人大常委会作的报告", "不是向人大常委会所作的报告"),
    ("华容县政府重点工作任务是谁作的报告", "不是向人大常委会所作的报告"),
    ("浙江省卫健委工作要点的报告人是谁", "不是向人大常委会所作的报告"),
    ("湘潭市妇联整改通报是在哪次会议上作的报告", "不是向人大常委会所作的报告"),
    ("厦门市体育局通报的报告人是谁", "没有"),
    # the feedback's day asked of a notice never dating one
    ("揭阳市公安局巡察是哪天反馈的", "没有写明反馈的日期"),
    ("揭阳市公安局巡察结束后几天反馈的", "没有写明反馈的日期"),
    ("揭阳市公安局从巡察结束到反馈隔了多少天", "没有写明反馈的日期"),
    ("揭阳市公安局什么时候收到的巡察反馈", "没有"),
    # already refused, kept so (a requirement count or a sum where the notice states none)
    ("揭阳市公安局通报一共提了几条要求", "没有"),
    ("揭阳市公安局巡察发现问题和已整改问题一共多少个", "没有"),
]


@pytest.mark.parametrize(("question", "said"), REFUSED)
def test_out_of_corpus_refused(dev_split_index, question, said):
    a = ask(dev_split_index, question, dev_split_index.settings)
    assert a.abstained, a.answer
    assert said in a.answer


ANSWERED = [
    ("芦淞区司法局通报的作者是谁", "芦淞"),
    ("广州市审计整改报告是谁作的报告", "赖志鸿"),
    ("慈溪市审计整改报告的报告人是什么职务", "局长"),
    ("广东省审计整改报告是在哪次会议上作的报告", "第四十五次会议"),
    ("厦门市体育局巡察是哪天反馈的", "2020年4月9日"),
    ("朔州市科技局巡察反馈在哪天", "2025年4月27日"),
    ("庆阳市文联巡察反馈在哪天", "2023年1月16日"),
    ("嘉兴市文旅局巡察结束后几天反馈的", "7月31日"),
    ("湘潭市妇联什么时候反馈的巡察意见", "2024年1月17日"),
]


@pytest.mark.parametrize(("question", "said"), ANSWERED)
def test_answerable_ask_answered(dev_split_index, question, said):
    a = ask(dev_split_index, question, dev_split_index.settings)
    assert not a.abstained, a.answer
    assert said in a.answer
