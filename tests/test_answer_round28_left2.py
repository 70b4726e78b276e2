"""Round 28 (session 13, h_left2): a report read to the people's congress and the days and sessions it names.

- answer/steps.py report_read_first: a gap asked from the report being made to its publication (厅长作报告到网站发布
  隔了多少天) counts from the report's subtitle day, not a day its opening quotes; questions.toml [asks_gap] report_made
  holds 作完报告 and 报告是哪天作的.
- questions.toml [report_sessions] every/session/dated: every session the matter went to (前后上过哪几次常委会会议) is
  the opening's dated sessions, heard or reported to, and the subtitle's own, counted.
Each probed in wordings of my own over real dev-notice text (tests/data/notices-dev).
"""
from __future__ import annotations

import pytest

from answer.meta import sessions_reported
from answer.steps import report_read_first
from genre.report_sessions import load_report_sessions
from tests.conftest import dev_files, dev_text

GUANGDONG = dev_text("d40_")   # ——2022年7月27日在…第四十五次会议上; 2021年7月,…第三十三次会议审议了; 今年3月29日,…第四十一次会议报告了
SUBTITLE = "——2022年7月27日在广东省第十三届人民代表大会"


@pytest.mark.parametrize(("question", "first"), [
    ("马学斌厅长作报告到审计厅网站发布，中间隔了多少天", True),
    ("厅长作完报告以后过了几天才在网站上发布", True),
    ("审计整改报告是哪天作的，过了多久才发布到网上", True),
    ("副市长作完审计整改报告，隔了几天挂到网上", True),
    ("3月29日那次和作这份报告隔了多少天", False),      # a day of the opening named: it is one end
    ("作这份报告和网站发布是同一天吗", False),          # no gap asked
])
def test_a_gap_from_the_report_made_to_its_publication_counts_from_the_subtitle(question, first):
    assert report_read_first(question, SUBTITLE) is first


@pytest.mark.parametrize("question", [
    "前后上过哪几次省人大常委会会议？",
    "先后提交过几次市人大常委会？各是什么时候",
    "历次上省人大常委会的会议分别是第几次、哪天开的",
    "上过哪几次市人大常委会会议",
    "这件事拿到过几次人大常委会会议上",
])
def test_every_session_asked_is_read(question):
    assert load_report_sessions().every.search(question)


def test_every_session_the_opening_names_is_quoted_heard_or_reported():
    body = GUANGDONG.index("省人大常委会:")
    said = [GUANGDONG[a:b] for a, b in sessions_reported("前后上过哪几次省人大常委会会议？", GUANGDONG, body)]
    assert [("第三十三次" in s, "第四十一次" in s) for s in said] == [(True, False), (False, True)]
    told = [GUANGDONG[a:b] for a, b in sessions_reported("报告过几回？", GUANGDONG, body)]
    assert len(told) == 1 and "第四十一次" in told[0]   # counting reports made: the session that heard the audit is none


@pytest.fixture(scope="module")
def report_index(tmp_path_factory):
    from tests.conftest import small_index
    return small_index(tmp_path_factory, "left2", dev_files("d01_", "d16_", "d17_", "d40_"))


@pytest.mark.parametrize(("question", "said"), [
    ("马学斌厅长作报告到审计厅网站发布，中间隔了多少天", "相隔74天"),
    ("广东审计厅长作完整改报告以后过了几天才在网站上发布", "相隔74天"),
    ("广东省审计整改报告是哪天作的，过了多久才发布到网上", "从2022年7月27日到2022年10月9日"),
    ("广州赖志鸿副市长作报告以后过了几天才挂网", "相隔5天"),
    ("广州副市长赖志鸿作完审计整改报告，隔了几天挂到网上", "相隔5天"),
])
def test_the_gap_from_the_report_made_is_answered_end_to_end(report_index, question, said):
    from answer.ask import ask
    answer = ask(report_index, question, report_index.settings)
    assert said in answer.answer and not answer.abstained


@pytest.mark.parametrize(("question", "said"), [
    ("省里20年度预算执行审计的事，前后上过哪几次省人大常委会会议？列一下第几次、啥时候",
     ("第三十三次", "第四十一次", "第四十五次", "共3次")),
    ("广东2020年度省级预算执行审计整改，历次上省人大常委会的会议分别是第几次、哪天开的",
     ("第三十三次", "第四十一次", "2022年7月27日", "共3次")),
    ("慈溪2017年度审计整改的事，前后上过哪几次市人大常委会会议，分别是哪天", ("第十四次", "第十六次", "共2次")),
    ("瑞金2020年度预算执行审计，先后提交过几次市人大常委会？各是什么时候", ("2021年9月15日", "2021年12月28日", "共2次")),
    ("广州2024年度市级预算执行审计整改报告上过哪几次市人大常委会会议", ("2025年12月30日", "第四十五次")),
])
def test_every_session_is_answered_end_to_end(report_index, question, said):
    from answer.ask import ask
    answer = ask(report_index, question, report_index.settings)
    assert all(s in answer.answer for s in said) and not answer.abstained, answer.answer
