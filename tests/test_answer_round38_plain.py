"""Round 38 (session 15), a newcomer's plain words for the steps of an inspection, in wordings of my own over dev notices.

A newcomer names the steps without the genre's terms: the dated range as the time the group came (组来检查那一段, 组在局里
待了几天), the start as the day it came in (组进来那天), the end as the group done or gone (组查完, 组走了以后), the
feedback as a meeting telling the unit its problems (开会把问题讲给…, 把意见告诉他们), a provincial round as the province
sending a group down (省里派组下来查), a raised round as the city lifting it up (市里派组提上去查), the group as the one
that went to check (哪个组去查的). genre asking.toml [[spoken]] writes each as the genre names it (巡察, 巡察组进驻,
巡察结束, 反馈, 省委巡视, 市委提级巡察, 哪个巡察组巡察), so spans, gaps and steps asked read the genre's term.
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from genre.asking import plain_question
from tests.conftest import dev_files, small_index


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    paths = dev_files("d04_", "d07_", "d08_", "d10_", "d14_", "d28_", "d32_", "d35_", "d37_")
    return small_index(tmp_path_factory, "plain38", paths)


def test_plain_words_are_written_as_the_genre_names_the_steps():
    assert plain_question("组来检查那一段一共几天") == "巡察一共几天？"
    assert plain_question("组在局里待了几天") == "巡察组在局里进驻了几天？"
    assert plain_question("从组进来那天算到反馈过了多少天") == "从巡察组进驻那天算到反馈过了多少天？"
    assert plain_question("那个组查完到反馈隔了多少天") == "那个巡察组巡察结束到反馈隔了多少天？"
    assert plain_question("开会把意见告诉他们是哪天") == "反馈意见给他们是哪天？"
    assert plain_question("那回省里派组下来查") == "那回省委巡视"
    assert plain_question("是市里派组提上去查的吧") == "是市委提级巡察的吧"
    assert plain_question("是哪个组去查的") == "是哪个巡察组巡察的？"


def test_a_group_named_with_its_kind_keeps_it():
    assert plain_question("巡视组来的那段是哪天到哪天") == "巡视是哪天到哪天？"
    assert plain_question("巡视组查完到反馈隔了几天") == "巡视组巡视结束到反馈隔了几天？"
    assert plain_question("巡视组刚来那天是哪天") == "巡视组进驻那天是哪天？"


def test_other_groups_and_ordinary_asks_stay_as_typed():
    for q in ("省委巡视组在广元待了多久？", "工作组在局里待了几天？", "督查组走了以后", "巡察组走访了哪些单位？", "把整改情况告诉群众了吗？",
              "组织走访群众多少次？", "领导小组查完了吗？"):
        assert plain_question(q) == q


ASKED = [
    # the dated range
    ("莆田司法局，组来查的那段一共多少天", "42天"),
    ("湘潭妇联，组在妇联待了几天", "52天"),
    ("厦门体育局那次组在局里呆了多久", "37天"),
    ("鲤城社科联，组过来检查的那一段是什么时候", "2024年1月4日至2月2日"),
    ("芦淞司法局提上来查的那次组在局里待了多久", "62天"),
    # the start
    ("莆田司法局从组进来那天到反馈过了多少天", "259天"),
    ("厦门体育局组刚来的那天是哪天", "2019年9月20日"),
    ("惠济审批局组到的那天是几号", "2024年3月5日"),
    ("鲤城社科联组进来那天到开会把意见告诉他们隔了多久", "74天"),
    ("湘潭妇联组来的那天是哪天", "2023年10月11日"),
    # the end
    ("厦门体育局那个组查完到反馈隔了多少天", "166天"),
    ("莆田司法局组走了以后多久反馈的", "218天"),
    ("鲤城社科联组检查完是哪天", "2月2日"),
    ("惠济审批局组查完了是哪天", "4月18日"),
    # the feedback
    ("厦门体育局开会把问题讲给局党组是哪天", "2020年4月9日"),
    ("莆田司法局把意见告诉他们是哪天", "2024年1月4日"),
    ("鲤城社科联把查出的问题说给社科联是什么时候", "2024年3月18日"),
    ("湘潭妇联开会把意见告诉妇联党组是哪天", "2024年1月17日"),
    ("惠济审批局把发现的问题讲给局里是哪天", "2024年5月16日"),
    # the group, a provincial round, a raised round
    ("厦门体育局是哪个组去查的", "市委第四巡察组"),
    ("莆田司法局是哪一组来检查的", "巡察四组"),
    ("鲤城社科联哪个组下来查的", "区委巡察二组"),
    ("湘潭妇联哪个组查的", "市委第三巡察组"),
    ("利州法院是哪个组来巡的", "区委第四联动巡察组"),
    ("湖北司法厅省里派了个组来检查，是哪个组", "省委第三巡视组"),
    ("广元市省里下来查的那次哪天反馈的", "2024年12月27日"),
    ("广元市那次省里派组下来查是哪天到哪天", "2024年8月27日至11月22日"),
    ("芦淞司法局市里派组提上去查是哪个组", "市委第一提级巡察组"),
]


@pytest.mark.parametrize(("question", "said"), ASKED)
def test_plain_words_for_a_step_are_answered(dev_index, question, said):
    a = ask(dev_index, question, dev_index.settings)
    assert not a.abstained, a.answer
    assert said in a.answer
