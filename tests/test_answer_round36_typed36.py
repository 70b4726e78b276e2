"""Round 36 (session 15), questions typed in a hurry, in wordings of my own over dev notices (tests/data/notices-dev).

Staff typing fast leave the input method's slips (措失 for 措施, 以经 for 已经), full-width digits (２０１８年度), spaces for
commas between asks, ask a lead unit by the kind of agency (哪个局牵头的) and name a second part by its heading's words alone
(基层党组织建设几个). Each is read as the written question would be (genre asking.toml [width], [[slip]], [clause_space];
claims.toml [member_detail] measure_asked; worked.toml [parts_total] each_bare).
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from genre.asking import plain_question
from genre.parts_asked import parts_each
from genre.typed import slips_written, spaces_read, width_read
from tests.conftest import dev_files, small_index


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    return small_index(tmp_path_factory, "typed36", dev_files("d01_", "d02_", "d17_", "d31_", "d32_", "d37_"))


@pytest.mark.parametrize(("typed", "written"), [
    ("整改措失细化了多少条", "整改措施细化了多少条"),
    ("整改措旋有几条", "整改措施有几条"),
    ("以经整改完的占多少", "已经整改完的占多少"),
    ("整该完成了几项", "整改完成了几项"),
    ("巡察组哪天反溃的", "巡察组哪天反馈的"),
    ("那份通抱里写了几个问提", "那份通报里写了几个问题"),
    ("整改完城了多少，落食了几项", "整改完成了多少，落实了几项"),
])
def test_slips_are_written(typed, written):
    assert slips_written(typed) == written


@pytest.mark.parametrize("text", ["举措失当", "以经济建设为中心", "调整该项目", "询问提出的意见", "巡查了几次", "制订了几项制度"])
def test_real_words_are_no_slips(text):
    assert slips_written(text) == text


def test_full_width_is_read_as_ascii():
    assert width_read("慈溪２０１８年度ＰＰＰ项目") == "慈溪2018年度PPP项目"
    assert width_read("整改措施\u3000多少条") == "整改措施 多少条"
    assert plain_question("慈溪２０１７年度的审计整改报告？").startswith("慈溪2017年度")


def test_a_space_after_an_ask_parts_it():
    assert spaces_read("庆阳文联 那块几个问题 基层党组织建设几个 加起来多少") == "庆阳文联 那块几个问题，基层党组织建设几个，加起来多少"
    assert spaces_read("宁波 七张问题清单") == "宁波 七张问题清单"


def test_a_part_named_by_its_words_alone():
    assert parts_each("群众身边腐败那块几个问题，基层党组织建设几个，加起来多少").picks == ((0, "群众身边腐败"), (0, "基层党组织建设"))
    assert parts_each("基层党组织建设几个，加起来多少") is None   # no part named with its noun: nothing read


SLIPS = [
    ("厦门体育局 整改措失细化了多少条", "239"),
    ("厦门体育局整改措旋细化了几条", "239"),
    ("瑞金审计整改报告里 财政部门预算执行的问题一共几项 以经整改完的占多少", "已整改2项"),
    ("厦门体育局为了整该开了几次党组会议", "7次党组会议"),
    ("厦门体育局 整改措失细化了多少条 设了几个专项整改小组", "3个专项整改工作小组"),
]

WIDTHS = [
    ("慈溪２０１７年度审计查出问题的整改情况是在哪次会议上报告的", "第十六次会议"),
    ("厦门体育局细化了多少条措施？２３９条吗", "239"),
]

WIDTH_REFUSED = [
    "慈溪２０１８年度的审计查出问题整改了多少",
    "慈溪２０２０年度审计整改报告提了几个问题",
    "瑞金２０２２年度预算执行审计整改了几项",
]

LEADS = [
    "宁波 七张问题清单重大审计问题整改 具体是市里哪个局牵头的",
    "宁波七张问题清单重大审计问题整改是哪家单位牵头的",
    "宁波七张问题清单重大审计问题整改由市里哪个局牵头",
    "宁波七张问题清单重大审计问题整改 哪个委负责的",
    "利州区法院对三个规定的专题解读是哪个处室负责的",
]

PARTS = [
    ("庆阳文联 群众身边腐败不正之风那块几个问题 基层党组织建设几个 加起来多少", "16"),
    ("庆阳文联决策部署落实那块几个问题，巡视巡察审计反馈整改几个，一共多少", "9"),
    ("庆阳市文联 基层党组织建设那个方面几个 群众身边腐败有多少个 合计几个", "16"),
    ("庆阳文联第一个方面几个问题，基层党组织建设几个，差几个", "相差2"),
    ("庆阳文联的巡察反馈里 基层党建那块几个 落实巡视巡察整改几个问题 加一起多少", "7"),
]


@pytest.mark.parametrize(("question", "figure"), SLIPS + WIDTHS + PARTS)
def test_typed_in_a_hurry_is_answered(dev_index, question, figure):
    a = ask(dev_index, question, dev_index.settings)
    assert not a.abstained, a.answer
    assert figure in a.answer


@pytest.mark.parametrize("question", WIDTH_REFUSED)
def test_a_full_width_year_no_notice_covers_is_refused(dev_index, question):
    assert ask(dev_index, question, dev_index.settings).abstained


@pytest.mark.parametrize("question", LEADS)
def test_a_lead_unit_asked_by_its_kind_is_refused(dev_index, question):
    a = ask(dev_index, question, dev_index.settings)
    assert a.abstained, a.answer
    assert "没有写" in a.answer
