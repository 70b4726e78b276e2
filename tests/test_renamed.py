"""Renamed notices (eval/renamed.py, bench/bench_renamed.py): dev notices with their places and agency types
swapped, and what the product must read in them: any unit of the line-up, a city named by its short form."""
from __future__ import annotations

import json

import pytest

from bench.tune import HELD_OUT
from eval.renamed import Renaming, plan, rename_item, rename_text
from genre.places import find_places
from genre.romanised import romanised_places
from retrieval.load import load_notice
from retrieval.search.named import match_strength, named_in
from retrieval.search.profile import notice_profile
from tests.conftest import ROOT, dev_text

DEV = ROOT / "tests" / "data" / "notices-dev"


@pytest.fixture(scope="module")
def pair():
    docs = [next(DEV.glob(f"{p}_*.txt")).name for p in ("d05", "d25")]
    notices = {d: (DEV / d).read_text(encoding="utf-8") for d in docs}
    questions = [q for q in map(json.loads, (ROOT / "eval" / "qa_unseen.jsonl").read_text(encoding="utf-8").splitlines())
                 if q["split"] == "dev" and q.get("set", "first") not in HELD_OUT and q["doc"] in docs]
    return notices, questions


def test_a_renaming_is_seeded_and_keeps_notice_and_questions_consistent(pair):
    notices, questions = pair
    r = plan(notices, questions, [], seed=3)
    assert r == plan(notices, questions, [], seed=3) and r.surfaces != plan(notices, questions, [], seed=4).surfaces
    assert r.agencies.get("司法局") and r.agencies["司法局"] != "司法局"
    for q in questions:
        renamed = rename_item(q, r)
        text = rename_text(notices[q["doc"]], r, q["doc"])
        assert all(e in text for e in renamed["evidence"]), q["id"]
        assert "绵阳" not in renamed["question"] and "遂宁" not in renamed["question"]
    mianyang = next(d for d in notices if d.startswith("d05"))
    target = r.places["绵阳市"]
    assert [p.full_name for p in romanised_places(r.files[mianyang])] == [target]   # the file carries the new place
    assert "司法局" not in rename_text(notices[mianyang], r, mianyang)


def test_self_words_and_organ_words_follow_the_type_but_not_another_agencys():
    r = Renaming(0, {"司法局": "人防办"}, {"d": {"局党组": "办党组", "我局": "我办"}})
    text = "市委巡察组对市司法局党组开展了巡察。局党组多次召开会议，市公安局党组配合，我局高度重视。"
    assert rename_text(text, r, "d") == "市委巡察组对市人防办党组开展了巡察。办党组多次召开会议，市公安局党组配合，我办高度重视。"


def test_a_city_is_named_by_the_short_form_it_shares_with_its_own_county():
    assert [p.full_name for p in find_places("阜新民宗局的通报")] == ["阜新市"]
    assert [p.full_name for p in find_places("长沙审计局")] == ["长沙市"]
    assert [p.full_name for p in find_places("我们长沙的整改")] == ["长沙市"]
    assert [p.full_name for p in find_places("辽宁阜新县审计局")] == ["辽宁省", "阜新蒙古族自治县"]
    assert find_places("我们鼓楼的整改") == []   # shared by unrelated districts: still needs its context


def test_a_two_character_county_name_starting_a_word_is_a_place():
    assert [p.full_name for p in find_places("单县的重点任务完成得怎么样？")] == ["单县"]
    assert [p.full_name for p in find_places("我们沛县审计整改")] == ["沛县"]
    assert find_places("市委、区委和县委巡察") == [] and [p.full_name for p in find_places("湖南县域经济")] == ["湖南省"]


@pytest.mark.parametrize("unit, canonical", [
    ("国资委", "国有资产监督管理委员会"), ("人防办", "人民防空办公室"), ("民宗局", "民族宗教事务局"),
    ("网信办", "网络安全和信息化委员会办公室"), ("政法委", "政法委员会"), ("编办", "机构编制委员会办公室"),
    ("疾控中心", "疾病预防控制中心"), ("开发区管委会", "开发区管委会"), ("街道办事处", "街道办事处"),
    ("城投集团", "国有企业"), ("红十字会", "红十字会"), ("档案馆", "档案局"), ("金融局", "地方金融监督管理局"),
])
def test_units_of_the_whole_line_up_are_read_as_agencies(unit, canonical):
    assert named_in(f"我们市{unit}巡察整改制定了几条措施？").agencies == frozenset({canonical})


def test_a_notice_renamed_to_another_unit_answers_for_it_and_not_for_another(tmp_path):
    text = dev_text("d05_").replace("司法局", "国资委")   # 市司法局党组 -> 市国资委党组, place only in the file name
    path = tmp_path / "fuxin-gzw-xczg.txt"
    path.write_text(text, encoding="utf-8")
    p = notice_profile(load_notice(path))
    assert p.own_places == ("阜新市",) and "国有资产监督管理委员会" in p.agencies
    assert match_strength(named_in("阜新国资委巡察整改制定了几个方案？"), p) == 1.0
    assert match_strength(named_in("阜新民宗局巡察整改制定了几个方案？"), p) is None
    assert match_strength(named_in("鞍山市国资委巡察整改制定了几个方案？"), p) is None
