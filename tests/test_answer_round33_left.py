"""Round 33 (brief h_left33): kinds left by round 32, each convention probed in five wordings of my own over real dev
notices (tests/data/notices-dev).

- A count of events ranked over the notices named (哪家开的党组会多): the count each notice writes beside the kind's name
  (召开7次党组会议); a notice writing none (多次召开局党组会) is named and nothing is ranked (genre comparisons.toml
  [ranked] `more`, genre/events.py count_of, answer/ranked.py).
- The lead unit or deadline of ONE measure (专题解读是哪个部门负责的) whose sentence and paragraph name none: refused,
  the measure quoted; a sentence naming 负责/牵头 or a paragraph 由…负责 is left to answer (genre claims.toml
  [member_detail] `measure_lead`, answer/member_detail.py).
- An asker's enumeration (一是二是三是) gives the item count of the part of their own notice: of the notices whose heading
  the words retell, the one whose part holds that many items is asked (genre asking.toml [self_named] `part_item`,
  answer/own_voice.py).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from answer.ask import ask
from answer.member_detail import measure_detail_unstated
from answer.own_voice import _items
from answer.ranked import ranking
from genre.events import AskedEvent, count_of, event_ranked
from tests.conftest import dev_files, dev_text, small_index

XIAMEN = "局主要领导组织召开7次党组会议、12次巡察整改领导小组会议,专题研究巡察整改工作方案和具体整改措施"   # d32
SUINING = "局党组对巡察反馈问题高度重视,多次召开局党组会推进巡察整改工作。"   # d25
PARTY = AskedEvent("党组会", ("党组会",))


@pytest.mark.parametrize("question, asked", [
    ("厦门体育局和遂宁科技局，哪家开的党组会多？", "党组会"),
    ("遂宁科技局、厦门体育局两家谁召开的党组会次数更多？", "党组会"),
    ("厦门体育局和枣庄社科联，党组会哪家开得多？", "党组会"),
    ("中山公安局和厦门体育局，谁开的专题会更多？", "专题会"),
    ("鲤城社科联与厦门体育局相比，哪家党组会开得少？", "党组会"),
])
def test_a_count_of_events_ranked_names_the_kind(question, asked):
    assert event_ranked(question).asked == asked


@pytest.mark.parametrize("question", ["厦门体育局开了几次党组会？", "哪家多次召开党组会？", "厦门体育局开过党组会吗？"])
def test_no_ranking_of_events_asked(question):
    assert event_ranked(question) is None


def test_counts_of_events_read_beside_the_kind():
    assert dev_text("d32_").count(XIAMEN) == 1 and SUINING in dev_text("d25_")
    assert count_of(PARTY, XIAMEN) == 7 and count_of(PARTY, SUINING) is None
    assert count_of(PARTY, "召开党组会3次") == 3
    assert count_of(AskedEvent("专题会", ("专题会",)), "市局先后8次召开市局党委会、专题会议等推进整改") is None   # kinds summed


def test_events_ranked_and_a_side_writing_none_named():
    two = ranking("哪家开的党组会多", [("《甲》", ""), ("《乙》", "")], [XIAMEN, "召开党组会3次"])
    assert two.unstated == () and "《甲》7次，比《乙》3次多4次" in two.note
    none = ranking("哪家开的党组会多", [("《厦门》", ""), ("《遂宁》", "")], [XIAMEN, SUINING])
    assert none.unstated == ("《遂宁》",) and "《遂宁》没有写明召开党组会的次数，无法比较" in none.note


@pytest.fixture(scope="module")
def left_index(tmp_path_factory):
    seed = Path(__file__).resolve().parents[1] / "corpus" / "jinan-city-mgmt-bureau-2024-inspection-rectification.txt"
    return small_index(tmp_path_factory, "left33", dev_files("d05_", "d10_", "d14_", "d19_", "d25_", "d32_", "d34_",
                                                              "d35_", "d37_") + [seed])


@pytest.mark.parametrize("question, unstated", [
    ("厦门体育局和遂宁科技局，哪家开的党组会多？", "遂宁"),
    ("遂宁科技局、厦门体育局两家谁召开的党组会次数更多？", "遂宁"),
    ("厦门体育局和枣庄社科联，党组会哪家开得多？", "枣庄"),
    ("中山公安局和厦门体育局，谁开的专题会更多？", "体育局"),
    ("鲤城社科联与厦门体育局相比，哪家党组会开得少？", "鲤城"),
])
def test_end_to_end_events_not_ranked_when_a_side_writes_none(left_index, question, unstated):
    a = ask(left_index, question)
    note = a.answer.splitlines()[-1]
    assert "没有写明" in note and unstated in note and "无法比较" in note, a.answer
    assert "比《" not in a.answer


def test_one_measure_named_no_unit_is_refused_with_its_sentence():
    text = dev_text("d37_")
    start = text.index("2025年1月以来,3次")
    end = text.index("。", start) + 1
    got = measure_detail_unstated("利州区法院对“三个规定”的专题解读是哪个部门负责的？", text, start, end)
    assert got and "没有写由哪个部门负责" in got[1] and "专题解读及强调" in got[0]
    assert measure_detail_unstated("专题解读什么时候完成？", text, start, end)[1].endswith("没有写完成时限。")
    assert measure_detail_unstated("专题解读开了几次？", text, start, end) is None   # no unit or deadline asked


@pytest.mark.parametrize("question, quoted", [
    ("利州区法院对“三个规定”的专题解读是哪个部门负责的？", "专题解读"),
    ("利州区法院把“三个规定”核心条款上墙公示，是哪个部门牵头的？", "上墙公示"),
    ("利州区法院修改涉诉信访工作管理办法由谁负责？", "涉诉信访工作管理办法"),
    ("利州区法院的中心组学习是哪个科室负责组织的？", "中心组学习"),
    ("利州法院“三个规定”专题解读由哪个部门负责？", "专题解读"),
])
def test_end_to_end_one_measure_naming_no_unit_refused(left_index, question, quoted):
    a = ask(left_index, question)
    assert a.abstained and a.answer.startswith("通报中没有相关信息：只写了“") and quoted in a.answer, a.answer
    assert "没有写由哪个" in a.answer and a.citations


@pytest.mark.parametrize("question, said", [
    ("广元市委巡视整改由谁负责？", "由市委主要负责人担任组长"),
    ("会稽行政审批局的整改由谁负责？", "由专人负责"),
])
def test_end_to_end_a_unit_written_is_answered(left_index, question, said):
    a = ask(left_index, question)
    assert not a.abstained and said in a.answer, a.answer


def test_item_ordinals_counted():
    assert _items("一是二是三是各是什么") == 3 and _items("一是、二是、三是分别讲的啥") == 3
    assert _items("记、局长为第一责任人") == 0 and _items("党组组织整改那块讲了啥") == 0


@pytest.mark.parametrize("question", [
    "我们局通报里党组组织整改那块，一是二是三是各是什么",
    "咱们局通报党组组织整改那部分，一是、二是、三是分别讲的啥",
    "局里通报党组组织巡察整改那块，一是二是三是都写了什么",
    "我们单位通报里党组组织整改那块，一是二是三是具体指什么",
    "我们局通报里党组组织整改那部分，一是二是三是讲了啥",
])
def test_end_to_end_the_part_holding_as_many_items_as_enumerated(left_index, question):
    a = ask(left_index, question)
    assert "一是坚持政治统领" in a.answer and "三是坚持标本兼治" in a.answer and "四是" not in a.answer, a.answer
    assert {c.notice_id for c in a.citations} == {"d05_mianyang-justice-bureau-inspection"}
