"""Round 14, task "dates": spans, metadata asked in staff words and rates compared with a named share, probed on dev
notices with wordings of our own (other notices and other words than the eval questions)."""
from __future__ import annotations

from answer.lead import wanted
from answer.spans import gap_note, span_said
from genre.questions import load_questions
from genre.worked import asked_steps, named_share, question_parts
from tests.conftest import dev_text, sentence_holding


def opening(prefix: str) -> str:
    """A dev notice's opening sentences: the dated range of the round and the day of its feedback."""
    text = dev_text(prefix)
    start = text.index(sentence_holding(text, "至"))
    return text[start:text.index("反馈了", start) + 12]


def test_the_ends_of_a_span_follow_the_steps_the_question_names():
    lizhou = opening("d37_")   # 2024年10月16日至11月15日,…进行了联动巡察。2025年1月3日,…反馈了巡察意见
    assert "从2024年10月16日（巡察开始）到2025年1月3日（反馈）相隔79天" in \
        gap_note("利州法院那次联动巡察，巡察组进驻到反馈隔了几天？", lizhou)
    assert "从2024年11月15日（巡察结束）到2025年1月3日（反馈）相隔49天" in \
        gap_note("利州法院巡察组撤场以后多少天才反馈？", lizhou)
    assert "首尾两天都算共31天（两日相隔30天）" in gap_note("利州法院被巡察了多长时间？", lizhou)
    hubei = opening("d04_")   # 2024年11月7日至12月31日,省委第三巡视组…开展了巡视,并于2025年2月17日反馈了巡视意见
    assert "（巡视结束）到2025年2月17日（反馈）相隔48天" in gap_note("湖北司法厅巡视完了过了多长时间才拿到反馈？", hubei)
    assert "首尾两天都算共55天（两日相隔54天）" in gap_note("省委巡视组从进驻到撤离一共多少天？", hubei)   # both readings said


def test_several_spans_asked_at_once_are_each_said():
    guangyuan = opening("d14_")   # 2024年8月27日至11月22日,…进行了巡视。2024年12月27日,…反馈了巡视意见
    said = span_said("省委巡视组在广元待了多久？走了以后隔了几天才反馈？", guangyuan)
    assert len(said) == 2 and "共88天" in said[0] and "相隔35天" in said[1]
    assert question_parts("待了多久；走了以后隔了几天才反馈") == ["待了多久", "走了以后隔了几天才反馈"]


def test_a_gap_of_months_is_said_as_staff_count_months_and_days_stay_exact():
    xiangtan = opening("d28_")   # 2023年10月11日至12月1日…。2024年1月17日…反馈了巡察意见
    got = gap_note("湘潭妇联从巡察开始到拿到反馈意见过了多长时间？", xiangtan)
    assert "相隔98天（3个多月）" in got
    guilin = opening("d29_")   # 2024年2月20日至3月26日…并于2025年1月21日反馈了巡察意见
    assert "相隔301天（近10个月）" in gap_note("区科协巡察结束到反馈隔了几个月？", guilin)


def test_staff_words_for_the_steps_and_the_gap_are_read():
    q = load_questions()
    assert q.asks_gap.search("巡察结束后，过了多长时间才收到反馈意见？") and q.asks_date.search("过了多长时间才收到反馈")
    assert [s.name for s in asked_steps("巡察组进场那天到反馈那天隔了多少天？")] == ["start", "feedback"]
    assert [s.name for s in asked_steps("从拿到反馈到挂网公布隔了多久？")] == ["feedback", "published"]
    assert asked_steps("前后持续了多久？") == []
    assert wanted("利州法院巡察组撤场以后多少天才反馈？") == (0, 2)


def test_a_rate_is_held_against_the_share_staff_name():
    assert named_share("完成整改的是不是已经超过八成了？") == (0.8, "八成")
    assert named_share("整改完成的有没有过半数？") == (0.5, "半数")
    assert named_share("完成率达到90%以上了吗？") == (0.9, "90%")
    assert named_share("整改了几成？") is None and named_share("八成的问题是什么？") is None


def test_the_rate_asked_is_the_one_of_the_ask_that_names_a_share():
    from answer.worked import rate_note
    ningbo_like = "反映的120个问题,已完成整改90个"   # a totals statement as audit reports write it
    assert "完成率约75.0%" in rate_note("还有几个没改完？改完的占多少比例？", ningbo_like)   # the share asked is of the done
    assert "未完成30/共120" in rate_note("没完成整改的占多大比例？", ningbo_like)
    assert "完成率约75.0%，不到八成" in rate_note("整改完成的超过八成了吗？", ningbo_like)
    assert "完成率约75.0%，超过三分之二" in rate_note("整改完成的有没有达到三分之二？", ningbo_like)
    guangzhou = sentence_holding(dev_text("d16_"), "已完成整改336个")
    assert "，超过一半" in rate_note("广州审计问题改完的过了一半没有？", guangzhou)
    assert wanted("广州审计问题改完的过了一半没有？") == (1, 0)   # the rate held against the share is asked
