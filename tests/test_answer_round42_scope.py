"""Round 42 (session 16, h_scope42): two notices named in one ask; the sub-items of a named part.

- genre comparisons.toml [pairs], retrieval/search/scope.py missing_pairs: a question naming two place-and-agency
  pairs (湖北司法厅…莆田司法局) names two notices, compared side by side with no comparing word between them; a pair no
  notice is about is said missing by its own name, never answered from another agency's notice.
- genre asking.toml [[spoken]]: 开会几次 / 开会各几次 read as 开了几次会.
- genre structure_questions.toml [counted_items]: a part's points asked by the count the asker knows (三条要点, 三个小点
  标题); retrieval/search/walk.py walk: a top part named by its words and its ordinal both (讲组织领导的第一部分) is
  that part, its items listed.
Each probed in wordings of my own over real dev-notice text (tests/data/notices-dev).
"""
from __future__ import annotations

import pytest

from genre.asking import plain_question
from genre.structure_questions import load_structure_questions
from tests.conftest import dev_files


@pytest.mark.parametrize("question", [
    "区科协第一部分组织领导那块三条要点是啥",
    "区科协通报第一部分讲组织领导的，三个小点标题",
    "遂宁科技局通报第一部分，三个小标题是什么",
    "莆田司法局通报第一部分两个小点是啥",
    "庆阳文联通报第三部分，四个小标题是什么",
])
def test_a_count_the_asker_knows_asks_the_items(question):
    assert load_structure_questions().counted_items.search(question)


@pytest.mark.parametrize("question", ["第三个小点讲什么", "前三个小标题", "第一部分下面第二条要点"])
def test_a_position_is_no_count_known(question):
    assert not load_structure_questions().counted_items.search(question)


@pytest.mark.parametrize(("question", "read"), [
    ("枣庄社科联和鲤城社科联，为整改开会各几次，谁多", "为整改各开了几次会"),
    ("枣庄社科联为整改开会几次", "为整改开了几次会"),
    ("鲤城社科联开会多少次", "开了多少次会"),
])
def test_a_meeting_count_after_the_verb_object_word(question, read):
    assert read in plain_question(question)


@pytest.fixture(scope="module")
def scope_index(tmp_path_factory):
    from tests.conftest import small_index
    return small_index(tmp_path_factory, "scope42", dev_files("d04_", "d05_", "d07_", "d25_", "d26_", "d28_", "d29_",
                                                              "d31_", "d32_", "d34_", "d35_"))


def _ask(index, question):
    from answer.ask import ask
    return ask(index, question, index.settings)


@pytest.mark.parametrize(("question", "said"), [
    ("湖北司法厅收到巡视反馈的那天，莆田司法局是不是正好发了整改通报？", None),
    ("湖北司法厅哪天收到巡视反馈，莆田司法局哪天收到巡察反馈", ("2025年2月17日", "2024年1月4日")),
    ("厦门体育局收到反馈那天湘潭妇联收到反馈了吗", ("2020年4月9日", "2024年1月17日")),
    ("枣庄社科联和鲤城社科联，为整改开会各几次，谁多", ("9次", "2次")),
    ("湖北司法厅和莆田司法局分别是哪天收到反馈的", ("2025年2月17日", "2024年1月4日")),
    ("厦门体育局的巡察反馈是哪天，湘潭妇联的呢", ("2020年4月9日", "2024年1月17日")),
])
def test_two_agencies_each_with_its_place_are_two_notices(scope_index, question, said):
    from retrieval.search.scope import scope_for
    notices = [r.notice for r in scope_index.records.values()]
    scope = scope_for(plain_question(question), notices)
    assert len(scope.groups) == 2 and not scope.unmatched, scope
    if said:
        answer = _ask(scope_index, question)
        assert all(s in answer.answer for s in said) and not answer.abstained, answer.answer


@pytest.mark.parametrize(("question", "missing"), [
    ("湖北司法厅和杭州司法局分别是哪天收到反馈的", "杭州司法局"),
    ("莆田司法局整改了几个问题，南京司法局整改了几个", "南京司法局"),
    ("厦门体育局和武汉体育局各整改了多少问题", "武汉体育局"),
    ("成都妇联收到反馈那天，湘潭妇联收到反馈了吗", "成都妇联"),
])
def test_a_pair_no_notice_is_about_is_said_missing(scope_index, question, missing):
    answer = _ask(scope_index, question)
    assert answer.abstained and f"没有关于“{missing}”的通报" in answer.answer, answer.answer


@pytest.mark.parametrize(("question", "items"), [
    ("区科协第一部分组织领导那块三条要点是啥", ("1.提高思想认识", "2.细化整改措施", "3.强化自我检视")),
    ("区科协通报第一部分讲组织领导的，三个小点标题", ("1.提高思想认识", "2.细化整改措施", "3.强化自我检视")),
    ("鲤城社科联那份报告，讲组织领导的第一部分有哪几条", ("(一)提高政治站位", "(二)加强组织领导", "(三)细化任务分工")),
    ("遂宁科技局通报讲组织领导的第一部分，三个小点标题是什么", ("(一)统一思想认识", "(二)加强组织领导", "(三)及时总结成果")),
    ("厦门体育局第一部分政治责任那块有哪几条", ("(一)加强组织领导", "(二)压紧压实责任", "(三)坚持举一反三")),
    ("莆田司法局通报第一部分两个小点是啥", ("(一)提高政治站位抓整改", "(二)强化政治担当抓整改")),
    ("庆阳文联通报第三部分，四个小标题是什么", ("(一)聚焦党中央", "(二)聚焦群众身边", "(三)聚焦基层党组织")),
])
def test_the_items_of_a_named_part_are_listed_each_cited(scope_index, question, items):
    answer = _ask(scope_index, question)
    assert all(i in answer.answer for i in items) and not answer.abstained, answer.answer
    assert len(answer.citations) >= len(items)
