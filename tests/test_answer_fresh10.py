"""Answer behaviours found by the fresh10 questions (written before the system ran on them), on sentences
of real notices of other agencies (no index)."""
from __future__ import annotations

from answer.forms import _date_line
from answer.lead import lead_spans
from genre.questions import load_questions
from retrieval.load import load_notice
from tests.conftest import ROOT, dev_text

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
    from answer.unstated import holder_unstated
    guangdong = "广东省审计厅厅长  马学斌"   # d40's byline names the principal only
    assert holder_unstated("广东省审计厅分管审计整改的副厅长是谁？", [guangdong]) == "副厅长"
    assert holder_unstated("广东省审计厅厅长是谁？", [guangdong]) == ""
    assert holder_unstated("副组长由谁担任？", ["成立巡察整改领导小组,组长由局党组书记担任,副组长由其他班子成员担任"]) == ""   # d07


def test_a_person_the_notice_only_counts_has_no_post_or_name():
    from answer.unstated import person_unnamed
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
