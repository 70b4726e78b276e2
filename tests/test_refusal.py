"""When an answer must not stand (answer.refusal), on sentences of real notices of other agencies (no index)."""
from __future__ import annotations


from answer.refusal_place import unstated_place
from answer.refusal_years import missing_terms, years_missing
from answer.outcomes import findings_only, framing_only, no_status, plan_only, result_of_plan
from answer.count_only import count_only
from answer.unwritten_asks import problem_unwritten, unreported_action
from answer.persons import holder_unstated
from retrieval.load import load_notice
from retrieval.parse import parse_sections
from retrieval.search.profile import notice_profile
from tests.conftest import ROOT
from tests.notice_text import sentence_holding as _sentence

DEV = ROOT / "tests" / "data" / "notices-dev"


def _notice(prefix: str):
    return load_notice(next(DEV.glob(prefix + "*.txt")))



def test_a_year_no_cited_text_mentions_is_missing():
    title = _notice("d13_").title   # 2021年县政府重点工作任务
    assert missing_terms("华容县2022年县政府重点任务是哪个文号？", title) == ["2022"]
    assert missing_terms("华容县2021年县政府重点任务是哪个文号？", title) == []


def test_a_notices_date_names_it_but_does_not_date_its_figures():
    dongli = load_notice(next((ROOT / "corpus").glob("tj-dongli-district-2022*")))   # published 2022-08-16
    pm25 = _sentence(dongli.text, "PM2.5浓度为")                                          # 2021年PM2.5浓度为39…
    assert years_missing("东丽区2022年全年PM2.5平均浓度是多少？", [dongli], pm25) == ["2022"]
    assert years_missing("东丽区2021年PM2.5浓度是多少？", [dongli], pm25) == []
    assert years_missing("东丽区2022年那份巡视整改通报讲了大气污染治理吗？", [dongli], pm25) == []


def test_a_place_the_notice_does_not_name_is_not_stated():
    guilin = notice_profile(_notice("d29_"))   # "区科协", "区委巡察二组": no district named
    assert unstated_place("这份区科协巡察整改通报是桂林哪个城区的？", guilin.own_codes) == "城区"
    lusong = notice_profile(_notice("d08_"))   # 芦淞区 is named
    assert unstated_place("这份司法局的通报是哪个区的？", lusong.own_codes) is None
    assert unstated_place("芦淞区司法局反馈了多少问题？", lusong.own_codes) is None   # not asked
    assert unstated_place("桂林区科协的通报里哪个区的问题最多？", guilin.own_codes) is None   # not the notice's place


def test_measures_asked_of_a_notice_of_findings_only_are_not_stated():
    tops = [s.title for s in parse_sections(_notice("d20_").text) if s.parent < 0]   # publishes the findings only
    assert tops == ["一、巡察发现的问题"]
    asked = "揭阳市公安局针对打击电信网络犯罪力度不够，采取了哪些整改措施？"
    assert findings_only(asked, [tops[0] + " > (一)学习贯彻"], tops)
    assert not findings_only("巡察说揭阳市公安局在交通安全整治上有哪些问题？", [tops[0]], tops)   # the findings answer
    lusong = [s.title for s in parse_sections(_notice("d08_").text) if s.parent < 0]   # findings and their rectification
    assert not findings_only(asked, ["二、反馈问题整改进展情况 > (一)…"], lusong)
    assert not findings_only(asked, [tops[0]], tops + ["二、巡察整改情况"])   # measures stated elsewhere
    assert not findings_only(asked, ["三、存在的主要问题和下一步工作打算"], ["三、存在的主要问题和下一步工作打算"])


def test_completion_asked_of_a_notice_that_states_no_status_is_not_stated():
    licheng = _sentence(_notice("d35_").text, "措施14条")
    assert no_status("鲤城区社科联那14条整改措施已经完成了几条？", [licheng])
    lusong = _sentence(_notice("d08_").text, "已完成整改28个")
    assert not no_status("芦淞区司法局反馈了多少问题？整改完成多少？", [lusong])
    assert not no_status("鲤城区社科联制定了多少条整改措施？", [licheng])   # completion not asked


def test_an_outcome_asked_where_the_subject_is_only_planned_is_not_stated():
    text = _notice("d40_").text
    planned = _sentence(text, "拟以省委办公厅")
    other = _sentence(text, "3月29日")
    tokens = {"长效机制": 3.0, "若干": 2.5, "措施": 0.5, "印发": 2.0}
    assert plan_only("广东那个审计整改长效机制若干措施最后是哪天印发的？", [other, planned], tokens)
    assert not plan_only("广东那个审计整改长效机制若干措施是谁起草的？", [other, planned], tokens)   # no outcome asked
    done = "2024年计划改造燃气旧管网120公里,截至目前改造完成燃气老旧管网122公里"   # a plan and its result
    assert not plan_only("今年燃气老管网最后改了多少公里？", [done], {"燃气": 2.0, "管网": 1.0})


def test_what_counted_things_are_is_not_stated_by_their_count():
    counted = _sentence(_notice("d08_").text, "移交立行立改问题4个")
    assert count_only("芦淞区司法局移交立行立改的那4个问题具体是什么？", [counted])
    assert not count_only("芦淞区司法局移交立行立改问题有几个？", [counted])             # the count is asked
    assert not count_only("天津城管委通报第10项整改说的是什么问题？", ["10项整改……"])       # a position, not a count
    listed = _sentence(_notice("d05_").text, "一是坚持政治统领")
    assert not count_only("绵阳市司法局的3个一是二是分别是什么？", [listed + "3个"])     # a list answers


def test_the_opening_that_frames_a_notice_answers_only_questions_about_the_inspection():
    text = _notice("d19_").text
    opening = [_sentence(text, "市委第一巡察组对市公安局党委进行了巡察"), _sentence(text, "反馈了巡察意见")]
    assert framing_only("深圳市公安局党委巡察发现了哪些问题？", opening)
    assert not framing_only("市公安局党委这轮被市委第一巡察组巡察是什么时候？", opening)   # the inspection itself
    assert not framing_only("市公安局的巡察意见是哪天反馈的？", opening)                     # a date
    briefing = _sentence(_notice("d38_").text, "巡察反馈意见传达")   # a meeting held to pass the findings on
    assert not framing_only("中山一院是怎么把巡察整改责任压到每个部门的？", [briefing])


def test_an_outcome_asked_of_a_work_plan_is_a_target_only():
    huzhou = notice_profile(_notice("d22_"))   # 2023年全市卫生健康工作要点
    assert result_of_plan("湖州卫健委2023年的重点任务最后完成了多少？", huzhou.kinds)
    assert not result_of_plan("湖州卫健委2023年工作要点提了哪些重点任务？", huzhou.kinds)
    assert not result_of_plan("瑞金2020年度审计查出的问题改完了多少项？", notice_profile(_notice("d01_")).kinds)


def test_a_post_asked_of_quotes_that_never_name_it_is_not_answered():
    opening = ["根据九届区委第六轮巡察工作统一部署,2024年10月16日至11月15日,区委第四联动巡察组对区法院党组进行了联动巡察。"]  # d37
    assert holder_unstated("区法院的巡察组组长叫什么名字？", opening) == "组长"
    named = ["成立了以局党组书记任组长,其他班子成员任副组长,各科室负责人为成员的巡察整改工作领导小组。"]   # d25
    assert holder_unstated("科技局的整改领导小组组长是谁？", named) == ""
    assert holder_unstated("科技局整改了多少个问题？", opening) == ""


def test_leads_and_formal_talks_are_actions_a_notice_reports_by_name():
    preamble = ["区科协立即召开工作会议,传达学习区委巡察二组反馈意见,研究部署整改工作。"]   # d29
    assert unreported_action("区科协这次整改有没有移交问题线索？", preamble) == "线索"
    talks = ["对违规违纪的,给予责令检查、批评教育、谈话提醒24人,建立完善制度45项。"]   # d11
    assert unreported_action("文广旅局整改中约谈了多少人？", talks) == "约谈"   # 谈话提醒 is no 约谈
    assert unreported_action("文广旅局整改中问责了多少人？", talks) == ""   # 责令检查/批评教育 are 问责


def test_a_secretary_is_asked_with_the_body_he_leads():
    preamble = ["深入贯彻省委书记专题会议精神,坚决落实省委巡视整改工作要求。"]   # d14, 广元市委
    assert holder_unstated("广元市委书记是谁？", preamble) == "市委书记"


def test_yes_no_and_outcome_forms_ask_for_a_status_or_result():
    stated = ["其中已完成整改28个,正在整改1个。"]
    assert no_status("广元市的巡视整改是不是已经全部完成了？", ["市委坚持把省委巡视整改作为政治忠诚的重要检验。"])
    assert not no_status("芦淞司法局的问题都整改到位了没有？", stated)
    assert result_of_plan("湖州卫健委2023年的健康行动取得了什么成效？", frozenset({"工作要点"}))


def test_a_problem_the_notice_never_writes_has_no_measures_in_it():
    text = _notice("d32_").text   # 厦门市体育局: nothing on lottery sales
    assert problem_unwritten("厦门体育局针对体育彩票销售管理不规范做了哪些整改？", text) == "体育彩票销售管理不规范"
    xiangtan = _notice("d28_").text   # 湘潭市妇联 writes of the two development plans
    assert problem_unwritten("湘潭妇联针对妇女儿童发展规划落实不到位做了哪些整改？", xiangtan) == ""
    assert problem_unwritten("湘潭妇联巡察反馈了几个问题？", xiangtan) == ""   # no problem named
    assert problem_unwritten("审计整改里对责任人是怎么处理的？", "对1人予以记大过处分。") == ""   # people named
    offices = "理论学习中心组学习不够深入,学习的针对性不强。"   # staff's "流于形式" for the notice's words
    assert problem_unwritten("机关事务局对中心组学习流于形式分别怎么整改的？", offices) == ""


def test_a_name_asked_is_not_answered_by_the_office_holding_the_post():
    office = ["及时成立局巡视整改落实工作领导小组,市委分管领导任领导小组第一组长。"]
    assert holder_unstated("领导小组的第一组长叫什么名字？", office) == "组长"
    assert holder_unstated("领导小组的第一组长是谁？", office) == ""
    assert holder_unstated("宁波的市长叫什么名字？", ["汤飞帆市长在市政府常务会议上专题研究部署。"]) == ""
