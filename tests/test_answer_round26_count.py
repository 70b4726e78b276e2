"""Round 26, several counts and the days between dated events: each convention probed in five wordings of my own on
real dev-notice text (tests/data/notices-dev), and where it applies, where it must not fire.

- Parts asked one by one, each by its position among the parts that state their counts (第二方面, 头一块, 最后一块) or by
  words of its heading (基层党建那块), then their sum or difference: each answered by the heading carrying its count, the
  figure worked of two parts or more only; a sum of one figure is never said (genre worked.toml [parts_total] each_*).
- Several counts asked together (成立了几个小组 定了几个方案): each 几个X an ask of its own, so the thing counted by its
  kinds is summed whichever ask names it (genre worked.toml [kinds_total], genre/counted.py kinds_asks).
- A gap asked between a report read to the people's congress and the meeting before it, unnamed (离上次…隔了多久): the
  body's latest day-dated meeting and the report's subtitle, both quoted, the gap worked (genre steps.toml
  [previous_meeting]).
- A stated count asked how it is grouped (11个问题是怎么归类的): the clause stating it with its grouping (3个方面6项共11
  个问题) answers, beside the other asks (genre worked.toml [count_grouped]).
- Units a notice groups by what they did and names across the clauses after it (部分单位边审边改,…逍林镇…,胜山镇、市文广
  局…): a count asked of them (边审边改的单位有几个) quotes the group and counts the units, up to the next group (genre
  worked.toml [practice_group]).
- The publication date asked beside another ask: the page's own date pair quoted as the page writes it (发布时间:…), not
  only the date said (genre questions.toml [asks_published]).
"""
from __future__ import annotations

import pytest

from answer.meetings import previous_meeting_ends
from answer.steps import published_line
from answer.totals import total_parts
from answer.worked import kinds_total_note
from genre.parts_asked import parts_each
from genre.counted import grouping_asked, practice_asked, practice_groups
from genre.counted import kinds_asks
from retrieval.parse import parse_sections
from tests.conftest import dev_files, dev_text, sentence_holding, small_index

QINGYANG = dev_text("d31_")    # (一)…(7个问题) (二)…(11个问题) (三)…基层党组织建设方面(5个问题) (四)…(2个问题)
MIANYANG = dev_text("d05_")    # 成立了…领导小组,研究制定1个总方案,2个专项方案
CIXI = dev_text("d17_")        # ——2018年11月22日在…第十六次会议上; 2018年7月30日…第十四次会议后
GUANGDONG = dev_text("d40_")   # ——2022年7月27日在…; 今年3月29日,…第四十一次会议报告了…
LICHENG = dev_text("d35_")     # 发布时间:2024-09-19; 巡察反馈的3个方面6项共11个问题


def _findings() -> tuple[str, list]:
    """The third top part of the Qingyang notice, holding the four findings groups with their counts."""
    start = QINGYANG.index("三、坚持问题导向")
    text = QINGYANG[start:QINGYANG.index("四、正视工作差距") + 8]
    return text, parse_sections(text)


@pytest.mark.parametrize(("question", "quoted", "note"), [
    ("庆阳文联第一方面几个问题，第三方面几个问题，加起来多少", ["7个问题", "5个问题"], "合计12个问题"),
    ("庆阳文联头一块问题有几个，最后一块有几个，两块合计多少个", ["7个问题", "2个问题"], "合计9个问题"),
    ("庆阳文联 群众身边腐败那块几个问题，基层党组织建设那块几个，差多少", ["11个问题", "5个问题"], "相差6个问题"),
    ("庆阳文联第二个方面跟第三个方面分别几个问题，一共几个", ["11个问题", "5个问题"], "合计16个问题"),
    ("庆阳文联决策部署落实方面有几个问题，最后一个方面有几个，相差几个", ["7个问题", "2个问题"], "相差5个问题"),
])
def test_parts_asked_one_by_one_are_each_answered_by_their_counted_heading(question, quoted, note):
    text, sections = _findings()
    spans, said = total_parts(text, sections, question)
    assert [q for q, (a, b) in zip(quoted, spans) if q in text[a:b]] == quoted and note in said


@pytest.mark.parametrize("question", [
    "庆阳文联最后一块几个问题，合起来几个",      # one part: no sum of one figure
    "庆阳文联第二方面有几个问题？",              # one part, nothing worked
])
def test_no_figure_is_worked_of_one_part(question):
    text, sections = _findings()
    found = total_parts(text, sections, question)
    assert found is None or "合计" not in found[1]


def test_parts_each_needs_two_parts_and_a_figure_of_them():
    assert parts_each("第一部分讲什么，第二部分讲什么，一共几个问题") is None
    assert parts_each("第二方面和第四方面分别几个问题") is None
    assert parts_each("头一块几个，最后一块几个，差几个").picks == ((1, ""), (-1, ""))


@pytest.mark.parametrize("question", [
    "绵阳司法局巡察整改设了几个领导小组，出了几个方案",
    "绵阳市司法局建了几个小组？制定了多少个方案？",
    "绵阳司法局整改成立几个工作小组、定了几个整改方案",
    "绵阳司法局 开了几次会 定了几个方案",
    "绵阳司法局有几个整改小组 搞了几个方案",
])
def test_each_count_asked_together_is_its_own_ask_for_a_kinds_total(question):
    assert len(kinds_asks(question)) >= 2 or "小组" not in question
    assert "共3个：1个总方案、2个专项方案" in kinds_total_note(question, sentence_holding(MIANYANG, "1个总方案"))


def test_an_ask_of_a_thing_not_counted_by_kinds_gives_no_total():
    assert kinds_total_note("成立了几个小组", sentence_holding(MIANYANG, "1个总方案")) == ""


@pytest.mark.parametrize(("question", "text", "earlier"), [
    ("慈溪审计整改报告离上一次人大常委会会议过了多久", CIXI, "2018年7月30日"),
    ("慈溪2017年度审计整改报告，上次常委会会议到这次报告中间隔了多少天", CIXI, "2018年7月30日"),
    ("广东审计厅这份整改报告和上一次向人大常委会报告隔了几天", GUANGDONG, "今年3月29日"),
    ("广东省2020年度审计整改，前一次报告突出问题整改是哪天，距这次作报告多少天", GUANGDONG, "今年3月29日"),
    ("广东审计整改两次向省人大常委会报告相隔多少天", GUANGDONG, "今年3月29日"),
])
def test_the_meeting_before_a_report_is_dated_by_the_body(question, text, earlier):
    from answer.steps import first_day
    from answer.metadata import report_lines
    delivered = first_day("".join(text[a:b] for a, b in report_lines(text)[:2]))
    ends = [text[a:b] for a, b in previous_meeting_ends(question, text, delivered)]
    assert len(ends) == 2 and ends[0].startswith(earlier) and delivered in ends[1] and "会议" in ends[0]


@pytest.mark.parametrize("question", [
    "慈溪审计整改报告是在哪次会上作的",          # no gap asked
    "慈溪审计整改报告作完以后过了几天才公布",    # a gap to publication, no earlier meeting
])
def test_no_earlier_meeting_where_none_is_asked(question):
    from answer.steps import first_day
    from answer.metadata import report_lines
    delivered = first_day("".join(CIXI[a:b] for a, b in report_lines(CIXI)[:2]))
    assert previous_meeting_ends(question, CIXI, delivered) == []


@pytest.mark.parametrize("question", [
    "鲤城社科联那11个问题分成哪几类",
    "鲤城区社科联巡察反馈的11个问题是如何归类的？",
    "鲤城社科联11个问题怎么划分的，整改措施多少条",
    "朔州科技局巡察反馈的33个问题分为几个方面",
    "朔州市科学技术局那33个问题是按什么分类的",
])
def test_a_stated_count_asked_how_it_is_grouped_is_one_more_figure(question):
    assert grouping_asked(question) == "个"


def test_a_count_asked_is_no_grouping_ask():
    assert grouping_asked("一共几个问题，分别是什么") == "" and grouping_asked("分了几类问题") == ""


def test_the_publication_date_pair_is_quoted_as_the_page_writes_it():
    end = LICHENG.index("\n\n")
    a, b = published_line("鲤城社科联通报哪天公布的，反馈是哪天", LICHENG, end + 1, "2024-09-19")
    assert LICHENG[a:b].startswith("发布时间:2024-09-19")
    assert published_line("鲤城社科联反馈是哪天", LICHENG, end + 1, "2024-09-19") is None


@pytest.fixture(scope="module")
def count2_index(tmp_path_factory):
    return small_index(tmp_path_factory, "count2", dev_files("d31_", "d05_", "d17_", "d40_", "d35_", "d26_"))


@pytest.mark.parametrize(("question", "said"), [
    ("庆阳文联第一方面几个问题，第三方面几个问题，加起来多少", "合计12个问题"),
    ("庆阳文联头一块问题有几个，最后一块有几个，两块合计多少个", "合计9个问题"),
    ("庆阳文联 群众身边腐败那块几个问题，基层党组织建设那块几个，差多少", "相差6个问题"),
    ("庆阳文联第二个方面跟第三个方面分别几个问题，一共几个", "合计16个问题"),
    ("庆阳文联决策部署落实方面有几个问题，最后一个方面有几个，相差几个", "相差5个问题"),
    ("绵阳市司法局建了几个小组？制定了多少个方案？", "共3个"),
    ("绵阳司法局巡察整改设了几个领导小组，出了几个方案", "共3个"),
    ("慈溪审计整改报告离上一次人大常委会会议过了多久", "相隔115天"),
    ("慈溪2017年度审计整改报告，上次常委会会议到这次报告中间隔了多少天", "相隔115天"),
    ("广东审计厅这份整改报告和上一次向人大常委会报告隔了几天", "相隔120天"),
    ("广东省2020年度审计整改，前一次报告突出问题整改是哪天，距这次作报告多少天", "相隔120天"),
    ("广东审计整改两次向省人大常委会报告相隔多少天", "相隔120天"),
    ("鲤城社科联那11个问题分成哪几类，开了几次会传达", "3个方面6项共11个问题"),
    ("鲤城区社科联巡察反馈的11个问题是如何归类的？整改措施定了多少条", "3个方面6项共11个问题"),
    ("朔州市科学技术局那33个问题是按什么分类的，整改措施多少条", "4个方面33个问题"),
])
def test_end_to_end(count2_index, question, said):
    from answer.ask import ask
    answer = ask(count2_index, question, count2_index.settings)
    assert said in answer.answer and not answer.abstained


@pytest.mark.parametrize("question", [
    "庆阳文联最后一块几个问题，合起来几个",
    "庆阳文联最后那块审计巡视整改几个问题，总共多少",
])
def test_no_sum_of_one_figure_end_to_end(count2_index, question):
    from answer.ask import ask
    assert "合计2个" not in ask(count2_index, question, count2_index.settings).answer


@pytest.mark.parametrize("question", [
    "鲤城社科联通报哪天公布的，反馈到公布隔了几天",
    "鲤城区社科联整改情况通报什么时候发布的？巡察意见哪天反馈的？",
    "鲤城社科联整改通报哪天挂网的，从巡察结束到反馈过了多久",
    "鲤城社科联的巡察整改通报几号公开的，离反馈过了多少天",
    "鲤城区社科联通报是哪一天对外公布的，巡察组撤离后多久反馈的",
])
def test_the_publication_date_line_is_quoted_end_to_end(count2_index, question):
    from answer.ask import ask
    answer = ask(count2_index, question, count2_index.settings)
    assert "2024-09-19" in answer.answer and any("2024-09-19" in c.quote for c in answer.citations)


@pytest.mark.parametrize(("question", "said"), [
    ("慈溪审计整改里边审边改的单位有多少个", "逍林镇、胜山镇、市文广局，共3个"),
    ("慈溪2017年度审计整改，边审边改的单位一共几家", "逍林镇、胜山镇、市文广局，共3家"),
    ("慈溪审计报告提到几个单位边审边改", "逍林镇、胜山镇、市文广局，共3个"),
    ("慈溪 开展专项整治的单位有几个", "市水务集团，共1个"),
    ("慈溪审计整改 建立长效机制的单位有几家", "附海镇，共1家"),
])
def test_units_grouped_by_their_doing_are_counted(count2_index, question, said):
    from answer.ask import ask
    answer = ask(count2_index, question, count2_index.settings)
    assert said in answer.answer and not answer.abstained


def test_the_units_of_a_group_stop_at_the_next_group():
    groups = practice_groups(CIXI)
    assert [g.members for g in groups][:2] == [("逍林镇", "胜山镇", "市文广局"), ("市水务集团",)]


@pytest.mark.parametrize("question", ["慈溪审计整改有几个单位", "慈溪审计整改涉及多少个问题"])
def test_no_units_counted_where_no_doing_is_named(question):
    assert practice_asked(question) == ""


def test_the_byline_is_quoted_when_a_person_is_asked_beside_the_gap(count2_index):
    from answer.ask import ask
    answer = ask(count2_index, "慈溪审计整改报告是谁作的，距上一次常委会会议隔了多少天", count2_index.settings)
    assert "俞金华" in answer.answer and "相隔115天" in answer.answer
