"""Answer behaviours found by the fresh8 questions (written before the system ran on them), on sentences
of real notices of other agencies (no index)."""
from __future__ import annotations


from answer.lead import lead_spans
from answer.counted_asked import count_alike
from answer.worked import gap_note
from genre.questions import load_questions
from genre.staff_words import in_notice_words
from tests.conftest import ROOT, dev_text, sentence_holding

DEV = ROOT / "tests" / "data" / "notices-dev"




def test_a_long_gap_is_said_in_days_too():
    # staff asking "多少天" get the days even when the gap is months long (d07: 反馈 2024-01-04, published 2025-02-17)
    putian = sentence_holding(dev_text("d07_"), "2024年1月4日反馈")
    got = gap_note("莆田司法局从拿到巡察反馈到把整改情况挂网公布，中间隔了多久？", putian, "2025-02-17")
    assert "410天" in got and "13个半月" in got


def test_staff_ask_how_long_the_group_stayed_and_the_whole_stretch():
    jieyang = sentence_holding(dev_text("d20_"), "2025年6月5日至2025年8月8日")
    assert "65天" in gap_note("揭阳公安这次被巡察，巡察组在局里前后待了多少天？", jieyang)   # both ends counted
    jiaxing = "2025年3月18日至6月6日,市委第三巡察组进行了巡察。2025年7月31日,市委第三巡察组反馈了巡察意见。"   # d11
    assert "135天" in gap_note("嘉兴文广旅局从巡察开始到反馈意见，前后多少天？", jiaxing)
    assert gap_note("嘉兴文广旅局巡察整改前后有什么变化？", jiaxing) == ""   # 前后 without a length asked


def test_how_far_an_item_has_got_is_a_status_question():
    progress = load_questions().asks_progress
    assert progress.search("这个问题现在整改到什么程度？") and progress.search("改到哪一步了？")
    assert not progress.search("整改措施有哪些？")


def test_district_and_county_governments_are_read_as_notices_write_them():
    ningbo = dev_text("d02_")
    asked = in_notice_words("宁波各区县政府在审计整改里负什么责？")
    assert "区(县、市)政府" in asked and "区(县、市)政府" in ningbo
    assert in_notice_words("各区县卫生健康局") == "各区县卫生健康局"   # d22 writes the addressees as staff say them


def test_a_count_of_things_is_not_answered_by_a_count_of_occurrences():
    hubei = sentence_holding(dev_text("d04_"), "10余次")   # 先后召开10余次党委会、领导小组会…
    assert not count_alike(["家"]).search(hubei)
    assert count_alike(["次"]).search(hubei) and count_alike(["条"]).search("制定了120项整改措施")
    a = dev_text("d04_").index(hubei)
    tokens = {"督查": 1.0, "重点": 1.0, "责任": 1.0, "单位": 1.0}
    assert lead_spans(dev_text("d04_"), [(a, a + len(hubei))], "督查组一共督查了几家重点责任单位？", tokens, ["家"]) is None


def test_a_rate_of_something_else_does_not_answer_the_rate_asked():
    from answer.indicators import other_rate
    zhejiang = sentence_holding(dev_text("d23_"), "重大慢病过早死亡率")   # 健康浙江发展指数达85,…重大慢病过早死亡率降至9.3%,…
    assert other_rate("浙江2023年卫健要点里婴儿死亡率要控制在多少？", [zhejiang]) == "婴儿死亡率"
    assert other_rate("浙江2023年重大慢性病早死率要控制到多少？", [zhejiang]) == ""   # paraphrased, same rate
    assert other_rate("家庭医生签约覆盖率目标定多少？", [zhejiang]) == ""
    assert other_rate("浙江卫健委要把居民电子档案的开放率做到多少？", [zhejiang]) == ""   # nothing named before 的
