"""Round 93 (session 19, blind batch fresh51), in wordings of my own over dev notices.

- The asker's everyday words for what a figure counts (names.toml [[spoken]]: 毛病/短板 for 问题, 钱 for 资金, 追回来 for
  追回/收回/追缴, 规矩 for 制度, 搞定 for 完成整改): read as the name the answering notice writes, the figure answers
  (genre/same_names.py spoken_read, read by notice_worded).
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from genre.same_names import notice_worded, spoken_read
from tests.conftest import dev_files, small_index


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    paths = dev_files("d01_", "d08_", "d11_", "d16_", "d25_", "d26_", "d31_", "d35_")
    return small_index(tmp_path_factory, "fresh93", paths)


def _ask(index, question: str):
    return ask(index, question, index.settings)


# -- the asker's own word for the counted thing ----------------------------------------------------------------------

@pytest.mark.parametrize("question, held, read", [
    ("反馈了几个毛病", "(二)聚焦群众身边腐败问题方面(11个问题)", "反馈了几个问题"),
    ("追回来多少钱", "收回清退违规资金5.0227万元", "收回多少资金"),
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
