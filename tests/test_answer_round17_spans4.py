"""Round 17, spans between dated steps: the notice's publication named by its being sent out (发出来) or asked beside a
span (哪天挂出来的), a stated deadline held against the page's date (早了几天), meetings named by their ordinals each dated
in its own sentence (第十四次会议到第十六次会议), a range's own length asked by its time (进驻时间有多少天), and days a
published page wrote with their 年/月 lost (2021915日). Each probed in five wordings of my own on real dev-notice text
(tests/data/notices-dev), answerable and not."""
from __future__ import annotations

import datetime as dt

import pytest

from answer.meetings import meetings_dated, ordinal_ends
from answer.shares import whole_share_note
from answer.spans import gap_note, report_gap_note
from answer.steps import (
    damaged_days,
    damaged_note,
    first_day,
    mended_days,
    published_day_note,
    read_days,
    span_asked,
)
from genre.comparisons import compared_subjects
from genre.questions import load_questions
from genre.staff_words import in_notice_words
from genre.worked import asked_steps
from retrieval.load import load_notice
from retrieval.search.scope import scope_for
from tests.conftest import ROOT
from tests.notice_text import notice_text as _text
from tests.notice_text import sentence_holding as _sentence

LICHENG = "根据区委巡察工作统一部署,2024年1月4日至2月2日,区委巡察二组对区社科联开展了巡察,并于2024年3月18日反馈了巡察意见"  # d35
PUTIAN = "2023年4月20日至5月31日,八届市委巡察四组对市司法局开展巡察,并于2024年1月4日反馈了巡察意见"   # d07
HUBEI = "2024年11月7日至12月31日,省委第三巡视组对省司法厅党委开展了巡视,并于2025年2月17日反馈了巡视意见"   # d04
HUARONG = "于2021年3月15日前报县政府督查室备案"   # d13, its page dated 2021-03-23


def test_the_probe_sentences_are_the_notices_own():
    assert LICHENG in _text("d35_") and PUTIAN in _text("d07_") and HUBEI in _text("d04_") and HUARONG in _text("d13_")


@pytest.mark.parametrize("question, lead, published, said", [
    ("鲤城区社科联收到反馈后，过了多少天才把整改情况通报发出来？", LICHENG, "2024-09-19", "相隔185天"),
    ("莆田司法局反馈意见到整改通报发出，中间隔了多长时间？", PUTIAN, "2025-02-17", "相隔410天"),
    ("莆田市司法局收到巡察反馈意见以后，隔了多长时间才把整改情况通报发出来？", PUTIAN, "2025-02-17", "相隔410天"),
    ("鲤城社科联从反馈到通报发出来隔了几天", LICHENG, "2024-09-19", "相隔185天"),
    ("反馈意见下来后多少天以后才对外发出通报？", PUTIAN, "2025-02-17", "相隔410天"),
    ("整改通报是反馈后多久挂出来的？", LICHENG, "2024-09-19", "相隔185天"),
    # sent as 发通报 (round 18, numbers5)
    ("莆田市司法局从收到反馈到发通报隔了多长时间", PUTIAN, "2025-02-17", "相隔410天"),
    ("莆田司法局反馈以后过了多少天才发的通报", PUTIAN, "2025-02-17", "相隔410天"),
    ("鲤城社科联反馈后隔了多久才发这份通报", LICHENG, "2024-09-19", "相隔185天"),
    ("从反馈意见到发整改通报，中间隔了几天？", LICHENG, "2024-09-19", "相隔185天"),
    ("收到反馈之后过了多久才发通报？", PUTIAN, "2025-02-17", "相隔410天"),
])
def test_the_notice_sent_out_is_its_publication(question, lead, published, said):
    assert any(s.name == "published" for s in asked_steps(question))
    note = gap_note(question, lead, published)
    assert said in note and "（发布）" in note and "（反馈）" in note, note


def test_sending_out_feedback_is_no_publication():
    assert not any(s.name == "published" for s in asked_steps("巡察组结束后多久发出反馈意见？"))


@pytest.mark.parametrize("question, published, day", [
    ("厦门体育局巡察组撤场后过了多少天反馈？整改通报又是哪天挂出来的？", "2020-11-16", "2020年11月16日"),
    ("鲤城区社科联巡察结束后多少天反馈的？通报是哪天发的？", "2024-09-19", "2024年9月19日"),
    ("莆田市司法局巡察结束后隔了多少天反馈？通报几月几号公布的？", "2025-02-17", "2025年2月17日"),
    ("巡察完多久反馈？整改情况几号发布的？", "2025-04-10", "2025年4月10日"),
    ("巡察完了多久才反馈？整改通报什么时候挂出来的", "2023-08-09", "2023年8月9日"),
])
def test_the_publication_day_asked_beside_a_span_is_said(question, published, day):
    assert day in published_day_note(question, published)




@pytest.mark.parametrize("question", [
    "厦门体育局巡察撤场以后过了几天反馈，整改通报又是哪一天公开的？",
    "巡察结束到反馈隔了多少天，通报几月几号挂出来的？",
    "巡察组撤离后隔了多久才反馈，整改通报哪天发布的",
    "撤场后过了多少天才反馈；通报是哪天发的？",
    "巡察结束后隔了几个月反馈，通报又是什么时候公布的？",
])
def test_a_span_beside_the_publication_day_runs_between_its_own_steps(question):
    note = gap_note(span_asked(question), _sentence(_text("d32_"), "2019年9月20日至10月26日"), "2020-11-16")
    assert "从2019年10月26日（巡察结束）到2020年4月9日（反馈）相隔166天" in note
    assert "2020年11月16日" in published_day_note(question, "2020-11-16")


@pytest.mark.parametrize("question, published", [
    ("巡察结束后多少天反馈的？", "2024-09-19"),             # no publication asked
    ("反馈以后过了多久才公布？", "2024-09-19"),             # a gap up to it: gap_note says it
    ("通报是哪天发的？", ""),                               # a page with no date
])
def test_no_publication_day_unasked_or_undated(question, published):
    assert published_day_note(question, published) == ""


@pytest.mark.parametrize("question", [
    "华容那份重点工作任务通知，要求报备的截止日比它在网上公开的日期早了几天？",
    "华容县重点工作任务通知要求的备案截止日，比通知公开的日期早几天？",
    "华容县政府重点工作任务的报备期限比公开日期提前了多少天？",
    "华容重点工作任务文件是备案截止后晚了几天才公开的？",
    "华容县要求报督查室备案的最后期限和网上公开日期差了几天？",
    "通知公开的时候，离报备截止已经过去几天了？",
])
def test_a_stated_deadline_against_the_pages_date(question):
    assert load_questions().asks_gap.search(question)
    assert "相隔8天" in gap_note(question, _sentence(_text("d13_"), HUARONG), "2021-03-23")


@pytest.mark.parametrize("question", [
    "湖北省司法厅这轮巡视进驻时间有多少天？",
    "省司法厅被省委巡视、莆田市司法局被市委巡察，进驻时间各有多少天？",
    "巡视组的进驻时间一共几天",
    "省委巡视组巡视的时间有多长？",
    "这次巡视时间总共多少天？",
])
def test_a_ranges_length_asked_by_its_time(question):
    assert load_questions().asks_gap.search(question)
    assert "首尾两天都算共55天" in gap_note(question, HUBEI)
    assert "首尾两天都算共42天" in gap_note(question, PUTIAN)


def test_a_last_deadline_asks_no_outcome():
    q = load_questions()
    assert not q.asks_result.search("华容县要求报督查室备案的最后期限和网上公开日期差了几天？")
    assert q.asks_result.search("华容县政府重点工作任务最后完成了多少？")


def test_a_time_asked_of_no_step_asks_no_gap():
    q = load_questions()
    assert not q.asks_gap.search("整改时间节点是什么？") and not q.asks_gap.search("巡视反馈的时间是哪天？")


CIXI_Q = [
    "慈溪人大常委会第十四次会议到审计局长作整改报告的第十六次会议，中间隔了多少天？",
    "慈溪市人大常委会第十四次会议和第十六次会议之间相隔几天？",
    "从慈溪第十四次人大常委会会议到第十六次会议，过了多长时间？",
    "慈溪十七届人大常委会第十六次会议比第十四次会议晚了多少天？",
    "第14次会议到第16次会议隔了多少天",
]


@pytest.mark.parametrize("question", CIXI_Q)
def test_meetings_named_by_ordinals_are_each_dated(question):
    text = _text("d17_")
    ends = ordinal_ends(question, text)
    # ordinals in digits (第14次) name the meeting the notice writes in Chinese numerals (第十四次): read by their number
    # since round 31 (answer/meetings.py ordinal_value)
    quoted = "".join(text[a:b] for a, b in ends)
    assert [text[a:b][:len(d)] for (a, b), d in zip(ends, ("2018年7月30日", "2018年11月22日"))] == ["2018年7月30日", "2018年11月22日"]
    assert "相隔115天" in gap_note(question, quoted)


@pytest.mark.parametrize("question", [
    "广东省人大常委会第四十一次会议到第四十五次会议隔了多少天？",
    "广东审计厅在第四十一次会议报告，到第四十五次会议再报告整改，中间隔了多久？",
    "第四十五次会议比第四十一次会议晚了几天",
    "从第四十一次常委会会议到第四十五次常委会会议一共多少天",
    "省人大常委会第四十一次和第四十五次会议相隔多长时间",
    "广东省审计厅厅长在第四十五次会议上作报告，距第四十一次会议有多少天？",
])
def test_a_reports_this_year_dates_its_meeting(question):
    text = _text("d40_")
    delivered = first_day(text[:400])
    ends = ordinal_ends(question, text, delivered)
    quoted = read_days("".join(text[a:b] for a, b in ends), delivered)
    assert delivered == "2022年7月27日" and len(ends) == 2
    assert "从2022年3月29日到2022年7月27日相隔120天" in gap_note(question, quoted)


def test_a_gap_between_meetings_is_the_bodys_not_the_byline():
    """A reporter named beside the meetings (审计局长作整改报告的第十六次会议) asks no byline: both meetings' clauses."""
    text = _text("d17_")
    ends = meetings_dated(CIXI_Q[0], text)
    assert [text[a:b] for a, b in ends] == ["2018年7月30日市十七届人大常委会第十四次会议后",
                                            "2018年11月22日在慈溪市十七届人大常委会第十六次会议上"]


def test_no_ends_for_one_ordinal_or_an_undated_meeting():
    text = _text("d40_")
    assert ordinal_ends("第四十一次会议后过了多久？", text, "2022年7月27日") == []
    assert ordinal_ends("第三十三次会议到第四十五次会议隔了多少天？", text, "2022年7月27日") == []   # 2021年7月: no day
    assert ordinal_ends("第四十一次会议是哪天开的？第四十五次呢？", text, "2022年7月27日") == []        # no gap asked


RUIJIN_HEARD = "2021915日,市人大常委会听取和审议了审计局受市政府委托所作的"   # d01: 年/月 lost in the page


@pytest.mark.parametrize("question", [
    "瑞金市人大常委会听取2020年度审计工作报告，到审计局长去汇报整改情况，前后相隔几天？",
    "瑞金人大常委会听取审计工作报告那天到作整改报告那天，中间隔了多少天？",
    "瑞金审计局作这份整改报告，距离人大常委会审议审计工作报告过了多久？",
    "人大常委会审议审计工作报告以后隔了多长时间才作这次整改报告",
    "听取审计工作报告到作本次报告，过了几个月",
])
def test_days_with_year_and_month_lost_are_read_once(question):
    text = _text("d01_")
    assert RUIJIN_HEARD in text
    delivered = first_day(text[:600])
    assert delivered == "2021年12月28日"
    note = report_gap_note(question, mended_days(RUIJIN_HEARD), delivered, "")
    assert "从2021年9月15日到2021年12月28日相隔104天" in note


def test_damaged_days_read_only_when_one_day_fits():
    assert damaged_days("2021915日") == [("2021915日", dt.date(2021, 9, 15))]
    assert damaged_days("20211228日") == [("20211228日", dt.date(2021, 12, 28))]
    assert damaged_days("2021111日") == []                  # 1月11日 or 11月1日: unread
    assert damaged_days("共计20211228日元") and damaged_days("编号120211228日") == []   # a longer run is no day
    assert mended_days("2021年9月15日") == "2021年9月15日"   # a whole day untouched
    assert damaged_note(RUIJIN_HEARD) == "（原文“2021915日”缺“年”“月”字，即2021年9月15日。）"
    assert damaged_note("2021年9月15日,市人大常委会听取") == ""


RUIJIN_PART = "财政部门(含自然资源局)预算执行问题6项,涉及金额237054.47 万元,部分整改4项,已整改2项,整改资金201783.20万元"   # d01
GUANGZHOU = "《审计工作报告》反映的400个问题,已完成整改336个,其中要求立行立改的283个问题已全"   # d16 (its page cut there)


@pytest.mark.parametrize("question", [
    "咱们瑞金审计整改报告里，财政部门（含自然资源局）那块涉及的金额，占全部问题资金的比重大概多少？",
    "瑞金审计报告里财政部门预算执行问题涉及的金额在全部问题资金里占多大比重？",
    "瑞金市财政部门(含自然资源局)预算执行问题的涉及金额占问题资金总额的比例是多少？",
    "瑞金那份整改报告，财政预算执行这块的金额占全部问题资金几成？",
    "瑞金审计查出的问题资金中，财政部门预算执行问题涉及金额的占比有多少",
])
def test_a_share_of_a_whole_stated_in_another_sentence(question):
    text = _text("d01_")
    assert RUIJIN_PART in text and "问题资金251023.54万元" in text
    tenths = "，约九成四" if "几成" in question else ""   # 几成 asked: said in tenths too (round 72, worked.toml [share_said])
    assert whole_share_note(question, text, RUIJIN_PART) == f"（按通报数字推算：涉及金额237054.47万元/问题资金251023.54万元，约占94.4%{tenths}。）"


@pytest.mark.parametrize("question", [
    "广州审计整改报告里，立行立改的问题占审计工作报告反映问题的比重是多少？",
    "广州2024年度审计整改，要求立行立改的问题在反映的全部问题中占多大比重？",
    "广州市审计查出的400个问题中，立行立改的占比多少？",
    "广州立行立改的那些问题占《审计工作报告》反映问题的几成？",
    "广州审计报告反映的问题里，立行立改的问题占百分之几？",
])
def test_a_share_of_a_counted_whole(question):
    text = _text("d16_")
    assert GUANGZHOU in text
    assert "要求立行立改的283个/《审计工作报告》反映的400个，占70.75%" in whole_share_note(question, text, GUANGZHOU)


@pytest.mark.parametrize("question, quoted", [
    ("财政部门涉及的金额是多少？", RUIJIN_PART),                        # no share asked
    ("涉及金额占全部问题资金的比重多少？", "涉及金额占全部问题资金的94.4%"),   # stated: quoted, not worked out
    ("追缴的罚款占全部问题资金的比重？", "共提出审计建议12条"),             # no figure named so quoted
    ("瑞金审计查出的问题资金里，没整改到位的还有多少？占问题资金的几成？", "问题资金251023.54万元,未整改资金35435.70万元"),
    ("广州审计查出的问题里没完成整改的占多大比例？", GUANGZHOU),           # not done: the rest of a total (worked.py)
    ("已完成整改的占全部问题的比重是多少", GUANGZHOU),                     # a completion rate (worked.py)
])
def test_no_share_unasked_stated_or_unnamed(question, quoted):
    assert whole_share_note(question, _text("d01_"), quoted) == ""


@pytest.mark.parametrize("question, one, two", [
    ("庆阳文联的反馈问题，腐败和作风那块跟基层党建那块差了几个？", "腐败和作风那块", "基层党组织建设那块"),
    ("庆阳文联腐败和作风那块比基层党建那块多几个问题？", "腐败和作风那块", "基层党组织建设那块"),
    ("庆阳文联巡察反馈里，群众身边腐败和不正之风方面和基层党组织建设方面相差多少个问题？", "群众身边腐败和不正之风方面",
     "基层党组织建设方面"),
    ("庆阳文联这轮巡察，决策部署落实那块和腐败作风那块一共多少个问题？", "决策部署落实那块", "腐败作风那块"),
    ("厦门体育局巡察整改领导小组会议这块跟党组会议这块差了几次？", "巡察整改领导小组会议这块", "党组会议这块"),
    ("厦门体育局开会的情况，党组会议那部分与整改领导小组会议那部分相差多少次？", "党组会议那部分", "整改领导小组会议那部分"),
])
def test_two_parts_compared_are_parted_at_the_join_between_their_markers(question, one, two):
    subjects = compared_subjects(in_notice_words(question))
    assert subjects is not None and subjects[0].endswith(one) and subjects[1] == two


def test_each_part_named_in_staffs_short_words_finds_its_heading():
    """基层党建 is 基层党组织建设 (staff_words): its heading, not another part that only shares 基层."""
    text = _text("d31_")
    heads = [h for h in ("(二)聚焦群众身边腐败问题和不正之风以及群众反映强烈的突出问题方面(11个问题)",
                         "(三)聚焦基层党组织建设方面(5个问题)", "(一)聚焦党中央和省市委各项决策部署在基层落实情况方面(7个问题)")]
    assert all(h in text for h in heads)
    one, two = compared_subjects(in_notice_words("腐败和作风那块跟基层党建那块差了几个？"))
    pieces = [{s[i:i + 2] for i in range(len(s) - 1)} for s in (one, two)]
    own = [pieces[0] - pieces[1], pieces[1] - pieces[0]]
    best = [max(heads, key=lambda h: len(o & {h[i:i + 2] for i in range(len(h) - 1)})) for o in own]
    assert best == heads[:2]


@pytest.fixture(scope="module")
def dev_notices():
    """The notices of the dev split (the seeds of corpus/ and the dev notices of tests/data/notices-dev)."""
    dev = ROOT / "tests" / "data" / "notices-dev"
    names = [ln.split("\t")[0] for ln in (dev / "SPLIT.tsv").read_text(encoding="utf-8").splitlines()
             if ln.endswith("\tdev")]
    return [load_notice(dev / n if (dev / n).exists() else ROOT / "corpus" / n) for n in names]


@pytest.mark.parametrize("question, other", [
    ("省司法厅被省委巡视、莆田市司法局被市委巡察，进驻时间各有多少天？", "d07_"),
    ("省司法厅和莆田市司法局分别是哪天收到反馈的？", "d07_"),
    ("莆田市司法局跟省司法厅，巡察巡视各持续了几天？", "d07_"),
    ("省里的司法厅和芦淞区司法局各自被巡了多久？", "d08_"),
    ("省司法厅与绵阳市司法局的整改通报分别什么时候发布的？", "d05_"),
])
def test_each_agency_compared_keeps_its_own_level(question, other, dev_notices):
    """省司法厅 beside a city's 司法局: the provincial department is its own entity, not every 司法局 notice."""
    groups = scope_for(question, dev_notices).groups
    assert sorted(g[0][:4] for g in groups) == sorted(["d04_", other]) and all(len(g) == 1 for g in groups)
