"""Round 108 (session 21), staff messages that check a premise and ask more, over dev notices.

- A clause closed by a question mark asks, with no question word too (那次是常规巡察吧？): it is no preface and it is
  one ask of a question of several (genre asking.toml [preface]; premises.toml [premise_body] hedge).
- The kind of inspection stated (是常规巡察吧) or asked (是什么巡察) is answered by the clause naming the group and the
  act, with its dates (premises.toml [premise_body] kind_stated, kind_asked).
- An ask of a document's name (整改方案全称叫什么) is answered by the sentence writing its title in 《》
  (documents.toml [titled_document]).
- A date claimed with the step named first (反馈是7月底吗) is checked like 是7月底反馈的 (figures.toml [checked_date]).
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.asks import ask_clauses
from answer.premise_body import kind_check
from genre.asking import split_preface
from genre.checked_date import date_claims
from genre.documents import titles_asked
from genre.premises import load_premise_body
from tests.conftest import dev_files, small_index

XIANGTAN = "根据市委统一部署,2023年10月11日至12月1日,市委第三巡察组对市妇联党组开展了常规巡察。2024年1月17日,市委第三巡察组反馈了巡察意见。"
HUIJI = ("按照区委统一部署,2024年3月5日至4月18日,区委第一巡察组对区行政审批和政务信息管理局党组开展了为期45天的政治巡察。"
         "2024年5月16日,区委第一巡察组向我局反馈了巡察意见")
LUSONG = "制定并印发区司法局党组《市委第一提级巡察组巡察芦淞区司法局党组反馈意见整改方案》,逐一制定整改措施、落实整改责任"


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    return small_index(tmp_path_factory, "asks108", dev_files("d08_", "d10_", "d11_", "d26_", "d28_"))


def test_a_premise_closed_by_a_question_mark_is_asked():
    q = "我们湘潭市妇联那次是常规巡察吧？哪个组、什么时候反馈的？"
    assert split_preface(q) is None
    assert ask_clauses(q) == ["我们湘潭市妇联那次是常规巡察吧？", "哪个组、什么时候反馈的？"]
    assert split_preface("我们也刚被巡察完，反馈了几个问题？").ask == "反馈了几个问题？"   # a preface still


def test_the_kind_is_held_against_the_clause_naming_the_group():
    named = load_premise_body().named
    check = kind_check("妇联那次是常规巡察吧？", XIANGTAN, named.search(XIANGTAN))
    assert check.said == "对，" and XIANGTAN[check.start:check.end].startswith("2023年10月11日至12月1日")
    check = kind_check("审批局那次是专项巡察吧？", HUIJI, named.search(HUIJI))
    assert check.said == "不对，不是“专项巡察”，"
    check = kind_check("审批局那次是什么巡察？", HUIJI, named.search(HUIJI))
    assert check.said == "" and HUIJI[check.start:check.end].endswith("为期45天的政治巡察")
    assert kind_check("是什么巡察组来的？", HUIJI, named.search(HUIJI)) is None   # the group asked, not the kind


def test_a_title_answers_the_name_asked():
    assert titles_asked("芦淞区司法局的整改方案全称叫什么？", LUSONG)
    assert not titles_asked("整改方案有几条措施？", LUSONG)
    assert not titles_asked("整改制度全称叫什么？", LUSONG)   # another kind


def test_a_date_claimed_after_its_step():
    q = "是不是2025年3月18号到6月6号被巡察的，反馈是7月底吗"
    assert [(c.text, c.act) for c in date_claims(q)] == [("7月底", "反馈")]
    assert date_claims("反馈是7月几号？") == ()


def test_each_premise_and_ask_answered(dev_index):
    a = ask(dev_index, "我们湘潭市妇联那次是常规巡察吧？哪个组、什么时候反馈的？", dev_index.settings)
    assert "对，" in a.answer and "常规巡察" in a.answer and "2024年1月17日" in a.answer
    a = ask(dev_index, "惠济区审批局那次是什么巡察？收到反馈后集中整改搞了几个月？", dev_index.settings)
    assert "为期45天的政治巡察" in a.answer and "3个月" in a.answer
    a = ask(dev_index, "芦淞区司法局的整改方案全称叫什么？29个问题里还有几个只是阶段性完成？", dev_index.settings)
    assert "《市委第一提级巡察组巡察芦淞区司法局党组反馈意见整改方案》" in a.answer and "阶段性完成整改1个" in a.answer


def test_the_date_claimed_is_checked(dev_index):
    a = ask(dev_index, "你帮我看看嘉兴市文化广电旅游局是不是25年3月18号到6月6号被巡察的，反馈是7月底吗", dev_index.settings)
    assert "2025年7月31日" in a.answer and "与通报一致" in a.answer
