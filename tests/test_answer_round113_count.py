"""Round 113 (session 22): counts worked out of what notices list or state, over dev notices.

- A multiple or a share of two notices' counts (甲反馈的问题数相当于乙的百分之几): the thing counted is named between the two
  names, each notice is asked its own count of it and the ratio is worked out with its working shown; a count compared is
  read by the noun the question names (4个方面33个问题 asked of 问题: 33): comparisons.toml [ratio], answer/ratio.py.
- A bare count asked beside a which-ask (明确了哪些东西？共几样？) counts the members of the 、-joined run the list ask finds,
  in the classifier asked (样/个/条): questions.toml [listed_members] after_which, answer/kinds_listed.py.
- A part's children walked into with the count the asker already sees (下面3条分别是什么) are each named:
  structure_questions.toml [counted_items].
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.kinds_listed import kinds_listed
from answer.ratio import named_count, ratio_note
from genre.ratio import between_ask, ratio_asked
from genre.structure_questions import load_structure_questions
from tests.conftest import dev_files, dev_text, sentence_holding, small_index


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    return small_index(tmp_path_factory, "count113", dev_files("d10_", "d25_", "d26_", "d35_"))


def test_the_thing_named_between_two_names_is_asked_of_each():
    assert between_ask("反馈的问题数相当于", "的百分之几？") == "反馈的问题有多少"
    assert between_ask("被反馈的问题比", "少了多少个") == "被反馈的问题有多少"
    assert between_ask("的巡察", "各持续了多久？") is None   # the ask stands after the second name
    assert between_ask("比", "多建了几项制度？") is None   # nothing named between: the ask after the names holds it
    assert ratio_asked("甲的整改措施是乙的多少倍") == "倍" and ratio_asked("甲的问题数占乙的几成") == "%"


def test_a_count_is_read_by_the_noun_asked():
    lead = sentence_holding(dev_text("d35_"), "3个方面6项共11个问题")
    assert named_count(lead, "问题有多少")[0] == 11
    assert named_count("研究整改9次", "开会几次") == (9, "次")


def test_the_ratio_is_worked_out_with_its_working():
    said = ratio_note("%", [("《乙》", (11, "个")), ("《甲》", (33, "个"))])
    assert "约33.3%" in said and "11÷33≈33.3%" in said
    assert "4倍" in ratio_note("倍", [("《甲》", (44, "条")), ("《乙》", (11, "条"))])
    assert "没有写明" in ratio_note("倍", [("《甲》", (44, "条")), ("《乙》", None)])


def test_a_bare_count_beside_a_which_ask_counts_the_run():
    text = dev_text("d26_")
    clause = sentence_holding(text, "责任领导、责任部门")
    at = text.index(clause)
    found = kinds_listed(text, [(at, at + len(clause))], [(at, at + len(clause))], "方案都明确了哪些东西？共几样？")
    assert found is not None and found[2] == 5
    assert kinds_listed(text, [(at, at + len(clause))], [(at, at + len(clause))], "方案一共几样？") is None   # no which


def test_children_walked_into_with_their_count_seen():
    items = load_structure_questions().counted_items
    assert items.search("第一部分下面3条分别是什么") and items.search("开头那块底下两点各叫啥")
    assert not items.search("第一部分下面第3条是什么")


def test_end_to_end(dev_index):
    a = ask(dev_index, "鲤城社科联反馈的问题数相当于朔州科技局的百分之几？")
    assert not a.abstained and "11÷33" in a.answer and {c.doc[:3] for c in a.citations} == {"d26", "d35"}
    a = ask(dev_index, "朔州科技局反馈的问题比鲤城社科联多几个？")
    assert not a.abstained and "多22个" in a.answer
    a = ask(dev_index, "朔州科技局的整改方案都明确了哪些东西，共几样？")
    assert not a.abstained and "共5样" in a.answer and "完成时限" in a.citations[0].quote
    a = ask(dev_index, "惠济审批局那份通报开头部分下面3条分别是什么？")
    assert not a.abstained and "注重长效机制" in a.answer and "(一)党组书记组织落实整改工作情况" in a.citations[0].quote
