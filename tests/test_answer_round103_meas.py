"""Round 103 (meas103, fresh55 measure and attitude asks), in wordings of my own over dev notices.

- Whether an agency accepts the findings asked in speech (认不认账, 接不接受): written 是否接受 (genre asking.toml
  [[spoken]]), answered by the sentence stating the acceptance.
- How the units under an agency rectified (被审计单位是怎么整改的): each clause of the run of unit examples
  (部分单位…；有些单位…) answers (answer/unit_run.py, measures.toml unit_examples `units_under`).
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.unit_run import UNITS_UNDER, example_run
from genre.asking import plain_question
from tests.conftest import CORPUS, dev_files, small_index

# d17 (慈溪市审计): the units' example run, a few real lines
D17 = ("各整改主体责任单位根据整改要求,主要负责人均亲自部署,有的还召开整改工作专题会议研究落实。"
       "部分单位边审边改,在审计期间,逍林镇清理往来款项15笔,胜山镇、市文广局出台了议事决策制度;"
       "有些单位对审计发现问题开展专项整治,市水务集团对工程转包等问题在全集团开展针对性的专项自查,督促下属单位即查即改;"
       "有些单位建立长效机制抓整改,附海镇通过制订“三张单子”,对2016年经责审计提出的21个问题进行持续整改。")


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    paths = dev_files("d08_", "d17_") + sorted(CORPUS.glob("*.txt"))
    return small_index(tmp_path_factory, "meas103", paths)


def _ask(index, question: str):
    return ask(index, question, index.settings)


@pytest.mark.parametrize("typed", ["局党组对反馈的问题认不认账？", "他们对巡察意见认账吗？", "局党组接不接受巡察意见？"])
def test_acceptance_asked_in_speech_is_written_whether_accepted(typed):
    assert "是否接受" in plain_question(typed)


def test_acceptance_answered_by_the_sentence_stating_it(dev_index):
    a = _ask(dev_index, "芦淞区司法局党组对巡察组反馈的那些问题认不认账？")
    assert not a.abstained
    assert "诚恳接受" in a.answer and a.answer.count("[1]") == 1


def test_example_run_each_clause_with_its_detail():
    run = [D17[a:b] for a, b in example_run(D17, 0, len(D17))]
    assert len(run) == 3
    assert run[0].startswith("部分单位边审边改") and run[1].startswith("有些单位对审计发现问题") and "附海镇" in run[2]
    assert not any(r.startswith("各整改主体") for r in run)


def test_one_example_is_no_run():
    one = "部分单位还成立了整改工作小组,将审计整改工作分解落实到人。市审计局加强整改督查。"
    assert example_run(one, 0, len(one)) == []


@pytest.mark.parametrize("q,asks", [("被审计单位都是怎么整改的？", True), ("那些责任单位采取了哪些做法？", True),
                                    ("慈溪审计局抓整改采取了什么措施？", False)])
def test_units_under_asked(q, asks):
    assert bool(UNITS_UNDER.search(q)) is asks


def test_units_rectification_answered_by_each_example(dev_index):
    a = _ask(dev_index, "慈溪那些被审计单位整改是怎么搞的？")
    assert not a.abstained
    for opening in ("部分单位边审边改", "有些单位对审计发现问题开展专项整治", "有些单位建立长效机制抓整改"):
        assert opening in a.answer


# -- measures asked by an aspect (在思想层面是怎么抓的): the item telling it (answer/aspect.py) -----------------------------

@pytest.mark.parametrize("q,asked", [("局党组在思想层面是怎么抓巡察整改的？", True), ("在认识上是怎么抓的？", True),
                                     ("局党组是怎么抓巡察整改的？", False)])
def test_aspect_asked(q, asked):
    from answer.aspect import aspect_asked
    assert (aspect_asked(q) is not None) is asked


def test_aspect_words_used_by_the_study_item():
    from answer.aspect import aspect_asked, used
    study = "局党组多次召开党组会研究巡察整改工作。通过中心组理论学习会等,深入学习重要论述,进一步深化对政治巡视的理解认识。"
    duty = "成立了巡察整改工作领导小组,明确局党组对巡察整改负主体责任,局党组书记、局长为第一责任人。"
    a = aspect_asked("在思想上是怎么抓的？")
    assert used(a, study) >= 4 and used(a, duty) < 2


@pytest.fixture(scope="module")
def mianyang_index(tmp_path_factory):
    return small_index(tmp_path_factory, "meas103b", dev_files("d05_", "d26_") + sorted(CORPUS.glob("*.txt")))


def test_thinking_aspect_answered_by_the_study_item(mianyang_index):
    a = _ask(mianyang_index, "绵阳司法局党组在思想上是怎么抓巡察整改的？")
    assert not a.abstained
    assert "理解认识" in a.answer and "党组会" in a.answer
    assert "倒排工期" not in a.answer and "领导小组" not in a.answer


# -- measures asked of an agency two notices are about, one findings-only: the one reporting measures answers ----------

@pytest.fixture(scope="module")
def police_index(tmp_path_factory):
    return small_index(tmp_path_factory, "meas103c", dev_files("d19_", "d20_") + sorted(CORPUS.glob("*.txt")))


def test_measures_of_an_ambiguous_agency_from_the_notice_reporting_them(police_index):
    a = _ask(police_index, "市公安局党委是怎么部署推进整改工作的？")
    assert not a.abstained
    assert a.citations and all(c.notice_id.startswith("d19_") for c in a.citations)
    assert "揭阳" in a.answer   # the other notice the agency fits is still named


def test_findings_only_notice_dropped_only_when_another_reports(police_index):
    from answer.ambiguity import reporting_first
    rec = police_index.records
    d20 = next(n for n in rec if n.startswith("d20_"))

    class _Hit:
        notice_id = d20
    only = [(1.0, 1, 0, 10, _Hit())]
    assert reporting_first(police_index, only, "市公安局党委采取了哪些整改措施？") == only


# -- who leads a body the notice names no leader of (巡视整改办由哪位领导牵头): refused (answer/body_leader.py) ------------

# d04 (湖北省司法厅): two bodies, a leader stated beside one only
D04 = ("成立厅党委书记任组长的巡视整改工作领导小组,党委全面管总,领导小组统筹协调,党委成员分工负责,责任单位狠抓落实。"
       "成立巡视整改办,负责整改工作的统筹推进,建立月调度、信息报送、工作记事制度,持续跟踪问效。")


def test_body_without_leader_refused_quoting_its_sentence():
    from answer.body_leader import body_leader_unstated
    got = body_leader_unstated("司法厅的巡视整改办由哪位领导牵头负责？", D04)
    assert got is not None
    assert D04[slice(*got[0])].startswith("成立巡视整改办") and "巡视整改办" in got[1]


@pytest.mark.parametrize("q", ["巡视整改工作领导小组由谁牵头？", "巡视整改办负责什么工作？", "督导组由谁牵头？"])
def test_body_leader_left_to_answer(q):
    from answer.body_leader import body_leader_unstated
    assert body_leader_unstated(q, D04) is None   # a leader stated; no leader asked; the body unwritten


@pytest.fixture(scope="module")
def hubei_index(tmp_path_factory):
    return small_index(tmp_path_factory, "meas103d", dev_files("d04_") + sorted(CORPUS.glob("*.txt")))


def test_body_leader_ask_refused_not_answered_by_another_body(hubei_index):
    a = _ask(hubei_index, "湖北省司法厅巡视整改办是哪位领导来牵头的？")
    assert a.abstained and "巡视整改办" in a.answer and "任组长" not in a.answer


def test_agency_pushing_its_units_is_no_units_ask(dev_index):
    a = _ask(dev_index, "慈溪市审计局是怎么推动被审计单位整改的？")   # the agency's own measures, the units its object
    assert not a.abstained and "有些单位建立长效机制" not in a.answer.split("[1]")[0]


def test_leader_stated_as_wei_zuzhang_is_stated():
    from answer.body_leader import body_leader_unstated
    d01 = "局党组认真履行巡察整改主体责任,成立了以局主要领导为组长的巡察整改工作领导小组,设立3个专项整改工作小组。"
    assert body_leader_unstated("体育局巡察整改工作领导小组组长由谁担任？", d01) is None
