"""Round 22 (task preface): the asker's own situation written before the ask.

Staff often open with who they are, what they are preparing or what happened to them, then that they want to learn
or refer, then the ask after a colon or a comma (genre asking.toml [preface]). The preface is context: its words are
not searched, not the subject, not a draft request, not self-reference scoping; the notice it names still chooses the
notice when the ask names none. The questions are probes of our own, in several wordings, over dev notices.
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.preface import without_preface
from genre.asking import load_asking, plain_question, split_preface
from retrieval.load import load_notice
from retrieval.search.scope import scope_for
from tests.conftest import ROOT

DEV = ROOT / "tests" / "data" / "notices-dev"


@pytest.mark.parametrize("question,asked", [
    ("我是巡察办的，在整理嘉兴文旅局的整改材料：巡察组是哪天反馈的？", "巡察组是哪天反馈的？"),
    ("我们也是司法局，想看看绵阳市司法局整改了多少个问题", "绵阳市司法局整改了多少个问题？"),
    ("我在准备科技局的整改汇报，遂宁市科技局巡察整改开了几次党组会？", "遂宁市科技局巡察整改开了几次党组会？"),
    ("领导让我查一下，厦门体育局的反馈意见有几个方面", "厦门体育局的反馈意见有几个方面？"),
    ("我们湘潭妇联也被巡察了，反馈了多少问题", "反馈了多少问题？"),
    ("我们单位下周要汇报整改进展，参考一下：鲤城社科联的整改通报是哪天挂网的", "鲤城社科联的整改通报是哪天挂网的？"),
    ("咱们文联也在整改，想学学庆阳文联的：成立了整改领导小组没有", "成立了整改领导小组没有？"),
    ("我们刚接手整改材料，想知道莆田司法局整改方案是哪天印发的", "莆田司法局整改方案是哪天印发的？"),
    ("我在写进展情况，想参考一下：湖北司法厅推进巡视整改开会的次数是不是超过十次了",
     "湖北司法厅推进巡视整改开会的次数是不是超过十次了"),
    ("我们也在起草工作要点，想看看湖州卫健工作要点第一部分讲的是什么主题", "湖州卫健工作要点第一部分讲的是什么主题？"),
])
def test_the_ask_after_a_preface_is_read_alone(question, asked):
    assert without_preface(plain_question(question))[0] == asked


@pytest.mark.parametrize("question", [
    "我们市妇联被指出形式主义问题，整改措施怎么写",   # the first clause is the subject of a draft request
    "“我局高度重视巡察整改”出自哪份通报",          # 我局 inside a notice's quote
    "我们局是哪天被巡察的？",                        # the clause asks
    "我局召开了几次党组会？",
    "我们要写整改报告，帮我起草一段整改措施",        # a request to write: no ask after it
    "我是纪检的",                                    # nothing asked
    "我们区法院被巡察说信访化解不力，帮我拟几条整改措施",   # the situation is what the draft is about
    "我们刚被巡察，指出学习不深入，整改措施怎么写",
])
def test_a_first_clause_that_is_the_ask_is_no_preface(question):
    assert split_preface(plain_question(question)) is None


@pytest.mark.parametrize("prefix,question", [
    ("d11", "我是巡察办的，在整理嘉兴文旅局的整改材料：巡察组是哪天反馈的？"),
    ("d28", "我们湘潭妇联也被巡察了，反馈了多少问题"),
    ("d01", "我是纪检的，在核瑞金审计整改的问责情况：有人被处理吗？"),
    ("d19", "我是纪检的，在看市公安局党委的整改进度：推进巡察整改开了几次党委会专题会"),
    ("d31", "咱们文联也在整改，想学学庆阳文联的：成立了整改领导小组没有"),
])
def test_the_notice_a_preface_names_chooses_when_the_ask_names_none(prefix, question):
    notices = [load_notice(p) for p in sorted(DEV.glob("*.txt"))]
    ask_part, preface = without_preface(plain_question(question))
    assert scope_for(ask_part, notices).reason == ""   # the ask alone names nothing
    named = load_asking().preface.doing.sub("，", preface)
    scope = scope_for(f"{named}，{ask_part}", notices)
    assert scope.preferred and scope.preferred[0][0].startswith(prefix)


def test_a_preface_is_neither_the_subject_nor_a_draft_request(index):
    a = ask(index, "我在准备全区巡察整改的汇报，东丽区那次市委巡视反馈了什么问题？", index.settings)
    assert "准备全区" not in a.answer and not a.abstained
    drafted = ask(index, "我们也在起草整改方案，想看看济南城管局党组是怎么落实意识形态工作责任制的", index.settings)
    assert "起草如下" not in drafted.answer and not drafted.abstained
