"""Round 26 (brief h_refuse30): answerable asks that were refused, and a day asked where the notice states only a month,
each convention probed in five wordings of my own on real dev-notice text (tests/data/notices-dev).

- Staff shorten an inspecting group to its number and the act (市委五巡, 区委三巡组): read as 第N巡察组 (genre asking.toml
  [[spoken]]); a group named with its committee prefers the notices whose opening names it (genre described.toml
  named_group, retrieval.search.scope).
- A gap asked with 拖了多少天, the two steps named before a comma (从拿到反馈意见到把整改情况挂到网上，拖了多少天): the gap
  between them (genre questions.toml [asks_gap]).
- A clause counting a thing the question names (完善制度围绕哪几个方面，一共几个: 制度13个) answers its count, though the
  question names 方面 too (answer.lead).
- A meeting dates a question only in the ask holding the date word (哪天反馈的？后来那个培训会参加的有哪些人).
- A day of the month asked (几号, 具体哪天, 8月哪天) where the quotes give only a month or a recurring time (今年8月, 每月初):
  refused, quoting the month (genre steps.toml [day_of_month], answer/days.py).
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.days import day_unstated
from answer.lead import lead_spans, wanted
from answer.sentences import asked_units
from genre.asking import plain_question
from genre.described import named_group
from genre.questions import load_questions
from retrieval.load import load_notice
from retrieval.search.scope import scope_for
from tests.conftest import dev_files, dev_text, small_index



def sentence(prefix: str, words: str) -> str:
    """The sentence of the dev notice PREFIX that holds WORDS, as written."""
    text = dev_text(prefix)
    at = text.index(words)
    start = max(text.rfind(c, 0, at) for c in "。\n") + 1
    return text[start:text.index("。", at) + 1]


NINGBO = sentence("d02_", "今年8月")                # 今年8月,市十六届人大常委会第四次会议听取和审议了…
XIANGTAN = sentence("d28_", "每月初")               # 每月初召开工作例会
LIZHOU = sentence("d37_", "2025年2月修改完善")      # …,2025年1月、2月分别召开信访工作专题党组会
GUANGDONG = sentence("d40_", "2021年7月")           # 2021年7月,省十三届人大常委会第三十三次会议审议了…
ZHONGSHAN = sentence("d38_", "2025年1月13日")       # 2025年1月13日,市委巡察组向中山市第一人民法院党组反馈巡察意见


@pytest.mark.parametrize(("typed", "written"), [
    ("市委五巡在我们局一共巡察了多少天", "市委第五巡察组在我们局一共巡察了多少天？"),
    ("区委三巡组反馈了几个问题", "区委第三巡察组反馈了几个问题？"),
    ("二巡组是哪天进驻的", "第二巡察组是哪天进驻的？"),
    ("省委三巡什么时候反馈的", "省委第三巡视组什么时候反馈的？"),
    ("市委五巡组啥时候来的", "市委第五巡察组什么时候来的？"),
    ("区委巡察二组哪天反馈", "区委巡察二组哪天反馈？"),   # written already
    ("市委第五巡察组哪天来的", "市委第五巡察组哪天来的？"),
])
def test_a_group_shortened_to_its_number_is_written_out(typed, written):
    assert plain_question(typed) == written


def test_a_group_named_with_its_committee_prefers_the_notices_it_inspected():
    notices = [load_notice(p) for p in dev_files("d05_", "d10_", "d25_", "d28_", "d38_")]
    assert named_group("第五巡察组来了几天？") == ""   # every committee has a fifth group
    for question in ("市委第五巡察组在我们局一共巡察了多少天？", "市委第五巡察组从进驻到反馈隔了多少天？"):
        s = scope_for(question, notices)
        assert {nid[:4] for nid in s.focus} == {"d05_", "d38_"}, s
    s = scope_for("区委第一巡察组在我们局巡察了几天？", notices)
    assert [nid[:4] for nid in s.focus] == ["d10_"], s


@pytest.mark.parametrize("question", [
    "莆田司法局从拿到反馈意见到把整改情况挂到网上，拖了多少天？",
    "从收到反馈到挂网，拖了几天？",
    "反馈到公布拖了多少天？",
    "巡察结束到反馈，前后拖了几个月？",
    "从进驻到反馈拖了多久？",
])
def test_a_gap_asked_with_tuo_is_a_gap(question):
    assert load_questions().asks_gap.search(question) and wanted(question)[1] == 2


def test_a_clause_counting_a_thing_the_question_names_answers_its_count():
    text = sentence("d25_", "制定和完善相关制度13个")
    for question in ("遂宁科技局整改中完善制度围绕哪几个方面，一共几个？", "完善制度涉及哪几个方面，共几个？"):
        found = lead_spans(text, [(0, len(text))], question, {"完善": 1.0, "制度": 1.0, "围绕": 1.0}, asked_units(question))
        assert found and any("13个" in text[a:b] for a, b in found), found
    found = lead_spans(text, [(0, len(text))], "下设了几个工作组？", {"工作组": 1.0}, asked_units("下设了几个工作组？"))
    assert not found   # another thing counted: 制度13个 does not answer 几个工作组


@pytest.mark.parametrize(("question", "quotes", "when"), [
    ("宁波人大常委会审议审计工作报告具体是哪天？", [NINGBO], "今年8月"),
    ("广东省人大常委会第三十三次会议是7月几号审议审计工作报告的？", [GUANGDONG], "2021年7月"),
    ("利州区法院修改涉诉信访工作管理办法具体是哪天？", [LIZHOU], "2025年2月"),
    ("利州区法院信访工作专题党组会1月几号开的？", ["2025年1月、2月分别召开信访工作专题党组会"], "2025年1月"),
    ("湘潭妇联工作例会每月几号开？", [XIANGTAN], "每月初"),
    ("中山一院几号收到市委巡察组反馈的？", [ZHONGSHAN], ""),
    ("中山一院巡察组哪天反馈的？", ["2025年1月,市委巡察组反馈巡察意见"], ""),   # 哪天 alone: the month answers as far as it goes
    ("填报一般定在每月几号？", ["每月最后一周,完善本月相关信息的填报工作"], "每月最后一周"),
    ("例会一般几号开？", ["定期召开工作例会"], ""),   # no month either: another check says what is missing
])
def test_a_day_asked_where_only_a_month_is_stated(question, quotes, when):
    assert day_unstated(question, quotes) == when


@pytest.fixture(scope="module")
def refuse_index(tmp_path_factory):
    return small_index(tmp_path_factory, "refuse26", dev_files("d02_", "d05_", "d07_", "d10_", "d25_", "d28_", "d34_",
                                                                "d37_", "d38_", "d40_"))


@pytest.mark.parametrize(("question", "said"), [
    ("市委五巡在我们局一共巡察了多少天", "32天"),
    ("市委五巡组从进驻到反馈隔了多少天", "78天"),
    ("莆田司法局从拿到反馈意见到把整改情况挂到网上，拖了多少天", "410天"),
    ("遂宁科技局整改中完善制度围绕哪几个方面，一共几个", "制度13个"),
    ("中山一院是哪天拿到市委巡察组反馈的？后来那个传达暨整改培训会参加的有哪些人", "2025年1月13日"),
    ("中山一院几号收到市委巡察组反馈的", "2025年1月13日"),
    ("绵阳市司法局市委五巡是7月几号反馈的", "7月24日"),
    ("湘潭妇联市委第三巡察组是1月几号反馈的巡察意见", "2024年1月17日"),
    ("莆田司法局具体是哪天收到巡察反馈的", "2024年1月4日"),
    ("区行政审批和政务信息管理局区委一巡5月几号反馈的", "2024年5月16日"),
])
def test_end_to_end_answered(refuse_index, question, said):
    a = ask(refuse_index, question)
    assert not a.abstained and said in a.answer, a.answer


@pytest.mark.parametrize(("question", "month"), [
    ("宁波市人大常委会审议2021年度审计工作报告具体是哪天", "今年8月"),
    ("广东省十三届人大常委会第三十三次会议是7月几号审议审计工作报告的", "2021年7月"),
    ("利州区法院修改涉诉信访工作管理办法具体是哪天", "2025年2月"),
    ("利州区法院信访工作专题党组会1月几号开的", "2025年1月"),
    ("湘潭妇联工作例会每月几号开", "每月初"),
])
def test_end_to_end_a_month_only_is_refused(refuse_index, question, month):
    a = ask(refuse_index, question)
    assert a.abstained and a.answer.startswith("通报没有写明") and f"“{month}”" in a.answer, a.answer
