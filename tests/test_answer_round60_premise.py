"""Round 60 (session 17), a premise the asker states and then asks on, in wordings of my own over dev notices.

- A premise frame (听说… opening a line stating a figure, …对吧/没错吧/是吧, 应该是/好像是/记得是 before a figure) marks a
  claim as 听说…对不对 does: its exact figures are asked as 多少 and held against the notice's own (genre figures.toml
  [claim_frame] premise, premise_figure; genre/claim_frame.py; answer/verify.py).
- A frame in a line stating no figure (是市委巡察组对吧, 听说要公布了) marks nothing.
- The quoted figure a claim is held against is read by the words around it, not the unit of the figure before it.
- A premise about a thing the notice states no figure of is not corrected with an unrelated figure: still refused.
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.verify import claim_note, neutral_question
from genre.claim_frame import claim_framed
from tests.conftest import dev_files, small_index


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    paths = dev_files("d01_", "d11_", "d26_")
    return small_index(tmp_path_factory, "premise60", paths)


def test_a_premise_frame_marks_a_claim_only_with_a_figure():
    assert claim_framed("嘉兴文广旅局整改建了54项制度对吧？谈话提醒多少人")
    assert claim_framed("听说瑞金审计局那份报告查出60项问题，到报告日改完几项？")
    assert claim_framed("朔州科技局巡察反馈的问题好像是40个，分几个方面？")
    assert not claim_framed("是市委巡察组对吧？")
    assert not claim_framed("听说要公布了，整改了多少个问题")


def test_the_premise_is_asked_as_how_many():
    assert neutral_question("听说瑞金审计局那份报告查出60项问题，到报告日改完几项？") == \
        "瑞金审计局那份报告查出多少项问题，到报告日改完几项？"
    assert neutral_question("嘉兴文广旅局整改建了54项制度对吧？谈话提醒多少人") == "嘉兴文广旅局整改建了多少项制度，谈话提醒多少人？"
    assert neutral_question("瑞金审计整改到报告日改完的应该是40项吧？还有几项在改") == "瑞金审计整改到报告日改完的多少项？还有几项在改？"
    assert neutral_question("嘉兴文广旅局巡察整改记得是建立了45项制度，收回多少违规资金") == \
        "嘉兴文广旅局巡察整改建立了多少项制度，收回多少违规资金？"


def test_the_claim_is_held_against_its_own_figure():
    q = "瑞金审计整改到报告日改完的应该是40项吧？还有几项在改"
    assert claim_note(q, "报告日已整改40项[1]；正在整改10项(含部分整改)[2]") == "问题说的“40项”与通报一致（通报写的是40项）。"


@pytest.mark.parametrize("question, said", [
    ("听说瑞金审计局那份报告查出60项问题，到报告日改完几项？", "问题说的“60项”与通报不符，通报写的是50项。"),
    ("嘉兴文广旅局整改建了54项制度对吧？谈话提醒多少人", "问题说的“54项”与通报不符，通报写的是45项。"),
    ("瑞金审计整改出台的规章制度应该是13个吧？", "问题说的“13个”与通报一致（通报写的是13个）。"),
    ("嘉兴文广旅局巡察后收回清退违规资金8万元对吧", "问题说的“8万元”与通报不符，通报写的是5.0227万元。"),
    ("朔州科技局巡察反馈的问题好像是40个，分几个方面？", "问题说的“40个”与通报不符，通报写的是33个问题。"),
    ("据说朔州科技局巡察反馈了33个问题，整改方案是哪个巡察组的意见？", "问题说的“33个问题”与通报一致"),
    ("瑞金审计整改到报告日改完的应该是40项吧？还有几项在改", "问题说的“40项”与通报一致"),
])
def test_premises_checked_end_to_end(dev_index, question, said):
    a = ask(dev_index, question, dev_index.settings)
    assert not a.abstained and said in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "嘉兴文广旅局巡察整改开了12次专题会对吧？",
    "朔州科技局巡察整改约谈了6名干部没错吧？",
])
def test_a_premise_the_notice_states_nothing_of_is_not_corrected(dev_index, question):
    a = ask(dev_index, question, dev_index.settings)
    assert "与通报不符" not in a.answer, a.answer
