"""Answer behaviours found by the fresh13 questions (written blind as a held-out batch, measured once, then
fixed from), on sentences of real notices of other agencies (no index)."""
from __future__ import annotations

from answer.outcomes import findings_only
from answer.unstated import joint_figure
from answer.worked import remaining_note
from tests.conftest import dev_text

FINDINGS = ["一、巡察发现的问题 > (一)…"]   # d20 publishes the findings only, under this heading


def test_what_an_inspection_pointed_out_is_asked_of_its_findings_not_refused_as_unreported_measures():
    text = dev_text("d20_")
    assert "主动服务市委“1135”工作思路" in text and "一、巡察发现的问题" in text
    asked = "巡察组指出市公安局党委在服务全市大局上没跟上哪个工作思路？"
    assert not findings_only(asked, FINDINGS, ["一、巡察发现的问题"])   # 部署/服务 there are no measures asked
    assert findings_only("针对巡察指出的问题，市公安局党委采取了哪些整改措施？", FINDINGS, ["一、巡察发现的问题"])


def test_what_is_left_is_worked_out_from_the_total_the_quoted_sentence_states():
    sentence = next(s for s in dev_text("d16_").split("。") if "已完成整改336个" in s)
    assert remaining_note("广州那400个审计问题还有多少个没整改完？", "已完成整改336个") == ""   # the lead's clause alone
    assert "尚余64个" in remaining_note("广州那400个审计问题还有多少个没整改完？", sentence)


def test_one_kind_of_a_figure_given_for_several_kinds_together_is_not_stated():
    sentence = next(s for s in dev_text("d11_").split("。") if "谈话提醒24人" in s)
    assert joint_figure("嘉兴文广旅局光是批评教育的有多少人？", [sentence]) == "批评教育"
    assert joint_figure("嘉兴文广旅局责令检查、批评教育、谈话提醒一共多少人？", [sentence]) == ""   # the joint figure asked


def test_a_count_said_with_a_bare_classifier_counts_the_list_of_the_thing_named_before():
    from answer.listed import listed_members
    text = dev_text("d25_")   # 领导小组下设综合组、整改督察组、选人用人专项整改组、意识形态专项整改组
    a, b, n = listed_members(text, [(0, len(text))], "遂宁科技局整改分设的工作组都叫什么，一共有几个？")
    assert n == 4 and text[a:b].startswith("综合组")
    assert listed_members(text, [(0, len(text))], "遂宁科技局整改制定的制度有几个？") is None   # no list of 制度
