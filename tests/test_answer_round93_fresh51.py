"""Round 93 (session 19, blind batch fresh51), in wordings of my own over dev notices.

- The asker's everyday words for what a figure counts (names.toml [[spoken]]: 毛病/短板 for 问题, 追回来 for the notice's act
  (追回/收回/追缴), 规矩 for 制度, 搞定 for 完成整改): read as the name the answering notice writes, the figure answers
  (genre/same_names.py spoken_read, read by notice_worded).
- A figure asked for a time frame the notice does not report: as of a month earlier than every frame the quoted figures
  hold at (截至2025年6月底 of 截至2025年11月底), or of a whole year the quotes never state alone (2024年全年 of 2025年1—3月):
  refused, the frame the notice has named (answer/period.py as_of_unstated, claims.toml [asked_period] YEAR; genre/as_of.py
  frame_moments). A later or the same month, a now word or a relative year stays answered.
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.period import as_of_unstated, period_unstated
from genre.as_of import frame_moments
from genre.same_names import notice_worded, spoken_read
from tests.conftest import dev_files, small_index


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    paths = dev_files("d01_", "d08_", "d11_", "d16_", "d25_", "d26_", "d31_", "d35_", "d37_")
    return small_index(tmp_path_factory, "fresh93", paths)


def _ask(index, question: str):
    return ask(index, question, index.settings)


# -- the asker's own word for the counted thing ----------------------------------------------------------------------

@pytest.mark.parametrize("question, held, read", [
    ("反馈了几个毛病", "(二)聚焦群众身边腐败问题方面(11个问题)", "反馈了几个问题"),
    ("追回来多少钱", "收回清退违规资金5.0227万元", "收回多少钱"),   # 钱 is read as money where asked (money_unstated)
    ("建了多少项规矩", "建立完善制度45项", "建了多少项制度"),
    ("想了哪些法子", "制定整改措施14条", "想了哪些措施"),
    ("搞定了几个", "其中已完成整改28个", "完成整改了几个"),
])
def test_spoken_word_read_as_the_notice_name(question, held, read):
    assert notice_worded(question, (held,)) == read


@pytest.mark.parametrize("question, held", [
    ("整改力度不足的有几个", "反馈问题11个"),        # 不足 after 度 names no finding
    ("钱塘区反馈了几个问题", "资金5万元"),           # 钱 of a place name
    ("反馈了几个毛病", "小毛病也要改,反馈问题11个"),  # the notice writes the word itself
    ("追回来多少钱", "反馈问题11个"),               # no name of money or of getting it back in the notice
])
def test_spoken_word_left_as_typed(question, held):
    assert spoken_read(question, (held,)) == question


@pytest.mark.parametrize("question, figure", [
    ("庆阳文联群众身边腐败和不正之风那块反馈了几个毛病", "11个问题"),
    ("庆阳文联基层党组织建设方面有几个毛病？", "5个问题"),
    ("朔州科技局巡察反馈了多少个毛病", "33个问题"),
    ("芦淞区司法局巡察组一共指出了几个毛病", "29个问题"),
    ("鲤城社科联巡察反馈的短板有几个", "11个问题"),
    ("嘉兴文旅局巡察整改以后，建了多少项制度，追回来多少钱？", "5.0227万元"),
    ("嘉兴文旅局退回来多少钱", "5.0227万元"),
    ("瑞金审计整改里追回来多少钱", "追缴资金77038.68万元"),
    ("瑞金审计未整改的钱还有多少", "35435.70万元"),
    ("遂宁科技局巡察整改建了几个规矩", "制度13个"),
    ("嘉兴文旅局建了多少项规矩", "制度45项"),
    ("广州审计400个问题搞定了几个", "336个"),
    ("芦淞区司法局搞定了几个问题", "28个"),
])
def test_spoken_word_answered(dev_index, question, figure):
    a = _ask(dev_index, question)
    assert not a.abstained, a.answer
    assert figure in a.answer


# -- a figure asked for a time frame the notice does not report ------------------------------------------------------

GUANGZHOU = "截至2025年11月底,《审计工作报告》反映的400个问题,已完成整改336个"
LIZHOU = "2025年1—3月累计填报事项595条,填报及时率、规范率达100%。"


def test_frame_moments_read_dated_frames_only():
    assert [(m.year, m.month) for m in frame_moments(GUANGZHOU + "；截至目前完成5个")] == [(2025, 11)]
    assert frame_moments("2024年9月9日至2024年10月24日,巡察组开展了巡察") == []


@pytest.mark.parametrize("question, reason", [
    ("截至2025年6月底完成了多少个问题？", "没有写明截至2025年6月底"),
    ("截止到2025年9月底400个问题改完了几个", "没有写明截止到2025年9月底"),
    ("到2025年3月底已完成整改多少个问题", "没有写明到2025年3月底"),
    ("截至2025年10月，400个问题完成了多少", "没有写明截至2025年10月"),
    ("截至5月31日立行立改的问题完成了多少个", "没有写明截至5月31日"),
])
def test_earlier_frame_refused(question, reason):
    why = as_of_unstated(question, [GUANGZHOU])
    assert reason in why and "只写了截至2025年11月底" in why


@pytest.mark.parametrize("question", [
    "截至2025年11月底完成了多少个问题？", "截至2025年11月30日完成了多少", "到年底前完成了多少个问题",
    "截至2025年12月底完成了几个", "截至目前完成了多少个问题", "截至今年8月整改完成几个",
])
def test_covered_frame_stays(question):
    assert as_of_unstated(question, [GUANGZHOU]) == ""


@pytest.mark.parametrize("question, quotes, said", [
    ("2024年全年填报了多少条事项", [LIZHOU], "“2024年全年”"),
    ("2024年一整年填报了多少条", [LIZHOU], "“2024年一整年”"),
    ("2024年全年度填报了多少条事项", [LIZHOU, "2024年10月16日至11月15日,巡察组进行了巡察"], "“2024年全年度”"),
    ("2023年全年收回了多少资金", ["截至目前收回资金20万元"], "“2023年全年”"),
    ("2022年一年下来开了几次党组会", ["2023年,召开党组会12次"], "“2022年一年下来”"),
])
def test_whole_year_unstated(question, quotes, said):
    assert said in period_unstated(question, quotes)


@pytest.mark.parametrize("question, quotes", [
    ("2024年全年填报了多少条事项", ["2024年,全年累计填报事项595条"]),
    ("2024年全年开了几次会", ["2024年度召开党组会12次"]),
    ("2024年全年被巡察的那个法院，填报了多少条", [LIZHOU]),   # the year names the notice, no figure is asked of it
])
def test_whole_year_stated_stays(question, quotes):
    assert period_unstated(question, quotes) == ""


@pytest.mark.parametrize("question, said", [
    ("广州审计整改截至2025年6月底完成了多少个问题？", "截至2025年11月底"),
    ("广州审计报告截止到2025年9月底400个问题改完了几个", "截至2025年11月底"),
    ("利州区法院2024年全年“三个规定”填报了多少条事项", "2024年全年"),
    ("利州区法院2024年一整年填报了多少条", "2024年一整年"),
])
def test_frame_refused_end_to_end(dev_index, question, said):
    a = _ask(dev_index, question)   # the small keyword-only index may refuse earlier, for the year unheld (利州)
    assert a.abstained and (said in a.answer or "2024" in a.answer), a.answer


@pytest.mark.parametrize("question", [
    "广州审计整改截至2025年11月底完成了多少个问题？", "广州审计整改到年底前完成了多少个问题？",
])
def test_frame_covered_end_to_end(dev_index, question):
    a = _ask(dev_index, question)
    assert not a.abstained and "336" in a.answer, a.answer
