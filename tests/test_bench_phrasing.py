"""The phrasing check (bench/restyle.py style "phrasing", run as txt-phrasing by bench/bench_formats.py): the dev
notices with the genre's stock phrases in other agencies' words, gold evidence and answers rewritten alike."""
from __future__ import annotations

import tomllib

from bench.bench_formats import _evidence_kept
from bench.restyle import PHRASINGS, WORDING_STYLES, phrasing, restyle, restyle_item


def test_every_rule_names_the_convention_it_serves():
    rules = tomllib.loads(PHRASINGS.read_text(encoding="utf-8"))["rule"]
    assert rules and all(r["from"] and r["to"] and r["why"].strip() for r in rules)
    assert len({r["from"] for r in rules}) == len(rules)


def test_one_pass_longest_phrase_first_each_place_once():
    text = "巡察组共反馈问题29个，其中已完成整改28个；问责2人，追责问责1人；截至目前制定整改措施30条措施。"
    assert restyle(text, "phrasing") == (
        "巡察组共指出问题29个，其中已整改到位28个；追责问责2人，追责问责1人；截止当前制定整改举措30项措施。")
    assert "phrasing" in WORDING_STYLES


def test_the_figures_are_never_touched():
    text = "《审计报告》反映的400个问题,已完成整改336个,基本完成整改12个,长期整改52个。"
    digits = [c for c in text if c.isdigit()]
    assert [c for c in restyle(text, "phrasing") if c.isdigit()] == digits


def test_gold_evidence_and_answer_follow_the_notice():
    item = {"id": "x", "question": "完成整改多少个？", "evidence": ["已完成整改28个"], "answer": "已完成整改28个。"}
    out = restyle_item(item, "phrasing")
    assert out["evidence"] == ["已整改到位28个"] and out["answer"] == "已整改到位28个。"
    assert out["question"] == item["question"]   # staff type their own words


def test_an_item_whose_evidence_a_rewrite_split_is_left_out(tmp_path):
    notice = tmp_path / "d99.txt"
    notice.write_text(restyle("其中已完成整改28个。", "phrasing"), encoding="utf-8")
    whole = {"id": "a", "evidence": [restyle("已完成整改28个", "phrasing")]}
    split = {"id": "b", "evidence": [restyle("完成整改28个", "phrasing")]}   # 已 left outside the evidence
    assert [i["id"] for i in _evidence_kept([whole, split], [notice])] == ["a"]


def test_another_table_can_be_read(tmp_path):
    table = tmp_path / "other.toml"
    table.write_text('[[rule]]\nfrom = "整改措施"\nto = "具体措施"\nwhy = "x"\n', encoding="utf-8")
    assert phrasing(table)("制定整改措施30条") == "制定具体措施30条"


def test_count_order_puts_the_figure_before_its_status():
    text = "巡察组共反馈29个问题,其中已完成整改28个,阶段性完成整改1个;整改到位资金215587.84万元,正在整改10项"
    assert restyle(text, "count-order") == (
        "巡察组共反馈29个问题,其中28个已完成整改,1个阶段性完成整改;整改到位资金215587.84万元,10项正在整改")
    assert "count-order" in WORDING_STYLES


def test_numerals_cn_writes_small_counts_in_chinese_numerals():
    text = "设立3个专项整改工作小组，召开10次会议，反馈问题29个，提高2.5个百分点"
    assert restyle(text, "numerals-cn") == "设立三个专项整改工作小组，召开十次会议，反馈问题29个，提高2.5个百分点"
    assert "numerals-cn" in WORDING_STYLES


def test_enum_paren_numbers_inline_items():
    assert restyle("坚持问题导向。一是强化组织领导。二是压实责任。", "enum-paren") == "坚持问题导向。（1）强化组织领导。（2）压实责任。"


def test_joined_runs_body_lines_together_but_keeps_headings():
    text = "一、总体情况\n巡察组共反馈问题29个，现已全部整改。\n局党组高度重视，召开专题会议研究部署。\n（一）加强领导\n正文。"
    assert restyle(text, "joined") == (
        "一、总体情况\n巡察组共反馈问题29个，现已全部整改。局党组高度重视，召开专题会议研究部署。\n（一）加强领导\n正文。")


def test_numerals_cn_all_writes_counts_under_a_hundred():
    text = "巡察组共反馈29个问题,10项正在整改,召开12次会议,细化措施239条,提高2.5个百分点"
    assert restyle(text, "numerals-cn-all") == (
        "巡察组共反馈二十九个问题,十项正在整改,召开十二次会议,细化措施239条,提高2.5个百分点")


def test_enum_ordinal_opens_inline_items_with_di_yi():
    assert restyle("坚持问题导向。一是强化组织领导。二是压实责任。", "enum-ordinal") == "坚持问题导向。第一，强化组织领导。第二，压实责任。"


def test_lines_sets_each_sentence_on_its_own_line_and_keeps_headings():
    text = "一、总体情况\n巡察组共反馈问题29个。现已全部整改；召开“专题会议。”3次\n(一)加强领导\n正文。"
    assert restyle(text, "lines") == "一、总体情况\n巡察组共反馈问题29个。\n现已全部整改；\n召开“专题会议。”3次\n(一)加强领导\n正文。"
    assert "lines" in WORDING_STYLES


def test_names_swaps_agency_forms_both_ways():
    assert restyle("市妇联党组；区卫生健康委员会；市卫生健康委", "names") == "市妇女联合会党组；区卫健委；市卫生健康委"
