"""Session 10 (lead): which items a pointed part holds, a count of named things, and a named set of N things.

Texts are opening parts of real dev notices (tests/data/notices-dev/d20, d25, d29, d32, d35), as published.
The questions are probes of our own, worded apart from the eval questions.
"""
from __future__ import annotations

from answer.lead import lead_spans
from answer.counted_asked import counted_things
from answer.listed import listed_members
from answer.sentences import names_kind
from genre.questions import load_questions
from genre.structure_questions import load_structure_questions
from retrieval.parse import parse_sections
from retrieval.search.structure import _lookup
from tests.test_structure_walk import FINDINGS   # the opening of d20 (a findings notice), as published

SUINING = ("在巡察整改工作过程中,把完善规章制度作为整改落实构建长效机制的关键环节,制定和完善相关制度13个,"
           "不断增强对权力运行的监督制约。成立了以局党组书记任组长,其他班子成员任副组长,各科室负责人为成员的巡察整改"
           "工作领导小组,统一领导整改工作。领导小组下设综合组、整改督察组、选人用人专项整改组、意识形态专项整改组,"
           "各组具体负责推进整改落实工作。")
KEXIE = ("一、加强对巡察整改的组织领导情况\n区科协切实履行全面从严治党和巡察整改工作的主体责任。\n"
         "1.提高思想认识,压实整改主体责任。\n2.细化整改措施,确保整改有序推进。\n3.强化自我检视,不断提升整改成效。\n"
         "二、巡察反馈问题的整改情况\n(一)关于学习贯彻方面\n")


def _lead(question: str) -> list[str] | None:
    tokens = {"领导小组": 2.0, "整改": 0.5}
    found = lead_spans(SUINING, [(0, len(SUINING))], question, tokens, ["个"])
    return None if found is None else [SUINING[a:b] for a, b in found]


def test_a_count_of_named_groups_is_not_answered_by_a_count_of_rules():
    for question in ("整改领导小组底下设了几个工作组？", "领导小组里分设了哪些工作组，总共几个？"):
        assert counted_things(question) == ["组"]
        assert _lead(question) is None   # "制度13个" counts rules, not groups
        a, b, n = listed_members(SUINING, [(0, len(SUINING))], question)
        assert n == 4 and SUINING[a:b].endswith("意识形态专项整改组")


def test_a_count_that_names_nothing_keeps_every_count():
    assert counted_things("一共几个？") == []
    assert counted_things("巡察反馈了几个方面的问题？") == ["面"]


def test_a_named_set_of_n_things_is_read_by_its_kind():
    thing = load_questions().asked_thing.search("那次整改建立了哪三张清单？")
    assert thing.groups() == ("三", "清单")
    assert names_kind("根据问题、任务、责任“三张清单”,扎实推进整改落实工作", "清单", "三")
    assert names_kind("建立起分工负责机制、工作推进机制、督促检查机制、整改公开机制", "机制", "几")
    assert not names_kind("制定和完善相关制度13个", "清单", "三")
    assert load_questions().asked_thing.search("这次整改用的是什么机制？") is None   # no count: many sentences say 机制
    measures = load_questions().asked_thing.search("为落实填报做了哪几项工作？")
    assert measures.group(2) in load_questions().measure_kinds   # still the measures


def test_which_items_a_pointed_part_holds_are_listed():
    secs = parse_sections(KEXIE)
    found = _lookup(secs, "区科协那份通报，第一部分讲组织领导的，底下分了哪三点？")
    assert [x.marker for x in found] == ["一、", "1.", "2.", "3."]


def test_a_findings_notice_first_big_item_is_its_first_group():
    secs = parse_sections(FINDINGS)
    found = _lookup(secs, "揭阳公安发现的问题，第一大项底下列了哪几个问题？")
    assert [x.marker for x in found] == ["(一)", "1.", "2.", "3."]


def test_the_opening_n_parts_are_the_first_n():
    secs = parse_sections(KEXIE)
    assert [x.marker for x in _lookup(secs, "科协通报开头那两部分各讲什么？")] == ["一、", "二、"]


def test_a_city_and_counties_sharing_a_short_name_before_an_organ_word_is_the_city():
    from genre.places import find_places
    assert [p.full_name for p in find_places("我们西安审计局的整改通报")] == ["西安市"]   # not 西安区 (two counties)
    assert find_places("西安的整改") == []   # no organ word after it: context only, as before


def test_a_name_asked_of_a_finding_is_no_measures_question():
    from answer.outcomes import findings_only
    sections, tops = ["一、巡察发现的问题 > (一)学习贯彻不到位"], ["一、巡察发现的问题"]
    assert findings_only("服务保障部署不到位那条，整改措施有哪些？", sections, tops)
    assert not findings_only("部署有差距那条里，提到的发展规划叫什么？", sections, tops)


def test_measures_asked_of_a_named_field_anchor_at_the_item_headed_by_it():
    from answer.measures import asked_topic
    tokens = {"统一": 2.4, "思想": 1.8, "收到": 4.8, "反馈": 0.9}
    assert asked_topic("收到巡察反馈后，局党组在统一思想这块是怎么做的？", tokens) == {"统一": 2.4, "思想": 1.8}
    assert asked_topic("一共整改了多少个问题？", tokens) == {}


def test_a_size_of_money_is_asked_as_money():
    from answer.unstated import money_unstated
    q = load_questions()
    assert q.asks_money.search("这份审计报告里问题资金规模有多大？")
    quotes = ["预算执行问题6项,涉及金额237054.47 万元,部分整改4项"]
    assert money_unstated("预算执行问题涉及的金额有多大？", quotes) == ""   # 多大 asks, it names no kind


def test_what_rectification_was_combined_with_is_asked_by_its_partner():
    from genre.staff_words import in_notice_words
    q = load_questions()
    assert q.asks_combined_which.search(in_notice_words("区社科联把整改跟什么学习教育放在一起抓？"))
    assert not q.asks_combined_which.search("怎么把巡察整改和民主生活会结合起来的？")   # the partner named: said otherwise


def test_a_count_of_listed_things_is_asked_with_duo_shao_or_shen_me_alike():
    for question in ("领导小组底下一共分了多少个组？", "领导小组里设了什么工作组，共几个？"):
        a, b, n = listed_members(SUINING, [(0, len(SUINING))], question)
        assert n == 4


def test_a_total_notices_state_is_not_counted_off_a_list():
    text = "成立巡视整改办,负责整改工作的统筹推进,建立月调度、信息报送、工作记事制度,持续跟踪问效。"   # d04, as published
    assert listed_members(text, [(0, len(text))], "这次巡视整改新建了多少项制度？") is None


def test_where_said_after_the_question_is_read_first():
    from genre.asking import plain_question
    assert plain_question("头一条讲的啥，揭阳公安被指出的问题第二类里？") == "揭阳公安被指出的问题第二类里，第一条讲的什么？"
    assert plain_question("在组织领导上，做了哪些工作？") == "在组织领导上，做了哪些工作？"   # already in order
    assert plain_question("整改措施有多少条，一共多少个问题？") == "整改措施有多少条，一共多少个问题？"   # two asks


def test_a_document_at_its_drafting_stage_is_no_drafting_request():
    q = load_questions()
    assert not q.draft_request.search("那份实施意见现在还在起草阶段吗？")
    assert q.draft_request.search("针对财务报销不规范的问题，帮我起草几条整改措施")


def test_the_contact_line_is_asked_by_phone_mail_or_where_to_report():
    q = load_questions()
    for question in ("对区法院的整改有意见，该打哪个电话？", "社科联整改通报留的联系方式是什么？", "有问题线索向哪里反映？"):
        assert q.asks_contact.search(question)
    assert q.contact_line.search("联系电话:63081903;电子邮箱:csglwjgdw01@tj.gov.cn。")   # a seed notice closes so
    assert not q.asks_contact.search("整改有意见的问题是怎么解决的？")


def test_which_of_two_notices_came_first_is_asked_of_each_as_its_day():
    from answer.compare import order_note, side_question
    assert side_question("莆田司法局和芦淞司法局，哪家更早被巡察？隔了多少天？", "莆田、芦淞、司法局").endswith("哪天被巡察？")
    from datetime import date
    note = order_note("哪家更早被巡察？", [("《乙》", date(2024, 4, 2)), ("《甲》", date(2024, 3, 5))])
    assert note == "（按两份通报的日期推算：《甲》2024年3月5日在先，比《乙》2024年4月2日早28天。）"
    assert order_note("各自巡察了多久？", [("《甲》", date(2024, 3, 5)), ("《乙》", date(2024, 4, 2))]) == ""


def test_a_heading_named_unquoted_before_its_position_asked_answers_with_its_marker():
    secs = parse_sections(FINDINGS)
    found = _lookup(secs, "揭阳公安那份，服务保障市委部署是第几条问题？")
    assert [x.marker for x in found] == ["2."]


def test_occurrences_counted_in_hui_and_rates_named_by_what_is_completed():
    q = load_questions()
    assert q.asks_quantity.search("为推进整改开会开了几回？") and counted_things("开会开了几回？") == []
    from answer.counted_asked import count_alike
    assert count_alike(["回"]).search("市局先后8次召开市局党委会、专题会议")   # 回 is said, 次 written
    from answer.worked import rate_note
    clauses = "《审计报告》反映涉及4个方面、29个单位(部门)共计50项具体问题,报告日已整改40项"   # d01, as published
    assert "完成率80%" in rate_note("到报告日整改率是多少？", clauses)


def test_every_part_summed_when_a_total_is_asked_in_so_many_words():
    from genre.parts_asked import parts_asked
    asked = parts_asked("庆阳文联被巡察出的问题加起来一共有多少个？")
    assert asked is not None and asked.n == 0 and not asked.which
    assert parts_asked("一共反映了多少个问题？") is None   # a stated total answers 一共


def test_a_numbered_items_title_reads_on_into_its_detail():
    from answer.measures import item_with_detail
    a = FINDINGS.index("2.服务保障")
    text = FINDINGS.replace("2.服务保障市委部署要求有差距。", "2.服务保障市委部署要求有差距。主动服务工作思路仍有不足。")
    b = text.index("。", a) + 1
    assert text[slice(*item_with_detail(text, a, b))].endswith("主动服务工作思路仍有不足。")


def test_a_part_named_in_quotes_and_the_whole_notice_asked_to_whom():
    s = load_structure_questions()
    assert s.about_part.search("讲“组织领导”的那部分有几个小点？")
    assert s.whole_notice.search("那个印发重点任务的通知，对各单位提了")
    secs = parse_sections(KEXIE)
    assert [x.marker for x in _lookup(secs, "区科协通报里讲“组织领导”的那部分有几个小点？")][:2] == ["一、", "1."]


def test_a_year_naming_the_inspection_is_dated_by_the_framing_sentence():
    from answer.refusal_years import years_missing
    from retrieval.search.described import framing
    from retrieval.load import load_notice
    from tests.notice_text import DEV
    notice = load_notice(next(DEV.glob("d19_*.txt")))   # 2024年9月9日至2024年10月24日,市委第一巡察组对市公安局党委进行了巡察
    assert "2024年9月9日" in framing(notice)
    assert years_missing("市委一组2024年巡的那个公安局，整改时设了哪些机构？", [notice], "") == []
    assert years_missing("那个公安局2024年全年开了多少次会？", [notice], "") == ["2024"]   # a figure: its own year


def test_who_reported_is_asked_in_one_clause_and_staff_watch_words_are_read():
    from genre.staff_words import in_notice_words
    q = load_questions()
    assert q.asks_reporter.search("这份审计整改报告是谁代表市政府去人大常委会讲的？")
    assert not q.asks_reporter.search("谁对工程转包问题搞了专项整治，怎么做的？")
    assert "督促检查" in in_notice_words("司法厅是怎么盯住整改落地的？")
