"""Round 109: a worked figure asked beside other asks (中间拖了多少天 after 哪天反馈的; 大概整改到什么时候 after 搞了多长
时间) is worked out from the two quoted figures; no worked figure is added when none is asked."""
from answer.period_end import period_end_note
from answer.step_gaps import asked_day_gap_note
from genre.questions import load_questions

# real lines of dev notices (d29 区科协, d10 惠济区审批局)
KEXIE = "根据区委巡察工作统一部署,2024年2月20日至3月26日,区委巡察二组对区科学技术协会(以下简称区科协)开展了巡察,并于2025年1月21日反馈了巡察意见。"
HUIJI = ("按照区委统一部署,2024年3月5日至4月18日,区委第一巡察组对区行政审批和政务信息管理局党组开展了为期45天的政治巡察。"
         "2024年5月16日,区委第一巡察组向我局反馈了巡察意见,经过3个月集中整改和《郑州市委巡察整改情况公开办法》有关规定,现将巡察整改情况予以公布:")


def test_tuo_after_zhongjian_asks_the_gap():
    asks = load_questions().asks_gap
    assert asks.search("中间拖了多少天？")
    assert asks.search("之间拖了几个月")
    assert not asks.search("整改拖了多久")   # one act alone names no two steps


def test_gap_worked_beside_the_day_asked():
    note = asked_day_gap_note("区科协是2024年2月被巡的吧？哪天反馈的？中间拖了多少天？", KEXIE, "", "")
    assert "2024年3月26日" in note and "2025年1月21日" in note and "301天" in note


def test_period_end_from_the_day_before_the_length():
    note = period_end_note("惠济审批局拿到反馈后集中整改搞了多长时间，大概整改到什么时候", HUIJI)
    assert "2024年5月16日" in note and "3个月" in note and "2024年8月中旬" in note


def test_no_end_worked_when_none_asked():
    assert period_end_note("惠济审批局集中整改搞了几个月？", HUIJI) == ""
    assert period_end_note("大概整改到什么时候", "经过3个月集中整改和有关规定") == ""   # no day dated before it
