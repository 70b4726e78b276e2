"""Round 113 (session 22): premises and page asks that were refused or answered without the asked figure, over dev
notices.

- A bare 吧 closing the clause that states a counted figure hedges it as 对吧 does (开了12次党组会吧): the figure is
  checked, and when the quote states it of another thing in the same run, the answer says what it counts
  (figures.toml [claim_frame] premise_closed, [checked_figure.said] other_thing; answer/verify.py).
- 评出来的是哪几类 asks the kinds an appraisal rates, which a plan names, not who won (claims.toml [awarded],
  questions.toml [asks_result]).
- Staff shorten a 文号 to its issuer code and serial (浙卫发10号文吧): held against the notice's number of that issuer
  (premises.toml [premise_number] shorthand).
- Page metadata asked of the page itself: 哪个机构发布的 asks the 发布机构 line; a view counter printing its number
  (浏览量:1) is a metadata label only so that it is cut off other labels' values; the line itself stays chrome (metadata.toml [[label]] counter, [[asked_field]] issuer).
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.claims import award_unreported
from answer.premise_number import number_check, stated_number
from answer.verify import claim_note
from genre import load_genre
from genre.claim_frame import claim_framed
from genre.meta_asked import asked_fields
from tests.conftest import dev_files, dev_text, small_index

XIAMEN = "局主要领导组织召开7次党组会议、12次巡察整改领导小组会议"
HUZHOU = "每月评选出优秀单位、优秀区县、优秀处室,每季评选优秀个人"


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    return small_index(tmp_path_factory, "premise113", dev_files("d13_", "d22_", "d23_", "d32_"))


def test_a_bare_ba_after_a_counted_figure_is_a_premise():
    assert claim_framed("党组会开了7次吧？推进会呢")
    assert claim_framed("问题一共查出30个吧，改了几个")
    assert not claim_framed("优秀处室也是每季评一次吧？")   # a frequency, not a count
    assert not claim_framed("是市委巡察组吧？")                # no figure stated


def test_a_figure_of_another_thing_is_said_to_count_it():
    note = claim_note("党组会议召开了12次吧？", XIAMEN + "[1]")
    assert "12次是“巡察整改领导小组会议”" in note and "不符" in note
    assert "是“" not in claim_note("党组会开了7次吧？", XIAMEN + "[1]")   # the claim holds: nothing more said


def test_the_kinds_an_appraisal_rates_are_no_result_asked():
    assert not award_unreported("每个月评出来的都是哪几类？", HUZHOU)
    assert not award_unreported("评选出了哪些类别的先进？", HUZHOU)
    assert award_unreported("今年评出了哪几个优秀处室？", HUZHOU)


def test_a_document_number_in_staff_shorthand():
    text = dev_text("d23_")
    assert stated_number("记得是浙卫发10号吧，要点有几部分").group("serial") == "10"
    assert stated_number("3月10号吧，开的会") is None   # a day, no issuer code
    assert number_check("这个要点是浙卫发10号吧", text).said.startswith("对")
    assert number_check("这个要点是浙卫发9号文吧", text).said.startswith("不对")


def test_page_metadata_asked_of_the_page():
    assert any(f.field == "issuer" for f in asked_fields("这份通知是什么机关印发的？"))
    assert "浏览量" not in dev_text("d13_")   # the view counter is page chrome: cut at load, never chunked or quoted
    line = "发布日期: 2023-04-25 17:10 信息来源: 省卫生健康委 浏览次数:"
    assert [f for f, _, _ in load_genre().metadata_pairs(line)] == ["date", "source"]   # an empty counter: no label


def test_end_to_end(dev_index):
    a = ask(dev_index, "厦门体育局党组会是开了12次吧？巡察整改领导小组会议又开了几次？")
    assert not a.abstained and "7次" in a.answer and "12次" in a.answer
    a = ask(dev_index, "湖州卫健委每个月评选出来的是哪几类？")
    assert not a.abstained and any("优秀区县" in c.quote for c in a.citations)
    a = ask(dev_index, "浙江卫健委这份工作要点是浙卫发10号文吧？")
    assert not a.abstained and "对，" in a.answer
    assert any("浙卫发〔2023〕10号" in c.quote for c in a.citations)
    a = ask(dev_index, "华容县政府这份重点工作任务是由哪个机构发布的？")
    assert not a.abstained
    assert "县人民政府办公室" in " ".join(c.quote for c in a.citations)
