"""Round 130: worked-out figures and refusals asked of fresh69 dev questions.

Behaviours:
- a part's share of a sum asked just before it (一共开了多少次？领导小组会占其中几成？) is worked out over the sum, not over
  the largest figure quoted (answer/sum_share.py);
- an average asked per a classifier alone (平均一项摊到几个问题) takes the count written in that classifier (6项) as the
  groups and the noun asked after 几个 (问题) as the things (answer/averages.py);
- a measure word before another ask of a count (一项摊到几个问题) is not read as counting the later noun
  (genre/same_names.py);
- a sum of named parts held against another part (两块加起来比群众身边腐败那块少几个) sums the parts named and says the
  difference from the part named after 比, its heading cited too (answer/sum_against.py).
"""
from __future__ import annotations

import re

from answer.averages import average_note
from answer.sum_share import sum_share_note
from genre.same_names import notice_worded
from tests.conftest import dev_text


def _sentence(text: str, words: str) -> str:
    at = text.index(words)
    return text[text.rfind("。", 0, at) + 1:text.find("。", at) + 1]


def test_share_of_the_sum_asked_before():
    lead = _sentence(dev_text("d32_"), "12次巡察整改领导小组会议")
    note = sum_share_note("党组会和整改领导小组会一共开了多少次？领导小组会占其中几成？", lead)
    assert "12次/合计19次" in note and "63.2%" in note


def test_share_of_the_sum_needs_the_sum_asked_first():
    lead = _sentence(dev_text("d32_"), "12次巡察整改领导小组会议")
    assert sum_share_note("领导小组会占其中几成？", lead) == ""
    assert sum_share_note("党组会和领导小组会一共开了多少次？", lead) == ""


def test_average_per_classifier_alone():
    lead = _sentence(dev_text("d35_"), "6项共11个问题")
    note = average_note("那11个问题按几个方面几项分的？平均一项摊到几个问题？", lead)
    assert "11个问题/6项" in note and "11÷6≈1.83" in note


def test_average_per_named_group_unchanged():
    lead = _sentence(dev_text("d35_"), "6项共11个问题")
    assert "/11个问题" in average_note("平均每个问题对应几条措施？", lead)


def test_measure_word_before_another_count_ask_stays():
    lead = _sentence(dev_text("d35_"), "6项共11个问题")
    assert notice_worded("平均一项摊到几个问题？", (lead,)) == "平均一项摊到几个问题？"
    assert re.search("每项", notice_worded("每条整改措施提了什么要求", ("确保每项措施每个要点可检验",)))


def test_sum_of_named_parts_held_against_another_part():
    from answer.totals import total_parts
    from retrieval.parse import parse_sections
    text = dev_text("d31_")
    q = "基层党组织建设那块和巡视巡察审计整改那块各有几个问题？两块加起来比群众身边腐败那块少几个？"
    spans, note = total_parts(text, parse_sections(text), q)
    assert "合计7个问题" in note and "11个问题少4个" in note
    assert any("群众身边腐败" in text[a:b] for a, b in spans)


def test_part_held_against_without_a_sum_is_unchanged():
    from answer.sum_against import sum_against_asked
    from genre.parts_asked import _parts_total
    q = "最多的那个方面比基层党组织建设多几个？"
    assert sum_against_asked(q, _parts_total()["against"].search(q)) is None
