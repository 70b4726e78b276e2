"""Round 87, status counts written figure first (其中28个已完成整改、1个阶段性完成整改; 报告日40项已整改; 已有336个问题
整改到位; 29个问题中28个已整改到位): every reader of a status count takes both orders, probed on real dev-notice text
rewritten figure first.

- The [[count]] figure-first pattern (genre items.toml) reads a counted noun (问题, 事项, 整改任务) and an adverb (已经,
  均已, 已按期, 目前) between the figure and the status.
- A share asked (正在整改的占几成) reads the words after a figure as its clause too (answer/worked.py share_note).
- A status count asked (已整改几项) is no count of listed kinds when the notice counts that status itself, in either
  order (answer/kinds_listed.py).
- A done count asked (已经改好了多少个) is said of the noun its sentence names before a bare figure-first count
  (反映的400个问题,336个已完成整改) as of one written status first (answer/lead.py ELIDED, genre/totals.py figure_first_count).
- A set named by its figure (那10项还在整改的问题里) is the set of a figure-first count before 含X (answer/claims.py).
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.claims import joint_figure
from answer.kinds_listed import _status_counted
from answer.lead import status_counted
from answer.worked import rate_note, remaining_note, share_note
from genre import load_genre
from genre.totals import figure_first_count
from tests.conftest import small_index
from tests.notice_text import notice_text, sentence_holding

LUSONG = notice_text("d08_")      # 巡察组共反馈29个问题,其中已完成整改28个,阶段性完成整改1个;移交立行立改问题4个,已全部办结
GUANGZHOU = notice_text("d16_")   # 《审计工作报告》反映的400个问题,已完成整改336个,其中要求立行立改的283个问题已全
RUIJIN = notice_text("d01_")      # 共计50项具体问题,…报告日已整改40项,…正在整改10项(含部分整改)

FIGURE_FIRST = {"已完成整改28个": "28个已完成整改", "阶段性完成整改1个": "1个阶段性完成整改", "已完成整改336个": "336个已完成整改",
                "已整改40项": "40项已整改", "正在整改10项": "10项正在整改", "已整改2项": "2项已整改"}


def figure_first(text: str) -> str:
    """TEXT with its status counts written figure first, as many notices write them."""
    for status_first, figure in FIGURE_FIRST.items():
        text = text.replace(status_first, figure)
    return text


LUSONG_SAID = figure_first(sentence_holding(LUSONG, "已完成整改28个"))
GUANGZHOU_SAID = figure_first(sentence_holding(GUANGZHOU, "已完成整改336个"))
RUIJIN_SAID = figure_first(sentence_holding(RUIJIN, "已整改40项"))


@pytest.mark.parametrize(("said", "total", "counts"), [
    (LUSONG_SAID, 29, (("已完成", 28), ("基本完成", 1))),
    (LUSONG_SAID.replace("28个已完成整改", "28个问题已经完成整改"), 29, (("已完成", 28), ("基本完成", 1))),
    (LUSONG_SAID.replace("其中28个已完成整改", "29个问题中28个已整改到位"), 29, (("已完成", 28), ("基本完成", 1))),
    (LUSONG_SAID.replace("28个已完成整改", "28个均已按期完成整改"), 29, (("已完成", 28), ("基本完成", 1))),
    (GUANGZHOU_SAID.replace("336个已完成整改", "已有336个问题整改到位"), 400, (("已完成", 336),)),
    (GUANGZHOU_SAID.replace("336个已完成整改", "336个事项已按期整改到位"), 400, (("已完成", 336),)),
    (RUIJIN_SAID, 50, (("已完成", 40), ("正在整改", 10))),
    (RUIJIN_SAID.replace("10项正在整改", "10项目前正在整改"), 50, (("已完成", 40), ("正在整改", 10))),
])
def test_tallies_figure_first(said, total, counts):
    t = load_genre().read_totals(said)
    assert (t[0].total, t[0].counts) == (total, counts)


@pytest.mark.parametrize(("question", "said", "rate"), [
    ("问题整改完成率是多少？", GUANGZHOU_SAID, "完成率84%"),
    ("完成整改的是不是已经超过八成了？", GUANGZHOU_SAID, "超过八成"),
    ("反馈问题整改完成得怎么样，有具体数吗", LUSONG_SAID, "完成率约96.6%"),
    ("整改率多少", RUIJIN_SAID, "完成率80%"),
    ("剩下没改完的占多大比例？", RUIJIN_SAID, "未完成10/共50"),
])
def test_rates_figure_first(question, said, rate):
    assert rate in rate_note(question, said)


@pytest.mark.parametrize(("question", "share"), [
    ("正在整改的有几项？占全部问题多少？", "10项/50项"),
    ("正在整改的问题占几成？", "10项/50项"),
    ("已整改的问题占全部问题的比例是多少？", "40项/50项"),
    ("到报告日总共多少项问题、整改好了几项、整改率多少？", "40项/50项"),
    ("还在整改的问题占多大比例？", "10项/50项"),
])
def test_shares_figure_first(question, share):
    assert share in share_note(question, RUIJIN_SAID, RUIJIN_SAID)


@pytest.mark.parametrize(("question", "said", "left"), [
    ("还剩几个没改完？", GUANGZHOU_SAID, "尚余64个未完成"),
    ("还差几个没完成？", GUANGZHOU_SAID, "尚余64个未完成"),
    ("还有几个没完成整改？", LUSONG_SAID, "其余1个：基本完成1个"),
    ("没整改完的还有几项？", RUIJIN_SAID, "其余10项：正在整改10项"),
    ("未完成的有几个？", LUSONG_SAID.replace("28个已完成整改", "28个问题已经完成整改"), "其余1个"),
])
def test_remaining_figure_first(question, said, left):
    assert left in remaining_note(question, said)


@pytest.mark.parametrize(("clause", "status", "held"), [
    ("其中28个已完成整改", "已完成", True),
    ("1个阶段性完成整改", "基本完成", True),
    ("10项正在整改(含部分整改)", "正在整改", True),
    ("12项整改任务均已完成", "已完成", True),
    ("巡察组共反馈29个问题", "已完成", False),
])
def test_status_counted_figure_first(clause, status, held):
    assert status_counted(clause, status) is held


@pytest.mark.parametrize(("clause", "held"), [
    ("其中336个已完成整改", True), ("报告日40项已整改", True), ("28个问题已经完成整改", True),
    ("已完成整改336个", False), ("制定整改措施14条", False),
])
def test_bare_status_count_figure_first(clause, held):
    assert figure_first_count(load_genre(), clause) is held


@pytest.mark.parametrize(("question", "held"), [
    ("预算执行问题已整改几项", True),
    ("财政部门的问题整改到位了几项？", True),
    ("部分整改的有几项", True),
    ("已经完成整改的有多少项", True),
    ("建立了几项机制", False),
])
def test_status_count_is_no_kinds_count(question, held):
    assert _status_counted(question, "部分整改4项,2项已整改") is held


@pytest.mark.parametrize("question", [
    "那10项还在整改的问题里，属于部分整改的有几项？",
    "10项正在整改的里面，部分整改单独是几项？",
    "正在整改的十项里，属于部分整改的有多少项",
    "这10项中部分整改的单独有几项",
    "那10项没改完的，其中部分整改自己占几项？",
])
def test_joint_set_named_by_figure_first_count(question):
    found = joint_figure(question, [RUIJIN_SAID], RUIJIN)
    assert found and "10项正在整改(含部分整改)" in found[1], found


@pytest.fixture(scope="module")
def order_index(tmp_path_factory):
    folder = tmp_path_factory.mktemp("order87_files")
    paths = []
    for prefix, text in (("d01_ruijin", RUIJIN), ("d08_lusong", LUSONG), ("d16_guangzhou", GUANGZHOU)):
        path = folder / f"{prefix}-figure-first.txt"
        path.write_text(figure_first(text), encoding="utf-8")
        paths.append(path)
    return small_index(tmp_path_factory, "order87", paths, keyword_only=False)


ANSWERED = [
    ("瑞金审计问题里正在整改的有几项？占全部问题多少？", "10项/50项"),
    ("瑞金那份审计整改报告，到报告日总共多少项问题、整改好了几项、整改率多少？", "40"),
    ("瑞金财政部门预算执行问题已整改几项？", "2项已整改"),
    ("芦淞区司法局巡察反馈问题整改完成率是多少？", "96.6%"),
    ("芦淞区司法局巡察反馈的问题还剩几个没整改完？", "1个"),
    ("芦淞区司法局有几个问题是阶段性完成整改的？", "1个阶段性完成整改"),
    ("广州审计查出问题完成整改的是不是超过八成了？", "超过八成"),
    ("广州审计报告反映的问题还有多少个没有完成整改？", "64"),
    ("广州那400个审计问题，已经改好了多少个？", "336个已完成整改"),
    ("广州审计报告反映的问题，整改完成了几个？", "336个已完成整改"),
    ("芦淞区司法局巡察反馈的29个问题改好了几个？", "28个已完成整改"),
    ("芦淞区司法局反馈的问题已经整改了多少个？", "28个已完成整改"),
    ("瑞金审计报告反映的50项问题已经整改了几项？", "40项已整改"),
]


@pytest.mark.parametrize(("question", "said"), ANSWERED)
def test_figure_first_end_to_end(order_index, question, said):
    a = ask(order_index, question, order_index.settings)
    assert not a.abstained, a.answer
    assert said in a.answer, a.answer


def test_joint_set_end_to_end(order_index):
    a = ask(order_index, "瑞金那10项还在整改的问题里，属于部分整改的有几项？", order_index.settings)
    assert "合在一起的数" in a.answer, a.answer
