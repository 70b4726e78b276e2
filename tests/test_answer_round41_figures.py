"""Round 41 (session 16, h_figures41): worked figures the lead left out, diagnosed on set fresh38, fixed by kind.

- answer/range_length.py: a period asked by its ends (哪段时间, 从哪天到哪天, 几号到几号, 什么时候进驻、什么时候撤离,
  起止时间: genre worked.toml [period_asked]) gains the quoted range's days, both ends counted as notices count them,
  said as worked out; a question asking no period, or a lead dating no range, gains nothing.
- answer/totals.py: a total asked beside the part with the most/fewest (总共几个，哪方面最多) is worked out from the
  parts' counts too, unless the notice states a count of its own elsewhere.
Each probed in wordings of my own over real dev-notice text (tests/data/notices-dev).
"""
from __future__ import annotations

import pytest

from answer.range_length import range_length_note
from answer.totals import total_parts
from retrieval.parse import parse_sections
from tests.conftest import dev_files, dev_text


@pytest.mark.parametrize(("question", "quoted", "days"), [
    ("绵阳司法局被巡察是从哪天到哪天", "2024年5月7日至6月7日,市委第五巡察组对市司法局党组开展了巡察", "共32天"),
    ("嘉兴文旅局那轮巡察的起止时间", "2025年3月18日至6月6日,市委第三巡察组对市文化广电旅游局党委进行了巡察", "共81天"),
    ("区科协巡察是几号到几号的", "2024年2月20日至3月26日,区委巡察二组对区科学技术协会开展了巡察", "共36天"),
    ("枣庄社科联巡察组什么时候进驻、什么时候撤离", "2022年11月18日至2023年1月18日,市委第五巡察组对市社科联党组开展了常规巡察", "共62天"),
    ("鲤城社科联巡察在哪段时间", "2024年1月4日至2月2日,区委巡察二组对区社科联开展了巡察", "共30天"),
    ("庆阳文联那次巡察的时间段", "2022年8月19日至2022年11月15市委第三巡察组对市文联党组开展了常规巡察", "共89天"),
])
def test_a_period_asked_gains_its_days_both_ends_counted(question, quoted, days):
    note = range_length_note(question, quoted)
    assert days in note and note.startswith("（按通报日期计算") and "首尾两天都算" in note, note


@pytest.mark.parametrize(("question", "quoted"), [
    ("鲤城社科联是哪个巡察组巡察的", "2024年1月4日至2月2日,区委巡察二组对区社科联开展了巡察"),   # no period asked
    ("绵阳司法局哪天收到的反馈", "7月24日,市委第五巡察组向市司法局党组反馈了巡察意见"),
    ("浙江卫健工作要点是哪段时间印发的", "现将2023年浙江省卫生健康工作要点印发给你们"),   # no dated range to work from
])
def test_no_period_or_no_range_gains_no_days(question, quoted):
    assert range_length_note(question, quoted) == ""


PARTS = dev_text("d31_")


@pytest.mark.parametrize("question", [
    "庆阳文联被反馈的问题一共多少个，哪个方面最多",
    "文联巡察反馈问题总共几个？哪一方面最少",
    "四个方面的问题合计多少，数量最多的是哪个方面",
    "巡察指出的问题加起来多少个，最多的是哪方面的",
    "反馈问题总数是多少？问题最多和最少的各是哪个方面",
])
def test_a_total_asked_beside_the_most_is_summed(question):
    spans, note = total_parts(PARTS, parse_sections(PARTS), question)
    assert "合计25个问题" in note and "7个+11个+5个+2个" in note and len(spans) == 4, note


def test_the_most_alone_gains_no_total():
    _, note = total_parts(PARTS, parse_sections(PARTS), "哪个方面问题最多")
    assert "合计" not in note and "11个问题" in note


def test_a_total_the_notice_states_is_not_summed():
    text = "(一)甲方面(7个问题)\n(二)乙方面(11个问题)\n共反馈20个问题。"
    found = total_parts(text, parse_sections(text), "问题一共多少个，哪个方面最多")
    assert found is None or "合计" not in found[1]


@pytest.fixture(scope="module")
def period_index(tmp_path_factory):
    from tests.conftest import small_index
    return small_index(tmp_path_factory, "figures41", dev_files("d04_", "d05_", "d11_", "d31_", "d34_"))


@pytest.mark.parametrize(("question", "said"), [
    ("湖北司法厅巡视组哪天进、哪天走", "共55天"),
    ("绵阳司法局被巡察是从哪天到哪天", "共32天"),
    ("嘉兴文旅局那轮巡察从哪天到哪天", "共81天"),
    ("枣庄社科联巡察组什么时候进驻、什么时候撤离", "共62天"),
    ("庆阳文联被巡察是哪段时间", "共89天"),
    ("庆阳文联被反馈的问题总共几个，哪方面最多", "合计25个问题"),
])
def test_worked_figures_end_to_end(period_index, question, said):
    from answer.ask import ask
    answer = ask(period_index, question, period_index.settings)
    assert said in answer.answer and not answer.abstained, answer.answer
