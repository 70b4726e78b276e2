"""Session 11 (lead): a year the question names is found where the notice states it — a year naming the inspection
round (2025年这轮巡察) in the framing sentence even when a figure is asked, a report's 今年 in the year of its date —
while a year naming a figure's period, or another round, still finds nothing.

Notices: real dev notices d11 (a bureau's inspection-rectification notice) and d40 (a provincial audit-rectification
report read to the people's congress). The questions are probes of our own, worded apart from the eval questions.
"""
from __future__ import annotations

from answer.refusal_years import years_missing
from retrieval.load import load_notice
from tests.conftest import ROOT, sentence_holding

DEV = ROOT / "tests" / "data" / "notices-dev"


def _notice(prefix: str):
    return load_notice(next(DEV.glob(prefix + "*.txt")))


def test_a_year_naming_the_round_is_found_in_the_framing_sentence_when_a_figure_is_asked():
    jiaxing = _notice("d11_")
    cited = sentence_holding(jiaxing.text, "收回清退违规资金")
    for question in ("市文广旅局2025年这轮巡察整改里，收回清退的违规资金有多少？",
                     "2025年那次巡察以后，嘉兴文广旅局建立完善了几项制度？",
                     "咱们局2025年的巡察整改，一共谈话提醒了多少人？",
                     "2025年市委巡察整改中收回违规资金多少"):
        assert years_missing(question, [jiaxing], cited) == [], question
    for question in ("市文广旅局2023年这轮巡察整改里，收回清退的违规资金有多少？",   # another round: not this notice
                     "2024年的巡察整改中，嘉兴市文化广电旅游局建立完善了几项制度？",
                     "文广旅局2025年全年收回了多少违规资金？"):                      # a figure's period, not the round
        assert years_missing(question, [jiaxing], cited) != [], question


def test_a_cited_this_year_is_the_year_of_the_report():
    guangdong = _notice("d40_")
    cited = sentence_holding(guangdong.text, "今年3月29日")
    assert years_missing("广东省审计厅2022年向省人大常委会报告过几回整改情况？", [guangdong], cited) == []
    assert years_missing("广东省审计厅2021年向省人大常委会报告过几回整改情况？", [guangdong], cited) == ["2021"]
