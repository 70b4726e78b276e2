"""Round 32 (session 14, h_self2): own-voice asks naming no notice, round two.

- answer/own_voice.py: an ask in the asker's own voice (genre asking.toml [self_named]) with no notice named is about one
  notice, the asker's own: the notices whose heading the part it names retells (我们局通报里党组组织整改那块 against
  (一)党组组织巡察整改落实情况: the words run in order through the heading, asking.toml [self_named] part_words_min,
  part_spread), else the notice of the best search hit, are preferred, so every line comes from that notice and not
  from another notice's sentence covering more words (厅里是怎么盯着整改落地的？督查方面有啥做法).
- genre asking.toml [restated_count], answer/restated_scope.py: a whole the asker restates by its count with no notice
  named (29个问题里还没彻底完成的有几个) names the notices stating that count in a sentence naming the findings; one is
  preferred, several each answer on its own, named (Scope.groups).
- answer/gap_scope.py: a gap asked between two days of a notice named only by a kind several notices share (我们审计局
  这份报告挂网日期比会上作报告晚了几天) is answered from the notice dating both ends to the day, the others still named.
Each probed in wordings of my own over real dev-notice text (tests/data/notices-dev).
"""
from __future__ import annotations

import pytest

from answer.own_voice import retold_span
from tests.conftest import ROOT, dev_files


@pytest.mark.parametrize(("words", "heading", "span"), [
    ("党组组织整改", "(一)党组组织巡察整改落实情况", 8),
    ("自我检视提升成效", "3.强化自我检视,不断提升整改成效", 13),
    ("监督检查落地见效", "(三)加强监督检查,确保巡视整改落地见效", 15),
    ("整改组织", "(一)党组组织巡察整改落实情况", 0),   # out of order: no retelling
    ("党组会议", "(一)党组组织巡察整改落实情况", 0),     # a word the heading lacks
])
def test_a_heading_retold_keeps_its_words_in_order(words, heading, span):
    assert retold_span(words, heading) == span


@pytest.fixture(scope="module")
def own_index(tmp_path_factory):
    from tests.conftest import small_index
    return small_index(tmp_path_factory, "self2_32", dev_files(
        "d01_", "d02_", "d04_", "d05_", "d08_", "d10_", "d16_", "d17_", "d26_", "d27_", "d29_", "d35_", "d38_", "d40_")
        + [ROOT / "corpus" / "tj-city-mgmt-commission-2024-inspection-rectification.txt"])


@pytest.mark.parametrize(("question", "doc", "said"), [
    ("我们局通报里党组组织整改那块，一是二是三是各是什么", "d05_", "坚持政治统领"),
    ("咱们单位通报里细化措施有序推进那块写了哪些做法", "d29_", "细化整改措施"),
    ("咱们单位通报里细化任务分工推进整改那部分写了什么", "d35_", "细化任务分工"),
    ("我们局通报里注重长效机制成果转化那块讲了哪些", "d10_", "注重长效机制"),
    ("厅里通报中监督检查落地见效那块，具体怎么做的", "d04_", "加强监督检查"),
    ("我们局通报里全面对照检查明确任务那块是怎么写的", "d38_", "全面对照检查"),
])
def test_a_part_retold_in_the_askers_voice_is_the_heading_notices(own_index, question, doc, said):
    from answer.ask import ask
    answer = ask(own_index, question, own_index.settings)
    assert not answer.abstained and said in answer.answer, answer.answer
    assert answer.citations[0].notice_id.startswith(doc)


@pytest.mark.parametrize(("question", "doc"), [
    ("厅里是怎么盯着整改落地的？督查方面有啥做法？", "d04_"),
    ("厅里是怎么扛牢巡视整改政治责任的？", "d04_"),
    ("局里整改督查组是怎么督查的？", "d04_"),
    ("我们局是怎么把整改任务分解下去的？有什么做法", "d35_"),
    ("我们局召开专题民主生活会是怎么对照检查的", "d38_"),
])
def test_an_own_voice_ask_is_answered_from_one_notice(own_index, question, doc):
    from answer.ask import ask
    answer = ask(own_index, question, own_index.settings)
    assert not answer.abstained, answer.answer
    assert {c.notice_id[:4] for c in answer.citations} == {doc}, answer.answer


@pytest.mark.parametrize("question", [
    "我们审计局这份报告挂网日期比会上作报告晚了几天",
    "审计局那份报告从人大会上报告到网上发布隔了多少天",
    "我们审计局的整改报告作完报告后过了多久才公布",
    "审计局这份报告会上报告完隔了几天才挂网",
    "审计局的整改报告会上作完报告以后过了几天才发布",
])
def test_a_gap_asked_of_a_shared_kind_is_the_notice_dating_both_ends(own_index, question):
    from answer.ask import ask
    answer = ask(own_index, question, own_index.settings)
    assert not answer.abstained, answer.answer
    assert answer.citations[0].notice_id[:4] in {"d16_", "d40_"}, answer.answer   # both read on a day and published on one
    assert "相隔" in answer.answer and "另有" in answer.answer, answer.answer      # worked out; the others still named


@pytest.mark.parametrize("question", [
    "我们局整改时开了几次听证会？",
    "局里整改时请了几家律师事务所？",
    "厅里为整改引进了几家外资银行？",
])
def test_what_no_notice_holds_stays_refused(own_index, question):
    from answer.ask import ask
    assert ask(own_index, question, own_index.settings).abstained


@pytest.mark.parametrize(("question", "doc", "said"), [
    ("400个问题里已完成整改多少个", "d16_", "336个"),
    ("400个问题当中立行立改的有多少", "d16_", "283个"),
    ("400个问题中已完成整改的有多少个", "d16_", "336个"),
])
def test_a_whole_restated_by_its_count_is_the_stating_notice(own_index, question, doc, said):
    from answer.ask import ask
    answer = ask(own_index, question, own_index.settings)
    assert said in answer.answer, answer.answer
    assert answer.citations[0].notice_id.startswith(doc)


@pytest.mark.parametrize(("question", "said"), [
    ("29个问题里还没彻底完成的有几个，算什么状态", "阶段性完成整改1个"),
    ("29个问题中阶段性完成的有几个", "阶段性完成整改1个"),
])
def test_a_whole_restated_by_several_notices_is_answered_by_each(own_index, question, said):
    from answer.ask import ask
    answer = ask(own_index, question, own_index.settings)
    assert not answer.abstained and said in answer.answer and "具体问题29个" in answer.answer, answer.answer
    assert {c.notice_id[:4] for c in answer.citations} == {"d08_", "tj-c"}


def test_a_count_stated_in_passing_names_no_notice():
    from answer.restated_scope import _states
    import re
    said = re.compile("问题29个")
    findings = re.compile("反馈|指出|发现|巡视|巡察|审计|督察")
    assert not _states("组织召开营商环境工作会议,解决企业反映强烈的重点问题29个。", said, findings)
    assert _states("市委巡视共指出重点问题13个;具体问题29个。", said, findings)
