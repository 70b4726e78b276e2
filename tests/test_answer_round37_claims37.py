"""Round 37 (session 15), a claim heard and asked checked (纪检, 督查, 审计复核), in wordings of my own over dev notices.

- The frame (听说/有人说/据说/说是 … 对不对/准确吗/是这样吗/核一下/通报怎么写的) marks a claim: its figures, exact ones too,
  are the asker's, asked as 多少 and held against the notice's (与通报一致 / 通报写的是…); the frame and the asker's role
  (纪检这边复核，督查组问：) are no subject (genre figures.toml [claim_frame], genre/claim_frame.py, answer/verify.py).
- A lower bound claimed (不下十次, 不少于10次) holds against any figure at or above it, 10余次 too.
- A claimed total stated in parts of one clause (对1人予以记大过处分,对2人予以提醒谈话) holds: 1人、2人，共3人.
- An accountability form claimed (处分, 免职) is asked as accountability: other forms reported answer, said to be other
  forms (通报没有说是“处分”); a notice reporting none is refused (questions.toml [accountability]).
- A claim that all is done (都整改完了) is held against the stated total and done count.
- A gap claimed after the feedback or its receipt (拿到一年多才公布) is held against the gap worked out to the page's date.
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.verify import action_note, claim_note, done_note, neutral_question
from genre.claim_frame import claim_framed, without_frame
from genre.checked import stated_claims
from genre.checked_span import span_claims
from tests.conftest import dev_files, small_index


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    paths = dev_files("d01_", "d04_", "d07_", "d08_", "d11_", "d16_", "d26_", "d32_", "d35_")
    return small_index(tmp_path_factory, "claims37", paths)


def test_the_frame_marks_a_claim_and_is_dropped():
    assert claim_framed("据说厦门体育局整改期间开了7次党组会议，准确吗")
    assert not claim_framed("厦门体育局整改期间开了几次党组会议")
    assert not claim_framed("听说要公布了，整改了多少个问题")   # heard, nothing asked checked
    assert without_frame("督查组问：湖北司法厅开的会，说是开了不下十次，通报怎么写的") == "湖北司法厅开的会，开了不下十次"
    assert neutral_question("有人说朔州科技局巡察反馈了3个方面30个问题，核一下") == "朔州科技局巡察反馈了多少个方面多少个问题？"


def test_exact_figures_are_claims_only_inside_the_frame():
    assert [c.text for c in stated_claims("听说鲤城社科联整改时召开了3次会议，是这样吗")] == ["3次"]
    assert stated_claims("鲤城社科联整改时召开了3次会议，研究了什么") == ()
    assert [c.kind for c in stated_claims("听说处理了3个人，对不对")] == ["人"]


def test_claimed_figures_are_judged():
    assert claim_note("据说召开了7次党组会议，准确吗", "局主要领导组织召开7次党组会议、12次巡察整改领导小组会议[1]") == \
        "问题说的“7次”与通报一致（通报写的是7次）。"
    assert "不下十次”与通报一致（通报写的是10余次）" in claim_note("说是开了不下十次，通报怎么写的", "先后召开10余次党委会[1]")
    assert claim_note("听说处理了3个人，对不对", "对1人予以记大过处分,对2人予以提醒谈话[1]") == \
        "问题说的“3个人”与通报一致（通报写的是1人、2人，共3人）。"


def test_a_claimed_form_of_accountability_and_all_done():
    assert action_note("听说处分了24个人，准确吗", ["给予责令检查、批评教育、谈话提醒24人"]) == \
        "通报没有说是“处分”，写的是“给予责令检查、批评教育、谈话提醒24人”。"
    assert action_note("听说有人挨了处分，对不对", ["对1人予以记大过处分"]) == ""
    assert done_note("有人说问题全部整改到位了，准确吗", ["巡察组共反馈29个问题,其中已完成整改28个"]) == \
        "问题说的“全部整改到位了”与通报不符：29个问题已完成整改28个，还有1个未完成。"


def test_a_gap_after_the_feedback_received():
    assert [c.text for c in span_claims("反馈意见拿到一年多才公布整改情况？")] == ["一年多"]
    assert [c.text for c in span_claims("拿到反馈意见半年多才公布整改情况？")] == ["半年多"]


JUDGED = [   # (question, what the answer must say)
    ("有人说朔州科技局巡察反馈了3个方面30个问题，核一下", "通报写的是33个问题"),
    ("听说芦淞司法局巡察组共反馈了30个问题，对不对", "通报写的是29个问题"),
    ("据说厦门体育局整改期间开了7次党组会议，准确吗", "与通报一致（通报写的是7次）"),
    ("听说鲤城社科联整改时组织召开了3次会议，是这样吗", "通报写的是2次"),
    ("有人说嘉兴文广旅局巡察整改建立完善制度40项，核实一下", "通报写的是45项"),
    ("听说朔州科技局反馈了4个方面33个问题，对吗", "与通报一致（通报写的是33个问题）"),
    ("听说厦门体育局整改期间开了不下五次党组会议，对不对", "与通报一致"),
    ("有人说湖北司法厅整改期间开了不少于10次会，准确吗", "10余次"),
    ("督查组问：湖北司法厅巡视整改期间开的会，说是开了不下十次，通报怎么写的", "10余次"),
    ("据说瑞金2020年度审计整改有3个人被处理，准确吗", "共3人"),
    ("纪检这边复核，听说瑞金2020年度审计整改处理了3个人，对不对？怎么处理的", "共3人"),
    ("审计复核听说嘉兴文广旅局巡察后处分了24个人，准确吗", "通报没有说是“处分”"),
    ("有人说嘉兴文广旅局巡察整改中有人受了处分，是这样吗", "通报没有说是“处分”"),
    ("听说嘉兴文广旅局巡察后有人被免职了，是这样吗", "通报没有说是“免职”"),
    ("听说瑞金2020年度审计整改有人挨了处分，对不对", "记大过处分"),
    ("听说广州2024年度审计查出的问题都整改完了，报告里是这么说的吗", "还有64个未完成"),
    ("有人说芦淞司法局巡察反馈的问题全部整改到位了，准确吗", "还有1个未完成"),
    ("有人说莆田司法局反馈意见拿到一年多才公布整改情况，是这样吗", "“一年多”与通报一致"),
    ("据说鲤城社科联拿到反馈意见半年多才公布整改情况，准确吗", "“半年多”与通报一致"),
]

REFUSED = [   # a claimed action the notice reports in no related word
    "纪检那边听说湖北省司法厅巡视整改中有处长被免职了，通报里有吗",
    "听说湖北司法厅巡视整改中有人受了处分，通报里有吗",
    "据说厦门体育局巡察整改有干部被免职，准确吗",
    "有人说朔州科技局巡察后处分了5个人，对不对",
    "听说湖北司法厅巡视整改问责了3名处长，是这样吗",
]


@pytest.mark.parametrize(("question", "said"), JUDGED)
def test_a_claim_is_answered_and_judged(dev_index, question, said):
    a = ask(dev_index, question, dev_index.settings)
    assert not a.abstained, a.answer
    assert said in a.answer, a.answer


@pytest.mark.parametrize("question", REFUSED)
def test_a_claimed_action_never_reported_is_refused(dev_index, question):
    a = ask(dev_index, question, dev_index.settings)
    assert a.abstained, a.answer
