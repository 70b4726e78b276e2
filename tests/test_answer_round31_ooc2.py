"""Round 31 (brief h_ooc32), out-of-corpus close misses, in wordings of my own over real dev notices (tests/data/notices-dev).

- A member a notice names only in a list (领导小组下设综合组、整改督察组、…) asked its leader, lead unit or deadline (那个综合组，
  组长是谁): refused, the list quoted (genre claims.toml [member_detail] listed_*, answer/listed_member.py).
- The N things a notice only counts asked with the thing said again (被反馈的四个方面，分别是哪四个方面): refused, the count
  quoted; a notice heading them one by one ((一)…方面(7个问题)) is not (genre questions.toml [members_ask] count_in_ask,
  answer.count_only.headed_members).
- A page's publication date asked where the page states none (no 发布时间 label, no 落款 date line): refused, the dated
  opening quoted; the inspection's or the feedback's day does not stand in (answer/published.py; 几月几号发布的 asks it,
  questions.toml [asks_published]).
- An assessment's result asked of a work plan that only schedules the assessment (哪些单位考核优秀, 评了几个优秀):
  refused as a plan only (questions.toml [asks_result] assessed).
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.listed_member import listed_member, listed_member_unstated
from answer.published import publication_unstated
from answer.slots import members_asked
from answer.count_only import headed_members
from genre.questions import load_questions
from tests.conftest import dev_files, dev_text, small_index

NOTICES = ("d05_", "d13_", "d22_", "d25_", "d26_", "d28_", "d31_", "d35_")
SUINING = "领导小组下设综合组、整改督察组、选人用人专项整改组、意识形态专项整改组,各组具体负责推进整改落实工作。"


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    return small_index(tmp_path_factory, "ooc31", dev_files(*NOTICES))


# --- a member named in a list ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("question", "member"), [
    ("遂宁科技局整改领导小组下面那个综合组，组长是谁", "综合组"),
    ("整改督察组由哪个科室牵头", "整改督察组"),
    ("意识形态专项整改组负责人是谁", "意识形态专项整改组"),
])
def test_the_member_asked_is_the_listed_run_nearest_the_ask(question, member):
    assert listed_member(question, SUINING) == member


def test_a_holder_asked_beside_a_listed_post_is_no_member_ask():
    text = "局党委书记、局长切实履行第一责任人职责,多次主持召开整改工作推进会。"   # d11_, a list of the posts asked
    assert listed_member_unstated("整改的第一责任人除了局党委书记还有谁？", text) is None


def test_a_member_named_only_in_a_list_is_refused_with_its_name():
    why = listed_member_unstated("那个综合组，组长是谁", SUINING)
    assert why is not None and why[1] == "通报中没有相关信息：只在列举中写到“综合组”，没有写综合组的组长。"
    assert SUINING[why[0].start:why[0].end] == SUINING


@pytest.mark.parametrize("text", [
    SUINING + "综合组由办公室主任任组长。",                                  # written again, with its detail
    "领导小组下设综合组、整改督察组,分别由办公室、机关党委牵头。",              # the list states its members' leads
    SUINING + "\n问题1:…\n牵头科室:办公室\n完成时限:2024年6月底",            # ledger fields
])
def test_a_members_details_given_are_left_to_answer(text):
    assert listed_member_unstated("那个综合组，组长是谁", text) is None


@pytest.mark.parametrize("question", [
    "遂宁科技局整改领导小组下面那个综合组，组长是谁",
    "遂宁科技局的整改督察组由哪个科室牵头",
    "遂宁市科技局意识形态专项整改组负责人是谁",
    "遂宁科技局选人用人专项整改组的组长是哪位",
    "遂宁市科学技术局整改督察组是谁负责的",
])
def test_a_detail_of_a_listed_member_is_refused(dev_index, question):
    a = ask(dev_index, question, dev_index.settings)
    assert a.abstained and a.answer.startswith("通报中没有相关信息：只在列举中写到“"), a.answer
    assert a.citations and a.citations[0].doc.startswith("d25_"), a.answer


@pytest.mark.parametrize(("question", "said"), [
    ("遂宁科技局巡察整改工作领导小组组长是谁", "局党组书记任组长"),
    ("遂宁科技局领导小组下设了哪几个组", "综合组"),
])
def test_asks_the_notice_answers_around_a_list_still_answer(dev_index, question, said):
    a = ask(dev_index, question, dev_index.settings)
    assert not a.abstained and said in a.answer, a.answer


# --- which N things, the thing said again -------------------------------------------------------------------------

@pytest.mark.parametrize(("question", "asked"), [
    ("被反馈的四个方面，分别是哪四个方面？", ("4", "个", "方面")),
    ("巡察反馈的问题，是哪4个方面", ("4", "个", "方面")),
    ("清单是哪三张", ("3", "张", "清单")),
    ("三张清单是哪三张清单", ("3", "张", "清单")),
])
def test_which_n_things_with_the_thing_said_again_is_read(question, asked):
    assert members_asked(question) == asked


def test_what_the_things_belong_to_is_no_which_ask():
    assert load_questions().members_count_in_ask.search("这个问题是哪两个方面的") is None


def test_headings_naming_the_things_one_by_one_name_them():
    text = dev_text("d31_")   # (一)…方面(7个问题) … (四)…方面(2个问题)
    assert headed_members("庆阳文联巡察反馈的四个方面，分别是哪四个方面", text)
    assert not headed_members("朔州科技局被反馈的四个方面，分别是哪四个方面？", dev_text("d26_"))


@pytest.mark.parametrize("question", [
    "朔州科技局被反馈的四个方面，分别是哪四个方面？",
    "朔州科学技术局那33个问题分了4个方面，具体是哪四个方面呢",
    "朔州市科技局党组巡察反馈有4个方面33个问题，4个方面是哪4个",
    "朔州科技局巡察反馈的4个方面都是哪四个方面",
    "朔州市科技局被巡察反馈了4个方面的问题，分别是哪4个方面？",
])
def test_which_things_only_counted_are_refused(dev_index, question):
    a = ask(dev_index, question, dev_index.settings)
    assert a.abstained and "4个方面33个问题" in a.answer, a.answer


@pytest.mark.parametrize(("question", "said"), [
    ("庆阳文联巡察反馈的问题分成哪几个方面", "聚焦基层党组织建设方面"),
    ("遂宁科技局领导小组下设的4个工作组分别是哪几个？", "综合组"),
    ("朔州科技局反馈的问题平均每个方面几个？", "4个方面33个问题"),
])
def test_asks_of_aspects_the_notice_answers_still_answer(dev_index, question, said):
    a = ask(dev_index, question, dev_index.settings)
    assert not a.abstained and said in a.answer, a.answer


# --- a publication date the page does not state --------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "庆阳文联那份巡察整改通报是几月几号发布的？",
    "庆阳市文联巡察整改情况通报哪个月公布的",
    "庆阳文联的整改通报几号发的",
    "庆阳市文联巡察整改通报几月几日对外公布",
    "庆阳文联这份通报的发布日期是哪天",
])
def test_a_publication_date_the_page_does_not_state_is_refused(dev_index, question):
    a = ask(dev_index, question, dev_index.settings)
    assert a.abstained, a.answer
    if a.citations:   # a refusal quoting nothing (no sentence found) is the plain one
        assert a.answer.startswith("通报没有写明发布日期") and "2023年1月16日" in a.citations[0].quote, a.answer


def test_the_undated_opening_is_quoted_and_a_gap_is_no_publication_ask():
    text = dev_text("d31_")
    dated = publication_unstated("庆阳文联那份通报是几月几号发布的", "", text, 0)
    assert dated and "2023年1月16日" in text[dated[0][0]:dated[0][1]]
    assert publication_unstated("庆阳文联那份通报是几月几号发布的", "2024-09-19", text, 0) is None
    assert publication_unstated("反馈以后隔了多久才发布", "", text, 0) is None
    assert publication_unstated("庆阳文联哪天反馈的，通报几号发布", "", text, 0) is None


@pytest.mark.parametrize(("question", "said"), [
    ("鲤城区社科联巡察整改通报是几月几号发布的", "2024-09-19"),
    ("庆阳文联是哪天收到巡察反馈的", "2023年1月16日"),
])
def test_dated_pages_and_other_steps_still_answer(dev_index, question, said):
    a = ask(dev_index, question, dev_index.settings)
    assert not a.abstained and said in a.answer, a.answer


# --- an assessment's result asked of a plan ------------------------------------------------------------------------

@pytest.mark.parametrize("question", [
    "华容二〇二一年重点工作绩效评估，哪些单位考核优秀？",
    "华容县2021年重点工作最后评了几个优秀单位",
    "华容县政府重点工作绩效评估结果怎么样",
    "湖州卫生健康委2023年考核评比拿了第一的是哪几个处室",
    "湖州卫健委2023年每月评选优秀单位，评出了哪几个优秀区县",
])
def test_an_assessments_result_asked_of_a_plan_is_refused(dev_index, question):
    a = ask(dev_index, question, dev_index.settings)
    assert a.abstained, a.answer


@pytest.mark.parametrize(("question", "said"), [
    ("华容县重点工作任务完成情况列入什么考核", "政府绩效评估"),
    ("湖州卫健委多长时间评一次优秀个人", "每季评选优秀个人"),
])
def test_asks_of_the_assessment_planned_still_answer(dev_index, question, said):
    a = ask(dev_index, question, dev_index.settings)
    assert not a.abstained and said in a.answer, a.answer


@pytest.mark.parametrize(("question", "asked"), [
    ("哪些单位考核优秀", True),
    ("评了几个优秀", True),
    ("考核等次是什么", True),
    ("考核优秀的单位给什么奖励", False),
    ("多长时间评一次优秀个人", False),
])
def test_an_assessments_result_is_read(question, asked):
    assert bool(load_questions().asks_result.search(question)) == asked
