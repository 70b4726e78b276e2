"""Round 58 (session 17, h_when58): a span against a threshold.

- worked.toml [span_threshold], answer/span_threshold.py: a dated range a notice states held against a length the
  asker names yes-or-no (满不满45天, 够不够3个月, 超没超过两个月, 有没有半年): the judgment in the asker's own words with
  both conventions (起止日期相差N天, 首尾都算N+1天), both said where they fall on either side; the length is left out
  of the words looked for (genre.thresholds.without_threshold).
Each probed in wordings of my own over real dev-notice text (tests/data/notices-dev).
"""
from __future__ import annotations

import pytest

from answer.span_threshold import span_asked, span_threshold_note
from genre.thresholds import without_threshold
from tests.conftest import dev_text


def _opening(prefix: str) -> str:
    """The first line of the dev notice's text that dates a range (至)."""
    return next(line for line in dev_text(prefix).splitlines() if "至" in line and "日" in line)


@pytest.mark.parametrize(("prefix", "question", "said"), [
    ("d19_", "市公安局巡察从9月9号到10月24号，满不满45天", "满，2024年9月9日至10月24日起止日期相差45天（首尾都算为46天），满45天"),
    ("d11_", "嘉兴文旅局那轮巡察有没有超过两个月", "超过，2025年3月18日至6月6日起止日期相差80天"),
    ("d14_", "广元的省委巡视是不是超过3个月", "没超过，2024年8月27日至11月22日起止日期相差87天（首尾都算为88天）"),
    ("d29_", "区科协巡察够不够一个月", "够，2024年2月20日至3月26日起止日期相差35天"),
    ("d04_", "湖北司法厅的巡视满没满50天", "满，2024年11月7日至12月31日起止日期相差54天"),
    ("d08_", "庐松司法局巡察有没有半年", "没有，2024年3月7日至5月7日起止日期相差61天（首尾都算为62天），没有半年"),
    ("d20_", "揭阳公安巡察到没到两个月", "到了，2025年6月5日至8月8日起止日期相差64天"),
    ("d35_", "巡察是不是够30天", "按相差算不够30天，首尾都算则够30天"),
])
def test_a_range_judged_against_the_length_named(prefix, question, said):
    assert said in span_threshold_note(question, _opening(prefix))


def test_both_conventions_said_when_they_differ():
    note = span_threshold_note("超没超过45天", _opening("d19_"))
    assert "按相差算没超过45天，首尾都算则超过45天" in note


@pytest.mark.parametrize("question", ["巡察了多少天？", "巡察是哪段时间？", "开会有没有超过十次"])
def test_no_length_named(question):
    assert span_asked(question) is None


def test_no_range_quoted_no_note():
    assert span_threshold_note("满不满45天", "2025年7月31日,市委第三巡察组向市文化广电旅游局党委反馈了巡察意见") == ""


def test_the_length_is_not_looked_for():
    assert "45天" not in without_threshold("巡察从9月9号到10月24号，满不满45天")
    assert "半年" not in without_threshold("庐松司法局巡察有没有半年")
