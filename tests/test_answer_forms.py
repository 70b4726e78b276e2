"""Answers about the document itself: a report's reader and meeting, published and signed dates."""
from __future__ import annotations

import pytest

from answer.metadata import report_lines
from retrieval.parse import parse_sections
from retrieval.search.structure import _lookup
from genre.questions import load_questions

# The head of a speech-style audit-rectification report as published (tests/data/notices-dev/d16, d17)
GUANGZHOU = ("关于2024年度市级预算执行和其他财政收支审计查出问题整改情况的报告\n  • 2026-01-04\n  • 来源:市审计局\n"
             "——2025年12月30日在广州市第十六届\n\n人民代表大会常务委员会第四十五次会议上\n\n广州市人民政府副市长  赖志鸿\n\n\n"
             "主任、各位副主任、秘书长、各位委员:\n")
CIXI = "2018年11月22日在慈溪市十七届人大常委会第十六次会议上\n市审计局局长 俞金华\n主任、各位副主任、各位委员:\n"


def test_a_report_is_answered_by_its_subtitle_with_its_wrapped_line_and_its_byline():
    assert [GUANGZHOU[a:b] for a, b in report_lines(GUANGZHOU)] == [
        "——2025年12月30日在广州市第十六届", "人民代表大会常务委员会第四十五次会议上", "广州市人民政府副市长  赖志鸿"]
    assert [CIXI[a:b] for a, b in report_lines(CIXI)] == [
        "2018年11月22日在慈溪市十七届人大常委会第十六次会议上", "市审计局局长 俞金华"]


def test_a_notice_without_a_byline_has_no_reporter_lines():
    text = "宁波市审计局关于2021年度审计工作报告反映问题整改情况的报告\n发布日期:2023-01-06 11:16\n\n主任、副主任、秘书长、各位委员:\n今年8月,市十六届人大常委会第四次会议听取和审议了审计工作报告。"
    assert report_lines(text) == []


def test_who_reported_and_when_published_are_read_from_the_question():
    q = load_questions()
    assert q.asks_reporter.search("广州市2024年度审计整改报告是谁在哪次会议上作的？")
    assert q.asks_reporter.search("作报告的局长是谁？")
    assert not q.asks_reporter.search("瑞金市人大常委会是哪天听取2020年度审计工作报告的？")   # 工作报告的 is no reporter
    assert q.asks_published.search("哪天公开的？") and q.asks_published.search("落款日期？")
    assert q.asks_published.search("宁波审计局那份整改情况报告是几号挂网发布的？")
    assert q.asks_reporter.search("广州市审计整改报告是哪天在人大常委会上作的？")


# The outline of a notice's opening parts (tests/data/notices-dev/d20, d29): headings only, as published
JIEYANG = ("一、巡察发现的问题\n(一)学习贯彻习近平新时代中国特色社会主义思想不到位,履行新时代公安职责能力有待提升\n"
           "1.学习贯彻总书记关于新时代公安工作重要论述精神不到位。\n2.服务保障市委部署要求有差距。\n"
           "(二)纠治群众身边不正之风和腐败问题力度不足,执法为民意识有待加强\n1.为民服务意识不强。\n"
           "(三)落实新时代党的组织路线不到位\n1.选人用人不规范。\n二、整改工作安排\n")
KEXIE = ("一、加强对巡察整改的组织领导情况\n1.提高思想认识,压实整改主体责任。区科协切实履行主体责任。\n"
         "2.细化整改措施,确保整改有序推进。\n3.强化自我检视,不断提升整改成效。\n二、巡察反馈问题的整改情况\n"
         "(一)聚焦贯彻落实党的路线方针政策方面\n1.学懂弄通做实习近平总书记关于科协工作的重要论述不够深入。\n")


def test_the_first_n_items_of_the_section_the_question_names():
    secs = parse_sections(JIEYANG)
    found = _lookup(secs, "揭阳公安局巡察发现的问题，前两大类是什么？")
    assert [s.marker for s in found] == ["一、", "(一)", "(二)"]
    found = _lookup(secs, "第一部分的前两条是什么？")
    assert [s.marker for s in found] == ["一、", "(一)", "(二)"]


# The requirements of a 通知 (tests/data/notices-dev/d13): top-level 一、二、三、 parts, no numbered items
HUARONG = ("各乡镇人民政府、县直各单位:\n《2021年县政府重点工作任务分解》已经县人民政府同意,现印发给你们。\n"
           "一、强化责任落实。县政府重点工作任务实行县政府分线领导牵头负责制。\n二、细化工作方案。各主要责任单位要对照目标任务。\n"
           "三、加强调度协调。县政府分线领导要站在全局高度。\n四、严格督查考核。县政府重点工作任务完成情况列入了政府绩效评估内容。\n")


def test_staff_name_parts_as_the_nth_class_or_nth_requirement_and_ask_how_a_notice_divides():
    assert [s.marker for s in _lookup(parse_sections(JIEYANG), "揭阳公安局巡察发现问题的第二大类是什么？")] == ["(二)"]
    secs = parse_sections(HUARONG)
    assert [s.heading for s in _lookup(secs, "华容县那份通知第三条讲什么？")] == ["加强调度协调"]
    assert [s.marker for s in _lookup(secs, "这份通知分哪几部分？")] == ["一、", "二、", "三、", "四、"]
    assert _lookup(parse_sections(KEXIE), "第三条是什么？")[0].heading == "强化自我检视,不断提升整改成效"   # numbered items first


def test_which_items_a_part_about_something_has():
    secs = parse_sections(KEXIE)
    found = _lookup(secs, "区科协通报讲组织领导的部分有哪几条？")
    assert [s.heading for s in found][1:] == ["提高思想认识,压实整改主体责任", "细化整改措施,确保整改有序推进",
                                              "强化自我检视,不断提升整改成效"]
    assert _lookup(secs, "2023年改造了几公里？") == []


def test_the_attachment_list_of_a_work_plan_notice():
    # the covering 通知 of 市城市管理委2019年工作要点 (corpus/), its attachment lines indented with NBSP as published
    from genre.questions import load_questions as lq
    q = lq()
    text = ("委办公室将适时对各处室、单位工作进展情况进行督查。\n\n附件:1. 市城市管理委2019年工作要点\n\n"
            "\u00a0\u00a0\u00a0\u00a02. 市城市管理委2019年重点工作责任分解表\n\n市城市管理委\n")
    m = q.attachment_list.search(text)
    assert m and text[m.start():].startswith("附件:1.")
    assert q.attachment_item.match("\u00a0\u00a0\u00a0\u00a02. 市城市管理委2019年重点工作责任分解表")
    assert not q.attachment_item.match("市城市管理委")
    assert q.asks_attachments.search("那个通知带了几个附件？") and not q.asks_attachments.search("附件1讲了什么？")


def test_a_window_cut_at_a_semicolon_is_read_on_to_the_end_of_its_sentence():
    from answer.sentences import whole_sentences
    # the closing lines of the 天津市城市管理委员会 notice (corpus/)
    text = "如有意见建议,请及时向我们反映。联系电话:63081903;电子邮箱:csglwjgdw01@tj.gov.cn。\n\n中共天津市城市管理委员会"
    end = text.index(";") + 1   # a chunk ends at the ;
    assert [text[a:b] for a, b in whole_sentences(text, 0, end)] == [
        "如有意见建议,请及时向我们反映。", "联系电话:63081903;电子邮箱:csglwjgdw01@tj.gov.cn。"]


def test_a_status_question_is_led_by_the_items_own_status_words():
    # 济南市城市管理局 (corpus/): items with 整改结果 and 整改情况 fields
    from answer.status import status_span
    from ledger.items import extract_ledger
    from retrieval.load import Notice
    text = ("二、集中整改期内已完成的整改事项\n\n1.政治理论学习不深入不扎实,学以致用不到位。\n\n"
            "1)对学习贯彻习近平总书记关于城市工作重要论述不够重视。\n\n整改结果:已完成\n\n"
            "整改情况:在理论学习中心组学习和党组会议时,把学习贯彻习近平总书记关于城市工作重要论述纳入“第一议题”。\n\n"
            "2)理论学习中心组学习不够严肃认真。\n\n整改结果:长期整改\n\n"
            "整改情况:高度重视党组理论中心组学习,将其作为一项严肃的政治任务来抓。\n")
    notice = Notice("jinan", "jinan.txt", "通报", "", "", "", "", text, "txt", "utf-8")
    items = extract_ledger(notice, parse_sections(text))
    second = text.index("高度重视党组理论中心组学习")
    a, b = status_span(text, items, second)
    assert text[a:b] == "整改结果:长期整改"
    a, b = status_span(text, items, text.index("把学习贯彻"))
    assert text[a:b] == "整改结果:已完成"


def test_measures_in_sibling_paragraphs_are_gathered_one_opening_each():
    # 天津市机关事务管理局 (corpus/): measures as sibling paragraphs under "进行了以下整改", no 一是 markers
    from answer.measures import items_below
    text = ("1.针对“服务保障不到位”问题,进行了以下整改。\n\n"
            "局党组提高对服务保障工作的重视程度,将党政机关办公用房管理、公务用车管理列入党组会议题进行专题研究。\n\n"
            "加强党政机关办公用房管理,对2020年办公用房清查情况进行了全面梳理。建立了办公用房管理台账。\n\n"
            "加强公务用车管理,建立了公务用车检查台账,增加了日查询台次。\n\n"
            "加强公务接待管理,建立了任务前检查、任务中督查、任务后评估的闭环管理模式。\n")
    b0 = text.index("\n")
    got = [text[a:b] for a, b in items_below(text, b0, len(text))]
    assert len(got) == 4 and got[2] == "加强公务用车管理,建立了公务用车检查台账,增加了日查询台次。"
    assert got[1].startswith("加强党政机关办公用房管理") and got[1].endswith("建立了办公用房管理台账。")


@pytest.mark.integration
def test_a_comparison_says_whose_each_quote_is_and_a_report_who_read_it(index):
    from answer.ask import ask
    a = ask(index, "机关事务局和东丽区对中心组学习流于形式分别怎么整改的？", k=5)
    named = {c.notice_id for c in a.citations}
    assert len(named) == 2 and not a.abstained
    lines = [ln for ln in a.answer.split("\n") if ln.startswith("《")]
    for c in a.citations:   # each notice's quotes stand on the line under its title
        assert any(ln.startswith(f"《{c.title}》：") and f"{c.quote}[{c.n}]" in ln for ln in lines)


def test_the_inspection_round_is_asked_by_which_round_and_named_in_the_title_or_opening():
    q = load_questions()
    assert q.asks_round.search("庆阳市文联这份是第几轮巡察的整改通报？") and q.asks_round.search("这是哪一轮巡察？")
    assert not q.asks_round.search("市委第三巡察组是什么时候巡察的？")
    title = "中共枣庄市社会科学界联合会党组关于十二届市委第三轮巡察整改进展情况的通报\n\n时间: 2023-08-09"   # d34
    assert q.round_named.search(title).group().endswith("十二届市委第三轮巡察整改进展情况的通报")
    opening = "根据九届区委第六轮巡察工作统一部署,2024年10月16日至11月15日,区委第四联动巡察组对区法院党组进行了联动巡察。"   # d37
    assert q.round_named.search(opening).group() == "根据九届区委第六轮巡察工作统一部署"


def test_whom_a_notice_was_sent_to_is_the_line_naming_them_before_the_body():
    q = load_questions()
    assert q.asks_addressee.search("湖州卫健委的工作要点是发给哪些单位的？") and q.asks_addressee.search("主送单位有哪些？")
    assert not q.asks_addressee.search("湖州卫健委的工作要点是哪天印发的？")
    text = ("湖卫健发〔2023〕1号\n\n湖州市卫生健康委关于印发\n2023年全市卫生健康工作要点的通知\n\n"   # d22
            "各区县卫生健康局(南太湖新区社发中心),委属各单位,委机关各处室:\n\n现将《2023年全市卫生健康工作要点》下发给你们,请认真贯彻执行。")
    assert q.addressee_line.search(text).group(1) == "各区县卫生健康局(南太湖新区社发中心),委属各单位,委机关各处室:"
    assert q.addressee_line.search("省人大常委会:\n  2021年7月,省十三届人大常委会第三十三次会议审议了").group(1) == "省人大常委会:"   # d40
