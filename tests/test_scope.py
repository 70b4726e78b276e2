"""What a notice is about and what a question names, on real notices of other agencies (no index)."""
from __future__ import annotations

import pytest

from retrieval.load import load_notice
from retrieval.search.named import match_strength, named_in
from retrieval.search.profile import notice_profile
from retrieval.search.scope import scope_for
from tests.conftest import ROOT

DEV = ROOT / "tests" / "data" / "notices-dev"


@pytest.fixture(scope="module")
def notices():
    paths = sorted(DEV.glob("d*.txt")) + sorted((ROOT / "corpus").glob("*.txt"))
    return [load_notice(p) for p in paths]


def _one(notices, prefix):
    return next(n for n in notices if n.id.startswith(prefix))


def test_a_notice_is_about_its_issuers_place_at_every_level(notices):
    p = notice_profile(_one(notices, "d03_"))
    assert p.own_places == ("海珠区",) and {"440105", "440100", "440000"} <= p.places
    assert "水务局" in p.agencies


def test_the_inspecting_body_is_not_the_issuer():
    named = named_in("湖北省司法厅十二届省委第八轮巡视整改进展怎么样？")
    assert named.place_names == ("湖北省",) and named.agency_names == ("司法厅",)
    assert named_in("广州水务局巡察整改情况").agency_names == ("水务局",)   # a bureau is inspected, not inspecting


def test_a_parent_place_is_related_and_another_place_contradicts(notices):
    haizhu = notice_profile(_one(notices, "d03_"))
    assert match_strength(named_in("我们海珠区水务局巡察整改了哪些问题？"), haizhu) == 1.0
    assert 0 < match_strength(named_in("广州水务局巡察整改了哪些问题？"), haizhu) < 1.0
    assert match_strength(named_in("宁波水务局巡察整改了哪些问题？"), haizhu) is None


def test_question_naming_its_own_city_and_agency_prefers_that_notice_softly(notices):
    s = scope_for("我们海珠区水务局巡察整改了哪些问题？", notices)
    assert s.preferred[0][0].startswith("d03_") and not s.unmatched
    assert s.notice_ids == ()   # soft: search is not limited to it


def test_an_agency_no_notice_is_about_is_said_with_the_closest(notices):
    s = scope_for("成都市市场监管局针对消费维权做了哪些整改？", notices)
    assert s.unmatched and "市场监管局" in s.unmatched
    s = scope_for("宁波市市场监管局巡察整改了哪些问题？", notices)
    assert s.unmatched and notice_profile(_one(notices, "d02_")).label in s.closest   # Ningbo's audit report


def test_another_years_report_is_not_this_one(notices):
    assert scope_for("瑞金市2021年度预算执行审计查出了多少问题？", notices).unmatched
    assert not scope_for("瑞金市2020年度预算执行审计查出了多少问题？", notices).unmatched


def test_a_comparison_takes_turns_between_the_named_notices(notices):
    s = scope_for("莆田市司法局和东昌府区司法局的巡察整改分别是怎么做的？", notices)
    assert len(s.groups) == 2 and not s.unmatched
    assert {g[0][:3] for g in s.groups} == {"d06", "d07"}


def test_a_parent_written_before_its_child_names_one_place():
    named = named_in("郑州惠济区审批局党组书记本人在整改里做了哪些事？")
    assert named.place_names == ("郑州惠济区",) and len(named.places) == 1 and "410108" in named.places[0]
    assert named_in("宁波和广州的审计局").place_names == ("宁波", "广州")   # siblings stay two places


def test_the_inspecting_committees_place_holds_a_notice_that_names_no_other(notices, tmp_path):
    f = tmp_path / "notice.txt"   # d10 under a file name naming no place
    f.write_text(_one(notices, "d10_").text, encoding="utf-8")
    huiji = notice_profile(load_notice(f))   # "区委…巡察" and 《郑州市委巡察整改情况公开办法》: a district of 郑州
    assert not huiji.own_codes and "410100" in huiji.places
    assert match_strength(named_in("郑州惠济区审批局党组书记做了哪些事？"), huiji) >= 0.75
    assert match_strength(named_in("成都市审批局巡察整改了哪些问题？"), huiji) is None


def test_a_committee_inspecting_its_own_level_names_the_issuers_place(tmp_path):
    """The common opening "X省委第N巡视组对省Y党组开展了巡视" (wording of the genre, no dev notice has it)."""
    f = tmp_path / "court.txt"
    f.write_text("根据省委统一部署,2024年4月至5月,云南省委第二巡视组对省高级人民法院党组开展了常规巡视。"
                 "按照巡视工作有关要求,现将巡视整改进展情况予以公布。\n一、提高政治站位\n党组高度重视巡视整改工作。",
                 encoding="utf-8")
    p = notice_profile(load_notice(f))
    assert p.own_places == ("云南省",)
    assert match_strength(named_in("湖南省高级人民法院巡视整改进展怎么样？"), p) is None
    assert match_strength(named_in("云南省高院巡视整改进展怎么样？"), p) == 1.0


def test_a_notice_naming_no_place_fits_a_named_place_but_is_marked_unplaced(notices):
    s = scope_for("成都市公安局巡察整改是怎么做的？", notices)   # d19 says only "市公安局党委", its file name no place
    assert not s.unmatched and s.preferred[0][0].startswith("d19_")
    assert any(nid.startswith("d19_") for nid in s.unplaced)
    putian = scope_for("莆田市司法局巡察整改制定了几条措施？", notices)
    assert putian.preferred[0][0].startswith("d07_") and putian.preferred[0][0] not in putian.unplaced   # names 莆田
    assert not scope_for("司法局巡察整改制定了几个方案？", notices).unplaced          # no place asked


def test_an_untitled_notice_is_named_by_its_issuer_and_file(notices):
    p = notice_profile(_one(notices, "d19_"))
    assert p.label == "市公安局党委（d19_zslz-police-bureau-inspection.txt）"
    assert notice_profile(_one(notices, "d05_")).label.startswith("绵阳市司法局党组（")   # its file name's place
    assert notice_profile(_one(notices, "d07_")).label == "中共莆田市司法局党组关于巡察整改进展情况的通报"
    assert notice_profile(_one(notices, "d28_")).label.startswith("湘潭市妇联党组（")   # issuer "市妇联党组"


def test_the_closest_notices_share_the_agency_then_the_region(notices):
    s = scope_for("杭州市审计局2022年度审计查出问题整改了多少个？", notices)
    assert s.unmatched and len(s.closest) == 3
    zhejiang = {notice_profile(_one(notices, d)).label for d in ("d02_", "d17_")}   # 宁波, 慈溪: both of 浙江
    assert set(s.closest[:2]) == zhejiang


def test_staff_short_forms_and_other_standing_departments_are_read_as_agencies(notices):
    assert named_in("我们市民政局巡察整改定了几条措施？").agency_names == ("民政局",)
    assert named_in("县总工会被巡察后是怎么整改的？").agency_names == ("总工会",)
    assert scope_for("市民政局巡察整改制定了多少条措施？", notices).unmatched   # no notice of a 民政局
    jiaxing = scope_for("嘉兴文广旅局整改时收回清退了多少违规资金？", notices)   # 文广旅局 = 文化广电旅游局
    assert jiaxing.preferred[0][0].startswith("d11_") and not jiaxing.unmatched


def test_the_body_staff_ask_about_as_which_group_is_the_inspector_not_the_issuer():
    named = named_in("区科协是被区委哪个巡察组巡察的？")
    assert named.agency_names == ("科协",)


def test_a_notice_naming_no_place_takes_it_from_the_name_the_user_gave_the_file(notices, tmp_path):
    source = _one(notices, "d05_")   # 市司法局党组: the text names no place
    bare = tmp_path / "notice.txt"
    bare.write_text(source.text, encoding="utf-8")
    assert not notice_profile(load_notice(bare)).own_codes
    named = tmp_path / "绵阳市司法局巡察整改进展情况通报.txt"
    named.write_text(source.text, encoding="utf-8")
    p = notice_profile(load_notice(named))
    assert p.own_places == ("绵阳市",) and "510000" in p.places
    other = tmp_path / "巡察整改通报（公开版）.txt"   # a file name naming no place changes nothing
    other.write_text(source.text, encoding="utf-8")
    assert not notice_profile(load_notice(other)).own_codes


def test_an_agency_asked_at_another_level_is_another_agency(notices):
    police = notice_profile(_one(notices, "d19_"))   # 市公安局党委, no place named
    assert police.levels == frozenset({"市"})
    assert match_strength(named_in("广东省公安厅的巡察整改情况怎么样？"), police) is None
    assert match_strength(named_in("市公安局的巡察整改情况怎么样？"), police) is not None
    city = notice_profile(_one(notices, "d05_"))   # 市司法局党组
    assert match_strength(named_in("省司法厅巡视整改的领导小组谁牵头？"), city) is None
    assert match_strength(named_in("省司法厅巡视整改的领导小组谁牵头？"), notice_profile(_one(notices, "d04_"))) == 1.0


def test_the_level_word_is_the_one_written_and_places_decide_when_both_name_one(notices):
    ruijin = notice_profile(_one(notices, "d01_"))   # 瑞金市: a county-level city calls its bureaus 市…局
    assert match_strength(named_in("我们瑞金市审计局反映了多少问题？"), ruijin) == 1.0
    lizhou = notice_profile(_one(notices, "d37_"))   # 利州区法院: the 州 of 利州 is no level word
    assert match_strength(named_in("利州法院一季度填报了多少条？"), lizhou) == 1.0
    ningbo = notice_profile(_one(notices, "d02_"))   # a city's notice speaks of its counties
    assert match_strength(named_in("宁波的区县政府在审计整改里负什么责？"), ningbo) is not None


def test_a_unit_no_notice_is_about_is_said_so_even_when_no_agency_type_names_it(notices):
    assert named_in("市殡仪馆巡察整改完成了多少？").other_units == ("市殡仪馆",)
    assert named_in("昆明市水文站巡察整改建立了多少项制度？").other_units == ("昆明市水文站",)
    assert named_in("市档案馆巡察整改完成了多少？").other_units == ()   # 档案馆: an agency type of the line-up
    assert named_in("我们市司法局制定了几个方案？").other_units == ()   # a genre agency type
    assert named_in("天津城管委和东丽区各有什么办法？").other_units == ()   # question words end no unit
    assert scope_for("市殡仪馆巡察整改完成了多少？", notices).unmatched == "市殡仪馆"
    assert "档案馆" in scope_for("市档案馆巡察整改完成了多少？", notices).unmatched
    court = scope_for("中山市一院的巡察反馈意见是哪天给的？", notices)   # 一院: 第一人民法院's short form
    assert not court.unmatched


def test_two_places_are_compared_though_one_of_them_has_several_notices(notices):
    seeds = [n for n in notices if not n.id.startswith("d")]   # four notices of 天津, one of 济南
    s = scope_for("天津和济南的城管AI识别能自动发现多少类问题？", seeds)
    assert len(s.groups) == 2 and not s.unmatched


def test_a_place_named_as_a_region_around_the_agency_fits_the_notices_inside_it(notices):
    ruijin = notice_profile(_one(notices, "d01_"))
    assert match_strength(named_in("江西那个县级市审计局的整改报告里问题改完了吗？"), ruijin) == 1.0
    assert match_strength(named_in("江西审计局的整改报告里问题改完了吗？"), ruijin) < 1.0   # the province's own bureau
    s = scope_for("山东某市社科联开会研究整改几次？", notices)
    assert s.preferred[0][0].startswith("d34_") and not s.unmatched
    assert match_strength(named_in("浙江那个市社科联开会研究整改几次？"), notice_profile(_one(notices, "d34_"))) is None


def test_a_level_word_after_a_region_is_the_agencys_level(notices):
    named = named_in("浙江那个市的卫健委要点是哪天落款的？")
    assert named.levels == frozenset({"市"})
    assert match_strength(named, notice_profile(_one(notices, "d22_"))) == 1.0   # 湖州市卫健委
    assert match_strength(named, notice_profile(_one(notices, "d23_"))) is None   # the provincial commission


def test_an_agency_described_by_its_duty_or_its_level_in_spoken_words(notices):
    s = scope_for("管体育的那个局开了几次党组会？", notices)
    assert [nid for nid, _ in s.preferred] == ["d32_xiamen-sports-bureau-inspection"] and not s.unmatched
    assert named_in("负责审批的那个局是哪个巡察组巡的？").agencies == frozenset({"行政审批局"})
    assert named_in("分管科技工作的那个部门建了几个制度？").agencies == frozenset({"科学技术局"})
    s = scope_for("市里的妇联多久开一次整改例会？", notices)   # 市里的: a city's federation, not a province's
    assert [nid for nid, _ in s.preferred] == ["d28_xiangtan-womens-federation-inspection"]


def test_whose_notice_it_is_comes_before_one_that_only_mentions_the_agency(notices):
    s = scope_for("文广旅局用什么办法保证反馈问题都改到位？", notices)   # d17, an audit report, names the bureau it audited
    assert s.focus == ("d11_jiaxing-culture-tourism-bureau-inspection",)
    assert "d17_cixi-audit-2017-rectification" in dict(s.preferred)   # still ranks, a step below


def test_a_named_kind_of_notice_breaks_a_tie_of_places(notices):
    s = scope_for("浙江省卫健工作要点分哪几部分？", notices)   # two provincial notices of 浙江: the 工作要点 first
    assert s.focus == ("d23_zhejiang-health-commission-2023-work-points",)


def test_a_group_named_by_its_number_alone_is_the_inspector():
    assert named_in("市公安局（市委一组巡察）的整改情况").agency_names == ("公安局",)


def test_a_findings_only_notice_is_told_apart_by_what_it_publishes(notices):
    s = scope_for("有个市公安局的通报只列了巡察发现的问题，那次巡察是哪个组？", notices)
    assert s.focus == ("d20_jieyang-police-bureau-inspection-findings",)
    assert "d19_zslz-police-bureau-inspection" in dict(s.preferred)
