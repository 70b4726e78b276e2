"""Round 141: a part's opening text read with the measures under its sub-headings (answer/part_opening.py).

- An anchor in a part's opening paragraph (一、… then 全面认领…意见建议…即知即改、立整立改 above (一)(二)(三)) frames the
  measures read under its sub-headings: kept before them, however many they are (opening_frames).
- An anchor under a sub-heading of a part whose opening tells, clause by clause, what each actor did: the clause whose
  actor is the agency asked (市审计局认真贯彻…,积极落实审计整改“挂销号”…) is found; other actors' clauses are not
  (own_opening_clause).
- A measure referring back to a term the notice coined in quotes (对照“三清单”建立了整改工作台账) reads with the
  sentence that set the term up (建立了问题清单、整改清单、责任清单“三清单”) (genre coined.toml, answer/coined_terms.py).
- A part named by words of a point inside it (开头讲加强组织领导的那一部分，列了几个小点) with its points asked: the nearest
  heading above that point that has points, and shares words named with it, is the part
  (retrieval/search/counted_holder.py, used by walk).
"""
from __future__ import annotations

from answer.coined_terms import coined_before
from answer.part_opening import opening_frames, own_opening_clause
from retrieval.parse import parse_sections
from retrieval.search.counted_holder import counted_holder
from retrieval.search.held import children, named_sections
from retrieval.search.walk import walk
from tests.conftest import dev_text


def test_opening_frames_items_under_its_sub_headings():
    text = dev_text("d32_")
    sections = parse_sections(text)
    a0 = text.index("全面认领")
    first_sub = text.index("(一)加强组织领导")
    assert opening_frames(sections, a0, [(first_sub, first_sub + 10)])
    assert not opening_frames(sections, first_sub + 2, [(first_sub + 20, first_sub + 30)])   # not an opening


def test_opening_does_not_frame_items_of_another_part():
    text = dev_text("d32_")
    sections = parse_sections(text)
    a0 = text.index("全面认领")
    part = next(s for s in sections if s.start <= a0 < s.end)
    assert not opening_frames(sections, a0, [(part.end, part.end + 10)])   # below the part: another part's text


def test_own_clause_of_the_part_opening():
    text = dev_text("d17_")
    sections = parse_sections(text)
    a0 = text.index("(一)落实整改主体责任")
    span = own_opening_clause(sections, text, a0, ("审计局",))
    assert span is not None
    clause = text[slice(*span)]
    assert clause.startswith("市审计局") and "挂销号" in clause and "市政府认真贯彻" not in clause


def test_no_clause_for_an_agency_the_opening_leaves_out():
    text = dev_text("d17_")
    sections = parse_sections(text)
    a0 = text.index("(一)落实整改主体责任")
    assert own_opening_clause(sections, text, a0, ("文广局",)) is None
    assert own_opening_clause(sections, text, a0, ()) is None


def test_term_referred_back_reads_with_the_sentence_coining_it():
    text = dev_text("d26_")
    use = text.index("对照“三清单”")
    spans = coined_before(text, [(use, text.index("。", use) + 1)])
    assert len(spans) == 1
    coined = text[slice(*spans[0])]
    assert "问题清单、整改清单、责任清单“三清单”" in coined and spans[0][1] <= use


def test_term_coined_in_the_quoted_span_itself_adds_nothing():
    text = dev_text("d26_")
    first = text.index("“三清单”")
    start = text.rfind("\n", 0, first) + 1
    end = text.index("。", text.index("对照“三清单”")) + 1
    assert coined_before(text, [(start, end)]) == []   # coined and used within what is already quoted


def test_point_named_without_points_counts_the_part_above():
    secs = parse_sections(dev_text("d35_"))
    named = named_sections(secs, "加强组织领导")
    assert named and not children(secs, named[0])   # the words name a point divided no further
    part = counted_holder(secs, named, "开头讲加强组织领导")
    assert part is not None and part.index == named[0].parent and len(children(secs, part)) == 3


def test_walk_counts_the_points_of_the_part_the_words_name():
    secs = parse_sections(dev_text("d35_"))
    got, missing = walk(secs, "鲤城区社科联通报开头讲加强组织领导的那一部分，列了几个小点，各是什么？")
    assert not missing and got[0].depth == 1 and len(got) == 4   # the part, then its three points


def test_named_heading_with_points_stays():
    secs = parse_sections(dev_text("d26_"))
    named = named_sections(secs, "认识和态度")
    assert counted_holder(secs, named) is named[0]
    assert counted_holder(secs, []) is None


def test_part_above_sharing_no_words_is_not_taken():
    secs = parse_sections(dev_text("d35_"))
    named = named_sections(secs, "加强组织领导")
    assert counted_holder(secs, named, "压紧压实责任") is named[0]   # the part above retells none of these words
