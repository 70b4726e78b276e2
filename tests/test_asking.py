"""How staff type a question, read the same whatever the wording (found by bench/bench_reworded.py): the plain
written form every question is read in (genre/asking.py), and cues that ask the same thing in other words."""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.count_only import count_only
from genre.comparisons import load_comparisons
from genre.questions import load_questions
from genre.structure_questions import load_structure_questions
from retrieval.load import load_notice
from retrieval.search.profile import notice_profile
from retrieval.search.rank import question_scope, year_groups
from tests.conftest import ROOT, corpus_file

DEV = ROOT / "tests" / "data" / "notices-dev"


def test_a_count_is_asked_with_ji_or_duoshao_and_in_either_numerals():
    s = load_structure_questions()
    assert s.counted_items.search("惠济审批局通报里讲党组书记抓整改的那部分分多少条？各是什么？")
    assert s.counted_parts.search("莆田司法局这次被巡察，问题分成多少个方面？")
    assert not s.counted_items.search("整改措施一共几十条？")
    relayed = ["移交立行立改问题4个,已全部办结。"]   # d08
    assert count_only("芦淞区司法局移交立行立改的那四个问题具体是什么？", relayed)
    assert count_only("芦淞区司法局移交立行立改的那4个问题具体是什么？", relayed)
    assert not count_only("芦淞区司法局移交立行立改的那三个问题具体是什么？", relayed)


def test_which_things_asked_with_shenme():
    assert load_questions().asks_addressee.search("湖州卫健委的工作要点是发给什么单位的？")
    assert load_structure_questions().outline.search("浙江省卫健工作要点分什么部分？")
    assert not load_questions().asks_addressee.search("湖州卫健委的工作要点是什么时候发的？")


def test_a_plans_title_year_is_the_year_it_covers():
    huzhou = notice_profile(load_notice(next(DEV.glob("d22_*.txt"))))   # 2023年全市卫生健康工作要点
    assert "2023" in huzhou.periods
    inspection = notice_profile(load_notice(next(DEV.glob("d25_*.txt"))))   # an inspection notice covers no year
    assert not inspection.periods
    assert load_questions().plan_period.findall("关于印发2021年县政府重点工作任务的通知") == ["2021"]
    assert not load_questions().plan_period.findall("2024年9月9日至10月24日,市委第一巡察组对市公安局党委进行了巡察")


@pytest.mark.integration
def test_a_change_between_two_years_reads_each_years_notice(index):
    asked = "供热监管手段从2019年到2024年有什么变化？"
    groups = year_groups(index, asked, question_scope(index, asked))
    plan = load_notice(corpus_file("tj-city-mgmt-commission-2019")).id
    assert len(groups) == 2 and groups[0] == (plan,) and plan not in groups[1]
    assert year_groups(index, "2023-2025年三年计划一共要改多少公里？", question_scope(index, "2023-2025年三年计划一共要改多少公里？")) == ()
    assert load_comparisons().across_years.search(asked)
    a = ask(index, asked)
    assert not a.abstained and {c.doc for c in a.contexts[:2]} >= {corpus_file("tj-city-mgmt-commission-2019").name}


@pytest.mark.integration
def test_courtesy_particles_and_spoken_words_are_answered_as_the_written_question(index):
    written = ask(index, "机关事务局开民主生活会前征求了多少条意见？查摆出多少问题？")
    typed = ask(index, "麻烦查一下，机关事务局开民主生活会前征求了多少条意见呢?查摆出多少问题啊")
    assert typed.question.startswith("麻烦查一下")   # shown as typed
    assert (typed.answer, typed.abstained) == (written.answer, written.abstained)
    spoken = ask(index, "帮我看看，天津城管委巡视整改有啥不一样的做法")
    assert spoken.answer == ask(index, "天津城管委巡视整改有什么不一样的做法？").answer


def test_a_year_confirms_a_named_notice_but_makes_no_other_place_fit():
    from retrieval import weights
    from retrieval.search.named import match_strength, named_in
    zhejiang = notice_profile(load_notice(next(DEV.glob("d23_*.txt"))))   # 2023年浙江省卫生健康工作要点
    assert match_strength(named_in("浙江省卫健委2023年度工作要点的文号是多少？"), zhejiang) == 1.0
    assert match_strength(named_in("健康浙江发展指数2023年度的目标是多少？"), zhejiang) == 1.0
    assert match_strength(named_in("绍兴市卫健委2023年度工作要点的文号是多少？"), zhejiang) < weights.FITS
    assert match_strength(named_in("浙江省卫健委2022年度工作要点的文号是多少？"), zhejiang) is None
