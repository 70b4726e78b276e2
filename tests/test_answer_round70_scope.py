"""Round 70 (session 17), which notice a place names.

A place named as a region around the agency (宁波那个审计整改: genre places.toml [regions]) lets a notice of any place inside
it fit fully; when the place is itself one notice's own place, that notice ranks a step above those of places inside it
(慈溪 under 宁波: retrieval/weights.py INSIDE_REGION), unless the region is named as the ground below it (宁波下面那个:
places.toml [regions] below). A place known by its own notices, none of the agency asked, is not stood in for by a
placeless notice of that agency (绵阳市公安局: 绵阳 has only its 司法局's notice; the placeless 市公安局's is not 绵阳's),
while the placeless notice still answers an ask naming no place.
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from retrieval.search.named import named_in, regions_below
from retrieval.search.scope import scope_for
from tests.conftest import dev_files, small_index

NOTICES = ("d02_", "d05_", "d07_", "d11_", "d14_", "d16_", "d17_", "d19_", "d20_", "d23_", "d25_", "d26_", "d28_",
           "d29_", "d37_", "d40_")


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    return small_index(tmp_path_factory, "scope70", dev_files(*NOTICES), keyword_only=False)


def _notices(index):
    return list(index.notices.values()) if isinstance(index.notices, dict) else list(index.notices)


def test_region_below_is_read():
    q = "宁波下面那个县级市审计局的整改报告"
    assert regions_below(q, named_in(q)) == frozenset({"330200"})
    q = "宁波那个审计整改报告"
    assert regions_below(q, named_in(q)) == frozenset()


REGION_OWN = [   # (question, the notice ranked first)
    ("宁波那个审计整改报告，整改工作总体情况怎么样", "d02_"),
    ("宁波市里那个审计局的整改报告是哪年度的", "d02_"),
    ("宁波一个审计局报的整改情况，市长在常务会上说了啥", "d02_"),
    ("宁波某个审计局的审计整改，挂销号制度怎么落实", "d02_"),
    ("宁波那边的审计整改报告里，七张问题清单是怎么提的", "d02_"),
    ("广元那个巡视整改通报，巡视组哪天反馈的", "d14_"),
    ("广东那个审计整改报告是哪年度的", "d40_"),
    ("慈溪那个审计整改，市长提了什么要求", "d17_"),   # the child named: its own notice
    ("宁波那个审计局2017年度的整改", "d17_"),         # only the child's notice answers the year
]


@pytest.mark.parametrize(("question", "first"), REGION_OWN)
def test_region_own_notice_first(dev_index, question, first):
    assert scope_for(question, _notices(dev_index)).preferred[0][0].startswith(first)


def test_region_named_below_prefers_neither(dev_index):
    pref = scope_for("宁波下面那个县级市审计局的整改报告", _notices(dev_index)).preferred
    assert pref[0][1] == pref[1][1]


def test_mayor_demands_from_own_notice(dev_index):
    a = ask(dev_index, "宁波那个审计整改，市长在常务会上提了哪三个要求", dev_index.settings)
    assert "清仓式" in a.answer and "治未病" in a.answer
    assert a.citations[0].notice_id.startswith("d02_")


PLACELESS_REFUSED = [   # (question, the place's own notice named in the refusal)
    ("绵阳市公安局巡察整改进展 巡察组哪天反馈", "绵阳市司法局"),
    ("遂宁市公安局巡察整改，巡察组是哪天反馈的", "遂宁市科技局"),
    ("莆田市公安局党委巡察整改采取了哪些措施", "莆田市司法局"),
    ("湘潭市科协的巡察整改情况怎么样", "湘潭市妇联"),
    ("嘉兴公安局巡察反馈会哪天开的", "嘉兴市文化广电旅游局"),
    ("朔州市科协巡察整改成立了什么领导小组", "朔州市科学技术局"),
]


@pytest.mark.parametrize(("question", "own"), PLACELESS_REFUSED)
def test_placeless_notice_not_the_places(dev_index, question, own):
    a = ask(dev_index, question, dev_index.settings)
    assert a.abstained and "知识库中没有" in a.answer and own in a.answer


PLACELESS_ANSWERS = [   # (question, a phrase of the placeless notice's answer)
    ("市公安局党委巡察整改，巡察组哪天反馈的", "2025年1月8日"),
    ("那个区科协的巡察整改成立了领导小组吗", "区科协"),
]


@pytest.mark.parametrize(("question", "phrase"), PLACELESS_ANSWERS)
def test_placeless_notice_answers_without_place(dev_index, question, phrase):
    a = ask(dev_index, question, dev_index.settings)
    assert not a.abstained and phrase in a.answer
