"""Round 75 (session 17), in wordings of my own over dev notices.

- A notice named by a rough figure, then the figure asked exactly (三十个单位左右的那个审计，确切是几个方面多少个单位):
  the exactness adverb (确切/准确/精确/究竟/到底) before 是/有 + 几/多少 is dropped as spoken (asking.toml [[spoken]]);
  a rough figure naming the whole a part is asked of (五十项左右的问题里，有几项…) is not judged against the part's figure
  (figures.toml [checked_figure] names_whole; answer/verify.py).
- A set of lists asked by its count without quotes (按哪三张清单推的): the clause naming the set of that count leads
  (led_sets.toml [named_set] asked, group n; answer/led.py set_named); a notice naming none is refused (set_unnamed).
- A quoted slogan asked by the words around it (考核评比争取的目标口号是怎么说的, 要迭代升级的是什么健康行动): the clause
  holding it leads, one per clause asked (questions.toml [slogan_named]; genre/slogan_named.py).
- A question typed in traditional characters is read in simplified ones (answer/script.py, Settings.question_script).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from answer.ask import ask
from answer.led import set_named, set_unnamed
from answer.script import simplified
from answer.verify import claim_note
from genre.asking import plain_question
from genre.slogan_named import slogans_named
from retrieval.settings import load_settings
from tests.conftest import dev_files, small_index

HUZHOU = ("每月评选出优秀单位、优秀区县、优秀处室,每季评选优秀个人,争取各项考核评比“保五争三拼第一”,各条线长板特色进一步彰显。"
          "认真落实全省卫生健康工作要求,迭代升级“16819”健康行动,加快打造全市域健康共同体。")
POLICE = "紧密结合深入贯彻中央八项规定精神学习教育,根据问题、任务、责任“三张清单”,扎实推进整改落实工作,确保整改任务落地见效。"


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    paths = dev_files("d01_", "d07_", "d08_", "d10_", "d11_", "d13_", "d17_", "d19_", "d22_", "d26_")
    return small_index(tmp_path_factory, "approx75", paths)


def _ask(index, question: str):
    return ask(index, question, index.settings)


# -- exactness asked after a rough figure --------------------------------------------------------------------------

def test_an_exactness_adverb_is_no_part_asked():
    assert plain_question("三十个单位左右的那个审计，确切是几个方面多少个单位？") .endswith("审计，是几个方面多少个单位？")
    assert plain_question("反馈的问题差不多三十个，准确有多少个？").endswith("有多少个？")
    assert plain_question("将近三十个问题，究竟几个？").endswith("几个？")
    assert "到底" in plain_question("问题到底整改完成了没有？")   # an outcome asked, no figure


def test_a_rough_whole_is_not_held_against_the_part_figure():
    assert claim_note("五十项左右的问题里，有几项是财政方面的？", "财政部门(含自然资源局)预算执行问题6项[1]。") == ""
    assert "一致" in claim_note("反馈了三十来个问题，是几个方面？", "巡察反馈的4个方面33个问题[1]。")


@pytest.mark.parametrize("question, wanted", [
    ("瑞金那份，三十个单位左右的那个审计，确切是几个方面多少个单位？", "29个单位"),
    ("反馈了三十来个问题的那个朔州市科技局，确切是几个方面多少个问题，建了哪三张清单", "33个问题"),
    ("瑞金那份审计报告，五十项左右的问题，准确有多少项？", "50项"),
    ("朔州科技局那次巡察反馈的问题差不多三十个，到底是多少个？", "33个问题"),
    ("芦淞区司法局反馈了将近三十个问题，究竟几个？", "29个问题"),
    ("瑞金审计报告里已整改的问题四十项左右，精确是多少项？", "40项"),
    ("芦淞区司法局将近三十个问题当中，已完成整改的确切是几个？", "28个"),
    ("惠济审批局那次巡察一个半月左右，按天算确切几天？", "45天"),
])
def test_a_rough_figure_then_the_exact_one_asked(dev_index, question, wanted):
    a = _ask(dev_index, question)
    assert not a.abstained and wanted in a.answer.split("\n")[0], a.answer
    assert "没有单列" not in a.answer


def test_a_part_of_a_rough_whole_is_answered_without_a_false_judgement(dev_index):
    a = _ask(dev_index, "瑞金那份审计五十项左右的问题里，确切有几项是财政方面的？")
    assert not a.abstained and "6项" in a.answer and "不符" not in a.answer, a.answer


def test_an_exact_figure_the_notice_does_not_hold_stays_refused(dev_index):
    a = _ask(dev_index, "朔州科技局三十来个问题里，到底有多少个已经整改完成？")
    assert a.abstained, a.answer
    a = _ask(dev_index, "芦淞区司法局反馈了将近三十个问题，其中选人用人方面确切是几个？")
    assert a.abstained, a.answer


# -- a set of lists asked by its count, unquoted ------------------------------------------------------------------

def test_a_set_asked_by_its_count_finds_the_set_so_counted():
    assert [POLICE[a:b] for a, b in set_named(POLICE, "整改是按哪三张清单推的")] == ["根据问题、任务、责任“三张清单”"]
    assert set_named(POLICE, "整改是按哪两张清单推的") == []
    assert set_unnamed("整改是按哪三张清单推的", POLICE) == ""
    assert set_unnamed("建了哪三张清单", "建立问题清单、整改清单、责任清单,明确了目标。") == ""   # listed, no count
    assert set_unnamed("建了哪三张清单", "建立整改清单销号管理制度。") == "通报中没有提到“三张清单”。"


@pytest.mark.parametrize("question, wanted", [
    ("市委第一巡察组巡的市公安局，整改是按哪三张清单推的", "问题、任务、责任“三张清单”"),
    ("市公安局巡察整改依据的是哪三张清单？", "问题、任务、责任“三张清单”"),
    ("市公安局党委抓巡察整改，根据的是哪三张清单", "问题、任务、责任“三张清单”"),
    ("公安局整改靠哪三张清单推进", "问题、任务、责任“三张清单”"),
    ("朔州科技局建了哪三张清单？", "问题清单、整改清单、责任清单“三清单”"),
    ("朔州市科技局整改用的是哪三个清单", "问题清单、整改清单、责任清单“三清单”"),
])
def test_a_set_asked_by_its_count_is_answered(dev_index, question, wanted):
    a = _ask(dev_index, question)
    assert not a.abstained and wanted in a.answer.split("\n")[0], a.answer


@pytest.mark.parametrize("question", ["芦淞区司法局整改是按哪三张清单推进的", "嘉兴文广旅局巡察整改建了哪三张清单"])
def test_a_set_asked_by_its_count_of_a_notice_naming_none_is_refused(dev_index, question):
    a = _ask(dev_index, question)
    assert a.abstained and "没有提到“三张清单”" in a.answer, a.answer


# -- a slogan asked by the words around it ------------------------------------------------------------------------

def test_each_name_asking_clause_finds_its_quote():
    q = plain_question("考核评比争取的目标口号是怎么说的，要迭代升级的是啥健康行动")
    assert [HUZHOU[a:b] for a, b in slogans_named(HUZHOU, q)] == ["争取各项考核评比“保五争三拼第一”", "迭代升级“16819”健康行动"]
    assert slogans_named(HUZHOU, "迭代升级的是什么健康行动") == []   # no slogan word asked: left as it was
    assert slogans_named(HUZHOU, "整改的口号是怎么说的") == []        # no quote stands in those words


@pytest.mark.parametrize("question, wanted", [
    ("湖州卫健要点里考核评比争取的目标口号是怎么说的，要迭代升级的是啥健康行动", ["“保五争三拼第一”", "“16819”健康行动"]),
    ("湖州卫健委考核评比要争取的口号是什么", ["“保五争三拼第一”"]),
    ("湖州市卫健委2023年要迭代升级的健康行动叫什么？", ["“16819”健康行动"]),
    ("湖州卫生健康工作要点里，各项考核评比的目标提法是什么", ["“保五争三拼第一”"]),
    ("华容县2021年重点工作要细化量化的工作任务表单叫什么", ["“四四表单”"]),
    ("华容县政府重点工作里细化量化工作任务用的表单怎么说", ["“四四表单”"]),
])
def test_a_slogan_asked_by_its_words_is_quoted(dev_index, question, wanted):
    a = _ask(dev_index, question)
    lead = a.answer.split("\n")[0]
    assert not a.abstained and all(w in lead for w in wanted), a.answer


def test_a_slogan_asked_of_a_notice_holding_none_is_not_invented(dev_index):
    a = _ask(dev_index, "芦淞区司法局整改的口号是怎么说的")
    assert a.abstained or "“" not in a.answer.split("\n")[0], a.answer


# -- traditional characters ---------------------------------------------------------------------------------------

def test_traditional_characters_are_read_simplified():
    assert simplified("莆田市司法局巡察整改進展通報是哪天發布的？離反饋意見過了多少天") == \
        "莆田市司法局巡察整改进展通报是哪天发布的？离反馈意见过了多少天"
    assert simplified("進展通報", "off") == "進展通報"
    assert load_settings({"NOTICEQA_QUESTION_SCRIPT": "off"}).question_script == "off"
    assert load_settings({}).question_script == "t2s"


def test_simplified_questions_are_left_as_typed():
    root = Path(__file__).resolve().parent.parent / "eval"
    questions = [json.loads(line).get("question", "") for f in ("qa.jsonl", "qa_unseen.jsonl")
                 for line in (root / f).read_text(encoding="utf-8").splitlines() if line.strip()]
    changed = [q for q in questions if simplified(q) != q]
    assert len(questions) > 1000 and all(any(ch in q for ch in "進報發離饋過") for q in changed), changed


@pytest.mark.parametrize("question, wanted", [
    ("莆田市司法局巡察整改進展通報是哪天發布的？離反饋意見過了多少天", "410天"),
    ("莆田市司法局的巡察是哪個巡察組開展的？", "巡察四组"),
    ("芦淞区司法局巡察反饋了多少個問題？", "29个问题"),
    ("朔州市科技局整改建立了哪三張清單", "“三清单”"),
    ("瑞金審計報告反映了多少項具體問題？", "50项"),
])
def test_a_question_in_traditional_characters_is_answered(dev_index, question, wanted):
    a = _ask(dev_index, question)
    assert not a.abstained and wanted in a.answer, a.answer
    assert a.question == question   # shown as typed


def test_start_up_line_names_the_question_script_setting():
    from retrieval.settings import load_settings
    assert "questions in traditional characters: t2s" in load_settings({}).describe()
    assert "questions in traditional characters: off" in load_settings({"NOTICEQA_QUESTION_SCRIPT": "off"}).describe()
