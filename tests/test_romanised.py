"""Places read from romanised file names (notices saved under pinyin names), and what a notice is about
when only its file name says where it is from."""
from __future__ import annotations

from genre.places import division_codes
from genre.romanised import romanised_places
from retrieval.load import load_notice
from retrieval.search.named import match_strength, named_in
from retrieval.search.profile import notice_profile
from tests.conftest import ROOT

DEV = ROOT / "tests" / "data" / "notices-dev"


def test_a_pinyin_word_names_the_division_whose_name_it_spells():
    assert [p.full_name for p in romanised_places("d05_mianyang-justice-bureau-inspection")] == ["绵阳市"]
    assert [p.full_name for p in romanised_places("jiaxing_wenguanglv_xczg")] == ["嘉兴市"]


def test_pinyin_shared_by_different_names_or_too_short_names_nothing():
    assert romanised_places("d35_licheng-social-science-federation") == []   # 鲤城区, 历城区
    assert [p.full_name for p in romanised_places("dazhou-tongchuan")] == ["达州市"]   # 铜川市, 通川区
    assert romanised_places("xian-nan-court-audit-report") == []


def test_an_unplaced_notice_is_placed_by_its_file_name_and_refuses_another_city():
    mianyang = notice_profile(load_notice(next(DEV.glob("d05_*.txt"))))   # 市司法局党组, no place in its text
    assert mianyang.own_places == ("绵阳市",)
    assert match_strength(named_in("成都市司法局巡察整改制定了几个方案？"), mianyang) is None
    assert match_strength(named_in("绵阳市司法局巡察整改制定了几个方案？"), mianyang) == 1.0


def test_a_file_name_above_the_issuers_level_holds_the_notice():
    guilin = notice_profile(load_notice(next(DEV.glob("d29_*.txt"))))   # 区科学技术协会 in guilin-….txt
    assert guilin.own_places == () and guilin.levels == frozenset({"区"})
    assert match_strength(named_in("区科协整改是怎么跟踪销号的？"), guilin) is not None


def test_every_romanised_key_names_divisions_of_the_national_table():
    codes = set(division_codes())
    lines = [ln.split("\t") for ln in (ROOT / "genre" / "data" / "divisions_romanised.tsv").read_text(
        encoding="utf-8").splitlines() if not ln.startswith("#")]
    assert len(lines) > 5000 and all(len(cols) == 3 for cols in lines)
    assert all(c in codes for cols in lines for c in cols[2].split("|"))
    assert len({cols[0] for cols in lines}) == len(lines)   # one name per key
