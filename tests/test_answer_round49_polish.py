"""Round 49 (polish49): what an answer quotes from a page header, and how worked cross notes read.

- answer/meta.py head_pairs/unlabelled_date/asked_spans: a date or issuer ask quotes the asked label:value pair alone,
  never the line's other pairs or its chrome (字号, 浏览次数) — except that a date asked is quoted with the source pair
  printed beside it, the page's byline (round 142, answer/byline_date.py); a header opening with an unlabelled date (2025年02月17日
  17:21    来源:…) dates the page.
- answer/cross.py cross_note: each side named by its issuer, its day stated, the relation said without splicing the
  question's words into a sentence.
"""
from __future__ import annotations

from datetime import date

import pytest

from answer.cross import cross_note
from answer.meta import asked_spans, head_pairs, side_by_side, unlabelled_date
from tests.conftest import dev_files

CHROME = ("字号", "浏览次数", "色调调节", "字体", "打印", "关闭")


def test_unlabelled_leading_date_is_a_pair():
    t = "中共莆田市司法局党组关于巡察整改进展情况的通报\n2025年02月17日 17:21    来源:莆田市司法局     字号:    \n\n"
    pairs = head_pairs(t, len(t))
    assert [(p.field, t[p.start:p.end]) for p in pairs] == [("date", "2025年02月17日 17:21"), ("source", "来源:莆田市司法局")]
    assert unlabelled_date("2025年02月17日 17:21 正文开始") is None


def test_asked_pair_alone():
    t = "发布日期:2023-01-06 11:16信息来源:宁波市审计局浏览次数: 字号:[ ] 色调调节:\n"
    pairs = head_pairs(t, len(t))
    source = [p for p in pairs if p.field == "source"]
    assert [t[a:b] for a, b in asked_spans(source, pairs, t)] == ["信息来源:宁波市审计局"]


def test_cross_note_names_issuers():
    days = [("《绵阳市司法局党组（d05_mianyang.txt）》", date(2024, 5, 7)),
            ("《中共莆田市司法局党组关于巡察整改进展情况的通报》", date(2023, 4, 20))]
    note = cross_note("绵阳司法局巡察开始那天，莆田司法局巡察开始了吗", ("什么时候巡察开始", "什么时候巡察开始"), days)
    assert note == ("（按两份通报的日期推算：绵阳市司法局巡察开始：2024年5月7日；莆田市司法局巡察开始：2023年4月20日；"
                    "莆田市司法局比绵阳市司法局早383天，在绵阳市司法局那天之前。）")


@pytest.fixture(scope="module")
def header_index(tmp_path_factory):
    from tests.conftest import small_index
    return small_index(tmp_path_factory, "polish49", dev_files("d02_", "d07_", "d08_", "d23_", "d34_", "d35_"),
                       keyword_only=False)


def _ask(index, question):
    from answer.ask import ask
    return ask(index, question, index.settings)


@pytest.mark.parametrize(("question", "quoted"), [
    ("莆田司法局那份巡察整改通报是哪天在网上发布的？", "2025年02月17日 17:21    来源:莆田市司法局"),   # the byline (round 142)
    ("莆田市司法局这份通报署的来源是哪个单位？", "来源:莆田市司法局"),
    ("宁波审计局那份整改报告是几号挂网的？", "发布日期:2023-01-06 11:16信息来源:宁波市审计局"),
    ("宁波那份审计整改报告挂网时，信息来源写的是哪个单位？", "信息来源:宁波市审计局"),
    ("芦淞司法局这份整改进展在网站上是哪天更新的？", "更新时间:2025-04-10"),
    ("鲤城区社科联整改通报什么时候发布的？", "来源:鲤城区社会科学界联合会 发布时间:2024-09-19 17:46"),
    ("鲤城社科联那份通报的来源是哪个单位？", "来源:鲤城区社会科学界联合会"),
])
def test_header_pair_quoted_alone(header_index, question, quoted):
    a = _ask(header_index, question)
    quotes = [c.quote.strip() for c in a.citations]
    assert quoted in quotes, (a.text, quotes)
    assert not any(w in q for q in quotes[:1] for w in CHROME), quotes


def test_pairs_side_by_side_are_one_quote():
    t = "信息来源:广东省审计厅 发布日期:2022-10-09 字号:大\n正文"
    assert side_by_side([(12, 27), (0, 11)], t, 35) == [(0, 27)]
    assert side_by_side([(12, 27), (31, 32)], t, 35) == [(12, 27), (31, 32)]   # chrome between: not joined


@pytest.mark.parametrize(("question", "quoted"), [
    ("莆田市司法局那份整改通报是哪天发到网上的？署的来源是哪个单位？", "2025年02月17日 17:21    来源:莆田市司法局"),
    ("宁波审计局那份整改报告几号挂网的，信息来源写的哪个单位", "发布日期:2023-01-06 11:16信息来源:宁波市审计局"),
    ("鲤城社科联那份通报来源是哪个单位，什么时候发布的", "来源:鲤城区社会科学界联合会 发布时间:2024-09-19 17:46"),
])
def test_two_pairs_asked_together_quoted_as_printed(header_index, question, quoted):
    a = _ask(header_index, question)
    quotes = [c.quote.strip() for c in a.citations]
    assert quoted in quotes, (a.text, quotes)
