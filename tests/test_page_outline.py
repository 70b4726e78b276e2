"""A page's own outline of a notice (its table of contents above the title, d31): kept above the title, never read
as sections, walked by structure questions where the notice itself is cut short (real dev notice, no index)."""
from __future__ import annotations

from retrieval.load import load_notice
from retrieval.load.clean import clean_text
from retrieval.parse import page_outline, parse_sections
from retrieval.search.outline import in_body, top_parts
from retrieval.search.structure import _lookup
from tests.conftest import ROOT

D31 = next((ROOT / "tests" / "data" / "notices-dev").glob("d31_*.txt"))


def test_the_outline_above_the_title_is_kept_and_no_section_of_the_notice():
    notice = load_notice(D31)
    head = notice.text[:notice.header_end]
    assert "(一)聚焦党中央和省市委各项决策部署在基层落实情况方面(7个问题)" in head and notice.title in head
    body = parse_sections(notice.text, notice.id, notice.header_end)
    assert [s.marker for s in top_parts(body)] == ["一、", "二、"]   # the page cuts the notice after 二、
    listed = page_outline(notice.text, notice.header_end)
    assert [s.marker for s in top_parts(listed)] == ["一、", "二、", "三、", "四、"]


def test_a_breadcrumb_or_one_numbered_line_before_a_title_stays_chrome():
    c = clean_text("首页 > 通知公告\n1.政策解读\n关于某事的通报\n\n一、总体情况\n正文。")
    assert "政策解读" not in c.body


def test_positions_walk_the_pages_outline_and_answer_with_the_notices_own_part():
    notice = load_notice(D31)
    body = parse_sections(notice.text, notice.id, notice.header_end)
    listed = page_outline(notice.text, notice.header_end)
    third = _lookup(listed, "第三部分第三个方面是什么？")
    assert [s.heading for s in third] == ["聚焦基层党组织建设方面(5个问题)"]
    second = in_body(body, listed, _lookup(listed, "第二部分讲的是什么？"))
    assert [s.heading for s in second] == ["加强组织领导,靠实主体责任"]   # the notice's own heading, not the outline's
