"""Round 27, which notice mentions a thing, asked across the notices (genre which.toml [which_notice], answer/which.py):
哪份/哪家/哪几份/有没有…通报/报告 + a phrase finds the notices holding it (a quoted phrase exactly, else the longest run of
its words some notice holds), names each with its cited clause, then answers the detail asked of it inside that notice
alone (a figure, a converted figure, a meeting); 哪几份 names every holder; a kind of notice named keeps only that kind.
Each probed in wordings of my own over real dev-notice text (tests/data/notices-dev).
"""
from __future__ import annotations

import pytest

from answer.which import clause_at, detail_question, held_phrases, kinds_named
from genre.which import which_asked
from tests.conftest import dev_files, dev_text, small_index

CIXI = dev_text("d17_")       # 边审边改; 积极落实审计整改“挂销号”; 已清理用地款1.05亿元; “三张单子”
JIAXING = dev_text("d11_")    # 实行销号管理; 收回清退违规资金5.0227万元
SHUOZHOU = dev_text("d26_")   # 实行销号管理; “三清单”
RUIJIN = dev_text("d01_")     # 对1人予以记大过处分


@pytest.mark.parametrize(("question", "phrases", "many", "rest"), [
    ("有没有哪份通报里写了“边审边改”的？是哪个市的", ("边审边改",), False, ""),
    ("哪几份通报提到过“销号管理”", ("销号管理",), True, ""),
    ("有没有审计整改报告写了清理用地款的？清理了多少，折合多少万元", ("清理用地款",), False, "清理了多少，折合多少万元"),
    ("哪份审计整改报告写了“清仓式”整改，市长是在什么会上讲的", ("清仓式",), False, "市长是在什么会上讲的"),
    ("哪些单位的通报里提到了“三张单子”", ("三张单子",), True, ""),
])
def test_the_which_ask_is_read_with_its_phrase_and_detail(question, phrases, many, rest):
    ask = which_asked(question)
    assert ask is not None and (ask.phrases, ask.many, ask.rest) == (phrases, many, rest)


@pytest.mark.parametrize("question", [
    "慈溪审计局督促整改用了哪两项制度",
    "这份通报有没有写整改时限？",
    "嘉兴文旅局收回清退的违规资金换算成元是多少",
    "哪个巡察组反馈的问题？",
    "有没有超过十次党组会？",
])
def test_no_which_ask_where_no_notice_is_asked_for(question):
    assert which_asked(question) is None


def test_a_phrase_not_quoted_is_held_by_its_longest_run():
    texts = {"cixi": CIXI, "jiaxing": JIAXING, "ruijin": RUIJIN}
    assert held_phrases(texts, which_asked("有没有哪家报告里写了给人记大过的")) == (("记大过",), ("ruijin",))
    assert held_phrases(texts, which_asked("有没有通报写了收回清退违规资金的"))[1] == ("jiaxing",)
    assert held_phrases({"j": JIAXING, "s": SHUOZHOU},
                        which_asked("哪几份通报提到过“销号管理”"))[1] == ("j", "s")


def test_the_clause_holding_the_phrase_is_cited():
    a, b = clause_at(JIAXING, JIAXING.find("收回清退违规资金"))
    assert JIAXING[a:b] == "收回清退违规资金5.0227万元"


def test_a_figure_asked_is_asked_with_the_phrase_any_other_detail_as_written():
    assert detail_question("清理用地款", "清理了多少") == "清理用地款，清理了多少"
    assert detail_question("清仓式", "市长是在什么会上讲的") == "市长是在什么会上讲的"
    assert kinds_named("审计整改") == {"审计整改"} and kinds_named("") == frozenset()


@pytest.fixture(scope="module")
def which_index(tmp_path_factory):
    return small_index(tmp_path_factory, "which", dev_files("d01_", "d02_", "d04_", "d11_", "d17_", "d19_", "d26_"))


@pytest.mark.parametrize(("question", "said"), [
    ("有没有哪份通报里写了“边审边改”的？是哪个市的", ["慈溪", "边审边改"]),
    ("哪几份通报提到过“销号管理”", ["共2份", "嘉兴", "朔州"]),
    ("有没有审计整改报告写了清理用地款的？清理了多少，折合多少万元", ["慈溪", "1.05亿元", "10500万元"]),
    ("哪份审计整改报告写了“清仓式”整改，市长是在什么会上讲的", ["宁波", "市政府常务会议"]),
    ("哪些通报提到了“三清单”“三张清单”", ["共3份", "朔州", "湖北省司法厅", "市公安局"]),
    ("有没有通报写了收回清退违规资金的？收回多少，换算成元是多少", ["嘉兴", "50227元"]),
])
def test_the_notices_holding_the_phrase_are_named_with_the_detail(which_index, question, said):
    from answer.ask import ask
    answer = ask(which_index, question, which_index.settings)
    assert not answer.abstained and all(s in answer.answer for s in said), answer.answer


def test_a_kind_named_keeps_only_notices_of_that_kind(which_index):
    from answer.ask import ask
    answer = ask(which_index, "有没有哪份审计整改报告提到过“一方案三清单”", which_index.settings)
    assert "湖北省司法厅" not in answer.answer.split("\n")[0]


@pytest.fixture(scope="module")
def courts_index(tmp_path_factory):
    return small_index(tmp_path_factory, "which_courts", dev_files("d17_", "d37_", "d38_", "d11_"))


@pytest.mark.parametrize(("question", "said"), [
    ("哪家法院的通报提到了巡察整改联络员？他们参加的是什么会", ["中山市第一人民法院", "巡察整改培训会"]),
    ("有没有哪个单位的通报写了“边审边改”", ["慈溪", "边审边改"]),
    ("有没有哪家文旅局的报告里提到过“销号管理”", ["嘉兴", "销号管理"]),
])
def test_an_agency_named_with_the_notice_keeps_only_its_notices(courts_index, question, said):
    from answer.ask import ask
    answer = ask(courts_index, question, courts_index.settings)
    assert not answer.abstained and all(s in answer.answer for s in said), answer.answer


def test_a_pronoun_in_the_detail_stands_for_the_thing_mentioned():
    assert detail_question("巡察整改联络员", "他们参加的是什么会") == "巡察整改联络员参加的是什么会"
    assert detail_question("挂销号", "这个是哪个部门落实的") == "挂销号是哪个部门落实的"
