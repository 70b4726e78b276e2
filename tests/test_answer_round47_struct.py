"""Round 47 (session 16, h_struct47): a part's items asked in any wording; a point a part does not have.

- genre structure_questions.toml [counted_items]: the items named first and asked after (下面小标题有哪几个, 小点都有
  哪些, 二级标题有哪些), or as 子项 / 下一级标题 (有哪些子项, 下分几个子项): the part's items, each named; a count the asker
  knows of a notice's requirements (前面的四条要求是什么); [figure_within] names_nothing: 下设几个小点 names no figure.
- [whole_notice]: a notice's requirements asked by where they stand (文件前面提了哪四条要求, 通知开头提了几点要求).
- answer/no_points.py: the points of an item divided no further asked: none, said, its heading cited (points_written).
- retrieval/search/walk.py beyond_last: a point past a part's last (第一部分第五点 of a part with three) is missing.
Each probed in wordings of my own over real dev-notice text (tests/data/notices-dev).
"""
from __future__ import annotations

import pytest

from genre.figure_within import figure_within_ask
from genre.structure_questions import load_structure_questions
from tests.conftest import dev_files


@pytest.mark.parametrize("question", [
    "厦门体育局通报第一部分下面小标题有哪几个",
    "莆田司法局第一部分的小标题都有哪些",
    "湘潭妇联第二部分下面的二级标题有哪些",
    "厦门体育局第一部分有哪些子项",
    "遂宁科技局第一部分下分几个子项",
    "惠济审批局第一部分下面的小点分别是什么",
    "华容重点工作任务文件前面的四条要求是什么",
])
def test_items_asked_in_any_wording_are_counted_items(question):
    assert load_structure_questions().counted_items.search(question)


@pytest.mark.parametrize("question", ["厦门体育局通报第一部分下设几个小点", "遂宁科技局第一部分下分几个子项"])
def test_points_counted_are_no_figure_within(question):
    assert figure_within_ask(question) is None


def test_a_figure_within_an_item_is_still_one():
    assert figure_within_ask("利州法院第一部分第二个问题，填报了多少条事项") == "利州法院，填报了多少条事项"


@pytest.fixture(scope="module")
def struct_index(tmp_path_factory):
    from tests.conftest import small_index
    return small_index(tmp_path_factory, "struct47", dev_files("d07_", "d10_", "d13_", "d25_", "d32_"))


def _ask(index, question):
    from answer.ask import ask
    return ask(index, question, index.settings)


@pytest.mark.parametrize(("question", "said"), [
    # a part's items, each named
    ("厦门体育局通报第一部分下面小标题有哪几个", ("加强组织领导", "压紧压实责任", "坚持举一反三")),
    ("厦门体育局通报第一部分下设几个小点", ("加强组织领导", "压紧压实责任", "坚持举一反三")),
    ("厦门体育局第一部分有哪些子项", ("加强组织领导", "压紧压实责任", "坚持举一反三")),
    ("莆田司法局第一部分的小标题都有哪些", ("提高政治站位抓整改", "强化政治担当抓整改")),
    ("遂宁科技局第一部分下分几个子项", ("统一思想认识", "加强组织领导,真抓实改", "及时总结成果")),
    ("惠济审批局第一部分下面的小点分别是什么", ("强化责任担当", "坚持问题导向", "注重长效机制")),
    # a work plan's own requirements, asked by where they stand
    ("华容2021年重点工作任务那个文件 前面提了哪四条要求", ("强化责任落实", "细化工作方案", "加强调度协调", "严格督查考核")),
    ("华容重点工作任务分解的通知开头提了几点要求", ("强化责任落实", "严格督查考核")),
    ("华容重点工作任务文件前面的四条要求是什么", ("强化责任落实", "严格督查考核")),
    ("华容2021年重点任务分解文件开头提了哪些要求", ("强化责任落实", "严格督查考核")),
    ("华容县政府重点工作任务文件里面有哪几项要求", ("强化责任落实", "严格督查考核")),
    # an item divided no further: none, said
    ("惠济审批局第一部分第二点下面有几个小点", ("没有再分小点", "坚持问题导向")),
    ("华容重点工作任务第一部分下面有几个小标题", ("没有再分小点", "强化责任落实")),
    ("遂宁科技局第一部分第一点下设几个子项", ("没有再分小点", "统一思想认识")),
])
def test_items_listed_or_none_said(struct_index, question, said):
    a = _ask(struct_index, question)
    assert not a.abstained
    for words in said:
        assert words in a.answer, (question, a.answer)


@pytest.mark.parametrize("question", [
    "厦门体育局第一部分第五点下面有几个小点",
    "厦门体育局第一部分第四个小标题是什么",
    "遂宁科技局第一部分第六点讲了什么",
])
def test_a_point_past_the_last_is_missing(struct_index, question):
    a = _ask(struct_index, question)
    assert a.abstained and "没有所问的这一部分" in a.answer, (question, a.answer)
    assert "坚守政治责任" not in a.answer


@pytest.fixture(scope="module")
def points_index(tmp_path_factory):
    from tests.conftest import small_index
    return small_index(tmp_path_factory, "struct47n", dev_files("d08_", "d10_", "d22_", "d23_", "d32_"))


@pytest.mark.parametrize(("question", "said"), [
    # a list written in one sentence under a heading, its N-th clause; the heading quoted, the member's kind named
    ("全民健康促进行动“主要目标指标”里排第五个的指标是什么，目标多少", "总体癌症五年生存率达47%"),
    ("“主要目标指标”中第六个指标是什么", "人均基本公共卫生服务经费达102元以上"),
    ("浙江卫健要点主要目标指标里第四个指标是啥", "重大慢病过早死亡率降至9.3%"),
    ("浙江卫健要点“主要目标指标”，排第二的目标是什么", "人均预期寿命达82.4岁"),
    ("浙江卫健要点“主要目标指标”里第三个是什么", "居民健康素养水平达39%以上"),
])
def test_the_nth_clause_of_a_list_sentence(points_index, question, said):
    a = _ask(points_index, question)
    assert not a.abstained and said in a.answer, (question, a.answer)


@pytest.mark.parametrize(("question", "said"), [
    # a heading named between the part and the point walks below that heading, no missing point
    ("芦淞司法局通报第二部分“思想认识有差距”下面第二个问题是什么？整改得怎么样？", "学习缺乏自觉性和紧迫感"),
    # one point asked by its place with 小标题 is that point, not the part's list
    ("惠济审批局通报讲局党组织落实主体责任的（二）那块，第1条小标题是什么？", "深刻领会精神"),
])
def test_a_point_walked_below_a_named_heading(points_index, question, said):
    a = _ask(points_index, question)
    assert not a.abstained and said in a.answer, (question, a.answer)
    assert "强化责任担当" not in a.answer


@pytest.mark.parametrize("question", [
    "浙江省2023年卫生健康工作要点的主要任务是围绕什么展开的？第一项任务是什么？",
    "浙江卫健要点主要任务是以什么为主线的？第一项任务呢",
    "浙江卫健要点的主要任务怎么安排的，第一项任务是什么",
    "浙江卫健2023要点主要任务讲了啥？第一项任务是啥",
    "浙江卫健要点里主要任务围绕什么？第一项任务叫什么",
])
def test_a_position_counting_the_kind_a_named_part_holds(points_index, question):
    a = _ask(points_index, question)   # 第一项任务 after 主要任务 is named: 二、主要任务 > (一)
    assert not a.abstained and "实施全民健康促进行动" in a.answer, (question, a.answer)
