"""Round 73 (struct73): items under a heading named by its words; a notice's numbered headings by their numerals; the
results of a planned appraisal.

- genre structure_questions.toml [enumerated] counted: “党组组织巡察整改落实情况”下面分了几个“是”: the whole 一是… run
  under the heading quoted (or named before 那一节), its count said first (共3个“是”：), each point cited
  (retrieval/search/enumerated.py quoted_holder, answer/routed.py).
- genre asking.toml [[spoken]]: 一二三四条 / 一、二、三条 / 一到四条 / 第一至第四部分 / 第一条到第四条 are the first N (前四条);
  a count past the last part is said missing (只有4条，没有第五条、第六条; answer/notes.py first_short_note).
- genre questions.toml [asks_result] assessed: 评上的是哪几家 / 评为优秀的有哪些 / 入选的是哪几个 / 谁得了第一: an
  appraisal's result, refused of a work plan that only sets the appraisal (每月评选出优秀单位) (issue 14).
"""
from __future__ import annotations

import pytest

from genre.asking import plain_question
from genre.questions import load_questions
from tests.conftest import dev_files


@pytest.mark.parametrize(("question", "plain"), [
    ("华容县通知，正文一二三四条的小标题是什么", "前四条"),
    ("一、二、三条讲什么", "前三条"),
    ("第一条到第四条的标题", "前四条"),
    ("第一至第四部分各讲什么", "前四部分"),
    ("通知一到六条的标题", "前六条"),
])
def test_first_numerals_read(question, plain):
    assert plain in plain_question(question)


@pytest.mark.parametrize("question", ["一二线城市有哪些", "一到两年内完成吗", "二是什么"])
def test_other_numerals_kept(question):
    assert "前" not in plain_question(question)


@pytest.mark.parametrize("question", [
    "湖州卫健委要点里说每月评优秀单位，2023年评上的是哪几家？",
    "湖州卫健委2023年每月评优秀处室，谁得了第一？",
    "湖州卫健委要点每季评选优秀个人，入选的是哪几个人",
    "湖州卫健委工作要点中评为优秀区县的有哪些？",
    "湖州卫健委考核评比哪个区县拿了第一",
])
def test_result_asked(question):
    assert load_questions().asks_result.search(plain_question(question))


@pytest.mark.parametrize("question", ["每月评选优秀单位是怎么规定的", "优秀个人多久评一次"])
def test_plan_asked(question):
    assert not load_questions().asks_result.search(plain_question(question))


@pytest.fixture(scope="module")
def struct_index(tmp_path_factory):
    from tests.conftest import small_index
    return small_index(tmp_path_factory, "struct73", dev_files("d05_", "d13_", "d14_", "d22_", "d37_"), keyword_only=False)


def _ask(index, question):
    from answer.ask import ask
    return ask(index, question, index.settings)


@pytest.mark.parametrize(("question", "count", "points"), [
    ("绵阳司法局通报“党组组织巡察整改落实情况”下面分了几个“是”，标题各是什么", 3, ["坚持政治统领", "坚持以上率下", "坚持标本兼治"]),
    ("广元市委巡视整改通报“市委组织整改落实情况”下面有几个“是”，分别是什么", 2, ["提高政治站位抓整改", "强化组织领导抓整改"]),
    ("绵阳司法局通报里，“党组组织巡察整改落实情况”这一节列了多少个“是”，都讲了啥", 3, ["坚持政治统领", "坚持标本兼治"]),
    ("广元市委整改通报中“市委组织整改落实情况”下分几个“是”？各是啥", 2, ["提高政治站位抓整改"]),
    ("绵阳市司法局巡察整改通报，党组组织巡察整改落实情况那一节分了几个“是”", 3, ["坚持以上率下"]),
    ("利州区法院巡察整改通报“强化警示宣传”那个问题下面有几个“是”", 3, ["专人提醒督导", "压实考核问责"]),
])
def test_points_counted(struct_index, question, count, points):
    a = _ask(struct_index, question)
    assert not a.abstained and f"共{count}个“是”" in a.answer
    assert all(any(p in c.quote for c in a.citations) for p in points)


@pytest.mark.parametrize("question", [
    "华容县2021年县政府重点工作任务的通知，正文一二三四条的小标题是什么",
    "华容县重点工作任务通知正文一到四条的标题分别是什么",
    "华容县2021年重点工作任务通知，第一条到第四条讲的是什么",
    "华容县2021年重点工作任务通知，一、二、三、四条的标题",
    "华容县县政府重点工作任务通知，第一至第四条小标题是啥",
])
def test_first_headings(struct_index, question):
    a = _ask(struct_index, question)
    quotes = [c.quote for c in a.citations]
    assert [q[:2] for q in quotes[:4]] == ["一、", "二、", "三、", "四、"] and "严格督查考核" in quotes[3]
    assert "没有第" not in a.answer


@pytest.mark.parametrize("question", [
    "华容县2021年重点工作任务通知，正文一到六条的小标题是什么",
    "华容县2021年重点工作任务通知，前六条的小标题是什么",
])
def test_first_headings_past_last(struct_index, question):
    a = _ask(struct_index, question)
    assert "只有4条，没有第五条、第六条" in a.answer and len(a.citations) == 4


@pytest.mark.parametrize("question", [
    "湖州卫健委要点里说每月评优秀单位，2023年评上的是哪几家？",
    "湖州卫健委2023年每月评优秀处室，谁得了第一？",
    "湖州卫健委要点每季评选优秀个人，入选的是哪几个人",
    "湖州卫健委工作要点中评为优秀区县的有哪些？",
    "湖州卫健委考核评比哪个区县拿了第一",
])
def test_appraisal_results_refused(struct_index, question):
    a = _ask(struct_index, question)
    assert a.abstained and "计划" in a.answer
