"""Round 144: the figures of two notices asked side by side, and a compound slogan's count.

Behaviours:
- a notice set beside another by 跟/和…比 (甲细化出来的整改措施条数，跟乙的措施条数比，各是多少) asks each notice the thing
  named after the first name (genre.ratio.beside_ask, comparisons.toml [ratio] beside_join / beside_after): each
  notice's own count is quoted, not a refusal;
- 省里/市里 standing alone as a side (两份卫健工作要点（省里的和湖州的）) is the division above the one place named
  (genre.level_words, places.toml [level_words]); before an agency (省里的司法厅) or as a round (省里派组下来查) it stays;
- a figure of a place is not refused as "only the province's figures" when the place's own notice is cited beside
  (answer.place_below);
- an agency name followed by a post (两地审计局长向人大常委会作…报告，分别是谁) ends the naming before it: each side is asked
  its post's reading (comparisons.toml [naming] post; questions.toml asks_reporter), and each byline is quoted;
- a kind named beside the places (瑞金市和慈溪市…的审计局长) does not leave one side's metadata out (answer.routed);
- a compound quote's count asked by one member (整改方案后面配了几张清单 of “一方案三清单”) says that member's count
  (即3张清单), not the first numeral's (genre.quoted_figure.quoted_counts_said);
- a plan's targets set as percentages are ranked when the highest (and the next) is asked (带百分比的目标，哪个定得最高？
  第二是哪个): each quoted from the plan, the ranking said as worked out (answer.ranked_targets, worked.toml
  [ranked_targets]); a rate to fall (降至) is no level reached and is not ranked with them.
"""
from __future__ import annotations

import re

import pytest

from answer.cross import naming_run
from genre.level_words import levels_named
from genre.quoted_figure import quoted_counts_said
from genre.ratio import beside_ask
from tests.conftest import dev_files, dev_text, sentence_holding


def test_a_notice_set_beside_another_asks_each_the_thing_named_first():
    assert beside_ask("）细化出来的整改措施条数，跟", "的措施条数比，各是多少？") == "细化出来的整改措施条数，各是多少？"
    assert beside_ask("反馈的问题数和", "的问题数相比，谁多？") == "反馈的问题数有多少"
    assert beside_ask("一院和", "比，巡察组谁待得久") is None   # 中山一院和利州法院比: a name's rest, no thing
    assert beside_ask("和", "各开了几次会") is None   # names joined before one ask: no thing named between


def test_a_level_word_alone_is_the_division_above_the_place_named():
    assert levels_named("两份卫健工作要点（省里的和湖州的）落款日期差几天？") == "两份卫健工作要点（浙江省的和湖州的）落款日期差几天？"
    assert levels_named("湖州比省里晚几天？") == "湖州比浙江省晚几天？"
    for kept in ("省里的司法厅和芦淞区司法局各自被巡了多久？", "那回省里派组下来查，湖州反馈了几个问题？",
                 "湖州和浙江两份工作要点，湖州比省里晚几天？", "宁波市里那个审计局的整改报告是哪年度的"):
        assert levels_named(kept) == kept


def test_a_post_after_the_agency_is_asked_of_each_side():
    q = "瑞金和慈溪两地审计局长向人大常委会作审计整改报告，分别是谁、在哪天？"
    a, b = naming_run(q, "瑞金、慈溪、审计局、人大常委会")
    assert q[a:b] == "瑞金和慈溪"


def test_a_compound_quotes_member_asked_is_counted_by_its_own_numeral():
    clause = sentence_holding(dev_text("d04_"), "一方案三清单")
    assert quoted_counts_said("厅里整改方案后面配了几张清单？", clause) == "（“一方案三清单”，即3张清单。）"
    assert quoted_counts_said("“一方案三清单”起什么作用？", clause) == ""


@pytest.fixture(scope="module")
def two_sides(tmp_path_factory):
    from tests.conftest import small_index
    return small_index(tmp_path_factory, "r144sides",
                       dev_files("d32_", "d35_", "d22_", "d23_", "d01_", "d17_", "d26_"))


def _by_notice(answer) -> dict[str, list[str]]:
    quotes: dict[str, list[str]] = {}
    for c in answer.citations:
        quotes.setdefault(c.notice_id[:3], []).append(c.quote)
    return quotes


def test_each_notice_set_beside_gives_its_own_count(two_sides):
    from answer.ask import ask
    answer = ask(two_sides, "体育局（厦门）细化出来的整改措施条数，跟鲤城社科联的措施条数比，各是多少？", two_sides.settings)
    assert not answer.abstained, answer.answer
    quotes = _by_notice(answer)
    for nid in ("d32", "d35"):
        stated = re.search(r"整改措施(\d+)条", dev_text(nid + "_"))   # the count each notice writes
        assert any(stated.group() in q for q in quotes.get(nid, [])), (nid, answer.answer)
        assert stated.group(1) in answer.answer


def _signed(text: str) -> str:
    """The notice's 落款 day: a date alone on its line."""
    return re.findall(r"^\s*(\d{4}年\d{1,2}月\d{1,2}日)\s*$", text, re.M)[-1]


def test_the_province_said_as_its_level_is_compared_with_the_city(two_sides):
    from answer.ask import ask
    answer = ask(two_sides, "两份卫健工作要点（省里的和湖州的）落款日期差几天？哪份在前？", two_sides.settings)
    assert not answer.abstained, answer.answer
    quotes = _by_notice(answer)
    for nid in ("d22", "d23"):
        assert any(_signed(dev_text(nid + "_")) in q for q in quotes.get(nid, [])), (nid, answer.answer)


@pytest.mark.parametrize("question", [
    "瑞金和慈溪两地审计局长向人大常委会作审计整改报告，分别是谁、在哪天？",
    "瑞金市和慈溪市向人大常委会报告审计整改的审计局长分别叫什么？",
])
def test_each_sides_reporter_is_quoted_from_its_byline(two_sides, question):
    from answer.ask import ask
    from answer.metadata import report_lines
    answer = ask(two_sides, question, two_sides.settings)
    assert not answer.abstained, answer.answer
    quotes = _by_notice(answer)
    for nid in ("d01", "d17"):
        text = dev_text(nid + "_")
        byline = text[slice(*report_lines(text)[-1])]   # 市审计局局长 + the reader's name
        assert any(byline.split()[-1] in q for q in quotes.get(nid, [])), (nid, answer.answer)


def test_a_plans_percentage_targets_are_ranked(two_sides):
    from answer.ask import ask
    text = dev_text("d23_")
    stated = [float(v) for v in re.findall(r"达(\d+(?:\.\d+)?)%", text)]   # every rate the plan sets to reach
    answer = ask(two_sides, "浙江卫健2023要点里带百分比的目标，哪个定得最高？第二是哪个", two_sides.settings)
    assert not answer.abstained and len(answer.citations) == 2, answer.answer
    figures = [float(re.search(r"(\d+(?:\.\d+)?)%", c.quote).group(1)) for c in answer.citations]
    assert all(c.quote in text for c in answer.citations)
    assert figures == sorted(stated, reverse=True)[:2], (figures, answer.answer)
    assert "降至" not in "".join(c.quote for c in answer.citations)
