"""Round 65: measures asked of one problem in a long notice (tens of problems, each 针对…问题,进行了以下整改 with its
一是…五是). All the problem's items answer, from 一是, not the one item repeating its words nor a neighbouring list
(genre measures.toml [problem_items], answer/measures.py problem_over). No dev notice lists problems at this length
(none holds three 一是 lists), so the end-to-end asks run over two seed notices in my own wording."""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.measures import items_below, problem_over
from tests.conftest import corpus_file, small_index


@pytest.fixture(scope="module")
def seed_index(tmp_path_factory):
    paths = [corpus_file("tj-dongli-"), corpus_file("tj-city-mgmt-commission-2024")]
    return small_index(tmp_path_factory, "measures65", paths, keyword_only=False)


def test_second_first_item_opens_another_list():
    t = "针对X问题,进行了以下整改。一是建立台账,逐项督办。二是定期通报进展。\n针对Y,进行了以下整改。一是开展巡查工作。二是约谈责任人员。"
    got = [t[a:b] for a, b in items_below(t, 14, len(t))]
    assert got == ["一是建立台账,逐项督办。", "二是定期通报进展。"]


def test_no_problem_without_sections():
    assert problem_over([], 0, "二是严把关口。", {"关口": 1.0}) is None


ASKS = [   # (question, a phrase of 一是, a phrase of a later item)
    ("东丽区防止干部“带病提拔”采取了什么措施？", "30名干部开展政治素质正反向测评", "71名拟提拔"),
    ("东丽区怎么整治带病提拔干部的问题？", "30名干部开展政治素质正反向测评", "倒查对象"),
    ("东丽区在带病提拔这块是怎么改的？", "30名干部开展政治素质正反向测评", "71名拟提拔"),
    ("老百姓反映暖气不热，城管委采取了哪些办法？", "一人一站", "4万余件群众不满意问题"),
    ("城管委对暖气供热质量差的问题有哪些整改措施？", "一人一站", "差异化拨付"),
    ("城管委针对群众反映的供热质量问题做了哪些整改？", "一人一站", "供热旧管道改造"),
]


@pytest.mark.parametrize(("question", "first", "later"), ASKS)
def test_all_items_of_the_problem(seed_index, question, first, later):
    a = ask(seed_index, question, seed_index.settings)
    assert not a.abstained, a.answer
    assert first in a.answer and later in a.answer, a.answer
    assert "完善平台功能" not in a.answer   # the next list (供热监管平台) is another problem's measures
