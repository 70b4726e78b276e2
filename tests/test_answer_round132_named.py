"""Round 132 (session 25, older dev items): what a notice does not count or name, outline asks, draft quotes.

- A count asked in person-times (多少人次) of a notice that counts persons only (谈话提醒24人, 体检人数达1000万以上) is
  refused, quoting the count the notice does give (answer/counted_unit.py; genre figures.toml [counted_unit]).
- A figure asked of a place below the notice's own (浙江给杭州市定的目标) that the notice never names is refused: a
  province's plan states the province's figures (answer/place_below.py).
- Who inspected a unit asked with the act bare before its object (巡他们的是哪个组) and the full name of the inspected
  agency (审批局的全称) are asks of the opening (questions.toml [asks_inspection]).
- The whole outline asked, then one part by position (分几大部分？第一部分下面讲了哪几条？): the top parts come with the
  part's items (retrieval/search/structure.py _with_outline_ask).
- The parts after one quoted by its heading (“强化责任落实”后面几条): its later siblings, as after a position
  (structure.py _after_quoted, [position] rest_after).
- A drafted measure's citation quotes the source item with its own enumerator (一是健全信访工作机制。): the draft renumbers
  its lines, the quote reads as the notice does (ledger/draft.py ITEM_MARKER).
"""
from __future__ import annotations

from answer.counted_unit import unit_unstated
from answer.place_below import below_unstated
from genre.questions import load_questions
from ledger.draft import ITEM_MARKER
from retrieval.load import load_notice
from retrieval.parse import parse_sections
from retrieval.search.structure import _lookup, _with_outline_ask
from tests.conftest import dev_files, dev_text, sentence_holding


def test_person_times_of_a_count_of_persons_refused():
    quote = sentence_holding(dev_text("d11_"), "谈话提醒24人")
    why = unit_unstated("嘉兴文旅局整改中一共谈话提醒、批评教育了多少人次？", [quote], dev_text("d11_"))
    assert "人次" in why and "谈话提醒24人" in why


def test_person_times_of_a_target_in_persons_refused():
    text = dev_text("d23_")
    quote = sentence_holding(text, "免费健康体检人数")
    assert "体检人数达1000万以上" in unit_unstated("免费体检定的目标按人次算是多少？", [quote], text)


def test_persons_asked_of_persons_stands():
    text = dev_text("d11_")
    quote = sentence_holding(text, "谈话提醒24人")
    assert unit_unstated("谈话提醒了多少人？", [quote], text) == ""
    assert unit_unstated("培训了多少人次？", ["培训干部300人次"], "培训干部300人次") == ""


def test_figure_of_a_city_inside_a_province_plan_refused():
    notice = load_notice(dev_files("d23_")[0])
    why = below_unstated("浙江给杭州市定的居民电子健康档案开放率目标是多少？", notice)
    assert "浙江省" in why and "杭州市" in why


def test_figure_of_the_plans_own_place_stands():
    notice = load_notice(dev_files("d23_")[0])
    assert below_unstated("浙江居民电子健康档案开放率目标是多少？", notice) == ""
    assert below_unstated("杭州市的开放率目标怎么定的", notice) == ""   # no figure asked


def test_bare_inspection_act_and_full_name_ask_the_opening():
    asks = load_questions().asks_inspection
    assert asks.search("巡他们的是第几届市委的哪个组") and asks.search("巡我们的是哪个组")
    assert asks.search("惠济审批局的全称是什么")
    assert not asks.search("整改方案全称叫什么")


def _outline(prefix: str) -> list:
    return parse_sections(dev_text(prefix))


def test_whole_outline_then_a_part_by_position():
    secs = _outline("d29_")
    q = "区科协那份巡察整改通报分几大部分？第一部分下面讲了哪几条？"
    got = _with_outline_ask(secs, q, _lookup(secs, q))
    tops = [s.heading for s in got if s.depth == 1]
    assert len(tops) == 2 and "巡察反馈问题的整改情况" in tops[1]
    assert len([s for s in got if s.depth > 1]) == 3
    assert _with_outline_ask(secs, "第一部分下面讲了哪几条？", _lookup(secs, "第一部分下面讲了哪几条？")) == \
        _lookup(secs, "第一部分下面讲了哪几条？")


def test_parts_after_a_quoted_heading():
    secs = _outline("d13_")
    got = _lookup(secs, "华容县政府2021年重点工作任务那个通知，“强化责任落实”后面几条要求的标题依次是？")
    assert [s.marker for s in got] == ["二、", "三、", "四、"]


def test_draft_citation_keeps_the_items_enumerator():
    text = dev_text("d37_")
    at = text.index("健全信访工作机制。")
    m = ITEM_MARKER.search(text, max(0, at - 8), at)
    assert m and text[m.start():at] == "一是"
    assert ITEM_MARKER.search("整改情况:健全", 0, 5) is None
