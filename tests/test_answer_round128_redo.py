"""Round 128 (session 25, fresh64–67 redone): behaviours of rounds lost before they were merged.

- A figure echoed back across two notices (甲完善了13个制度，乙出台的规章制度是不是也是这个数？): each notice asked its own
  count, the echo answered from the two counts quoted (answer/echoed.py, genre comparisons.toml [echoed]).
- A count asked of the others beside the one a notice counts (一把手开了9次会，其他班子成员各开了多少次): refused when no
  sentence writes those others with a count (answer/others_unstated.py, genre claims.toml [others_asked]).
- A figure the asker typed in digits is quoted back as typed in the claim note (“10次”, not the read “十次”:
  answer/typed_claims.py).
- Money planned or paid out by a verb before 多少 (预算安排了多少) is money asked (genre questions.toml [asked_unit] money);
  a figure the money ask writes (全部50项问题…追缴了多少资金) names its set, not a kind of money (answer/unstated.py).
- A title's wording quoted and asked checked (整改方案标题里写的是“市委第四巡察组”吧) is held letter for letter against the
  notice's 《…》 titles of the kind named (answer/premise_title.py, genre premises.toml [premise_title]).
- Aspects asked by their count (几个方面多少个问题) name no part whose count is asked (genre questions.toml quantified).
- Listings: a part's 小节 asked (下面分了哪几小节) and a part named by its heading walked into (思想认识有差距这一类下面列了
  哪些问题) answer the headings under it (genre structure_questions.toml counted_items, retrieval/search/structure.py);
  a thing whose members are quoted joined by 、 (“目标引领、差距管理…”工作理念) asked listed or counted: the members, counted
  (answer/quoted_listed.py, genre structure_questions.toml [quoted_listed]).
"""
from __future__ import annotations

from answer.echoed import echoed_asks, echoed_note
from answer.others_unstated import others_unstated
from answer.parts import part_asked
from answer.premise_title import title_check
from answer.quoted_listed import quoted_members
from answer.typed_claims import claims_as_typed, typed_span
from answer.unstated import money_unstated
from answer.unstated_ask import count_unwritten
from genre.echoed import echo_asked
from genre.structure_questions import load_structure_questions
from tests.conftest import dev_text, sentence_holding


def test_echo_asked_same_and_more():
    assert echo_asked("瑞金那次审计整改出台的规章制度也是这个数吧？") == "same"
    assert echo_asked("瑞金出台的规章制度是不是比这个少？") == "less"
    assert echo_asked("瑞金出台了多少个规章制度？") == ""


def test_echoed_asks_each_side_its_own_count():
    first, second = echoed_asks("遂宁科技局巡察整改建了13个制度，瑞金那次审计整改出台的规章制度也是这个数吧？", "遂宁、瑞金、科技局")
    assert "多少个制度" in first and "13" not in first
    assert second.endswith("有多少") and "规章制度" in second and "这个数" not in second


def test_echoed_note_from_the_two_notices_counts():
    a = sentence_holding(dev_text("d25"), "制定和完善相关制度")
    b = sentence_holding(dev_text("d01"), "出台13个规章制度")
    lead_a = a[a.index("制定和完善"):a.index("13个") + 3]
    lead_b = b[b.index("出台"):b.index("规章制度") + 4]
    assert echoed_note("甲13个，乙是不是也是这个数？", [("遂宁", lead_a), ("瑞金", lead_b)]).startswith("是")
    assert echoed_note("甲13个，乙是不是比这个多？", [("遂宁", lead_a), ("瑞金", lead_b)]).startswith("不是")


def test_others_unstated_when_the_notice_counts_only_the_principal():
    text = dev_text("d34")
    assert "班子成员" in text
    why = others_unstated("枣庄社科联党组一把手研究整改开了9次会，那其他班子成员各开了多少次？", [text])
    assert "其他班子成员" in why and "次数" in why


def test_others_counted_are_no_refusal():
    text = sentence_holding(dev_text("d34"), "研究整改9次").replace("党组主要负责同志", "其他班子成员")
    assert others_unstated("那其他班子成员各开了多少次？", [text]) == ""
    assert others_unstated("那其他班子成员各负责什么？", [dev_text("d34")]) == ""


def test_claim_quoted_as_typed():
    note = "问题说的“十次”与通报不符，通报写的是8次。"
    assert claims_as_typed(note, "前后开了10次会推进吧？") == "问题说的“10次”与通报不符，通报写的是8次。"
    assert claims_as_typed(note, "前后开了十次会推进吧？") == note
    assert typed_span("反馈了二十九个问题吧", "29个") == "二十九个"


def test_money_planned_is_money_asked():
    text = dev_text("d22")
    assert count_unwritten("湖州今年全市卫生健康的财政预算安排了多少？", text)
    assert not count_unwritten("湖州今年全市卫生健康的财政预算安排了多少？", text + "全年预算安排资金3.2亿元。")


def test_money_asked_of_a_counted_set_needs_its_act():
    quote = sentence_holding(dev_text("d01"), "共计50项具体问题")
    assert money_unstated("瑞金那份审计整改报告里，全部50项问题一共追缴了多少资金？", [quote])
    assert not money_unstated("瑞金那份审计整改报告里，50项问题涉及问题资金多少？", [quote])


def test_title_wording_held_letter_for_letter():
    text = dev_text("d26")
    check = title_check("朔州科技局整改方案标题里写的是“市委第四巡察组”吧？方案针对的是几个方面多少个问题？", text, "")
    assert check.said.startswith("不对") and "市委第四巡查组" in check.said
    assert text[check.start:check.end].startswith("《") and text[check.start:check.end].endswith("方案》")
    held = title_check("整改方案标题里写的是“市委第四巡查组”吧？", text, "")
    assert held.said.startswith("对")
    assert title_check("整改方案里写的是市委第四巡察组吧？", text, "") is None


def test_aspects_asked_by_count_are_no_part():
    assert part_asked("方案针对的是几个方面多少个问题？") is None
    assert part_asked("鲤城社科联被反馈的问题中，党的建设方面有几个？").parts == ("党的建设",)


def test_sections_below_asked_as_xiaojie():
    assert load_structure_questions().counted_items.search("第一部分讲政治责任的，下面分了哪几小节？")


def test_part_named_by_heading_walked_into():
    asked = load_structure_questions()
    q = "芦淞区司法局通报“反馈问题整改进展情况”里，思想认识有差距这一类下面列了哪些问题？"
    assert asked.counted_items.search(q)
    named = asked.named_walked.search(q).group(1)
    assert named in dev_text("d08")


def test_quoted_members_counted():
    text = dev_text("d22")
    found = quoted_members(text, "湖州市卫健委今年考核评比争的是什么名次口号？那个工作理念里列了几条？")
    assert found is not None and len(found.members) == 5 and text[found.start:found.end].endswith("工作理念")
    assert quoted_members(text, "那个工作理念是什么意思？") is None


def test_a_count_of_another_noun_is_no_quoted_list():
    text = dev_text("d05")
    assert "“层层负责、事事见效”的整改" in text
    assert quoted_members(text, "绵阳司法局巡察整改一共有几个方案，其中专项的几个？") is None
