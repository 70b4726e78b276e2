"""Round 100 (asks100, fresh53 refusals), in wordings of my own over dev notices.

- Two asks in one line, each sentence with its own object: a count asked of a generic meeting (开过几次会) is no count
  of the kind another sentence names (民主生活会) (genre/events.py, claims.toml [asked_event] own_object); a figure
  clause is said of one ask's subject, not every ask's (answer/lead.py said_of).
- A compound quote (“一方案三清单”) with one member quoted and another's count asked (genre/quoted_figure.py).
- A session asked of a thing other than the report (审议意见): the body sentence naming it (answer/session_of.py).
- 最后报到哪里备案 asks a plan's procedure, no outcome (questions.toml [asks_result]).
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.lead import lead_spans
from answer.session_of import thing_session_spans
from genre.events import event_counted
from genre.questions import load_questions
from genre.quoted_figure import member_asked, quotes_in_digits, slogan_asked
from tests.conftest import CORPUS, dev_files, small_index

# d04 (湖北省司法厅), d13 (华容县), d16 (广州市审计), d19 (舟山市公安局): a few real lines each
D04 = ("研究制定“一方案三清单”,明确具体整改措施,细化分解整改要点,确保每条措施每个要点可检验、可考核、可追溯。"
       "采取现场督导、专题研究、调研推进等方式推动巡视整改,先后召开10余次党委会、领导小组会、推进会、工作专班会部署推进整改工作。")
D16 = ("——2025年12月30日在广州市第十六届  人民代表大会常务委员会第四十五次会议上\n"
       "市政府主要领导多次对审计整改工作作出指示批示。全市各区各部门严格执行市第十六届人大常委会第四十一次会议有关审议意见,"
       "认真落实市政府对审计整改的工作部署,采取积极有效措施逐步推进整改落实。")


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    paths = dev_files("d04_", "d13_", "d16_", "d19_") + sorted(CORPUS.glob("*.txt"))
    return small_index(tmp_path_factory, "asks100", paths)


def _ask(index, question: str):
    return ask(index, question, index.settings)


# -- each sentence's ask holds its own object -------------------------------------------------------------------------

@pytest.mark.parametrize("question", ["整改写进了哪年的民主生活会？党委前后开过几次会推进？",
                                      "民主生活会是哪一年度的？推进整改开了多少次会议？"])
def test_count_of_a_generic_meeting_is_not_of_the_kind_named_before(question):
    assert event_counted(question) is None


@pytest.mark.parametrize("question", ["开过专题民主生活会吗？开了几次？", "专题民主生活会一共开了几次？"])
def test_bare_count_still_asks_the_named_kind(question):
    assert event_counted(question).names == ("民主生活会",)


def test_figure_clause_said_of_the_second_asks_subject():
    tokens = {"清单": 2.8, "几张": 6.5, "方案": 2.0, "次会": 6.5, "推": 5.8}
    spans = [(0, D04.index("采取")), (D04.index("采取"), len(D04))]
    found = lead_spans(D04, spans, "整改定了“一方案”和几张清单？推进整改开了多少次会？", tokens, ["次"])
    assert found and any("10余次" in D04[a:b] for a, b in found)


# -- a compound quote's member asked -----------------------------------------------------------------------------------

def test_compound_quote_member_asked():
    assert member_asked("整改定的是“一方案”再加几张清单？", "一方案三清单")
    assert not member_asked("整改定了几个方案？", "一方案三清单")   # no member quoted with its count
    assert slogan_asked("定了“一方案”加几张清单", D04)
    assert "“1方案3清单”" in quotes_in_digits(D04)


def test_compound_quote_clause_leads():
    tokens = {"清单": 2.8, "几张": 6.5, "方案": 2.0}
    found = lead_spans(D04, [(0, D04.index("采取"))], "整改用的是“一方案”加几张清单？", tokens, [])
    assert found and "一方案三清单" in D04[found[0][0]:found[0][1]]


# -- a session asked of the 审议意见 ------------------------------------------------------------------------------------

def test_session_of_the_review_opinion_is_the_body_sentence():
    spans = thing_session_spans("执行的审议意见是第几届第几次会议提出的？", D16, D16.index("市政府主要"))
    assert len(spans) == 1 and D16[slice(*spans[0])].startswith("全市各区各部门严格执行市第十六届人大常委会第四十一次会议")
    assert thing_session_spans("这份报告在几届几次常委会上作的？", D16, D16.index("市政府主要")) == []


# -- a plan's procedure asked with 最后 --------------------------------------------------------------------------------

@pytest.mark.parametrize("question", ["实施方案签字后最后报到哪里备案？", "表单最后要报给谁？", "最后送到哪个部门？"])
def test_last_step_of_a_procedure_is_no_outcome(question):
    assert not load_questions().asks_result.search(question)


@pytest.mark.parametrize("question", ["最后整改了几个问题？", "若干措施最后是哪天印发的？"])
def test_last_as_outcome_still_asks_a_result(question):
    assert load_questions().asks_result.search(question)


# -- end to end ---------------------------------------------------------------------------------------------------------

def test_two_asks_each_answered(dev_index):
    a = _ask(dev_index, "舟山公安局把巡察整改列进哪一年度的民主生活会？市局党委推动整改开过几次会？")
    assert not a.abstained and "8次" in a.answer


def test_review_opinion_session_answered(dev_index):
    a = _ask(dev_index, "广州那份审计整改报告里执行的审议意见，是第几届第几次人大常委会会议的？")
    assert not a.abstained and "第四十一次" in a.answer


def test_plan_procedure_answered(dev_index):
    a = _ask(dev_index, "华容县责任单位的实施方案要先经谁审查签字？最后报到哪里备案？")
    assert not a.abstained and "督查室" in a.answer


def test_compound_member_and_meetings_answered(dev_index):
    a = _ask(dev_index, "湖北司法厅整改制定了“一方案”和几张清单？推进整改大约开了多少次会？")
    assert not a.abstained and "10余次" in a.answer
