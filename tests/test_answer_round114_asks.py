"""Round 114 (session 22): asks of a question typed as several that were refused or dropped, over dev notices.

- A day asked before the end step it dates (是哪天巡察结束的, 几号结束巡察的) reads the opening's range, its last day:
  questions.toml [asks_inspection] dated; a date premise in month shorthand (7月底) is then judged against that day.
- An ask added after the reply keeps its own lead, with what it worked out (共4个): answer/each_ask.py.
- A round stated hedged (这是第二轮巡察吧) is a premise checked against the round the notice writes, the other asks
  answered; a round named plainly still picks its notice: premises.toml [premise_round], answer/premise_round.py.
- A holder asked beside another ask (谁当组长？和哪几方面结合) is answered by the post the notice names (以局主要领导为组长),
  not refused because the other ask's quote came first: answer/unstated.py.
- A deadline named as the rule followed (按整改时限是怎么推进的) asks the manner, not a day due: claims.toml
  [member_detail] followed.
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.each_ask import _lead_renumbered
from answer.member_detail import measure_detail_unstated
from answer.named_detail import round_unstated
from answer.premise_round import round_check, stated_round
from genre.questions import load_questions
from retrieval.records import Citation
from tests.conftest import dev_files, small_index

QINGYANG_TITLE = "中共庆阳市文联党组关于五届市委第一轮巡察整改进展情况的通报"
XIANGTAN = "每月初召开工作例会,督查督办整改任务落实,严格按照整改时限,倒排任务、挂图作战。"


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    return small_index(tmp_path_factory, "asks114", dev_files("d25_", "d28_", "d31_", "d32_"))


def test_the_end_step_named_after_the_day_asked_is_a_dated_step():
    dated = load_questions().asks_framed_date
    assert dated.search("科技局是哪天巡察结束的") and dated.search("几号结束巡察的")
    assert not dated.search("整改什么时候全部结束")   # the rectification's end, not the round's


def test_a_hedged_round_is_checked_not_refused():
    q = "那次是五届市委第三轮巡察对吧？动员会后做了什么"
    assert stated_round(q).group(2) == "三"
    assert round_unstated(q, [QINGYANG_TITLE]) == ""
    check = round_check(q, QINGYANG_TITLE + "\n正文")
    assert check.said.startswith("不对") and (check.start, check.end) == (0, len(QINGYANG_TITLE))
    assert round_check("是五届市委第一轮巡察吧", QINGYANG_TITLE).said == "对，"
    assert round_unstated("五届市委第三轮巡察通报里开了几次会", [QINGYANG_TITLE])   # named plainly: another notice


def test_a_deadline_followed_asks_the_manner():
    assert measure_detail_unstated("按照整改时限是怎么落实的？", XIANGTAN, 0, len(XIANGTAN)) is None
    assert measure_detail_unstated("这项工作完成时限是哪天？", "召开工作例会,督查督办整改任务落实。", 0, 17) is not None


def test_an_added_ask_keeps_its_lead():
    c = Citation(1, "d", "d.txt", "通报", "", "综合组、督察组", 0, 7)
    assert _lead_renumbered("综合组、督察组[1]。共2个。", [c], 3) == "综合组、督察组[4]。共2个。"
    assert _lead_renumbered("见[2]", [c], 3) == ""


def test_end_to_end(dev_index):
    a = ask(dev_index, "遂宁市科技局巡察是2020年7月下旬结束的对吧？领导小组底下分了几个组？")
    assert not a.abstained and "2020年7月31日" in a.answer and "共4个" in a.answer
    a = ask(dev_index, "庆阳市文联那次是五届市委第三轮巡察吧？巡察开始前下发了什么方案？")
    assert not a.abstained and a.answer.count("不对") == 1 and "第一轮" in a.citations[0].quote
    assert any("配合巡察工作方案" in c.quote for c in a.citations)
    a = ask(dev_index, "厦门市体育局的整改领导小组由谁担任组长？整改和哪些方面结合？")
    assert not a.abstained and any("以局主要领导为组长" in c.quote for c in a.citations)
    a = ask(dev_index, "湘潭市妇联是按整改时限怎样推进整改的？")
    assert not a.abstained and any("倒排任务" in c.quote for c in a.citations)
