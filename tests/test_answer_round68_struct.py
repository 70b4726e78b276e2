"""Round 68 (session 17, h_struct68): a difference of two targets asked in points.

- genre worked.toml [points_difference]; answer/combined.py asked_rates: 差几个点 / 高多少个百分点 asks the difference of
  two rates; a target list quoting more rates in one sentence (居民电子健康档案开放率达70%以上,家庭医生居民签约服务覆盖率达42%
  以上,重点人群签约覆盖率达85%以上) yields the two the question names, each by words of its own; a rate the notice does
  not state (孕产妇系统管理率) or a figure that is no rate (健康浙江发展指数) is worked out of none.
Each probed in wordings of my own over real dev-notice text (tests/data/notices-dev).
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.combined import AMOUNT, asked_rates, difference_note
from genre.points_difference import points_asked
from tests.conftest import dev_files, dev_text, small_index

ZJ = "d23_"   # 浙江省卫生健康委2023年工作要点 (its targets in one sentence of rates)


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    return small_index(tmp_path_factory, "struct68", dev_files(ZJ, "d08_", "d02_", "d16_"), keyword_only=False)


def _targets() -> str:
    return next(line for line in dev_text(ZJ).splitlines() if "重点人群签约覆盖率" in line)   # the targets' paragraph


def test_points_asked_in_staff_words():
    assert points_asked("差几个点")[0] and points_asked("高多少个百分点")[0] and points_asked("相差多少点")[0]
    assert points_asked("差几个问题") == (0, "")


@pytest.mark.parametrize(("question", "said"), [
    ("家庭医生签约覆盖率目标多少，重点人群呢，差几个点", "85%−42%，相差43个百分点"),
    ("居民健康素养水平和心理健康素养水平的目标差几个点", "39%−25%，相差14个百分点"),
    ("电子健康档案开放率比家庭医生签约覆盖率高多少个百分点", "70%−42%，相差28个百分点"),
    ("癌症五年生存率和居民健康素养水平差多少个点", "47%−39%，相差8个百分点"),
    ("重点人群签约率比居民签约率高几个点", "85%−42%，相差43个百分点"),
])
def test_two_rates_of_one_sentence(question, said):
    assert said in difference_note(question, _targets())


@pytest.mark.parametrize("question", [
    "家庭医生签约覆盖率和孕产妇系统管理率差几个点",
    "健康浙江发展指数和人均预期寿命差几个点",
])
def test_rates_not_asked_are_not_worked(question):
    text = _targets()
    assert asked_rates(question, text, list(AMOUNT.finditer(text))) == []
    assert "相差" not in difference_note(question, text)


@pytest.mark.parametrize(("question", "said"), [
    ("浙江卫健委要点家庭医生签约覆盖率目标多少，重点人群呢，差几个点", "相差43个百分点"),
    ("浙江卫健委居民健康素养水平和心理健康素养水平的目标差几个点", "相差14个百分点"),
    ("浙江卫健委要点里电子健康档案开放率比家庭医生签约覆盖率高多少个百分点", "相差28个百分点"),
    ("浙江卫健委癌症五年生存率和居民健康素养水平差多少个点", "相差8个百分点"),
    ("浙江卫健委重点人群签约率比居民签约率高几个点", "相差43个百分点"),
])
def test_end_to_end_difference(dev_index, question, said):
    assert said in ask(dev_index, question).answer


@pytest.mark.parametrize("question", [
    "浙江卫健委家庭医生签约覆盖率和孕产妇系统管理率差几个点",
    "浙江卫健委健康浙江发展指数和人均预期寿命差几个点",
])
def test_end_to_end_unstated_rate(dev_index, question):
    assert "相差" not in ask(dev_index, question).answer


# What one role is charged with (claims.toml [each_actor] single, duty; answer/actors.py actor_duty): the clause the
# actor opens in the notice's division of labour, its bracketed name (区(县、市)政府) matching staff's 区县市政府.
NB = "d02_"   # 宁波市2021年度审计整改报告 (市级牵头部门…;区(县、市)政府…;具体实施单位…)


@pytest.mark.parametrize(("question", "said"), [
    ("宁波审计整改里区县市政府担的是什么责任", "区(县、市)政府能够落实属地管理责任,积极协同推进"),
    ("宁波审计整改中市级牵头部门负责什么", "市级牵头部门,能够履行牵头抓总责任,纵横协调推进,按时汇总反馈结果"),
    ("宁波审计整改具体实施单位主要干什么", "具体实施单位,能够细化制订整改方案和计划"),
    ("宁波审计整改报告里区县市政府承担什么职责", "区(县、市)政府能够落实属地管理责任,积极协同推进"),
    ("宁波审计整改，区(县、市)政府负的是什么责任", "区(县、市)政府能够落实属地管理责任,积极协同推进"),
])
def test_one_role_charged(dev_index, question, said):
    a = ask(dev_index, question)
    assert not a.abstained and said in a.answer.split("[1]")[0]


def test_actor_duty_on_notice_text():
    from answer.actors import actor_duty
    text = dev_text(NB)
    assert [text[a:b] for a, b in actor_duty(text, "区县市政府担的是什么责任")] == ["区(县、市)政府能够落实属地管理责任,积极协同推进"]
    assert actor_duty(text, "街道办事处担的是什么责任") == []   # no clause the actor opens
    assert actor_duty(text, "区县市政府和具体实施单位各做了什么") == []   # two actors: actor_clauses answers


@pytest.mark.parametrize("question", [
    "宁波审计整改里街道办事处担的是什么责任",
    "宁波审计整改中乡镇政府负责什么",
])
def test_role_not_named_gets_no_clause(dev_index, question):
    assert "属地管理责任" not in ask(dev_index, question).answer.split("[1]")[0]
