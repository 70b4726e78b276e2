"""Answer behaviours found by the held-out batches opened for diagnosis in session 9 (fresh3/6/9/11), on
sentences of real notices of other agencies (no index)."""
from __future__ import annotations

from answer.asks import ask_clauses
from answer.lead import lead_spans
from answer.measures import item_with_detail
from answer.status import status_lead
from answer.unstated import joint_figure, month_unstated
from answer.unwritten_asks import unreported_action
from genre.comparisons import compared_subjects
from genre.questions import load_questions
from genre.staff_words import in_notice_words
from ledger.items import extract_ledger
from retrieval.load import load_notice
from retrieval.parse import parse_sections
from tests.conftest import ROOT, dev_text

DEV = ROOT / "tests" / "data" / "notices-dev"


def test_a_feedback_date_is_not_answered_by_the_visits_range():
    text = dev_text("d20_")   # a findings notice: the visit's range, no feedback date
    a = text.index("根据市委巡察工作统一安排")
    b = text.index("。", a) + 1
    assert lead_spans(text, [(a, b)], "揭阳市公安局的巡察意见是哪天反馈的？", {"巡察": 1.0, "意见": 1.0}, []) is None
    assert lead_spans(text, [(a, b)], "揭阳市公安局是哪天被巡察的？", {"巡察": 1.0}, [])


def test_an_items_bare_title_is_quoted_with_its_detail():
    text = dev_text("d19_")
    a = text.index("二是加强组织领导")
    b = text.index("。", a) + 1
    got = text[slice(*item_with_detail(text, a, b))]
    assert got.startswith("二是加强组织领导,明确整改任务。") and "成立巡察整改工作领导小组" in got
    assert "三是" not in got
    c = text.index("坚持以钉钉子精神")   # not an item title: as it is
    assert item_with_detail(text, c, c + 20) == (c, c + 20)


def test_work_done_together_is_asked_in_staff_words_and_read_in_the_notices():
    assert "结合" in in_notice_words("惠济审批局把巡察整改和哪些工作放在一起抓？")


def test_a_count_of_documents_asks_for_the_documents_named():
    asked = load_questions().asks_document
    assert asked.search("浙江卫健2023年要点提出要贯彻落实哪两个文件？") and asked.search("依据的是哪几份文件？")
    assert not asked.search("制定了几个文件？")


def test_a_status_answer_says_which_item_it_is_of():
    notice = load_notice(DEV / next(p.name for p in DEV.glob("d08_*.txt")))
    text = notice.text
    items = extract_ledger(notice, parse_sections(text, notice.id))
    at = text.index("整改情况:已完成", text.index("学习缺乏自觉性和紧迫感"))
    # the finding as its heading line writes it, the status field with its short detail (round 99)
    assert [text[a:b] for a, b in status_lead(text, items, at)] == ["2.学习缺乏自觉性和紧迫感。", "整改情况:已完成。全年利用"]


def test_two_asks_of_one_question_are_told_apart():
    assert ask_clauses("莆田市司法局的整改通报是哪天挂网的？巡察组又是哪天反馈意见的？") == [
        "莆田市司法局的整改通报是哪天挂网的？", "巡察组又是哪天反馈意见的？"]
    assert ask_clauses("芦淞区司法局反馈了多少个问题？") == ["芦淞区司法局反馈了多少个问题？"]
    assert len(ask_clauses("第一部分讲什么？第二部分呢？")) == 1   # "第二部分呢" leans on the ask before it


def test_a_people_count_is_not_answered_by_a_clause_naming_units():
    text = "督促2个下属单位完善制度。对3人予以诫勉谈话。"
    spans = [(0, len(text))]
    got = lead_spans(text, spans, "追究了几个人的责任？", {"追究": 1.0, "责任": 1.0}, ["人", "名", "位"])
    assert got is None or all("单位" not in text[a:b] for a, b in got)


def test_accountability_asked_as_a_whole_is_answered_by_any_form_of_it():
    sentence = next(s for s in dev_text("d01_").split(",") if "记大过处分" in s)
    assert unreported_action("审计整改中瑞金一共有几个人被追责？", [sentence]) == ""
    assert unreported_action("瑞金有没有人被移送司法机关？", [sentence]) == "移送"


def test_what_is_left_unrectified_is_asked_with_dao_wei_too():
    assert load_questions().asks_remaining.search("截至11月底还有多少个没改到位？")


def test_two_things_joined_by_jia_are_summed():
    assert compared_subjects("那个市司法局，总方案加专项方案一共几个？") == ("总方案", "专项方案")
    assert compared_subjects("加强组织领导一共几条？") is None


def test_how_far_a_task_got_and_what_an_evaluation_found_are_outcomes():
    asked = load_questions().asks_result
    assert asked.search("湖州2023年健康行动迭代升级完成得怎么样？") and asked.search("绩效评估下来，哪些单位被通报了？")
    assert not asked.search("华容县的重点任务完成得怎么样会纳入什么考评？")   # how it will be judged: a plan's own words


def test_one_kinds_share_of_a_joint_figure_is_not_stated():
    sentence = next(s for s in dev_text("d34_").split("。") if "专题会议研究整改" in s)
    assert joint_figure("枣庄社科联召开的研究整改会议里，专题会议占几次？", [sentence])   # 9次 for 党组会议、专题会议
    assert not joint_figure("枣庄社科联召开党组会议、专题会议研究整改一共几次？", [sentence])


def test_one_months_figure_is_not_stated_by_a_span_of_months():
    sentence = next(s for s in dev_text("d37_").split("。") if "累计填报事项" in s)
    assert month_unstated("利州区法院仅2月份一个月填报事项多少条？", [sentence]) == "2月"
    assert month_unstated("利州区法院1—3月累计填报事项多少条？", [sentence]) == ""
