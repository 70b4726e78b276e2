"""Answer behaviours found by the fresh4 questions (written before the system ran on them), on sentences
of real notices of other agencies (no index)."""
from __future__ import annotations


from answer.lead import lead_spans
from answer.outcomes import framing_only, frames_only
from answer.unwritten_asks import unreported_action
from retrieval.load import load_notice
from tests.conftest import ROOT, dev_text, sentence_holding

DEV = ROOT / "tests" / "data" / "notices-dev"




def test_a_sentence_ending_in_framing_still_answers_what_its_other_clauses_state():
    ruijin = sentence_holding(dev_text("d01_"), "记大过处分")   # …对1人予以记大过处分,…,现将整改具体情况报告如下:
    assert not frames_only("瑞金这次审计整改有没有人挨处分？", ruijin)
    huiji = sentence_holding(dev_text("d10_"), "集中整改")      # …反馈了巡察意见,经过3个月集中整改和…,现将巡察整改情况予以公布
    assert not framing_only("惠济区审批局集中整改花了多长时间？", [huiji])
    police = dev_text("d19_")   # the opening alone still answers nothing but the inspection itself
    opening = [sentence_holding(police, "市委第一巡察组对市公安局党委进行了巡察"), sentence_holding(police, "反馈了巡察意见")]
    assert framing_only("深圳市公安局党委巡察发现了哪些问题？", opening)


def test_an_accountability_action_a_notice_never_names_was_not_reported():
    court = dev_text("d38_")   # 中山市第一人民法院: no 移送 anywhere
    assert unreported_action("中山一院巡察整改中有没有干警被移送司法机关？", [court]) == "移送"
    ruijin = dev_text("d01_")   # 对1人予以记大过处分
    assert unreported_action("瑞金这次审计整改有没有人挨处分？", [ruijin]) == ""
    assert unreported_action("瑞金有没有把问题线索移送纪检监察机关？", [ruijin]) == "移送"
    assert unreported_action("瑞金整改了多少项问题？", [ruijin]) == ""   # no action asked


def test_people_are_counted_only_in_people():
    text = ("在巡察整改工作过程中,围绕完善财务管理、机关党建等方面,制定和完善相关制度13个,"
            "不断增强对权力运行的监督制约。")   # d25, 遂宁市科技局: no count of people
    span = [(0, len(text))]
    assert lead_spans(text, span, "巡察整改中处理了几名干部？", {"处理": 1.0, "干部": 1.0}, ["名"]) is None
    jiaxing = "对违规违纪的,给予责令检查、批评教育、谈话提醒24人,建立完善制度45项。"   # d11
    got = lead_spans(jiaxing, [(0, len(jiaxing))], "处理了几名干部？", {"处理": 1.0}, ["名"])
    assert "24人" in jiaxing[got[0][0]:got[0][1]]


def test_a_police_bureau_is_named_by_its_place_and_gongan_alone():
    from retrieval.search.named import match_strength, named_in
    from retrieval.search.profile import notice_profile
    named = named_in("揭阳公安被巡察，巡察组是从哪天巡到哪天？")
    assert "公安" in named.agency_names
    police = notice_profile(load_notice(next(DEV.glob("d20_*.txt"))))   # 市公安局党委
    court = notice_profile(load_notice(next(DEV.glob("d38_*.txt"))))
    assert (match_strength(named, police) or 0) > (match_strength(named, court) or 0)


def test_how_many_aspects_is_a_count_when_the_notice_states_one():
    from retrieval.parse import parse_sections
    from retrieval.search.structure import ASKED, _lookup
    q = "朔州科技局巡察反馈的问题有几个方面、多少个？"
    text = dev_text("d26_")   # 党组紧紧围绕巡察反馈的4个方面33个问题
    assert ASKED.counted_parts.search(q) and ASKED.parts_stated.search(text)
    secs = parse_sections(text)
    assert _lookup(secs, q, outline=False) == [] and _lookup(secs, q)   # the outline only when no count is stated
    assert not ASKED.counted_parts.search("朔州科技局的问题分成哪几个方面？")   # which, not how many


def test_a_session_named_by_another_act_or_day_is_not_the_one_the_report_was_read_at():
    from answer.metadata import other_session, report_lines
    text = dev_text("d40_")   # read on 2022年7月27日 at the 45th session; 今年3月29日 an earlier report to the 41st
    subtitle = "".join(text[a:b] for a, b in report_lines(text))
    assert "第四十五次" in subtitle
    assert other_session("广东今年3月29日那次是向省人大常委会第几次会议报告的整改情况？", subtitle)
    assert other_session("广东2020年度审计工作报告的审议意见是哪次会议提的？", subtitle)
    assert not other_session("广东那份审计整改报告是在省人大常委会第几次会议上作的？", subtitle)
    assert not other_session("广东的整改报告是7月27日在第几次会议上作的？", subtitle)


def test_a_list_that_names_the_counted_things_answers_how_many_and_which():
    from answer.listed import listed_members
    text = dev_text("d25_")   # 领导小组下设综合组、整改督察组、选人用人专项整改组、意识形态专项整改组,…
    s = sentence_holding(text, "领导小组下设")
    a0 = text.index(s)
    a, b, n = listed_members(text, [(a0, a0 + len(s))], "遂宁科技局整改领导小组底下分了几个组？都叫啥？")
    assert n == 4 and text[a:b].startswith("综合组") and text[a:b].endswith("意识形态专项整改组")
    # a count asked alone is answered by the list too when no clause states it (task fresh12: 下面设了几个组)
    assert listed_members(text, [(a0, a0 + len(s))], "遂宁科技局整改领导小组底下分了几个组？")[2] == 4
    assert listed_members(text, [(a0, a0 + len(s))], "遂宁科技局定了几项制度？都是啥？") is None   # not what is listed


def test_xuncha_and_xunshi_cover_each_other():
    from answer.measures import coverage
    opening = sentence_holding(dev_text("d04_"), "省委第三巡视组对省司法厅党委开展了巡视")   # a provincial 巡视
    assert coverage({"巡察": 1.0}, opening) == 1.0
    assert coverage({"巡察组": 1.0}, "市委第五巡察组对市司法局党组开展了巡察") == 1.0
    assert coverage({"台账": 1.0}, opening) == 0.0


def test_a_quoted_slogan_with_its_figure_blanked_asks_that_figure():
    text = "健全审计整改长效机制,打通审计监督“最后100米”。"   # d16, 广州
    got = lead_spans(text, [(0, len(text))], "广州审计整改报告说要打通审计监督的“最后多少米”？", {"打通": 1.0}, ["米"])
    assert got and "100米" in text[got[0][0]:got[0][1]]
    plan = "迭代升级“16819”健康行动,加快打造全市域健康共同体。"   # d22: a programme's name is no count
    assert lead_spans(plan, [(0, len(plan))], "湖州卫健要升级的健康行动有多少项？", {"健康": 1.0}, ["项"]) is None


def test_a_rank_is_stated_only_as_a_place_in_the_order():
    from answer.unstated import rank_unstated
    assert rank_unstated("绩效考核在全市排第几名？", ["委党组高度重视绩效考核全市排名靠后问题"])
    assert not rank_unstated("绩效考核在全市排第几名？", ["2024年绩效考核位列全市第3名"])
    assert not rank_unstated("绩效考核排名靠后的问题怎么整改的？", ["委党组高度重视绩效考核全市排名靠后问题"])   # no rank asked


def test_in_which_year_a_report_was_made_asks_its_subtitle():
    from genre.questions import load_questions
    reporter = load_questions().asks_reporter
    assert reporter.search("广州和广东这两份审计整改报告分别是哪年作的报告？")
    assert reporter.search("慈溪的审计整改是什么时候做的报告？")
    assert not reporter.search("慈溪审计查出的问题是哪年整改的？")


def test_what_rectification_was_combined_with_is_not_a_measures_question():
    from genre.questions import load_questions
    q = load_questions()
    ask = "厦门体育局把巡察整改跟哪些工作结合起来做？"
    assert q.asks_measures.search(ask) and q.asks_combined.search(ask)   # 整改 alone would ask for the measures
    assert not q.asks_combined.search("厦门体育局针对巡察反馈问题采取了哪些整改措施？")
