"""Round 150: questions about a part's outline (how many items under a part, the N-th one, their titles), answered
from the section tree of real dev notices (d20 揭阳公安 findings, d26 朔州科技局, d32 厦门体育局, d37 利州法院).

Checks:
- a heading retold in brackets between two positions (第一部分（党组和班子的认识态度）有几个小标题？第三个是什么) is no
  join: the part and all its items answer, the third named after them (genre structure_questions.toml
  [position_joined] aside; answer/notes.py counted_position_note);
- a set counted inside a part named by its place (第一部分下面列了几条问题？第三条是什么) or asked as 小标题 is the
  outline's, never refused as unlisted (questions.toml [nth_member] unlisted_generic; answer/nth_unlisted.py);
- a quoted marker walked into (“一、”下面分成哪几个（一）（二）（三）) answers with the part and its items
  (structure_questions.toml [marker_quoted] divided), its title alone still the part alone;
- the same after a quoted marker (“一、”下面有几个小标题？第二个是什么) and with the problems counted when the part is
  walked into (第一部分下面有几个问题？第二个是什么: [counted_items]); a bare place asked after the count (第三个是什么)
  leans back on it, never read apart (asking.toml [leans_back]);
- 问题分了几大类 of a findings notice whose only part is 一、巡察发现的问题: the groups (一)(二), counted, and said to be
  counted as the page shows when the page's text stops inside the last one ([outline] counted_groups,
  [counted_items] cut_said).
"""
from __future__ import annotations

from answer.notes import counted_position_note, cut_count_note, part_items_lead
from answer.nth_unlisted import set_unlisted
from genre.asking import leans_back
from retrieval.parse import parse_sections
from retrieval.search.structure import _lookup
from retrieval.search.walk import positions
from tests.conftest import dev_text


def markers(secs) -> list[str]:
    return [s.marker for s in secs]


def test_a_heading_retold_in_brackets_keeps_the_walk_and_names_the_nth():
    secs = parse_sections(dev_text("d26_"))
    q = "朔州科技局通报第一部分（党组和班子的认识态度）有几个小标题？第三个是什么？"
    chain, beside = positions(q)
    assert [m.group(0) for m in chain] == ["第一部分", "第三个"] and not beside
    got = _lookup(secs, q)
    assert markers(got) == ["一、", "(一)", "(二)", "(三)", "(四)"]
    assert part_items_lead(q, got) == "列了4个（计数所得）："
    assert counted_position_note(q, got) == "（其中第三个是“(三)抓好整改落实”。）"
    # two parts joined outside any aside stay side by side
    assert [m.group(0) for m in positions("第一部分和第二部分分别讲什么")[1]] == ["第二部分"]


def test_a_set_counted_inside_a_named_part_is_never_unlisted():
    text = dev_text("d37_")   # its excerpt never writes 问题: the part's 1. 2. 3. are the problems
    assert set_unlisted("利州法院那份通报第一部分下面列了几条问题？第三条是什么？", text) is None
    assert set_unlisted("利州法院通报有几个小标题？第三个是什么？", text) is None
    assert set_unlisted("我们局建了几个数据平台？第三个是什么平台", text)   # a thing no notice part is: still refused
    secs = parse_sections(text)
    q = "利州法院那份通报第一部分下面列了几条问题？第三条是什么？"
    got = _lookup(secs, q)
    assert markers(got) == ["一、", "1.", "2.", "3."]
    assert counted_position_note(q, got) == "（其中第三条是“3.防范化解重大风险意识不够强”。）"


def test_a_quoted_marker_walked_into_answers_with_its_items():
    secs = parse_sections(dev_text("d32_"))
    assert markers(_lookup(secs, "厦门市体育局那份通报，“一、”下面分成哪几个（一）（二）（三）？")) == \
        ["一、", "(一)", "(二)", "(三)"]
    assert markers(_lookup(secs, "厦门市体育局那份通报，“一、”的标题是什么？")) == ["一、"]


def test_groups_of_a_findings_notice_are_counted_as_the_page_shows():
    text = dev_text("d20_")
    secs = parse_sections(text)
    q = "揭阳公安那份巡察问题通报，摘录里问题分了几大类？每类标题是什么？"
    got = _lookup(secs, q)
    assert markers(got) == ["(一)", "(二)"]
    assert part_items_lead(q, got) == "共2类（按正文所列标题计数所得）："
    assert cut_count_note(text, got) == "（页面所载正文在“(二)”部分中途截断，以上是按页面所见的计数。）"
    assert cut_count_note(text, got[:1]) == ""   # (一) ends before the page stops
    whole = dev_text("d26_")   # a page ending on a heading line, the part counted ended before it
    d26 = parse_sections(whole)
    assert cut_count_note(whole, [s for s in d26 if s.parent == 0]) == ""


def test_the_nth_after_a_quoted_marker_or_problems_counted_below_a_part():
    d32 = parse_sections(dev_text("d32_"))
    q = "厦门体育局通报“一、”下面有几个小标题？第二个是什么？"
    got = _lookup(d32, q)
    assert markers(got) == ["一、", "(一)", "(二)", "(三)"]
    assert counted_position_note(q, got) == "（其中第二个是“(二)压紧压实责任,确保落实到位”。）"
    d37 = parse_sections(dev_text("d37_"))
    q = "利州法院通报第一部分下面有几个问题？第二个是什么？"
    got = _lookup(d37, q)
    assert markers(got) == ["一、", "1.", "2.", "3."] and part_items_lead(q, got) == "列了3个（计数所得）："
    assert leans_back("第三个是什么？") and leans_back("第三条是什么？")
    assert not leans_back("第三部分呢？") and not leans_back("第三个问题的整改情况是什么？")
