"""Answer behaviours found by the fresh2 questions (written before the system ran on them)."""
from __future__ import annotations

from answer.sentences import near_best


def test_the_best_candidate_is_kept_when_every_score_is_below_zero():
    # headings are marked down by 0.4, so a notice whose only matches are headings scores < 0
    cands = [(-0.2, 1), (-0.25, 1), (-1.0, 2)]
    assert near_best(cands, 0.6, 4) == [(-0.2, 1), (-0.25, 1)]
    assert near_best([(1.0, 1), (0.7, 1), (0.5, 1)], 0.6, 4) == [(1.0, 1), (0.7, 1)]


def test_who_drafted_a_document_is_a_question_not_a_request_to_draft():
    from answer.forms import DRAFT_REQUEST
    assert not DRAFT_REQUEST.search("广东的审计整改长效机制若干措施是哪个部门起草的？")
    assert not DRAFT_REQUEST.search("整改方案是谁草拟的？")
    assert DRAFT_REQUEST.search("我们局被指出学习次数不够，帮我起草一段整改措施。")
    assert DRAFT_REQUEST.search("起草几条整改措施")


def test_made_public_on_which_day_asks_the_publication_date():
    from genre.questions import load_questions
    q = load_questions().asks_published
    assert q.search("枣庄社科联的巡察整改进展是几号对外公布的？")
    assert q.search("这份通报哪天公布的？")
    assert not q.search("整改情况公布了哪些内容？")


def test_carried_out_how_many_asks_a_stated_status():
    from answer.outcomes import no_status
    assert no_status("那239条整改措施目前落实了多少条？", ["细化制定整改措施239条,逐条明确责任领导"])
    assert not no_status("那239条整改措施落实了多少条？", ["已完成整改28个,阶段性完成整改1个"])


def test_a_count_of_something_else_does_not_answer_a_count_of_problems():
    from answer.lead import lead_spans
    from answer.counted_asked import counted_nouns
    text = ("巡察反馈后,在巡察整改工作中,对违规违纪的,给予责令检查、批评教育、谈话提醒24人,"
            "建立完善制度45项,收回清退违规资金5.0227万元。")   # d11, 嘉兴市文化广电旅游局: no count of problems
    assert counted_nouns("这轮巡察一共被反馈了多少个问题？") == ["问题"]
    span = [(0, len(text))]
    assert lead_spans(text, span, "这轮巡察一共被反馈了多少个问题？", {"反馈": 1.0}, ["个"]) is None
    got = lead_spans(text, span, "整改中建立完善了多少项制度？", {"制度": 1.0}, ["项"])
    assert [text[a:b] for a, b in got] == ["建立完善制度45项"]
    got = lead_spans(text, span, "处理了多少人？", {"处理": 1.0}, ["人"])
    assert "24人" in text[got[0][0]:got[0][1]]


def test_which_group_came_or_on_what_basis_is_answered_by_the_opening():
    from genre.questions import load_questions
    q = load_questions()
    assert q.asks_opening.search("惠济区审批局是被区委哪个巡察组巡的？")
    assert q.asks_opening.search("公布整改情况是按照哪个文件的规定？")
    assert not q.asks_opening.search("省委巡视组反馈完，广元市委马上开了什么会？")
    assert q.asks_inspection.search("公布整改情况是按照哪个文件的规定？")   # so the opening is not refused as framing only


def test_a_committee_below_the_province_before_xunshi_is_the_one_inspected():
    from retrieval.search.named import named_in
    n = named_in("广元市委巡视整改中一共处理了多少名干部？")
    assert n.place_names == ("广元市",) and n.agency_names == ("市委",)
    assert named_in("四川省委巡视组对广元市进行了巡视").place_names == ("广元市",)
    assert named_in("郑州市委巡察组对区审批局巡察").place_names == ()   # a city committee's 巡察: the inspector
    assert named_in("天津市委巡视组").place_names == ()   # a 直辖市 is provincial: its 市委 carries out 巡视


def test_an_ordinal_is_not_a_count():
    from answer.lead import wanted
    from genre.questions import load_questions
    assert wanted("审计整改报告是在省人大常委会第几次会议上作的？") == (0, 0)
    assert wanted("开了几次会？") == (1, 0)
    assert load_questions().asks_reporter.search("是在省人大常委会第几次会议上作的？")


# d11 (嘉兴市文化广电旅游局) writes its 一是/二是/三是 inside one paragraph; d14 (广元市委) one per paragraph under 一、(一)
JIAXING = ("市文化广电旅游局党委高度重视巡察整改工作,切实做好整改工作。一是统一思想认识,落实整改责任。深刻领会市委指示精神。"
           "二是加强组织领导,健全工作机制。成立局巡察整改工作领导小组。三是抓实问题整改,强化长效监管。建立自查督查报告机制。\n"
           "一、关于“学习贯彻习近平总书记重要论述”方面\n一是组织专题学习。二是开展研讨。\n")
GUANGYUAN = ("一、市委及主要负责人组织整改落实情况\n(一)市委组织整改落实情况\n市委坚持以习近平新时代中国特色社会主义思想为指导。\n"
             "一是提高政治站位抓整改。市委坚持把省委巡视整改作为政治忠诚的重要检验。\n二是强化组织领导抓整改。市委牢固树立理念。\n"
             "二、主要负责人履行第一责任人职责情况\n一是带头学习。\n")


def _one_notice(text: str):
    from types import SimpleNamespace

    from retrieval.parse import parse_sections
    rec = SimpleNamespace(notice=SimpleNamespace(text=text), sections=tuple(parse_sections(text, "n")))
    return SimpleNamespace(records={"n": rec})


def test_the_items_asked_by_their_markers_are_the_first_run_or_the_run_of_the_part_named():
    from retrieval.search.enumerated import enumerated_items
    index = _one_notice(JIAXING)
    items = enumerated_items(index, "嘉兴文广旅局通报里一是、二是、三是各讲的什么？", "n")
    assert [JIAXING[i.start:i.start + 8] for i in items] == ["一是统一思想认识", "二是加强组织领导", "三是抓实问题整改"]
    index = _one_notice(GUANGYUAN)
    items = enumerated_items(index, "第二部分下面的“一是”“二是”分别是什么？", "n")
    assert [GUANGYUAN[i.start:i.start + 6] for i in items] == ["一是带头学习"]
    items = enumerated_items(index, "广元市委整改通报第一部分下面的“一是”“二是”分别是什么？", "n")
    assert [GUANGYUAN[i.start:i.start + 6] for i in items] == ["一是提高政治", "二是强化组织"]
    assert enumerated_items(index, "第一部分讲什么？", "n") == []


def test_words_that_frame_a_question_are_not_its_subject():
    from genre.questions import load_questions
    asking = load_questions().asking
    for framing in ("这块", "涉及", "主要", "几号", "那次", "搞", "叫", "要"):
        assert framing in asking, framing
    for subject in ("制度", "主题", "实践", "机制"):
        assert subject not in asking


def test_spoken_words_are_searched_as_notices_write_them():
    from genre.staff_words import in_notice_words
    assert in_notice_words("厦门体育局牵头抓整改的领导小组，挂帅的是谁？") == "厦门体育局牵头抓整改的领导小组，组长的是谁？"
    assert in_notice_words("我们局的一把手在整改里担什么责？") == "我们局的主要负责人在整改里担什么责？"
    assert in_notice_words("巡察组反馈了哪些问题？") == "巡察组反馈了哪些问题？"
