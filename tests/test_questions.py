"""How staff ask, as data (genre/data/questions.toml), and the lead clause that answers a figure."""
from __future__ import annotations

from answer.lead import lead_spans, wanted
from genre.questions import load_questions


def test_question_conventions_load_and_read_real_questions():
    q = load_questions()
    assert q.asks_quantity.findall("反馈了多少问题？整改完成多少？") == ["多少", "多少"]
    assert not q.asks_quantity.search("区科协通报讲组织领导的部分有哪几条？")   # which, not how many
    assert q.period.findall("瑞金市2021年度预算执行审计") == ["2021"]
    assert q.draft_request.search("帮我拟几条整改措施") and q.asks_result.search("最后实际达到多少？")
    assert "什么时候" in q.asking and "整改" in q.generic


def test_the_lead_is_the_clause_with_the_asked_figure():
    text = "深入推进燃气旧管网提升改造,2023年改造了639公里,2024年计划实施改造120公里。"
    tokens = {"燃气": 3.0, "旧": 1.0, "管网": 2.0, "改造": 1.0, "公里": 1.0}
    (a, b), = lead_spans(text, [(0, len(text))], "2023年燃气旧管网改造了多少公里？", tokens, ["公里"])
    assert text[a:b] == "2023年改造了639公里"


def test_a_figure_the_question_gives_does_not_answer_it():
    text = "党组紧紧围绕巡察反馈的4个方面33个问题,逐条剖析、逐项研究。"
    assert lead_spans(text, [(0, len(text))], "反馈的33个问题现在完成整改多少个？", {"完成": 1.0}, ["个"]) is None
    assert wanted("巡察是什么时候？") == (0, True) and lead_spans(text, [(0, 5)], "你好", {}, []) == []


def test_a_specific_unit_is_not_answered_by_a_count_of_something_else():
    text = "2023年全年共立案查处行政处罚案件613件。"
    assert lead_spans(text, [(0, len(text))], "济南2023年燃气旧管网改造了多少公里？", {"改造": 1.0}, ["公里"]) is None
    text = "2023年改造燃气旧管网639公里。"
    assert lead_spans(text, [(0, len(text))], "燃气旧管网改造了多少公里？", {"改造": 1.0}, ["公里"])


def test_each_asked_date_gets_its_own_dated_clause():
    # 朔州市科技局 (tests/data/notices-dev/d26), the opening of the notice
    text = ("按照市委统一部署,2024年9月25日至2025年1月7日,市委第四巡察组对朔州市科学技术局党组进行了常规巡察。"
            "2025年4月27日,市委巡察组向市科技局党组反馈了巡察意见。")
    tokens = {"巡察": 1.0, "反馈": 2.0, "常规": 2.0, "科技局": 1.0}
    assert wanted("常规巡察是什么时候？反馈是哪天？") == (0, 2)
    cut = text.index("2025年4月27日")   # two sentences
    found = lead_spans(text, [(0, cut), (cut, len(text))], "常规巡察是什么时候？反馈是哪天？", tokens, [])
    assert [text[a:b] for a, b in found] == ["2024年9月25日至2025年1月7日,市委第四巡察组对朔州市科学技术局党组进行了常规巡察",
                                             "2025年4月27日,市委巡察组向市科技局党组反馈了巡察意见"]


def test_a_gap_asks_for_the_two_dates_and_one_clause_holding_both_is_enough():
    # 厦门市体育局 (d32): both dates stand in one sentence
    text = "2019年9月20日至10月26日,市委第四巡察组对中共厦门市体育局党组开展了巡察并于2020年4月9日反馈了巡察意见。"
    q = "体育局是什么时候被巡察的？反馈隔了多久？"
    assert wanted(q) == (0, 2)
    found = lead_spans(text, [(0, len(text))], q, {"体育局": 2.0, "巡察": 1.0, "反馈": 1.0}, [])
    assert len(found) == 1 and "2019年9月20日" in text[slice(*found[0])] and "2020年4月9日" in text[slice(*found[0])]


def test_a_gap_is_said_from_the_quoted_dates_and_a_reports_this_year_from_its_subtitle():
    from answer.meta import year_meant_note
    from answer.worked import gap_note
    lead = "2019年9月20日至10月26日,市委第四巡察组对中共厦门市体育局党组开展了巡察并于2020年4月9日反馈了巡察意见"
    assert gap_note("厦门市体育局是什么时候被巡察的？反馈隔了多久？", lead) == "（按上述日期推算，从2019年10月26日（巡察结束）到2020年4月9日（反馈）相隔166天（5个半月；2020年2月有29天）。）"   # a leap February said (round 35)
    assert gap_note("厦门市体育局是什么时候被巡察的？", lead) == ""
    assert gap_note("隔了多久？", "2021915日,市人大常委会听取了报告") == ""   # no day to count from
    assert year_meant_note("今年3月29日,受省政府委托", "2022年7月27日", "") == "（“今年”指2022年，按报告所作日期2022年7月27日。）"
    assert year_meant_note("今年3月29日,受省政府委托", "", "") == ""


def test_a_report_year_is_no_date_and_a_page_that_dropped_year_and_month_still_dates():
    text = "现将2020年度省级预算执行审计查出问题的整改情况报告如下。2021915日,市人大常委会听取和审议了审计工作报告。"
    found = lead_spans(text, [(0, len(text))], "人大常委会是哪天听取审计工作报告的？", {"听取": 2.0, "审议": 1.0}, [])
    assert [text[a:b] for a, b in found] == ["2021915日,市人大常委会听取和审议了审计工作报告"]


def test_money_is_asked_by_what_is_counted_and_answered_only_in_money_units():
    from answer.sentences import asked_units   # the asked units as the answer reads them
    assert [u.replace("\\", "") for u in asked_units("整改中追回了多少违规资金？")] == ["万元", "亿元", "元"]
    assert [u.replace("\\", "") for u in asked_units("改完了多少项？整改到位的钱有多少？")] == ["项", "万元", "亿元", "元"]
    assert asked_units("反馈了多少个问题？") == ["个"]
    counts = "巡察组共反馈29个问题,其中已完成整改28个,阶段性完成整改1个;移交立行立改问题4个,已全部办结。"
    q = "整改中追回了多少违规资金？"
    assert lead_spans(counts, [(0, len(counts))], q, {"追回": 1.0, "违规": 1.0}, asked_units(q)) is None
    money = "对违规违纪的,给予责令检查、批评教育、谈话提醒24人,建立完善制度45项,收回清退违规资金5.0227万元。"
    (a, b), = lead_spans(money, [(0, len(money))], q, {"违规": 1.0, "资金": 1.0}, asked_units(q))
    assert money[a:b] == "收回清退违规资金5.0227万元"
    both = "报告日已整改40项,整改到位资金215587.84万元,正在整改10项(含部分整改)"
    q2 = "改完了多少项？整改到位的钱有多少？"
    found = lead_spans(both, [(0, len(both))], q2, {"整改": 1.0, "到位": 1.0}, asked_units(q2))
    quoted = [both[a:b] for a, b in found]   # a count asked beside money keeps its count clause
    assert any("215587.84万元" in c for c in quoted) and any(c.endswith("项") or "项(" in c for c in quoted)


def test_a_duration_written_with_ge_counts_no_items():
    text = "2024年5月16日,区委第一巡察组向我局反馈了巡察意见,经过3个月集中整改,现将巡察整改情况予以公布:"   # d10
    assert lead_spans(text, [(0, len(text))], "这次巡察一共被指出多少个问题？", {"指出": 1.0, "巡察": 1.0}, ["个"]) is None
    rounded = "采取现场督导等方式推动巡视整改,先后召开10余次党委会、领导小组会、推进会部署推进整改工作。"   # d04: a count with 余
    assert lead_spans(rounded, [(0, len(rounded))], "开了多少次会？", {"召开": 1.0}, ["次"])


def test_a_figure_of_another_year_does_not_answer():
    text = "附海镇通过制订“三张单子”,对2016年经责审计提出的21个问题进行持续整改,已清理用地款1.05亿元,"   # d17
    assert lead_spans(text, [(0, len(text))], "慈溪2017年度审计查出的问题一共多少个？", {"审计": 1.0, "查出": 1.0}, ["个"]) is None
    assert lead_spans(text, [(0, len(text))], "2016年经责审计提出了多少个问题？", {"审计": 1.0}, ["个"])
    dated = "截至2025年11月底,《审计工作报告》反映的400个问题,已完成整改336个"   # d16: a date qualifies nothing
    assert lead_spans(dated, [(0, len(dated))], "2024年度审计反映的问题完成整改多少个？", {"完成": 1.0}, ["个"])


def test_how_completion_will_be_assessed_is_a_rule_of_the_plan_not_a_status_asked():
    q = load_questions()
    assert q.asks_done.search("华容县各单位的重点任务完成情况怎么样？")
    assert not q.asks_done.search("华容县重点工作任务完成情况会纳入什么评估？")
    assert not q.asks_done.search("重点工作完成得好不好，完成情况跟什么挂钩？")
