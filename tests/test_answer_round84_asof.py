"""Round 84 (session 18): as-of frames and "now" words in other agencies' wordings, in wordings of my own over dev
notices.

- A question dating the figures it asks by an as-of frame (截止到2025年11月底完成了多少, 截止当前完成了几个, 到11月末,
  至今, 截至目前为止) asks the figures, not a deadline: the deadline readers (claims.toml [member_detail] deadline, read
  by answer/member_detail.py and answer/listed_member.py) skip the spans of genre/as_of.py (steps.toml [as_of]).
- The moment itself asked (数据截止到什么时候, 统计到哪天为止, 截止到什么时候开展了…次检查) is no deadline either, while a
  deadline asked with 截止 (备案截止是哪天, 整改时限截止到哪天, 要截止到什么时候完成) stays one.
- The asker's own figure dated by their own frame (我们局截止当前整改完成了20个) leaves the frame out of the notice's ask
  (genre/own_figure.py).
"""
from __future__ import annotations

import re

import pytest

from answer.ask import ask
from answer.member_detail import _patterns, measure_detail_unstated
from genre.as_of import as_of_spans, asks_as_of, outside_as_of, without_as_of
from genre.own_figure import own_figure
from tests.conftest import dev_files, small_index

GUANGZHOU = ("截至2025年11月底,《审计工作报告》反映的400个问题,已完成整改336个,其中要求立行立改的283个问题已全部完成整改,"
             "整改金额1.2亿元。")

FRAMED = ["截止到2025年11月底完成了多少个问题？", "截止当前完成了几个重点问题？", "到11月末已改完几个？",
          "至今还剩几个没完成？", "截至目前为止完成了多少？", "到目前为止整改到位了几个？", "截止2025年11月底还有几个没改完？",
          "迄今为止完成了几个问题？"]
ASKED = ["广州审计整改报告的数据截止到什么时候？", "广州审计整改的数字统计截止到哪天？", "整改进度是截至哪天的口径",
         "广州审计整改报告统计到哪天为止？", "截止到什么时候开展了2.28万余次行政检查？", "截至啥时候，400个问题改完多少",
         "这些数是到什么时候的？"]
DEADLINES = ["县政府督查室备案截止是哪天？", "那1个立行立改问题整改时限截止到哪天？", "要截止到什么时候完成整改？",
             "推进方案要报哪个部门备案？截止日期是？", "那3个小组各自的完成时限截止到哪天"]


@pytest.mark.parametrize("question", FRAMED)
def test_a_frame_dating_figures_asks_no_deadline(question):
    assert as_of_spans(question)
    assert outside_as_of(_patterns()["deadline"], question) is None


@pytest.mark.parametrize("question", ASKED)
def test_the_moment_asked_is_no_deadline(question):
    assert asks_as_of(question)
    assert outside_as_of(_patterns()["deadline"], question) is None


@pytest.mark.parametrize("question", DEADLINES)
def test_a_deadline_asked_with_jiezhi_stays_one(question):
    assert not asks_as_of(question)
    assert outside_as_of(_patterns()["deadline"], question) is not None


def test_range_ends_and_bare_years_are_no_frames():
    assert as_of_spans("利州法院2025年1到3月填报了多少条？") == []
    assert as_of_spans("从24年8月底到11月下旬一共多少天") == []
    assert as_of_spans("报告有没有讲到2022年度预算执行审计问题的整改数？") == []
    assert without_as_of("截至当年12月底,支队共开展行政检查2.28万余次") == ",支队共开展行政检查2.28万余次"


def test_a_framed_figure_of_the_notice_is_not_refused_as_a_deadline():
    start = GUANGZHOU.index("已完成"); end = GUANGZHOU.index(",其中")
    for q in ["广州审计整改，截止到2025年11月底完成了多少个问题？", "广州审计整改，截止当前完成了几个？",
              "广州审计整改的数据截止到什么时候？", "广州审计整改截止到哪天完成了多少个问题？", "广州审计整改，截止目前还剩几个？"]:
        assert measure_detail_unstated(q, GUANGZHOU, start, end) is None, q
    assert measure_detail_unstated("那份方案截止到哪天报备？", "要制定实施方案并报县政府备案。", 0, 15) is not None


def test_the_askers_own_frame_stays_theirs():
    for q in ["我们局截止当前整改完成了20个问题，跟天津城管委比差几个？", "我们局到目前为止已完成整改20个问题，跟天津城管委比差几个？",
              "我们局截至今年6月底已完成整改20个问题，跟天津城管委比差几个？", "我们局至今已完成整改20个问题，跟天津城管委比差几个？",
              "我们局截止2025年3月底已完成整改20个问题，跟天津城管委比差几个？"]:
        f = own_figure(q)
        assert f is not None and f.value == "20", q
        assert not re.search("截[至止]|目前|至今|为止|月底", f.ask), f.ask


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    return small_index(tmp_path_factory, "asof84", dev_files("d13_", "d16_"))


@pytest.mark.parametrize("question", [
    "广州审计整改，截止到2025年11月底完成了多少个问题？",
    "广州市级审计查出的问题截止到11月底还有多少个没改到位？",
    "广州审计整改报告的数据截止到什么时候？",
    "广州审计整改的数字统计截止到哪天？",
    "广州审计整改截止到哪天完成了多少个问题？",
    "广州审计整改，截止当前整改到位了几个问题？",
])
def test_framed_asks_are_answered_over_the_notice(dev_index, question):
    a = ask(dev_index, question, dev_index.settings)
    assert not a.abstained, a.answer
    assert "完成时限" not in a.answer
    assert "336" in a.answer or "2025年11月底" in a.answer


def test_a_deadline_asked_with_jiezhi_is_still_answered_by_the_deadline(dev_index):
    a = ask(dev_index, "华容县要求把四四表单报备的截止日期是哪天？", dev_index.settings)
    assert "3月15日" in a.answer
