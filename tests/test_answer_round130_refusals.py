"""Round 130: counts read, sessions listed, spans said and a detail refused, asked of fresh69 dev questions.

Behaviours:
- the count of a quote asked by its measure word (那套问题清单一共几张) is said in digits beside the quote
  (“七张问题清单”，即7张: genre/quoted_figure.py), and an ask's note of that kind is kept by answer/each_ask.py;
- every session asked by a counted 哪两次 (先后在哪两次会议上审议…、听取…) lists the opening's dated sessions
  (genre questions.toml [report_sessions] every; answer/metadata.py own_session_asks);
- a span of a year and more is said in years and months too (近22个月，即近1年10个月: answer/span_words.py);
- how much of another count each counted member was allotted (那3个专项整改工作小组各自分到多少条整改措施) is refused,
  the count quoted, when no sentence naming them states each one's share (answer/member_detail.py).
"""
from __future__ import annotations

from answer.each_ask import worked_tail
from answer.member_detail import member_detail_unstated
from answer.metadata import own_session_asks
from answer.span_words import months_said
from genre.quoted_figure import quoted_counts_said
from genre.report_sessions import load_report_sessions
from tests.conftest import dev_text


def _sentence(text: str, words: str) -> str:
    at = text.index(words)
    return text[text.rfind("。", 0, at) + 1:text.find("。", at) + 1]


def test_quoted_count_said_in_digits():
    quoted = _sentence(dev_text("d02_"), "七张问题清单")
    assert quoted_counts_said("宁波报告里提到的那套问题清单一共几张？", quoted) == "（“七张问题清单”，即7张。）"
    assert quoted_counts_said("整改了几个问题？", quoted) == ""


def test_each_ask_keeps_the_quoted_count_note():
    assert worked_tail("抓好“七张问题清单”重大审计问题整改工作[1]。（“七张问题清单”，即7张。）") == "（“七张问题清单”，即7张。）"


def test_sessions_counted_in_the_ask_are_every_session():
    q = "省十三届人大常委会先后在哪两次会议上审议审计工作报告、听取突出问题整改情况？各是什么时候？"
    assert load_report_sessions().every.search(q)
    assert own_session_asks(q, "——2022年7月27日在广东省第十三届人民代表大会常务委员会第四十五次会议上") == q
    assert own_session_asks("听取整改情况报告是在哪次会上？", "——2022年7月27日在…第四十五次会议上") == ""


def test_long_span_in_years_and_months():
    assert months_said(669) == "近22个月，即近1年10个月"
    assert months_said(301) == "近10个月"


def test_allotted_share_refused_with_the_count():
    text = dev_text("d32_")
    found = member_detail_unstated("厦门体育局那3个专项整改工作小组，各自分到多少条整改措施？", text)
    assert found is not None and "设立3个专项整改工作小组" in found[1] and "整改措施条数" in found[1]


def test_allotted_share_stated_is_answered():
    text = "设立3个专项整改工作小组,各小组分别承担整改措施80条。"
    assert member_detail_unstated("那3个专项整改工作小组，各自分到多少条整改措施？", text) is None
