"""Answer behaviours found by the fresh5 questions (written before the system ran on them), on sentences
of real notices of other agencies (no index)."""
from __future__ import annotations


from answer.metadata import other_session
from answer.lead import lead_spans
from answer.worked import rate_span, remaining_note
from answer.unwritten_asks import unreported_action
from retrieval.load import load_notice
from tests.conftest import ROOT, dev_text, sentence_holding

DEV = ROOT / "tests" / "data" / "notices-dev"




def test_what_is_left_is_worked_out_from_the_total_and_the_completed():
    guangzhou = sentence_holding(dev_text("d16_"), "已完成整改336个")   # 反映的400个问题,已完成整改336个,…
    assert "尚余64个" in remaining_note("广州审计查出的问题还剩几个没改完？", guangzhou)
    assert remaining_note("广州审计查出的问题整改了多少？", guangzhou) == ""   # not asked
    lusong = sentence_holding(dev_text("d08_"), "阶段性完成整改1个")   # the rest is stated: 阶段性完成整改1个
    stated = remaining_note("芦淞司法局还剩几个问题没改完？", lusong)   # said as stated, not worked out (round 17)
    assert "其余1个" in stated and "推算" not in stated
    assert rate_span(guangzhou, [(0, len(guangzhou))], "还剩几个没完成？") is not None


def test_a_span_of_months_in_the_question_is_no_figure_it_gives():
    court = sentence_holding(dev_text("d37_"), "累计填报事项")   # 2025年1—3月累计填报事项595条,填报及时率、规范率达100%
    got = lead_spans(court, [(0, len(court))], "利州法院2025年1到3月一共填报了多少条事项？",
                     {"填报": 1.0, "事项": 1.0}, ["条"])
    assert got and "595条" in "".join(court[a:b] for a, b in got)


def test_accountability_in_the_forms_the_rules_name_is_accountability_reported():
    jiaxing = dev_text("d11_")   # 给予责令检查、批评教育、谈话提醒24人 (never writes 问责)
    assert unreported_action("嘉兴文广旅局整改里问责处理了几个人？", [jiaxing]) == ""
    court = dev_text("d38_")     # 中山市第一人民法院: no accountability reported
    assert unreported_action("中山一院整改中有没有人被问责？", [court]) == "问责"


def test_a_session_named_by_a_month_or_as_the_one_after_which_is_not_the_subtitles():
    subtitle = "——2022年7月27日在广东省第十三届人民代表大会"
    assert other_session("广东省审计厅今年3月那次是在人大常委会第几次会议上报告的？", subtitle)
    assert other_session("慈溪审计局出整改任务清单，是在哪次会议之后？", "2018年11月22日在慈溪市十七届人大常委会第十六次会议上")
    assert not other_session("广东的审计整改报告是在第几次会议上作的？", subtitle)


def test_a_count_done_in_the_perfect_is_a_result_though_the_sentence_names_its_plan():
    from answer.outcomes import plan_only
    lusong = dev_text("d08_")
    done = sentence_holding(lusong, "严格开展了10次中心组学习")   # 制定了全年学习计划,并按计划…严格开展了10次中心组学习
    rule = sentence_holding(lusong, "要开展10次左右集体学习")
    tokens = {"中心组": 2.0, "学习": 1.0, "实际": 1.0}
    assert not plan_only("芦淞司法局中心组按要求一年该学几次？实际学了几次？", [done, rule], tokens)
    planned = "2025年计划开展中心组学习12次,确保学习覆盖全体党员。"
    assert plan_only("中心组实际学了几次？", [planned], tokens)


def test_the_level_written_before_an_agency_picks_the_notice_of_that_level():
    from retrieval.search.named import match_strength, named_in
    from retrieval.search.profile import notice_profile
    province = notice_profile(load_notice(next(DEV.glob("d04_*.txt"))))   # 中共湖北省司法厅委员会
    district = notice_profile(load_notice(next(DEV.glob("d08_*.txt"))))   # 区司法局
    assert (province.levels, district.levels) == ({"省"}, {"区"})
    named = named_in("省司法厅党委为推进整改开了多少次会？")
    assert named.levels == {"省"}
    assert match_strength(named, province) == 1.0 and match_strength(named, district) is None   # another agency
    assert match_strength(named_in("司法局巡察整改开了几次会？"), district) == 1.0   # no level written: no facet


def test_which_document_is_answered_by_the_sentence_naming_one():
    from genre.questions import load_questions
    q = load_questions()
    assert q.asks_document.search("中心组学习次数的要求是哪个文件定的？")
    assert not q.asks_document.search("中心组一年学了几次？")
    lusong = dev_text("d08_")
    naming = sentence_holding(lusong, "芦宣发〔2024〕4号")
    vague = sentence_holding(lusong, "我局根据文件要求")   # "根据文件要求" names no document
    assert q.document_named.search(naming) and not q.document_named.search(vague)


def test_the_items_of_the_whole_notice_are_its_top_level_parts():
    from genre.structure_questions import load_structure_questions
    from retrieval.parse import parse_sections
    from retrieval.search.held import first_items
    asked = load_structure_questions()
    before = asked.before_ask.search("华容县重点工作任务通知里提了哪几条工作要求？").group(1)
    assert asked.whole_notice.search(before)
    other = asked.before_ask.search("芦淞司法局通报里移交立行立改的问题有哪几条？").group(1)
    assert not asked.whole_notice.search(other)   # names what it counts, not the notice
    huarong = load_notice(next(DEV.glob("d13_*.txt")))
    secs = parse_sections(huarong.text)
    got = [s.heading for s in first_items(secs, "华容县重点工作任务通知里提了哪几条工作要求？")]
    assert got == ["强化责任落实", "细化工作方案", "加强调度协调", "严格督查考核"]


def test_the_nth_item_asked_after_a_part_is_the_nth_child_of_that_part_or_of_its_quoted_heading():
    from retrieval.parse import parse_sections
    from retrieval.search.structure import _lookup
    lusong = parse_sections(dev_text("d08_"))
    got = _lookup(lusong, "芦淞司法局通报第二部分“思想认识有差距”下面第二个问题是什么？")
    assert [s.heading for s in got] == ["学习缺乏自觉性和紧迫感"]
    zhejiang = parse_sections(dev_text("d23_"))
    got = _lookup(zhejiang, "浙江卫健委工作要点第二部分下面第一项是什么行动？")
    assert len(got) == 1 and "全民健康促进行动" in got[0].heading


def test_feedback_split_into_problems_is_asked_in_staff_words_and_searched_in_the_notices():
    from genre.staff_words import in_notice_words
    said = in_notice_words("机关事务局把反馈意见拆成了多少个问题、多少条措施？")
    assert "分解" in said and "拆成" not in said
    assert in_notice_words("矽谷港湾的违建拆了多少户了？") == "矽谷港湾的违建拆了多少户了？"   # 拆违 is not 分解
    assert "领导小组" in in_notice_words("公安局党委巡察整改的组织架构是怎样的？")


def test_a_gap_in_days_and_the_length_of_an_inspection_are_worked_out_from_the_dates():
    from answer.lead import wanted
    from answer.worked import gap_note
    mianyang = "2024年5月7日至6月7日,市委第五巡察组对市司法局党组开展了巡察。7月24日,市委第五巡察组反馈了巡察意见。"   # d05
    assert wanted("绵阳司法局巡察组撤了以后过了多少天才反馈意见？") == (0, 2)
    assert "相隔47天" in gap_note("绵阳司法局巡察组撤了以后过了多少天才反馈意见？", mianyang)
    huiji = "2024年3月5日至4月18日,区委第一巡察组对区行政审批和政务信息管理局党组开展了为期45天的政治巡察"   # d10
    assert "共45天" in gap_note("惠济审批局一共巡了多少天？", huiji)   # both ends counted, as the notice does
    assert gap_note("惠济审批局反馈了几个问题？", huiji) == ""


def test_a_share_of_a_named_part_is_worked_out_over_its_whole_and_a_completion_is_left_to_the_rate():
    from answer.worked import share_note
    guangzhou = sentence_holding(dev_text("d16_"), "已完成整改336个")   # 反映的400个问题,已完成整改336个,其中要求立行立改的283个问题
    assert "283个/400个" in share_note("广州立行立改的问题占全部问题的比例？", guangzhou, guangzhou)
    assert share_note("广州审计问题的完成率是多少？", guangzhou, guangzhou) == ""   # rate_note's
    ruijin = sentence_holding(dev_text("d01_"), "未整改资金")   # 问题资金251023.54万元,…整改到位资金215587.84万元,…未整改资金35435.70万元
    assert "35435.70万元/251023.54万元" in share_note("瑞金没整改到位的资金占问题资金的几成？", ruijin, ruijin)
    assert share_note("瑞金审计问题资金有多少？", ruijin, ruijin) == ""   # no share asked


def test_figures_stated_apart_are_summed_when_a_sum_is_asked():
    from answer.lead import wanted
    from answer.worked import sum_note
    zaozhuang = sentence_holding(dev_text("d34_"), "作出批示6次")   # …研究整改9次,作出批示6次
    question = "枣庄社科联主要负责同志开会和作批示加起来有多少次？"
    assert wanted(question) == (2, 0)   # each figure of the sum quoted
    assert "合计15次" in sum_note(question, zaozhuang)
    assert sum_note("枣庄社科联主要负责同志作了多少次批示？", zaozhuang) == ""


def test_the_day_a_notice_was_signed_or_put_on_the_web_is_its_metadata():
    from genre.questions import load_questions
    asked = load_questions().asks_published
    assert asked.search("湖州卫健委那份通知是几号签发的？") and asked.search("几号挂到网上的？")
    assert not asked.search("湖州卫健委要求每月评选什么？")


def test_the_share_not_completed_and_a_share_asked_without_the_word_are_worked_out():
    from answer.worked import rate_note
    from genre.questions import load_questions
    guangzhou = sentence_holding(dev_text("d16_"), "已完成整改336个")
    assert "未完成64/共400，占16%" in rate_note("广州审计问题里没完成整改的占多大比例？", guangzhou)
    assert "完成率84%" in rate_note("广州审计问题的完成率是多少？", guangzhou)
    assert load_questions().asks_rate.search("正在整改的有几项？占全部问题多少？")


def test_gaps_asked_in_more_words_are_gaps():
    from answer.lead import wanted
    from genre.questions import load_questions
    from genre.staff_words import in_notice_words
    gap = load_questions().asks_gap
    assert gap.search("中山一院从巡察结束到收到反馈用了多少天？") and gap.search("鲤城社科联被区委巡了几天？")
    assert not gap.search("鲤城社科联定了多少条措施？")
    assert wanted("中山一院从巡察结束到收到反馈用了多少天？") == (0, 2)
    assert "巡察了" in in_notice_words("鲤城社科联被区委巡了几天？")


def test_a_gap_ending_when_the_notice_was_made_public_ends_at_its_publication_date():
    from answer.worked import gap_note
    xiamen = load_notice(next(DEV.glob("d32_*.txt")))   # 时间:2020-11-16; …并于2020年4月9日反馈了巡察意见
    opening = sentence_holding(xiamen.text, "反馈了巡察意见")
    got = gap_note("厦门体育局巡察反馈以后过了多久才把整改情况挂出来？", opening, xiamen.date)
    assert "2020年11月16日（发布）" in got and "221天（7个多月）" in got
    assert gap_note("厦门体育局巡察反馈以后过了多久才公布？", opening, "") == ""   # no publication date: not said


def test_a_difference_asked_with_bi_or_cha_is_worked_out_from_the_two_quoted_figures():
    from answer.lead import wanted
    from answer.worked import difference_note
    zhejiang = sentence_holding(dev_text("d23_"), "重点人群签约覆盖率")
    clauses = ",".join(c for c in zhejiang.split(",") if "签约" in c)   # the two quoted clauses
    question = "浙江重点人群签约覆盖率目标比家庭医生签约覆盖率目标高多少个百分点？"
    assert wanted(question)[0] == 2
    assert "相差43个百分点" in difference_note(question, clauses)
    assert difference_note("燃气旧管网减少了多少公里？", "2023年改造120公里,2024年改造122公里") == ""   # no 比/差


def test_where_a_thing_is_put_is_a_place_the_notice_states_not_where_it_is_written():
    from genre.questions import load_questions
    where = load_questions().where
    assert not where.search("利州法院把“三个规定”的核心条款贴在哪儿了？")
    assert not where.search("济南新的城肥处理站选址定在哪里了？")
    for asked in ("机关事务局的举一反三措施写在哪儿？", "长期整改的任务放在哪部分？", "垃圾治理的内容在哪一部分？"):
        assert where.search(asked)


def test_a_day_quoted_without_its_year_is_given_the_year_it_carries_and_a_gap_from_the_start_counts_from_it():
    from answer.worked import gap_note, year_note
    zaozhuang = dev_text("d34_")   # 2022年11月18日至2023年1月18日,…。3月3日,市委巡察组向市社科联党组反馈了巡察意见
    at = zaozhuang.index("3月3日,市委巡察组")
    assert "2023年3月3日" in year_note(zaozhuang, at, zaozhuang[at:at + 30])
    assert year_note(zaozhuang, 0, "2023年1月18日") == ""   # a year is quoted
    suining = "2020年5月12日至2020年7月31日,市委第四巡察组开展了巡察,9月10日,市委第四巡察组反馈了巡察意见"   # d25
    assert "121天（近4个月）" in gap_note("遂宁科技局从巡察组进驻到反馈一共过了多少天？", suining)
    assert "相隔41天" in gap_note("遂宁科技局巡察结束到反馈隔了多久？", suining)
