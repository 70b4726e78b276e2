"""Section trees of the five seed notices, checked against a reading of each notice."""
from __future__ import annotations

import unicodedata

import pytest

from bench.restyle import STYLES, WORDING_STYLES, restyle
from retrieval.load import load_notice
from retrieval.parse import cn_to_int, inline_items, parse_sections, section_at
from tests.conftest import corpus_file

# (top-level count, children of each top-level section) as read in the notices.
# 2019 plan: the notice's 一…四 plus the attached 工作要点 (附件1) with its own 一、二、三.
# Tianjin 2024: three "(…)" headings lost to an HTML list ("  1. ") are restored by position.
SHAPES = {
    "tj-city-mgmt-commission-2024": (3, [4, 4, 4]),
    "jinan-city-mgmt-bureau-2024": (3, [0, 4, 4]),
    "tj-city-mgmt-commission-2019": (5, [0, 0, 0, 0, 3]),
    "tj-govt-offices-admin-2021": (4, [6, 10, 0, 2]),
    "tj-dongli-district-2022": (4, [6, 13, 0, 2]),
}

PATHS = {
    "tj-city-mgmt-commission-2024": "二、巡视反馈意见相关整改事项落实情况 > (一)关于学习贯彻习近平总书记关于城市工作重要论述和党中央决策部署不到位,履行职责使命有差距方面 > 5.关于“安全风险防控还存在漏洞”问题整改意见 > (1)针对燃气安全隐患排查还不彻底问题,进行了以下整改 > 二是加强燃气旧管网改造力度,提升设施本质安全",
    "jinan-city-mgmt-bureau-2024": "二、集中整改期内已完成的整改事项 > (一)反馈问题:学习贯彻习近平新时代中国特色社会主义思想和党的二十大精神不够系统全面,落实党中央重大决策部署和省委、市委工作要… > 1.政治理论学习不深入不扎实,学以致用不到位 > 2)理论学习中心组学习不够严肃认真",
    "tj-govt-offices-admin-2021": "二、反馈问题整改和提出意见落实情况 > (六)关于作风建设抓得不实,违反八项规定精神问题屡禁不绝问题 > 10.针对“自立名目、滥发津补贴”问题,进行了以下整改",
    "tj-dongli-district-2022": "二、巡视反馈意见相关整改事项落实情况 > (九)关于选人用人统筹不足,执行标准不严问题 > 26.针对干部年轻化、专业化不够问题,进行了以下整改",
    "tj-city-mgmt-commission-2019": "附件1 市城市管理委2019年工作要点 > 三、工作任务 > (一)着力提升城市整体形象,持续推进综合整治“五化”工程 > 一是推进城市园林绿化工程",
}


def _sections(prefix):
    n = load_notice(corpus_file(prefix))
    return n, parse_sections(n.text, n.id)


@pytest.mark.parametrize("prefix", sorted(SHAPES))
def test_top_and_second_level_counts(prefix):
    _, secs = _sections(prefix)
    top = [s for s in secs if s.depth == 1]
    assert len(top) == SHAPES[prefix][0]
    assert [sum(1 for s in secs if s.parent == t.index and s.kind != "enum") for t in top] == SHAPES[prefix][1]


@pytest.mark.parametrize("style", sorted(set(STYLES) - WORDING_STYLES))
@pytest.mark.parametrize("prefix", sorted(SHAPES))
def test_other_house_styles_of_the_top_level_give_the_same_tree(prefix, style):
    """第一部分 / 一. in place of 一、, full-width marks, indents, blank lines (bench/restyle.py): the same
    sections, nested the same way."""
    n, secs = _sections(prefix)
    restyled = parse_sections(restyle(n.text, style), n.id)
    shape = [(s.depth, s.parent, unicodedata.normalize("NFKC", s.heading)) for s in secs]
    assert [(s.depth, s.parent, unicodedata.normalize("NFKC", s.heading)) for s in restyled] == shape


def test_a_figure_or_a_sentence_is_not_a_part_heading():
    secs = parse_sections("一.5倍的投入\n第一部分内容已完成整改。\n二．工作措施\n正文。")
    assert [s.marker for s in secs] == ["二．"]


@pytest.mark.parametrize("prefix", sorted(PATHS))
def test_sample_path(prefix):
    _, secs = _sections(prefix)
    assert PATHS[prefix] in [s.path_text for s in secs]


@pytest.mark.parametrize("prefix", sorted(SHAPES))
def test_spans_are_consistent(prefix):
    n, secs = _sections(prefix)
    for s in secs:
        assert 0 <= s.start < s.heading_end <= s.body_end <= s.end <= len(n.text)
        assert n.text[s.start:s.heading_end].strip().startswith(s.marker[:1]) or s.marker == "1."
        if s.parent >= 0:
            p = secs[s.parent]
            assert p.start < s.start and s.end <= p.end and s.depth == p.depth + 1


def test_list_items_that_lost_their_marker_are_placed_by_position():
    n, secs = _sections("tj-city-mgmt-commission-2024")
    def by_heading(start):
        return next(s for s in secs if s.heading.startswith(start))
    smart = by_heading("针对城市智能化管理水平不高")   # was (3) under 4.
    assert secs[smart.parent].heading.startswith("关于“城市精细化、智能化管理水平不高")
    group = by_heading("关于“履行‘两个责任’不够有")  # was (二) under 二、
    assert group.depth == 2 and secs[group.parent].marker == "二、"
    six = next(s for s in secs if s.marker == "6.")
    assert six.parent == group.index


def test_heading_runs_on_into_body_and_inline_numbers_are_not_headings():
    text = ("一、总体情况\n"
            "(一)提高政治站位,强化责任担当。委各级党组织专题学习。\n"
            "2023年12月26日召开了巡视反馈会议。\n"
            "5万平方米绿地已完成。\n"
            "（二）坚持以上率下\n"
            "1、关于问题\n"
            "(1)针对问题,进行了以下整改。\n"
            "一是加强学习。二是完善制度。\n")
    secs = parse_sections(text)
    assert [s.heading for s in secs] == ["总体情况", "提高政治站位,强化责任担当", "坚持以上率下", "关于问题",
                                         "针对问题,进行了以下整改", "加强学习"]
    assert [s.depth for s in secs] == [1, 2, 2, 3, 4, 5]
    assert section_at(secs, text.index("二是")).title == "一是加强学习"
    assert section_at(secs, 0).heading == "总体情况"


def test_chinese_numerals():
    assert [cn_to_int(x) for x in ("一", "十", "十二", "二十", "二十三", "7")] == [1, 10, 12, 20, 23, 7]


def test_paragraph_after_an_enumeration_belongs_to_the_parent():
    n, secs = _sections("tj-city-mgmt-commission-2024")
    at = n.text.index("针对“举一反三”整改事项“对道桥养护智慧化监管手段应用不够”")
    owner = section_at(secs, at)
    assert owner.kind != "enum" and owner.heading.startswith("针对安全防范机制不健全问题")
    four = next(s for s in secs if s.parent == owner.index and s.marker == "四是")
    assert four.end <= at


def test_labelled_items_are_an_outline_level():
    text = ("二、反馈问题整改情况\n(一)关于理论学习方面\n问题1:党组理论学习中心组学习不够深入。\n整改情况:已完成。\n"
            "问题2:学习成果转化不够。\n整改情况:正在整改。\n反馈问题三:基层党建薄弱。\n整改措施:一是建强支部。")
    secs = parse_sections(text, "n")
    labelled = [s for s in secs if s.kind == "labelled"]
    assert [(s.marker, s.number, s.depth, s.heading) for s in labelled] == [
        ("问题1:", 1, 3, "党组理论学习中心组学习不够深入"), ("问题2:", 2, 3, "学习成果转化不够"),
        ("反馈问题三:", 3, 3, "基层党建薄弱")]
    assert all(s.parent == 1 for s in labelled)


def test_inline_items_with_their_spans():
    text = "(一)提高政治站位抓整改。一是强化组织领导;二是细化整改方案。\n三是建立长效机制。统一是前提。"
    items = inline_items(text)
    assert [(i.marker, i.number) for i in items] == [("一是", 1), ("二是", 2), ("三是", 3)]
    assert [text[i.start:i.end] for i in items] == ["一是强化组织领导;", "二是细化整改方案。", "三是建立长效机制。统一是前提。"]


def test_page_markers_of_run_on_pages_are_not_headings():
    text = "一、总体情况\n(一)加强组织领导,\n- 2 -\n统筹推进整改。\n第2页\n—3—\n(二)细化措施。"
    secs = parse_sections(text, "n")
    assert [s.marker for s in secs] == ["一、", "(一)", "(二)"]


def test_headings_of_flattened_paragraphs():
    text = ("现将巡察整改进展情况予以公布。 一、党组履行巡察整改主体责任情况 (一)提高政治站位,压实整改责任。"
            "党组坚持把巡察整改作为政治任务。 (二)全面对照检查,明确整改任务。召开专题民主生活会。 二、整改落实情况 "
            "共计 1.5万元。")
    secs = parse_sections(text, "n")
    assert [(s.depth, s.marker + s.heading) for s in secs] == [
        (1, "一、党组履行巡察整改主体责任情况"), (2, "(一)提高政治站位,压实整改责任"),
        (2, "(二)全面对照检查,明确整改任务"), (1, "二、整改落实情况")]
