"""Round 82, status and completion words in other agencies' wordings: one status vocabulary (genre items.toml
[[status]]) read by every reader of a status, probed on real dev-notice text rewritten in other wordings and with
questions in a wording other than the notice's.

- A count in any wording of a status (已整改到位28个, 已销号16个, 阶段性整改完成1个, 整改中2个, 长期坚持3个) is read as
  that status: the [[count]] patterns take the vocabulary through their `{status}` slot (genre/loader.py).
- A status asked in one wording (基本整改到位的有几个) is answered by the count of that status in the notice's wording
  (阶段性完成整改1个): answer/lead.py status_counted, weights.STATUS_NAMED; a status part counted is stated
  (answer/slots.py part_unstated).
- The immediate-fix kind is one kind in every wording (立行立改, 即知即改, 立查立改, 边查边改 …): Genre.kinds_named,
  read by answer/rest.py.
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.lead_kinds import status_counted
from answer.rest import rest_of_part_note
from answer.worked import rate_note, remaining_note
from genre import load_genre
from genre.loader import status_alternation
from tests.conftest import dev_files, small_index
from tests.notice_text import notice_text, sentence_holding

LUSONG = notice_text("d08_")      # 巡察组共反馈29个问题,其中已完成整改28个,阶段性完成整改1个;移交立行立改问题4个,已全部办结
GUANGZHOU = notice_text("d16_")   # 《审计工作报告》反映的400个问题,已完成整改336个,其中要求立行立改的283个问题已全
RUIJIN = notice_text("d01_")      # 合计50项具体问题,…报告日已整改40项,…正在整改10项(含部分整改)

LUSONG_SAID = sentence_holding(LUSONG, "已完成整改28个")
GUANGZHOU_SAID = sentence_holding(GUANGZHOU, "已完成整改336个")


def test_vocabulary_leaves_wholes_to_all_done():
    assert status_alternation(["已完成", "已完成整改", "已全部完成"]) == "(?:已完成整改|已完成)"


@pytest.mark.parametrize(("written", "done"), [
    ("已完成整改28个", "已整改到位28个"),
    ("已完成整改28个", "已销号28个"),
    ("已完成整改28个", "已办结28个"),
    ("已完成整改28个", "整改完毕28个"),
    ("已完成整改28个", "已落实到位28个"),
    ("已完成整改28个", "28个问题已整改到位"),
])
def test_done_in_any_wording(written, done):
    t = load_genre().read_totals(LUSONG_SAID.replace(written, done))
    assert t[0].total == 29 and ("已完成", 28) in t[0].counts


@pytest.mark.parametrize("mostly", ["阶段性整改完成1个", "基本整改到位1个", "基本完成1个", "已基本整改到位1个",
                                    "基本整改完成1个"])
def test_mostly_done_in_any_wording(mostly):
    t = load_genre().read_totals(LUSONG_SAID.replace("阶段性完成整改1个", mostly))
    assert ("基本完成", 1) in t[0].counts


@pytest.mark.parametrize(("text", "status"), [
    ("整改任务12个,已办结10个,整改中2个", "正在整改"),
    ("整改任务12个,已办结10个,正在推进2个", "正在整改"),
    ("整改任务12个,已办结10个,按序时推进2个", "正在整改"),
    ("具体问题29个,已销号26个,长期坚持3个", "长期整改"),
    ("具体问题29个,已销号26个,持续整改3个", "长期整改"),
    ("具体问题29个,已销号26个,尚未整改到位3个", "未完成"),
])
def test_open_statuses_in_any_wording(text, status):
    counts = dict(load_genre().read_totals(text)[0].counts)
    assert status in counts and counts["已完成"] in (10, 26)


def test_a_part_all_done_is_no_count_of_the_whole():
    t = load_genre().read_totals("反映的400项问题,已整改到位336个,其中要求即知即改的283项问题已全部整改到位。")
    assert t[0].counts == (("已完成", 336),)


@pytest.mark.parametrize(("clause", "status", "held"), [
    ("阶段性完成整改1个", "基本完成", True),
    ("基本整改到位1个", "基本完成", True),
    ("已销号28个", "已完成", True),
    ("巡察组共反馈29个问题", "基本完成", False),
    ("正在整改10项(含部分整改)", "已完成", False),
])
def test_status_counted(clause, status, held):
    assert status_counted(clause, status) is held


@pytest.mark.parametrize("said", ["即知即改", "立查立改", "边查边改", "即查即改", "立行立改"])
def test_immediate_fix_is_one_kind(said):
    assert load_genre().kinds_named(f"其中要求{said}的283个问题") == "其中要求立行立改的283个问题"


@pytest.mark.parametrize(("question", "written"), [
    ("剩下不属于即知即改的多少？", "立行立改"),
    ("除了立查立改的其余还有几个？", "立行立改"),
    ("剩下不属于立行立改的多少？", "即知即改"),
    ("即知即改以外的有多少？", "边查边改"),
    ("不是立行立改的有多少个？", "立查立改"),
])
def test_rest_of_part_across_wordings(question, written):
    note = rest_of_part_note(question, GUANGZHOU_SAID.replace("立行立改", written))
    assert "其余117个（400−283）" in note


@pytest.mark.parametrize("done", ["已整改到位336个", "已销号336个", "已办结336个", "整改完毕336个", "已落实到位336个"])
def test_rate_and_rest_from_any_done_wording(done):
    said = GUANGZHOU_SAID.replace("已完成整改336个", done)
    assert "完成率84%" in rate_note("问题整改完成率是多少？", said)
    assert "64" in remaining_note("还差几个没完成？", said)


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    return small_index(tmp_path_factory, "status82", dev_files("d01_", "d08_", "d16_"), keyword_only=False)


ANSWERED = [
    ("芦淞区司法局巡察反馈问题里已整改到位的有几个？", "28个"),
    ("芦淞区司法局反馈问题中已销号的有多少个？", "28个"),
    ("芦淞区司法局基本整改到位的有几个？", "1个"),
    ("芦淞区司法局阶段性整改完成的有几个？", "1个"),
    ("广州那400个审计问题里已办结的有多少？", "336个"),
    ("广州审计问题整改到位率是多少？", "84%"),
    ("广州那400个问题里要求即知即改的有多少个，剩下不属于即知即改的多少", "117"),
    ("广州审计的问题整改完毕了几个，还剩几个没销号？", "64"),
]


@pytest.mark.parametrize(("question", "said"), ANSWERED)
def test_status_asked_in_another_wording(dev_index, question, said):
    a = ask(dev_index, question, dev_index.settings)
    assert not a.abstained, a.answer
    assert said in a.answer, a.answer
