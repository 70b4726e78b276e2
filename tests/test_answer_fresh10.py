"""Answer behaviours found by the fresh10 questions (written before the system ran on them), on sentences
of real notices of other agencies (no index)."""
from __future__ import annotations

from answer.metadata import _date_line
from answer.lead import lead_spans
from genre.questions import load_questions
from retrieval.load import load_notice
from tests.conftest import ROOT, dev_text, sentence_holding

DEV = ROOT / "tests" / "data" / "notices-dev"


def test_an_unlabelled_bulleted_date_line_is_the_publication_date():
    # d16 lists its date as "  • 2026-01-04", bulleted like its labelled "• 来源:市审计局"
    guangzhou = load_notice(next(DEV.glob("d16_*.txt")))
    assert _date_line(guangzhou, "广州2024年度审计整改报告是哪天挂到网上的？").strip().endswith("2026-01-04")


def test_a_group_numbered_after_the_act_frames_the_notice():
    framing = load_questions().framing
    assert framing.search("2024年2月20日至3月26日,区委巡察二组对区科学技术协会(以下简称区科协)开展了巡察")   # d29
    assert framing.search("八届市委巡察四组对市司法局开展巡察")   # d07
    assert framing.search("市委第一巡察组对市公安局党委进行了巡察")
    text = dev_text("d29_")
    opening = text[:text.index("。") + 1]   # …区委巡察二组…开展了巡察,并于2025年1月21日反馈了巡察意见。
    tokens = {"专题": 1.0, "民主": 1.0, "生活会": 1.0}
    # the inspection's dates do not date the meeting asked about
    assert lead_spans(text, [(0, len(opening))], "区科协的巡察整改专题民主生活会是哪天开的？", tokens, []) is None


def test_a_deputy_is_a_post_of_its_own():
    from answer.persons import holder_unstated
    guangdong = "广东省审计厅厅长  马学斌"   # d40's byline names the principal only
    assert holder_unstated("广东省审计厅分管审计整改的副厅长是谁？", [guangdong]) == "副厅长"
    assert holder_unstated("广东省审计厅厅长是谁？", [guangdong]) == ""
    assert holder_unstated("副组长由谁担任？", ["成立巡察整改领导小组,组长由局党组书记担任,副组长由其他班子成员担任"]) == ""   # d07


def test_a_person_the_notice_only_counts_has_no_post_or_name():
    from answer.persons import person_unnamed
    ruijin = "出台13个规章制度,对1人予以记大过处分,对2人予以提醒谈话"   # d01
    assert person_unnamed("瑞金审计整改里被记大过的那个人是什么职务？", [ruijin])
    assert person_unnamed("受处分的人叫什么名字？", [ruijin])
    assert not person_unnamed("嘉兴文广旅局整改的第一责任人是哪个职务？", ["局党委书记、局长切实履行第一责任人职责"])   # an office
    assert not person_unnamed("作报告的那个人是什么职务？", ["广州市人民政府副市长  赖志鸿"])   # d16 names him


def test_a_name_glued_to_a_particle_is_searched_as_the_name():
    from retrieval.index.keywords import KeywordIndex, tokenize
    assert "赖志鸿是" in tokenize("赖志鸿是什么职务？")   # jieba glues the unknown name to 是
    kw = KeywordIndex.build(["广州市人民政府副市长  赖志鸿", "免去相关负责人职务"])   # d16's byline, a seed's sentence
    assert kw.known("赖志鸿是") == "赖志鸿" and kw.known("职务") == "职务" and kw.known("张三是") == ""
    assert kw.scores("赖志鸿是什么职务？")[0] > 0   # found by the name (the glued token alone finds nothing)


def test_an_act_stated_done_answers_whether_it_was_completed():
    from answer.outcomes import result_stated
    xiangtan = "整改情况:指导女企业家协会成功换届,组织开展“解放思想大讨论 助推湘潭高质量发展”女企业家座谈会"   # d28
    tokens = {"指导": 1.0, "女企业家": 2.0, "协会": 1.5, "换届": 2.0}
    assert result_stated("湘潭妇联指导的女企业家协会换届完成了吗？", [xiangtan], tokens)
    assert not result_stated("女企业家协会换届完成了几个？", [xiangtan], tokens)   # how many: a status count answers
    assert not load_questions().states_result.search("力争成功创建省级示范")   # a plan
    xiamen = "细化制定整改措施239条,逐条明确责任领导、牵头处室、责任单位和完成时限"   # d32: 完成时限 is no outcome
    assert not result_stated("那239条整改措施目前落实了多少条？", [xiamen], {"239": 1.0, "整改措施": 1.0, "落实": 1.0})


def test_what_a_notice_publishes_is_asked_of_its_opening():
    q = load_questions()
    assert q.asks_inspection.search("绵阳市司法局公布的是哪个阶段的整改进展？")
    assert q.asks_inspection.search("这份通报的是什么情况？")
    assert not q.asks_inspection.search("绵阳市司法局整改进展怎么样？")


def test_people_counted_with_wei_are_a_count():
    q = load_questions()
    assert q.asks_quantity.search("领导小组一共有几位副组长？") and q.asked_unit.search("一共有几位副组长").group(1) == "位"
    assert not q.asks_quantity.search("排第几位？") and not q.asks_quantity.search("副组长是哪几位？")
    guangyuan = "由市委主要负责人担任组长,有关市领导担任副组长或成员,领导小组下设办公室负责日常运转"   # d14: no count
    assert lead_spans(guangyuan, [(0, len(guangyuan))], "广元市委巡视整改领导小组一共有几位副组长？",
                      {"副组长": 1.0, "领导小组": 1.0}, ["位"]) is None


def test_money_asked_in_another_unit_is_converted():
    from answer.sentences import asked_units
    from answer.converted import converted_note as money_note
    assert "亿元" in asked_units("附海镇清理的用地款折合多少万元？")   # any money unit answers
    assert money_note("附海镇清理的用地款折合多少万元？", "已清理用地款1.05亿元") == "（按通报数字换算：1.05亿元=10500万元。）"   # d17
    assert money_note("清退的违规资金有多少元？", "收回清退违规资金5.0227万元") == "（按通报数字换算：5.0227万元=50227元。）"   # d11
    assert money_note("清退了多少万元？", "收回清退违规资金5.0227万元") == ""   # already in the asked unit


def test_a_count_said_of_another_subject_does_not_answer():
    cixi = dev_text("d17_")
    s = cixi.index("部分单位边审边改")
    e = cixi.index("已清理用地款1.05亿元") + len("已清理用地款1.05亿元")
    tokens = {"水务集团": 3.0, "专项": 2.0, "自查": 2.0, "查出": 2.0, "问题": 0.5}
    # 水务集团's 专项自查 is one ；-part, 附海镇's 21个问题 another: the count is not the one asked
    assert lead_spans(cixi, [(s, e)], "慈溪市水务集团那次专项自查一共查出了多少问题？", tokens, ["个"]) is None
    # ... while a question about 附海镇 is answered by it
    found = lead_spans(cixi, [(s, e)], "附海镇那年经责审计的问题有多少个？", {"附海镇": 3.0, "经责": 2.0, "审计": 1.0, "问题": 0.5}, ["个"])
    assert found and "21个问题" in cixi[found[0][0]:found[0][1]]


def test_named_things_only_counted_are_not_named():
    from answer.count_only import count_only
    xiamen = ["局党组认真履行巡察整改主体责任,成立了以局主要领导为组长的巡察整改工作领导小组,设立3个专项整改工作小组。",
              "局主要领导组织召开7次党组会议、12次巡察整改领导小组会议,细化制定整改措施239条"]   # d32
    assert count_only("厦门体育局那3个专项整改工作小组分别叫什么？", xiamen)
    assert not count_only("那3个专项整改工作小组分别叫什么？", xiamen + ["(1)综合协调组；(2)督查组；(3)宣传组"])


def test_a_quoted_heading_asked_by_its_position_is_that_heading():
    from retrieval.parse import parse_sections
    from retrieval.search.structure import _lookup
    mianyang = parse_sections(dev_text("d05_"))   # its 一是/二是/三是 items under (一) hold the headings
    found = _lookup(mianyang, "绵阳司法局通报里“压实责任抓整改”是党组组织整改那部分的第几条？")
    assert [(x.marker, x.heading[:6]) for x in found] == [("二是", "坚持以上率下")]
    zhongshan = parse_sections(dev_text("d38_"))   # staff type the full-width comma, the notice has a half-width one
    assert [x.marker for x in _lookup(zhongshan, "中山一院通报里讲“全面对照检查，明确整改任务”的是第一部分第几点？")] == ["(二)"]


def test_a_meeting_is_dated_only_by_the_clause_naming_it():
    huarong = dev_text("d13_")
    s = huarong.index("各项工作任务的主要责任单位")
    e = huarong.index("督查室备案") + len("督查室备案")
    tokens = {"重点工作": 1.0, "常务会议": 3.0, "通过": 1.0}
    # 于2021年3月15日前报县政府督查室备案 dates another step, not a 常务会议 the notice never names
    assert lead_spans(huarong, [(s, e)], "华容县2021年重点工作任务是哪天经县政府常务会议研究通过的？", tokens, []) is None
    lizhou = "2025年2月修改完善《广元市利州区人民法院涉诉信访工作管理办法》,2025年1月、2月分别召开信访工作专题党组会,研讨涉法涉诉信访案件化解。"   # d37
    found = lead_spans(lizhou, [(0, len(lizhou))], "利州法院信访工作专题党组会是什么时候开的？", {"信访": 1.0, "专题": 1.0, "党组会": 2.0}, [])
    assert found and "专题党组会" in "".join(lizhou[a:b] for a, b in found)


def test_a_count_of_groups_does_not_answer_a_count_of_problems():
    from answer.counted_asked import counted_nouns
    qingyang = "从整改措施、牵头领导、责任科室、责任人、整改时限5个方面,构建起整改推进责任链"   # d31
    question = "庆阳文联这轮巡察四个方面合起来一共被反馈了多少个问题？"
    assert lead_spans(qingyang, [(0, len(qingyang))], question, {"反馈": 1.0, "问题": 0.5}, ["个"]) is None
    assert counted_nouns("基层党组织建设是第几个方面？有几个问题？") == ["问题"]   # 第几个方面 asks a position
    assert counted_nouns("巡察反馈的问题有几个方面、多少个？") == ["方面"]


def test_a_dated_clause_is_chosen_by_the_step_it_names_not_the_year_given():
    guilin = sentence_holding(dev_text("d29_"), "反馈了巡察意见")   # …2024年2月20日至3月26日,区委巡察二组…开展了巡察,并于2025年1月21日反馈了巡察意见
    tokens = {"2024": 2.5, "区": 2.5, "巡察": 1.9, "反馈": 0.9, "意见": 0.9, "第二年": 6.5}
    found = lead_spans(guilin, [(0, len(guilin))], "区科协2024年被巡察，巡察意见是拖到第二年才反馈的吗？具体哪天？", tokens, [])
    assert [guilin[a:b] for a, b in found] == ["并于2025年1月21日反馈了巡察意见"]
