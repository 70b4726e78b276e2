"""Round 28, renamed notices: answering rests on the genre's rules, not on the names of the notices it was built on
(bench/bench_renamed.py). Each convention probed in five wordings of my own on real dev-notice text.

- A notice's issuer is also at the level word the notice writes before it (来源:区司法局) when that word is of its
  place's rank: divisions are renamed (撤县设区), the notice keeps the word its unit used, so 区司法局 asked fits the notice
  of a place the table calls …县 (genre agencies.toml [agency_level] written_same_rank); a word of another rank
  (市司法局) still does not.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.load import load_notice
from retrieval.search.levels import with_written
from retrieval.search.named import match_strength, named_in
from retrieval.search.profile import notice_profile
from tests.conftest import dev_text

DISTRICT_BUREAU = dev_text("d08_")   # 来源:区司法局 … 市委第一提级巡察组对区司法局党组开展了提级巡察 … 巡察芦淞区司法局党组


@pytest.fixture(scope="module")
def county_notice(tmp_path_factory: pytest.TempPathFactory):
    """The d08 notice as the notice of a 县 (the place renamed; its 区司法局 kept as written)."""
    path = Path(tmp_path_factory.mktemp("renamed")) / "tongwei-sfj-xczg.txt"
    path.write_text(DISTRICT_BUREAU.replace("芦淞区", "通渭县"), encoding="utf-8")
    return notice_profile(load_notice(path))


def test_written_level_of_the_same_rank_is_added() -> None:
    assert with_written(frozenset({"县"}), "区") == frozenset({"县", "区"})
    assert with_written(frozenset({"市"}), "区") == frozenset({"市"})   # a 县级市's 市 stays 市
    assert with_written(frozenset({"县"}), "") == frozenset({"县"})


def test_county_notice_keeps_its_written_district_level(county_notice) -> None:
    assert {"县", "区"} <= county_notice.levels


@pytest.mark.parametrize("question", [
    "区司法局是不是被提级巡察的？哪个组来的？",
    "那个区司法局反馈的29个问题完成了多少？",
    "区司法局的整改通报是哪天更新的",
    "咱们区司法局中心组学习依据的文件文号是什么",
    "被市委第一提级巡察组巡察的区司法局，整改方案叫什么",
])
def test_district_bureau_asked_fits_the_county_notice(county_notice, question: str) -> None:
    assert match_strength(named_in(question), county_notice) is not None


@pytest.mark.parametrize("question", ["市司法局是不是被提级巡察的？", "省司法厅反馈的问题完成了多少？"])
def test_another_rank_still_does_not_fit(county_notice, question: str) -> None:
    assert match_strength(named_in(question), county_notice) is None
