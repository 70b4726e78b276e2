"""Round 97 (session 19, items), in wordings of my own over dev notices.

- A status asked of a finding: its heading leads, then its status (2.学习缺乏自觉性和紧迫感；整改情况:已完成), so the status is
  seen to be the asked finding's; a lead quoting no status gets the hit item's (answer/status.py status_first). 现在什么进度,
  进度如何 ask progress (questions.toml [asks_progress]); 改好了吗 completion ([asks_done]).
- Which items are still open, asked of a notice counting them only (阶段性完成整改1个, 正在整改10项): the count leads, cited,
  with a note that none is named; no refusal (questions.toml [asks_done] which_open, answer/open_counted.py).
- The items under a part pointed at by position counted (第一大类下面列了几条): the listing is the count, said first
  (列了3条（计数所得）：), no part-count refusal (answer/notes.py part_items_lead, answer/unstated.py part_listed).
- A finding named in the asker's gist with its progress asked (X的问题整改得怎么样了, X那个问题改完了没有, X这条改到哪一步了):
  a notice that lists no such finding has nothing on it; its own place/agency words (利州区法院) are left out of X first
  (questions.toml [asks_about_problem] status, genre/item_asks.py, answer/unwritten_asks.py).
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.open_counted import open_counted_note, open_counts
from answer.unstated import part_listed
from answer.unwritten_asks import own_names_out, problem_unwritten
from genre.item_asks import open_asked, status_problem
from tests.conftest import dev_files, small_index

LUSONG = ("巡察组共反馈29个问题,其中已完成整改28个,阶段性完成整改1个;移交立行立改问题4个,已全部办结。\n"
          "(一)思想认识有差距\n1.党组理论学习中心组次数不达标。\n整改情况:已完成。\n2.学习缺乏自觉性和紧迫感。\n整改情况:已完成。")


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    paths = dev_files("d01_", "d08_", "d20_", "d37_")
    return small_index(tmp_path_factory, "items97", paths)


def _ask(index, question: str):
    return ask(index, question, index.settings)


def test_the_finding_a_status_ask_names():
    assert status_problem("利州区法院执行案款发放不及时的问题整改得怎么样了？") == "利州区法院执行案款发放不及时"
    assert status_problem("芦淞区司法局公车私用那个问题改完了没有？") == "芦淞区司法局公车私用"
    assert status_problem("揭阳市公安局警车私用这条改到哪一步了？") == "揭阳市公安局警车私用"
    assert status_problem("第三条改完了没有？") == ""   # a position, no finding
    assert status_problem("29个问题改完了吗？") == ""
    assert own_names_out("利州区法院执行案款发放不及时") == "执行案款发放不及时"


def test_a_finding_the_notice_lists_is_written():
    assert problem_unwritten("芦淞区司法局说大家学习不主动、没紧迫感的那一条，现在什么进度？", LUSONG) == ""
    assert problem_unwritten("芦淞区司法局中心组学习次数不够的问题整改得怎么样了？", LUSONG) == ""
    assert problem_unwritten("芦淞区司法局公车私用那个问题改完了没有？", LUSONG) == "公车私用"


@pytest.mark.parametrize("question", [
    "利州区法院执行案款发放不及时的问题整改得怎么样了？",
    "芦淞区司法局公车私用那个问题改完了没有？",
    "芦淞区司法局办公用房超标那个问题改完了没有？",
    "揭阳市公安局警车私用这条改到哪一步了？",
    "芦淞区司法局违规发放津贴补贴的问题现在什么进度？",
    "利州区法院超期羁押的问题整改到位了吗？",
])
def test_a_finding_no_notice_lists_is_refused(dev_index, question):
    assert _ask(dev_index, question).abstained


@pytest.mark.parametrize("question, heading", [
    ("芦淞区司法局说大家学习不主动、没紧迫感的那一条，现在什么进度？", "学习缺乏自觉性和紧迫感"),
    ("芦淞区司法局学习没有紧迫感的问题改好了吗？", "学习缺乏自觉性和紧迫感"),
    ("芦淞区司法局中心组学习次数不够的问题整改得怎么样了？", "党组理论学习中心组次数不达标"),
    ("芦淞区司法局理论学习中心组次数不达标那条整改完成了吗？", "党组理论学习中心组次数不达标"),
    ("芦淞区司法局学习缺乏自觉性的问题整改到什么程度了？", "学习缺乏自觉性和紧迫感"),
])
def test_a_status_is_said_with_its_finding(dev_index, question, heading):
    a = _ask(dev_index, question)
    assert not a.abstained
    quotes = [c.quote for c in a.citations]
    assert any(heading in q for q in quotes) and any(q.startswith("整改情况:已完成") for q in quotes)
    assert a.answer.index(heading) < a.answer.index("整改情况:已完成")


def test_open_items_asked():
    assert open_asked("29个问题里还有哪些没全改完？") and open_asked("没改完的是哪一个问题？")
    assert not open_asked("29个问题改完了吗？") and not open_asked("还有几个没改完？")
    assert open_counts("哪几个还没完成整改？", ["已完成整改28个,阶段性完成整改1个"]) == ["阶段性完成整改1个"]
    assert open_counted_note("哪些还没整改完？", ["报告日已整改40项,正在整改10项(含部分整改)"]) == \
        "（通报只写了“正在整改10项”，没有写明具体是哪十项。）"


@pytest.mark.parametrize("question, count, note", [
    ("芦淞区司法局29个问题里还有哪些没全改完？交办的立行立改那几个呢", "阶段性完成整改1个", "哪一个"),
    ("芦淞区司法局巡察反馈的问题里，哪几个还没完成整改？", "阶段性完成整改1个", "哪一个"),
    ("芦淞区司法局没改完的是哪一个问题？", "阶段性完成整改1个", "哪一个"),
    ("瑞金审计报告的50项问题里，哪些还没整改完？", "正在整改10项", "哪十项"),
    ("瑞金2020年预算审计还有哪几项问题没改到位？", "正在整改10项", "哪十项"),
])
def test_open_items_counted_only_are_answered(dev_index, question, count, note):
    a = _ask(dev_index, question)
    assert not a.abstained and "只找到数量" not in a.answer
    assert any(c.quote == count for c in a.citations) and f"没有写明具体是{note}" in a.answer


def test_items_listed_under_a_part_are_its_count():
    listed = ["(一)学习贯彻不到位", "1.学习贯彻论述精神不到位。", "2.服务保障有差距。", "3.履行职责使命有短板。"]
    assert part_listed("第一大类下面列了几条？分别是哪几条", listed)
    assert not part_listed("那29个问题里，选人用人方面的占几个？", listed)   # a part by its words, not its place
    assert not part_listed("第一大类下面列了几条？", ["巡察组共反馈29个问题"])


@pytest.mark.parametrize("question, lead, first", [
    ("揭阳市公安局巡察发现问题里，第一大类下面列了几条？分别是哪几条", "列了3条（计数所得）", "1.学习贯彻总书记"),
    ("揭阳市公安局巡察发现问题里，第一部分下面有几条？分别是哪几条", "列了3条（计数所得）", "1.学习贯彻总书记"),
    ("揭阳市公安局通报第二类问题下面分了几条？", "列了2条（计数所得）", "1. 为民服务意识不强"),
    ("利州区法院通报第一部分下面列了几条？都是什么", "列了3条（计数所得）", "1.学习贯彻习近平总书记"),
    ("利州区法院通报第一部分下面有几项？", "列了3项（计数所得）", "1.学习贯彻习近平总书记"),
])
def test_items_under_a_part_counted(dev_index, question, lead, first):
    a = _ask(dev_index, question)
    assert not a.abstained and lead in a.answer
    assert any(c.quote.startswith(first) for c in a.citations)
