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
