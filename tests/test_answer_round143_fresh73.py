"""Round 143: asks of the blind batch fresh73 read as staff type them.

Behaviours:
- 开头/开篇 is the opening of a notice, not the asker holding (开) a meeting: a first clause naming it is the ask, no
  preface to drop (我们市公安局通报开头讲整改总体情况，分了哪三个“是”);
- a draft request names what is to be written and asks how with a modal between (整改措施能怎么写, 这段该怎么写);
  怎么写的 asks how a notice wrote it;
- 建章立制 is read as 制度, so a notice reporting the rules it made answers, no problem left unwritten;
- a rank aimed at asked with 什么 (定了什么名次目标) is worded, the plan's slogan answers;
- a notice made public and its day asked after (公开出来，几号几点) asks its publication; a gap compared with 跟…比
  runs from that step as 离 does;
- 作/做 end a word before a place (作广州审计整改报告); a reading told before its day asked (在人大常委会作…报告是哪天)
  asks the report's own day, the 作 of 工作报告 naming none;
- a site 登出来 a report: its page's date is the step asked;
- the top parts asked as 大的部分有哪些 are the outline.
"""
from __future__ import annotations

from answer.preface import without_preface
from answer.unstated import rank_unstated
from answer.unwritten_asks import problem_unwritten
from genre.places import find_places
from genre.questions import load_questions
from genre.staff_words import in_notice_words
from genre.structure_questions import load_structure_questions
from genre.worked import asked_steps
from tests.conftest import dev_text


def test_the_opening_of_a_notice_is_asked_not_a_preface():
    q = "我们市公安局通报开头讲整改总体情况，分了哪三个“是”？"
    assert without_preface(q) == (q, "")
    assert without_preface("我们院下周开整改培训会，想看看别人第一部分讲什么")[1]   # 开 a meeting: still a preface


def test_a_draft_request_with_a_modal_before_how_to_write():
    draft = load_questions().draft_request
    assert draft.search("我们区妇联被指出服务女企业家做得不够，整改措施能怎么写？")
    assert draft.search("我们县司法局被巡察指出学习次数没达到要求，整改情况这段该怎么写？")
    assert not draft.search("芦淞区司法局通报里这部分是怎么写的？")


def test_jianzhang_lizhi_is_read_as_the_rules_a_notice_made():
    assert "制度" in in_notice_words("遂宁科技局在建章立制方面做了什么？")
    text = dev_text("d25_")
    assert "建章立制" not in text and "制度" in text
    assert problem_unwritten("遂宁科技局在建章立制方面做了什么？", text) == ""


def test_a_rank_aimed_at_is_worded_by_the_plan():
    slogan = next(s for s in dev_text("d22_").split(",") if "保五争三" in s)
    assert not rank_unstated("湖州卫健委在各项考核评比里定了什么名次目标？", [slogan])
    assert rank_unstated("我们局绩效考核在全市排第几名？", [slogan])   # a place asked: the slogan states none


def test_made_public_then_its_day_and_a_gap_compared():
    q = load_questions()
    assert q.asks_published.search("莆田市司法局党组把整改通报公开出来，具体是几号几点？")
    assert q.gap_from.search("跟收到反馈那天比隔了多长时间？")


def test_a_place_after_the_verb_of_making_a_report():
    assert [p.full_name for p in find_places("赖副市长在人大常委会作广州审计整改报告是哪天？")] == ["广州市"]


def test_a_reading_told_before_its_day_asked():
    reporter = load_questions().asks_reporter
    assert reporter.search("赖副市长在人大常委会作广州审计整改报告是哪天？")
    assert not reporter.search("瑞金市人大常委会听审计工作报告是哪天？")


def test_a_site_putting_a_report_up_is_its_publication():
    assert any(s.name == "published" for s in asked_steps("审计局网站隔了几天才登出来？"))


def test_the_big_parts_asked_with_de_are_the_outline():
    outline = load_structure_questions().outline
    assert outline.search("芦淞区司法局通报大的部分有哪些？")
