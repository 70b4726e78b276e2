"""Round 30 (session 14, h_dates31): dates, gaps and sessions asked together, diagnosed on set fresh32, fixed by kind.

- answer/steps.py span_asked/_from_joined: a span asked with 离/距 after a question mark (…哪天挂出来的？离反馈过了多久)
  counts from the day the ask before it asks, as after a comma; questions.toml [asks_gap] takes 离反馈有多久 too, and a
  dated-step ask of the notice the question names by place and agency is not refused on word coverage
  (answer/extractive.py routed_reply).
- genre places.toml left_words: a place right after 那个/这个/那/刚才 starts a word (刚才那个华容的文件, 那广东3月底…).
- answer/asks.py own_number_line: the notice's own 文号 asked beside asks the body answers is quoted from its head line
  (metadata.toml [doc_number_asked] own); answer/steps.py published_line quotes the page's date pair the ask names (公开日期).
- agencies.toml [unit_names]: a level word before 长 (市长) or a count (一个) starts no unit: 报告人一个副市长一个厅长 names
  no unit 市长一个厅.
- answer/meetings.py month_meeting_ends: meetings named by their months (3月底先报的那次…离7月那次) are the day-dated
  meetings in those months (steps.toml [month_meeting]).
Each probed in wordings of my own over real dev-notice text (tests/data/notices-dev).
"""
from __future__ import annotations

import pytest

from answer.asks import own_number_line
from answer.meetings import month_meeting_ends
from answer.steps import span_asked
from genre.places import find_places
from retrieval.search.named import _other_units
from tests.conftest import dev_files


@pytest.mark.parametrize(("question", "joined"), [
    ("那莆田司法局这份整改通报是哪天挂出来的呢？离反馈过了多久", "那莆田司法局这份整改通报是哪天挂出来的呢，离反馈过了多久"),
    ("芦淞区司法局那份整改通报是哪天挂网的？距离反馈有多少天", "芦淞区司法局那份整改通报是哪天挂网的，距离反馈有多少天"),
    ("巡了多少天？离反馈过了多久", "巡了多少天？离反馈过了多久"),   # the ask before asks no day: left as asked
])
def test_a_span_from_one_step_after_a_question_mark_counts_from_the_day_asked_before(question, joined):
    assert span_asked(question) == joined


@pytest.fixture(scope="module")
def gap_index(tmp_path_factory):
    from tests.conftest import small_index
    return small_index(tmp_path_factory, "dates30", dev_files("d07_", "d08_", "d32_", "d34_", "d35_"))


@pytest.mark.parametrize(("question", "said"), [
    ("那莆田司法局这份整改通报是哪天挂出来的呢？离反馈过了多久", "相隔410天"),
    ("芦淞区司法局那份整改通报是哪天挂网的？距离反馈有多少天", "相隔216天"),
    ("厦门体育局整改情况通报哪天公开的？离反馈过了多久", "相隔221天"),
    ("枣庄社科联的整改通报什么时候发布的？离反馈巡察意见隔了几个月", "相隔159天"),
    ("鲤城区社科联整改进展通报哪一天公布的?距反馈过了多少天", "相隔185天"),
    ("莆田市司法局的通报啥时候放到网上的？离收到反馈有多久了", "相隔410天"),
])
def test_publication_to_feedback_is_answered_end_to_end(gap_index, question, said):
    from answer.ask import ask
    answer = ask(gap_index, question, gap_index.settings)
    assert said in answer.answer and "（发布）" in answer.answer and not answer.abstained, answer.answer


@pytest.mark.parametrize(("question", "full"), [
    ("那个慈溪的审计整改报告是哪天发布的", "慈溪市"),
    ("这个瑞金的审计报告文号是多少", "瑞金市"),
    ("刚才芦淞的那份通报哪天反馈的", "芦淞区"),
    ("那个鲤城的社科联通报哪天挂网的", "鲤城区"),
    ("刚才那个华容的文件哪天公开的", "华容县"),
    ("那广东3月底先报的那次是第几次会议", "广东省"),
])
def test_a_place_after_a_demonstrative_starts_a_word(question, full):
    assert [p.full_name for p in find_places(question, frozenset({"430623"}))] == [full]


@pytest.mark.parametrize("question", [
    "广州那份和广东那份审计整改报告，报告人一个副市长一个厅长？分别叫什么",
    "宁波和慈溪的审计整改报告，一个是副市长作的一个是局长作的吧",
    "瑞金那份是市长还是审计局长作的报告",
    "两份报告的报告人一位市长一位厅长，各叫什么",
    "区长一个局长分别是谁",
])
def test_a_guess_of_posts_names_no_unit(question):
    assert _other_units(question) == ()


def test_a_unit_with_its_level_word_is_still_named():
    assert _other_units("市殡仪馆巡察整改完成了多少？") == ("市殡仪馆",)


def test_the_notices_own_number_line():
    from types import SimpleNamespace
    text = "• 公开日期:2021-03-23\n2021年县政府重点工作任务(华政发〔2021〕2号)\n正文"
    notice = SimpleNamespace(text=text, header_end=46, doc_number="华政发〔2021〕2号")
    a, b = own_number_line(notice, "刚才那个华容的文件，文号是多少，哪天公开的？")
    assert text[a:b] == "2021年县政府重点工作任务(华政发〔2021〕2号)"
    assert own_number_line(notice, "整改方案的文号是多少？") is None


@pytest.fixture(scope="module")
def number_index(tmp_path_factory):
    from tests.conftest import small_index
    return small_index(tmp_path_factory, "dates30num", dev_files("d13_", "d22_", "d23_", "d07_", "d01_", "d02_", "d05_", "d10_", "d11_", "d16_", "d17_", "d40_"))


@pytest.mark.parametrize(("question", "said"), [
    ("刚才那个华容的文件，文号是多少，哪天公开的？比报备截止那天晚几天", ("华政发〔2021〕2号", "公开日期:2021-03-23", "8天")),
    ("这个华容的文件发文字号是多少，哪天公开的，比备案截止晚了几天", ("华政发〔2021〕2号", "8天")),
    ("华容那个通知的文号是啥？公开的时候距报备截止过去了几天", ("华政发〔2021〕2号", "8天")),
    ("湖州卫健委的工作要点，文号是多少，哪天发布的？比落款那天晚几天", ("湖卫健发〔2023〕1号", "8天")),
    ("浙江省卫健委那份工作要点文号是什么？哪天发布的？距落款隔了几天", ("浙卫发〔2023〕10号", "3天")),
])
def test_the_own_number_is_quoted_beside_dates_end_to_end(number_index, question, said):
    from answer.ask import ask
    answer = ask(number_index, question, number_index.settings)
    assert not answer.abstained and all(s in answer.answer for s in said), answer.answer


GUANGDONG = ("——2022年7月27日在省第十三届人大常委会第四十五次会议上。2021年7月,第三十三次会议审议了报告。"
             "今年3月29日,向省十三届人大常委会第四十一次会议报告了整改情况。")


@pytest.mark.parametrize(("question", "first"), [
    ("3月底先报的那次是第几次会议？离7月那次隔了多少天", "今年3月29日"),
    ("三月底那次和七月那次隔了几天", "今年3月29日"),
    ("3月份报的那次和7月那次会议相隔多少天", "今年3月29日"),
])
def test_meetings_named_by_their_months(question, first):
    ends = [GUANGDONG[a:b] for a, b in month_meeting_ends(question, GUANGDONG, "2022年7月27日")]
    assert ends[0].startswith(first) and "第四十五次" in ends[1]


def test_one_month_named_asks_no_meeting_gap():
    assert month_meeting_ends("3月底那次是第几次会议", GUANGDONG, "2022年7月27日") == []


@pytest.fixture(scope="module")
def meeting_index(tmp_path_factory):
    from tests.conftest import small_index
    return small_index(tmp_path_factory, "dates30meet", dev_files("d40_", "d17_", "d16_", "d02_"))


@pytest.mark.parametrize(("question", "said"), [
    ("那广东3月底先报的那次突出问题整改，是第几次会议？离7月那次隔了多少天", ("第四十一次", "相隔120天")),
    ("广东那份审计整改报告，3月底那次是第几次会议？和7月那次隔了多少天", ("第四十一次", "相隔120天")),
    ("广东的整改报告，三月底先报的那次是第几次会，跟七月那次隔了几天", ("第四十一次", "相隔120天")),
    ("慈溪那份审计整改报告，7月底那次会议和11月那次隔了多久", ("第十四次", "相隔115天")),
    ("慈溪审计局7月那次是第几次会议？离11月下旬的那次隔了多少天", ("第十四次", "相隔115天")),
])
def test_meetings_named_by_months_end_to_end(meeting_index, question, said):
    from answer.ask import ask
    answer = ask(meeting_index, question, meeting_index.settings)
    assert not answer.abstained and all(s in answer.answer for s in said), answer.answer


@pytest.mark.parametrize(("question", "names"), [
    ("广州那份和广东那份审计整改报告，报告人一个副市长一个厅长？分别叫什么，在哪一届人大常委会第几次会上", ("赖志鸿", "马学斌")),
])
def test_a_guess_of_posts_answers_both_sides(meeting_index, question, names):
    from answer.ask import ask
    answer = ask(meeting_index, question, meeting_index.settings)
    assert not answer.abstained and all(n in answer.answer for n in names), answer.answer
