"""Round 127 (session 25), redone: premises, page dates and counts asked side by side, in wordings of my own over real
dev notice text (tests/data/notices-dev).

Behaviours:
- a share stated as the asker's premise with 占 (改完的占八成吧) is worked out from the notice's figures and held
  against that share (genre worked.toml [[share]] compares);
- the date a page shows is asked as 网页上的日期 / 页面上显示的时间, and a header line listing that date alone
  (• 2026-01-04) is the page's date line, quoted beside a gap worked up to it (answer/meta.py dated_line);
- words of making (新建, 新增) opening the thing asked are the act, never its qualifier (claims.toml made_words);
- 哪个多、多几个 after two things named and asked each (X和Y，各是多少？) asks their difference, people counted as
  人数 as as 人 (genre comparisons.toml [subjects], answer/combined.py);
- an ask answered on its own after another keeps the year a report's 今年 means (answer/each_ask.py);
- 目录里 + a count (目录里X那块有几个问题, 比Y多几个) asks the figure, not the outline;
- a gap asked between two steps is worked from the quoted sentences when the lead quotes one end only;
- 首尾各算多少天 typed after a comma asks the days of the words before it (genre asking.toml [[spoken]]).
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.counted_difference import counted_difference
from answer.meta import dated_line, head_pairs
from answer.qualified import qualified_pairs
from answer.steps import published_line
from answer.worked import rate_note
from genre.comparisons import compared_subjects
from genre.questions import load_questions
from genre.structure_questions import load_structure_questions
from genre.worked import named_share
from tests.conftest import dev_files, dev_text, sentence_holding, small_index


def test_a_share_stated_with_zhan_is_held_against_the_rate():
    said = sentence_holding(dev_text("d01_"), "报告日已整改40项")
    assert named_share("到期那天改完的占七成了吧？") == (0.7, "七成")
    assert named_share("改完的占几成？") is None
    note = rate_note("瑞金审计那批问题，改完的占七成了吧？", said)
    assert "40" in note and "50" in note and "超过七成" in note


def test_the_page_date_alone_on_a_header_line_is_its_date_line():
    from retrieval.load import load_notice
    notice = load_notice(dev_files("d16_")[0])
    dated = [p for p in head_pairs(notice.text, notice.header_end) if p.field == "date"]
    assert [p.value for p in dated] == [notice.date]
    assert dated_line("• 2026-01-04") == (2, 12) and dated_line("• 来源:市审计局") is None
    span = published_line("页面上显示的时间比作报告那天晚几天？", notice.text, notice.header_end, notice.date, "（…相隔5天。）")
    assert span is not None and notice.text[span[0]:span[1]] == notice.date


def test_the_page_shown_date_is_a_publication_ask():
    asked = load_questions().asks_published
    assert asked.search("网页上的日期是哪天") and asked.search("页面显示的时间")
    assert not asked.search("网页上的时间段怎么安排")


def test_words_of_making_are_no_qualifier():
    assert qualified_pairs("整改以来新建完善的制度数是多少？", ()) == []
    assert qualified_pairs("新增的规章制度有几项？", ()) == []


def test_which_is_more_after_each_asked_is_their_difference():
    said = sentence_holding(dev_text("d11_"), "建立完善制度")
    question = "处理的人数和新建的制度，分别是多少？哪个多、多几个？"
    assert load_questions().asks_difference.search(question)
    assert compared_subjects(question) == ("处理的人数", "新建的制度")
    note = counted_difference(question, said)
    assert "24" in note and "45" in note and "相差21" in note


def test_a_count_read_off_the_table_of_contents_is_no_outline_ask():
    outline = load_structure_questions().outline
    assert not outline.search("目录里基层党组织建设那块有几个问题？")
    assert not outline.search("目录上，腐败那块比党建那块多几个")
    assert outline.search("这份通报的目录是什么？") and outline.search("目录里分了哪几部分")


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    return small_index(tmp_path_factory, "r127", dev_files("d02_", "d31_"))


def test_the_second_ask_keeps_the_year_its_this_year_means(dev_index):
    a = ask(dev_index, "宁波那份整改报告里市政府抓的是哪类清单的问题整改？人大常委会第几次会议审议的审计工作报告？")
    assert not a.abstained and "第四次会议" in a.answer and "2022年8月" in a.answer


def test_a_gap_is_worked_from_the_quoted_sentence_when_the_lead_dates_one_end(dev_index):
    a = ask(dev_index, "庆阳文联目录里，基层党组织建设那块有几个问题？巡察结束后隔了几天才反馈？")
    assert not a.abstained and "5个问题" in a.answer and "相隔62天" in a.answer


def test_both_ends_counted_typed_after_a_comma_asks_the_days():
    from genre.asking import plain_question
    assert plain_question("莆田司法局那轮巡察，首尾各算多少天？") == "莆田司法局那轮巡察多少天？"
    assert plain_question("巡察首尾算一共几天？") == "巡察一共几天？"
