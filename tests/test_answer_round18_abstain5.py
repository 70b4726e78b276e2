"""Round 18 (task abstain5): what a sentence states OF the thing asked, when it does not state what is asked
(genre claims.toml), and the shared-kind note fired only for notices ISSUED by the kind the question names.

- The day a document was issued, asked where the notice says it is only planned: 拟以…名义印发执行 (d40, 广东审计),
  待…论证完善后印发实施 (济南城管): no date of a planned act is stated; a document issued on a day stated is answered.
- One unit's own figure (单独, 自己, 光是, 本身), asked where the figure is stated of a group holding it: 财政部门(含自然资源局)
  …涉及金额237054.47万元 (d01, 瑞金审计); the group's own figure is answered.
The questions are probes of our own, in several wordings each, on real notice text.
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.claims import joint_figure, planned_act
from tests.conftest import ROOT, dev_files, small_index

GUANGDONG = ("省委审计委员会办公室起草《关于建立健全审计查出问题整改长效机制的若干措施》,"
             "拟以省委办公厅、省政府办公厅名义印发执行。")
REPORTED = ("今年3月29日,受省政府委托,省审计厅向省十三届人大常委会第四十一次会议报告了2020年度省级预算执行和其他财政收支"
            "审计查出突出问题的整改情况。")
JINAN_PLAN = "目前,已起草济南市智慧城管建设五年发展规划草案,待进一步征求意见、论证完善后印发实施"
JINAN_DONE = ("2023年7月5日印发《关于推进居民装饰装修垃圾处置管理工作的指导意见(试行)》,"
              "逐步建立以市场化原则为主体的装饰装修垃圾运营机制")
RUIJIN = ("财政部门(含自然资源局)预算执行问题6项,涉及金额237054.47 万元,部分整改4项,已整改2项,"
          "整改资金201783.20万元(含部分整改),其中:追缴资金77038.68万元,归还原资金渠道1580万元")
RUIJIN_TOTAL = "《审计报告》反映涉及4个方面、29个单位(部门)共计50项具体问题,问题资金251023.54万元,报告日已整改40项"


def weights_of(question: str) -> dict[str, float]:
    """Every two-character piece of the question, weighted 1 (a stand-in for the search's weighted words)."""
    return {question[i:i + 2]: 1.0 for i in range(len(question) - 1)}


@pytest.mark.parametrize("question", [
    "省委审计委员会办公室那个若干措施是哪天正式印发的",
    "审计整改长效机制的若干措施什么时候印发的？",
    "《关于建立健全审计查出问题整改长效机制的若干措施》啥时候出台的",
    "广东那个整改长效机制若干措施几月几号发布的",
    "建立健全审计查出问题整改长效机制的若干措施何时印发",
])
def test_the_day_of_an_issuing_only_planned_is_not_stated(question):
    found = planned_act(question, [REPORTED, GUANGDONG], weights_of(question))
    assert found is not None and found[0] == 1
    assert "拟以省委办公厅、省政府办公厅名义印发执行" in found[1] and "日期" in found[1]


@pytest.mark.parametrize("question", [
    "济南智慧城管建设五年发展规划是什么时候印发实施的？",
    "济南市智慧城管五年发展规划哪天出台的",
    "智慧城管建设五年发展规划啥时候正式印发的呀",
])
def test_a_document_waiting_to_be_issued_has_no_day_either(question):
    found = planned_act(question, [JINAN_PLAN], weights_of(question))
    assert found is not None and "待进一步征求意见、论证完善后印发实施" in found[1]


@pytest.mark.parametrize("question", [
    "济南城管局装饰装修垃圾处置管理的指导意见是哪天印发的？",
    "什么时候出台的装饰装修垃圾处置指导意见",
    "若干措施由谁起草？",                      # no day asked
    "若干措施拟以什么名义印发？",               # the plan itself is asked
])
def test_a_day_stated_or_no_day_asked_is_no_planned_act(question):
    assert planned_act(question, [JINAN_DONE, GUANGDONG if "若干" in question else JINAN_DONE],
                       weights_of(question)) is None


@pytest.mark.parametrize("question", [
    "瑞金自然资源局单独涉及问题资金多少",
    "瑞金审计报告里自然资源局自己的问题金额是多少",
    "光是自然资源局整改了多少资金",
    "自然资源局本身查出的问题金额多少？",
    "单就自然资源局来说问题有几项",
])
def test_one_units_own_figure_is_not_stated_by_a_figure_of_a_group_holding_it(question):
    found = joint_figure(question, [RUIJIN_TOTAL, RUIJIN], "")
    assert found is not None and found[0] == 1
    assert "财政部门(含自然资源局)" in found[1] and "“自然资源局”单独" in found[1]


def test_the_group_stated_only_in_the_notice_is_found_there():
    found = joint_figure("自然资源局自己的问题金额是多少", [RUIJIN_TOTAL], RUIJIN_TOTAL + "。\n" + RUIJIN + "。")
    assert found is not None and found[0] == -1


@pytest.mark.parametrize("question", [
    "瑞金财政部门预算执行问题涉及金额多少",              # the group itself
    "财政部门(含自然资源局)的问题涉及多少钱",            # the group as written, no unit alone asked
    "自然资源局单独涉及问题资金多少",                    # ... but the notice states the unit alone elsewhere
])
def test_a_group_asked_or_a_unit_stated_alone_is_answered(question):
    text = RUIJIN + "。自然资源局收回闲置土地出让金1200万元。"
    assert joint_figure(question, [RUIJIN], text) is None


@pytest.fixture(scope="module")
def committee_index(tmp_path_factory):
    return small_index(tmp_path_factory, "issued_by", dev_files("d05_", "d07_", "d40_")
                       + [ROOT / "corpus" / "tj-city-mgmt-commission-2024-inspection-rectification.txt"])


def test_a_kind_named_inside_the_question_is_not_whose_notices_they_are(committee_index):
    """省委 of 省委审计委员会办公室: the 审计厅 report (d40) and the 天津城管委党委 report both name 省委, only the second
    is issued by a 党委; the answer quotes d40 with no note naming the other."""
    for question in ("省委审计委员会办公室那个若干措施拟以什么名义印发？", "省委审计委员会办公室起草了什么文件？"):
        a = ask(committee_index, question)
        assert not a.abstained and {c.doc[:4] for c in a.citations} == {"d40_"}
        assert "写明地名" not in a.answer and "知识库中有" not in a.answer


def test_notices_issued_by_the_kind_asked_still_get_the_note(committee_index):
    a = ask(committee_index, "司法局整改期间成立了什么领导小组？")
    assert not a.abstained
    assert "写明地名" in a.answer and "2份“司法局”" in a.answer


# --- Measures asked by the object of a heading clause (answer.headed): staff say the part's topic with their own verb.
D38_PART = "(二)全面对照检查,明确整改任务"
D11_ITEM = "二是加强组织领导,健全工作机制。"
D05_ITEM = "二是坚持以上率下,压实责任抓整改。"


@pytest.mark.parametrize("question, heading", [
    ("中山市第一人民法院院党组为明确整改任务做了哪些事", D38_PART),
    ("中山第一法院在明确整改任务上是怎么做的", D38_PART),
    ("中山市第一人民法院对照检查是怎么开展的", D38_PART),
    ("法院的整改任务是怎么定下来的？", D38_PART),
    ("嘉兴市文广旅局党委整改的工作机制是怎么建的", D11_ITEM),
    ("嘉兴文广旅局在健全工作机制方面做了什么", D11_ITEM),
    ("文广旅局的组织领导是怎么加强的", D11_ITEM),
    ("绵阳市司法局党组怎么压实责任抓整改的", D05_ITEM),
])
def test_the_object_of_a_heading_clause_names_the_part(question, heading):
    from answer.headed import heading_object_named
    assert heading_object_named(question, heading)


@pytest.mark.parametrize("question, heading", [
    ("中山第一法院怎么压实整改责任的", D38_PART),           # another part's clause (一)提高政治站位,压实整改责任
    ("嘉兴文广旅局的长效监管怎么做的", D11_ITEM),            # 三是抓实问题整改,强化长效监管
    ("绵阳市司法局整改了哪些问题", D05_ITEM),                # 整改 alone: two characters name no part
])
def test_words_of_another_part_or_a_bare_word_name_none(question, heading):
    from answer.headed import heading_object_named
    assert not heading_object_named(question, heading)


@pytest.fixture(scope="module")
def measures_index(tmp_path_factory):
    return small_index(tmp_path_factory, "headed", dev_files("d05_", "d11_", "d38_"))


@pytest.mark.parametrize("question, held", [
    ("中山市第一人民法院院党组为明确整改任务做了哪些事", "制定巡察整改方案"),
    ("中山第一法院在明确整改任务上是怎么做的", "召开巡察整改专题民主生活会"),
    ("嘉兴市文广旅局党委整改的工作机制是怎么建的", "健全工作机制"),
    ("嘉兴文广旅局在健全工作机制方面做了什么", "健全工作机制"),
])
def test_the_part_a_heading_object_names_is_quoted(measures_index, question, held):
    a = ask(measures_index, question)
    assert not a.abstained and any(held in c.quote for c in a.citations)


def test_a_sentence_writing_the_heading_object_anchors_as_the_heading_does(measures_index):
    """把整改责任压到每个部门: (一)'s heading says 压实整改责任, (二)'s body writes 压实巡察整改责任 and goes on to how it reached
    each department: the body sentence holds the object too, and its other words decide."""
    a = ask(measures_index, "中山一院（法院）是怎么把巡察整改责任压到每个部门的？")
    assert not a.abstained and any("压实巡察整改责任" in c.quote or "责任部门" in c.quote for c in a.citations)


# --- A set named by its count and the word its members start with (answer.led): 三个坚持, 五个推进.
@pytest.mark.parametrize("question, asked", [
    ("绵阳市司法局党组抓整改讲了哪三个坚持", (3, "坚持")),
    ("绵阳司法局整改的三个坚持分别是什么", (3, "坚持")),
    ("绵阳市司法局抓巡察整改提了哪几个坚持？", (0, "坚持")),
    ("绵阳市司法局党组组织整改的3个坚持都是啥", (3, "坚持")),
    ("天津市城管委2019年工作要点里五个推进分别是什么", (5, "推进")),
    ("天津城管委2019年要推进哪五个推进", (5, "推进")),
    ("绵阳市司法局整改了哪三个问题", (3, "问题")),
    ("绵阳市司法局整改措施有哪些", None),
])
def test_the_count_and_the_leading_word_are_read_from_the_ask(question, asked):
    from answer.led import led_asked
    assert led_asked(question) == asked


@pytest.fixture(scope="module")
def led_index(tmp_path_factory):
    return small_index(tmp_path_factory, "led",
                       dev_files("d05_") + [ROOT / "corpus" / "tj-city-mgmt-commission-2019-work-plan.txt"])


@pytest.mark.parametrize("question, first, last, n", [
    ("绵阳市司法局党组抓整改讲了哪三个坚持", "一是坚持政治统领", "三是坚持标本兼治", 3),
    ("绵阳司法局整改的三个坚持分别是什么", "一是坚持政治统领", "三是坚持标本兼治", 3),
    ("绵阳市司法局抓巡察整改提了哪几个坚持？", "一是坚持政治统领", "三是坚持标本兼治", 3),
    ("天津市城管委2019年工作要点里五个推进分别是什么", "一是推进城市园林绿化工程", "五是推进城市管理细化工程", 5),
])
def test_the_members_are_the_run_of_items_led_by_the_word(led_index, question, first, last, n):
    from answer.led import led_members
    nid = next(i for i in led_index.records if i.startswith("d05_" if "绵阳" in question else "tj-"))
    members = led_members(led_index, question, nid)
    text = led_index.records[nid].notice.text
    assert len(members) == n and text[members[0].start:].lstrip().startswith(first)
    assert text[members[-1].start:].lstrip().startswith(last)
    a = ask(led_index, question)
    assert not a.abstained and first in a.citations[0].quote and len(a.citations) == n


@pytest.mark.parametrize("question", ["绵阳市司法局党组抓整改讲了哪五个坚持", "绵阳市司法局讲了哪三个推进"])
def test_a_count_or_a_word_no_run_of_items_fits_finds_no_members(led_index, question):
    from answer.led import led_members
    nid = next(i for i in led_index.records if i.startswith("d05_"))
    assert led_members(led_index, question, nid) == []


# --- The headings below a part asked as 小标题 (structure_questions.toml counted_items): fresh21 u2445's convention.
@pytest.mark.parametrize("question", [
    "朔州市科技局那份开头讲党组态度的那块 下面几个小标题",
    "朔州市科技局讲党组态度的那部分下面几个小标题",
    "朔州市科技局讲认识和态度的那块有哪些小标题",
    "朔州科技局第一部分下面分了哪几个小标题？",
    "朔州科技局第一部分下面有多少个小标题",
])
def test_the_headings_below_a_part_are_asked_as_small_headings(question):
    from genre.structure_questions import load_structure_questions
    assert load_structure_questions().counted_items.search(question)


@pytest.fixture(scope="module")
def outline_index(tmp_path_factory):
    return small_index(tmp_path_factory, "small_headings", dev_files("d25_", "d26_"))


@pytest.mark.parametrize("question, heads", [
    ("朔州市科技局讲党组态度的那部分下面几个小标题", ["(一)强化组织领导", "(四)举一反三"]),
    ("朔州市科技局讲认识和态度的那块有哪些小标题", ["(一)强化组织领导", "(二)压实整改责任"]),
])
def test_the_small_headings_of_the_part_named_are_listed(outline_index, question, heads):
    a = ask(outline_index, question)
    assert not a.abstained and all(any(h in c.quote for c in a.citations) for h in heads)
