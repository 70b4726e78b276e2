"""Positions walked down the outline: 第一部分下面第三点, 第二类下面头一条, 分几点？最后一点, parts side by side."""
from __future__ import annotations

from genre.asking import plain_question
from genre.structure_questions import load_structure_questions
from retrieval.parse import parse_sections
from retrieval.search.structure import _lookup
from retrieval.search.walk import walk

# Opening parts of real notices (tests/data/notices-dev/d20 findings, d35 rectification), headings as published
FINDINGS = ("一、巡察发现的问题\n(一)学习贯彻习近平新时代中国特色社会主义思想不到位,履行新时代公安职责能力有待提升\n"
            "1.学习贯彻总书记关于新时代公安工作重要论述精神不到位。\n2.服务保障市委部署要求有差距。\n"
            "3.履行公安机关新时代职责使命有短板。\n(二)纠治群众身边不正之风和腐败问题力度不足,执法为民意识有待加强\n"
            "1. 为民服务意识不强。\n2.重点领域关键环节存在风险隐患。\n")
SHEKELIAN = ("一、加强对巡察整改的组织领导情况\n(一)提高政治站位,强化思想认识。区社科联把本次巡察看作是一次全面“政治体检”。\n"
             "(二)加强组织领导,压紧压实责任。区社科联主要领导高度重视。\n(三)细化任务分工,深入推进整改。建立巡察整改工作机制。\n"
             "二、巡察反馈问题的整改进展情况\n(一)聚焦贯彻落实党的理论路线方针政策、党中央决策部署方面:\n"
             "1.关于“引领哲学社会科学工作还不够有为”的问题。\n整改进展情况:\n一是加强学习。\n")


def test_positions_are_read_in_order_with_first_and_last():
    s = load_structure_questions()
    found = [m.group(0) for m in s.position.finditer("第二部分第一类问题下面第二条是啥？")]
    assert found == ["第二部分", "第一类", "第二条"]
    assert [m.group(0) for m in s.position.finditer("第二类下面头一条，最后一点")] == ["第二类", "头一条", "最后一点"]
    assert not list(s.position.finditer("省委第四巡视组第一时间落实“第一议题”"))
    assert s.counted_items.search("第一大类下面列了几条？") and not s.counted_items.search("哪几条？")


def test_a_chain_of_positions_goes_one_level_down_each():
    secs = parse_sections(SHEKELIAN)
    assert [x.marker for x in _lookup(secs, "社科联通报第一部分下面第三点讲的是啥？")] == ["(三)"]
    assert [x.marker for x in _lookup(secs, "第一部分的最后一点是什么？")] == ["(三)"]
    assert [x.marker for x in _lookup(secs, "第二部分第一个方面下面第一个问题是什么？")] == ["1."]


def test_how_many_points_lists_the_part_and_every_point():
    secs = parse_sections(SHEKELIAN)
    assert [x.marker for x in _lookup(secs, "讲组织领导的第一部分分几点？最后一点是什么？")] == ["一、", "(一)", "(二)", "(三)"]
    assert [x.marker for x in _lookup(secs, "讲组织领导的部分分几点？")] == ["一、", "(一)", "(二)", "(三)"]


def test_a_findings_notice_counts_its_groups_under_its_only_part():
    secs = parse_sections(FINDINGS)
    assert [x.heading for x in _lookup(secs, "揭阳公安被指出的问题里，第二类下面头一条是什么？")] == ["为民服务意识不强"]
    found = _lookup(secs, "巡察发现的问题，第一大类下面列了几条？最后一条是什么？")
    assert [x.marker for x in found] == ["(一)", "1.", "2.", "3."]


def test_parts_side_by_side_are_each_answered():
    secs = parse_sections(SHEKELIAN)
    assert [x.marker for x in _lookup(secs, "第一部分和第二部分分别讲什么？")] == ["一、", "二、"]


def test_a_part_the_notice_lacks_is_missing_but_a_point_beyond_the_excerpt_is_not():
    secs = parse_sections(SHEKELIAN)
    assert walk(secs, "鲤城社科联反馈问题的第五个方面是什么？") == ([], True)
    assert walk(secs, "这份通报第六部分讲什么？") == ([], True)
    # a point past the last of a part's read points (三 (一)…(三)) is missing (round 47: beyond_last) ...
    assert walk(secs, "第一部分下面第五点讲的是啥？")[1] is True
    assert walk(secs, "第二部分第一个方面下面第五个问题是什么？")[1] is True   # (一) holds one 1.: past it
    # ... but not below a point whose own points the outline reads none of (they may stand inline: 一是…)
    assert walk(secs, "第一部分第一点下面第二小点讲的是啥？")[1] is False
    assert walk(secs, "第二部分讲什么？") == ([], False)   # one position found: _lookup answers it


def test_responsibility_pressed_down_is_asked_as_notices_write_it():
    from genre.staff_words import in_notice_words
    assert "压实" in in_notice_words("朔州科技局是怎么把整改责任压下去的？")
    assert "压实" in in_notice_words("责任怎么压到位的？")


# The requirements of a 通知 (tests/data/notices-dev/d13): top-level parts, no numbered items
REQUIREMENTS = ("各乡镇人民政府、县直各单位:\n一、强化责任落实。县政府重点工作任务实行分线领导牵头负责制。\n"
                "二、细化工作方案。各主要责任单位要对照目标任务。\n三、加强调度协调。县政府分线领导要站在全局高度。\n"
                "四、严格督查考核。县政府重点工作任务完成情况列入了政府绩效评估内容。\n")


def test_the_count_asked_is_of_the_part_named_before_it():
    secs = parse_sections(SHEKELIAN)
    assert [x.marker for x in _lookup(secs, "第二部分下面第一方面有几条问题？")] == ["(一)", "1."]
    assert [x.marker for x in _lookup(secs, "第一部分下面有几点？第三点讲啥？")] == ["一、", "(一)", "(二)", "(三)"]


def test_a_group_of_problems_is_first_sought_under_a_findings_notices_only_part():
    secs = parse_sections(FINDINGS)
    assert [x.heading for x in _lookup(secs, "揭阳公安第一大类第二条具体说了什么？")] == ["服务保障市委部署要求有差距"]


def test_the_last_requirement_of_a_notice_without_numbered_items_and_parts_asked_one_after_another():
    assert [x.heading for x in _lookup(parse_sections(REQUIREMENTS), "华容县重点工作通知最后一条讲啥？")] == ["严格督查考核"]
    assert [x.marker for x in _lookup(parse_sections(SHEKELIAN), "第一部分讲什么？第二部分呢？")] == ["一、", "二、"]


def test_a_missing_part_below_a_found_one_answers_nothing():
    secs = parse_sections(SHEKELIAN)
    assert _lookup(secs, "第二部分第三个方面是什么？") == []
    assert walk(secs, "第二部分第三个方面是什么？")[1] is True


# A part whose points are 一是/二是 paragraphs (tests/data/notices-dev/d05)
ENUMERATED = ("一、党组及主要负责人组织整改落实情况\n(一)党组组织巡察整改落实情况\n一是坚持政治统领,提高站位抓整改。局党组多次召开党组会。\n"
              "二是坚持以上率下,压实责任抓整改。成立了领导小组。\n三是坚持标本兼治,统筹推进抓整改。坚持倒排工期。\n")


def test_a_part_named_by_its_words_and_nakuai_holds_the_position_asked():
    secs = parse_sections(ENUMERATED)
    assert [x.marker for x in _lookup(secs, "绵阳司法局通报党组组织巡察整改落实那块的第二条讲什么？")] == ["二是"]
    assert [x.marker for x in _lookup(secs, "党组组织巡察整改落实那块有哪几条？")] == ["(一)", "一是", "二是", "三是"]


def test_the_top_headings_are_asked_as_da_biaoti():
    assert [x.marker for x in _lookup(parse_sections(SHEKELIAN), "芦淞司法局通报各部分的大标题是什么？")] == ["一、", "二、"]
    assert load_structure_questions().outline.search("通报的大标题都有哪些？")


def test_two_positions_each_asked_on_its_own_answer_both():
    secs = parse_sections(SHEKELIAN)
    found = _lookup(secs, "社科联通报第一个大标题写的什么？它下面第三小点叫什么？")
    assert [x.marker for x in found] == ["一、", "(三)"]
    assert [x.marker for x in _lookup(secs, "第一部分下面第三点是什么？")] == ["(三)"]


def test_spoken_head_positions_are_the_first_ones():
    secs = parse_sections(SHEKELIAN)
    asked = plain_question("社科联通报第一个大标题叫啥？头两个小标题呢？")
    assert [x.marker for x in _lookup(secs, asked)] == ["一、", "(一)", "(二)"]
    assert [x.marker for x in _lookup(secs, plain_question("讲整改进展的时候，头一部分是什么？"))] == ["一、"]
    assert plain_question("头一次开会") == "头一次开会"


def test_the_part_next_to_or_before_one_named_by_its_heading():
    secs = parse_sections(SHEKELIAN)
    assert [x.marker for x in _lookup(secs, "组织领导情况之后的下一部分讲什么？它的第一项是什么？")] == ["二、", "(一)"]
    assert [x.marker for x in _lookup(secs, "整改进展情况前面那部分是什么？")] == ["一、"]
    assert [x.marker for x in _lookup(secs, "压紧压实责任的下一条是什么？")] == ["(三)"]
    assert _lookup(secs, "整改进展情况之后的下一部分是什么？") == []   # the last part has none after it
    assert _lookup(secs, "整改之后的一项重要工作是什么？") == []


def test_a_marker_quoted_alone_points_at_its_part():
    secs = parse_sections(SHEKELIAN)
    assert [x.marker for x in _lookup(secs, "社科联通报开篇“一、”的标题是什么？")] == ["一、"]
    assert [x.heading[:6] for x in _lookup(secs, "“（二）”那部分讲什么？")] == ["加强组织领导"]


def test_parts_listed_by_their_numbers_answer_each():
    secs = parse_sections(SHEKELIAN)
    assert [x.marker for x in _lookup(secs, "社科联通报正文里，一、二条各讲什么？")] == ["一、", "二、"]


def test_a_findings_notices_first_big_group_is_under_its_only_part():
    secs = parse_sections(FINDINGS)
    assert [x.marker for x in _lookup(secs, "发现问题的第一个大方面包括哪几条？")] == ["(一)", "1.", "2.", "3."]


def test_a_quoted_parts_own_division_is_its_children():
    secs = parse_sections(SHEKELIAN)
    got = _lookup(secs, "“巡察反馈问题的整改进展情况”这一块下面分了几个方面？")
    assert [x.marker for x in got] == ["(一)"]
