"""Round 131 (session 25, fresh70): plain one- and two-ask questions.

- A report's 今年 is said with the report's whole day (按报告所作日期2022年7月27日), not its year alone
  (answer/meta.py year_meant_note).
- 一 before a measure that is no count (是合在一起开的吧: 一起 the adverb) states no figure to check, even inside a claim
  frame: the question is answered as asked (genre/checked.py stated_claims, figures.toml [numerals] one_word).
- A gap stated as a bound and hedged (隔了不到半年吧, 不足两个月): a claim held against the worked-out gap, asked as
  多少天; half a year and years in Chinese numerals are spans, a year in digits never (figures.toml [checked_span]).
- Who does a measure asked (谁负责定期自查) of a sentence naming the doers as the subjects of its acts (局机关、局属单位
  定期自查自检) is answered, not refused for no 负责 written (answer/member_detail.py actor_written).
- A finding named, then pointed back at after a comma (中心组学习次数不够，这一条整改到哪一步了) is the finding asked,
  the asker's lead-in (被指出) left out; a bare pointer (这一) names none; 整改完成率 asks a rate, no finding's progress
  (questions.toml [asks_about_problem] status, positional).
- A clause of when (落实第一议题时) ends a qualifier: 时 joins no noun phrase (answer/qualified.py, claims.toml time_words).
- The partners of 结合 asked with their count (跟哪两项工作结合起来一起抓) ask as 哪些 does ([asks_combined] which).
- What an inspection found, named with 的 (我们揭阳市公安局被巡察指出的第二大类问题), is the subject asked, no preface telling
  the asker's situation (asking.toml [preface] describes).
- A status short of done asked as a share (只做到阶段性完成的占多大比例) is that status's count over the total, not the
  completion rate (answer/status_share.py); 多大/多高 ask as 多少 does, so such an ask stands as one of several.
- 目录里 names where the asker looked: the part named there is asked, not the outline (structure_questions.toml [outline]).
- A completion rate asked of a notice counting no items done of a total (24人, 45项 count other things) is unstated, the
  other asks answered (answer/unstated_ask.py count_unwritten).
- The inspecting body asked by its group alone (来巡察的是区委哪个组) names no agency of the notice (questions.toml
  [inspector]).
"""
from __future__ import annotations

from answer.asks import ask_clauses
from answer.member_detail import actor_written, measure_detail_unstated
from answer.meta import year_meant_note
from answer.qualified import qualified_pairs
from answer.status_share import status_share_note
from answer.unstated_ask import count_unwritten
from answer.verify import neutral_question, span_note
from genre.asking import split_preface
from genre.checked import stated_claims
from genre.checked_span import span_claims
from genre.item_asks import status_problem
from genre.questions import load_questions
from genre.structure_questions import load_structure_questions
from tests.conftest import dev_text, sentence_holding


def test_this_year_note_gives_the_report_day():
    text = dev_text("d40")
    quoted = sentence_holding(text, "第四十一次会议报告了")
    note = year_meant_note(quoted, "2022年7月27日", "")
    assert "2022年" in note and "2022年7月27日" in note


def test_together_is_no_claimed_count():
    q = "省司法厅的年度民主生活会和巡视整改专题会是合在一起开的吧？巡视组在厅里一共待了多少天？"
    assert stated_claims(q) == ()
    assert "多少起" not in (neutral_question(q) or q)
    assert [c.text for c in stated_claims("听说查处了一起违纪案件，对不对")] == ["一起"]
    assert [c.text for c in stated_claims("听说处理了一人，对不对")] == ["一人"]


def test_gap_bound_hedged_is_checked_against_the_dates():
    q = "我们区科协巡察结束到收到反馈，隔了不到半年吧？"
    [claim] = span_claims(q)
    assert claim.text == "不到半年" and claim.low == 0 and 150 < claim.high < 200
    assert "多少天" in neutral_question(q)
    lead = sentence_holding(dev_text("d29"), "2025年1月21日反馈")
    note = span_note(q, lead)
    assert "不符" in note and "301天" in note
    assert span_claims("2024年巡察了几天？") == () and span_claims("三年行动计划有几项") == ()


def test_doers_named_as_subjects_answer_who_does_it():
    text = dev_text("d11")
    sentence = sentence_holding(text, "定期自查自检")
    q = "嘉兴文广旅局建立的自查督查报告机制里，谁负责定期自查？谁负责定期督导检查？"
    assert actor_written(q, sentence)
    a = text.index(sentence)
    assert measure_detail_unstated(q, text, a, a + len(sentence)) is None
    assert not actor_written("谁负责上墙公示？", sentence)


def test_doer_unnamed_still_refused():
    text = dev_text("d37")
    sentence = sentence_holding(text, "进行专题解读")
    a = text.index(sentence)
    assert measure_detail_unstated("专题解读是哪个部门负责的？", text, a, a + len(sentence)) is not None


def test_finding_pointed_back_at_after_a_comma():
    assert status_problem("我们芦淞区司法局被指出中心组学习次数不够，这一条现在整改到哪一步了？") == "中心组学习次数不够"
    assert status_problem("这一条现在整改到哪一步了？") == ""
    assert status_problem("截至2025年11月底，广州审计报告反映的那批问题，整改完成率算下来是多少？") == ""
    assert status_problem("公车私用那个问题改完了没有？") == "公车私用"


def test_clause_of_when_is_no_qualifier():
    assert qualified_pairs("落实第一议题时中心组和支部各学了几次？", ()) == []
    assert qualified_pairs("燕园那些闲置资产后来盘活了吗？租出去收了多少租金？", ()) == [("燕园", "资产", "燕园闲置资产")]


def test_partners_asked_with_their_count():
    which = load_questions().asks_combined_which
    assert which.search("是跟哪两项工作结合起来一起抓的？") and which.search("跟哪些工作结合")


def test_findings_named_with_de_are_no_preface():
    assert split_preface("我们揭阳市公安局被巡察指出的第二大类问题，分成了几小条，各是什么？") is None
    assert split_preface("我们局也被巡察了，反馈了多少问题？") is not None


def test_share_of_a_status_short_of_done():
    sentence = sentence_holding(dev_text("d08"), "阶段性完成整改1个")
    q = "本单位（芦淞区司法局）印发的整改方案全称是什么？29个反馈问题里只做到阶段性完成的占多大比例？"
    note = status_share_note(ask_clauses(q)[-1], sentence)
    assert "1/共29" in note and "3.4%" in note
    assert len(ask_clauses(q)) == 2
    assert status_share_note("已完成整改的占多大比例？", sentence) == ""


def test_table_of_contents_named_as_a_place():
    outline = load_structure_questions().outline
    assert not outline.search("庆阳文联通报目录里，群众身边的腐败和不正之风那一类一共几个问题？")
    assert outline.search("庆阳文联通报的目录是什么？")


def test_completion_rate_of_a_notice_counting_nothing_done():
    assert count_unwritten("嘉兴文广旅局巡察反馈问题的整改完成率是多少？", dev_text("d11"))
    assert not count_unwritten("芦淞区司法局整改完成率是多少？", dev_text("d08"))


def test_inspector_asked_by_its_group_names_no_notice():
    from retrieval.search.named import named_in
    assert named_in("区科协整改期间新建和完善了多少项规章制度？来巡察的是区委哪个组？").agency_names == ("科协",)
