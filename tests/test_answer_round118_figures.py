"""Round 118 (session 23, fresh66): figures staff ask two or three to a message.

- A page named by its update (页面更新, 更新时间) is the notice's publication: a gap up to it ends on the page's date
  (genre worked.toml [[step]] published).
- A gap the asker states after one step and asks to check (反馈是在巡察结束一年以后了吧) is worked out from the two steps'
  days (questions.toml [asks_gap] between_days).
- A report's day named with 号 (到7月27号正式报告整改情况) names the report being made, as 7月27日 does (answer/spans.py).
- A count of what a list holds said by a word of any content (明确了几样内容) counts the list after the very verb it is
  asked with (明确了整改目标、…), not another list of the sentence (questions.toml [listed_members] kinds_generic).
- A span asked beside another ask (进驻了多少天？反馈后第一步做了什么？) is said even where the reply already quotes its days
  (answer/each_ask.py).
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.each_ask import worked_tail
from answer.kinds_listed import kinds_listed
from answer.spans import gap_note, names_day, report_gap_note
from tests.conftest import dev_files, dev_text, small_index


def _sentence(prefix: str, start: str, end: str) -> str:
    text = dev_text(prefix)
    a = text.index(start)
    return text[a:text.index(end, a) + len(end)]


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    return small_index(tmp_path_factory, "figures118", dev_files("d38_", "d26_", "d29_"))


def test_a_page_update_is_the_publication():
    lead = _sentence("d08_", "根据市委巡察工作统一部署", "进行了反馈")
    note = gap_note("芦淞区司法局从收到反馈到页面更新隔了多少天？", lead, "2025-04-10")
    assert "216天" in note and "（发布）" in note


def test_a_gap_stated_after_one_step_is_worked_out():
    lead = _sentence("d29_", "2024年2月20日至3月26日", "反馈了巡察意见")
    note = gap_note("区科协从巡察组进驻算起到拿到反馈意见隔了多少天？反馈是在巡察结束一年以后了吧？", lead)
    assert "336天" in note and "301天" in note
    assert gap_note("整改是在反馈三个月以后完成的吧", lead) == ""   # one step and a deed: no gap of two steps


def test_a_report_day_written_with_hao_names_the_report():
    question = "广东3月29号向人大报告突出问题整改，到7月27号正式报告整改情况，中间隔了三个月吧？"
    assert names_day(question, "2022年7月27日") and not names_day("3月29号到7月2号", "2022年7月27日")
    assert "120天" in report_gap_note(question, "今年3月29日,受省政府委托", "2022年7月27日", "")


def test_a_count_of_contents_counts_the_list_after_its_verb():
    t = _sentence("d26_", "建立了问题清单", "完成时限")
    found = kinds_listed(t, [(0, len(t))], [(0, len(t))], "朔州科技局整改方案给每个问题明确了几样内容？反馈的是4个方面33个问题吧？")
    assert found is not None and t[found[0]:found[1]].startswith("明确了整改目标") and found[2] == 5
    found = kinds_listed(t, [(0, len(t))], [(0, len(t))], "朔州科技局整改方案里明确了哪些要素？一共几样？")
    assert found is not None and found[2] == 5   # 一共 before the count is the total word, no kind the members end in


def test_a_worked_tail_is_what_a_lead_works_out():
    assert worked_tail("2024年9月23日至2024年12月20日开展巡察[1]。（按上述日期推算，共89天。）") == "（按上述日期推算，共89天。）"
    assert worked_tail("院党组迅速召开党组会议[1]。") == "" and worked_tail("") == ""


def test_a_span_beside_another_ask_is_said(dev_index):
    a = ask(dev_index, "中山一院那次巡察进驻了多少天？反馈后院党组第一步做了什么？")
    assert not a.abstained and "89天" in a.answer
