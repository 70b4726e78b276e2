"""Figures and spans asked in any words (round 17, task spans3): what is left of a stated total (还差几个没完成, 未完成的
有几个: total minus completed, or the rest as the notice states it), two asks in one question (when the round ran and
how long until the feedback) not refused by a slot check, a dated step named with 时间 (被巡察的时间和反馈日期: two dates),
and a difference of things counted by different units (制度比处理的人多多少). Each convention probed in several wordings of
my own on real dev-notice text (no index)."""
from __future__ import annotations

from answer.combined import difference_note
from answer.counted_difference import counted_difference
from answer.lead import lead_spans, wanted
from answer.sentences import asked_units
from answer.spans import gap_note
from answer.unstated import unfilled_slot
from answer.worked import remaining_note
from genre.questions import load_questions
from retrieval.load import load_notice
from tests.conftest import ROOT

DEV = ROOT / "tests" / "data" / "notices-dev"


def _notice(prefix: str) -> str:
    return load_notice(next(DEV.glob(prefix + "*.txt"))).text


def _sentence(prefix: str, words: str) -> str:
    """The sentence of the dev notice PREFIX holding WORDS (to 。)."""
    text = _notice(prefix)
    at = text.index(words)
    start = max(text.rfind(c, 0, at) for c in "。\n") + 1
    end = text.find("。", at)
    return text[start:end + 1 if end >= 0 else len(text)]


def _opening(prefix: str) -> str:
    return _notice(prefix).strip().split("\n")[0]


REMAINING_ASKS = ("400个问题到2025年11月底还差几个没完成？", "那400个问题还剩多少没整改？", "未完成的有几个？",
                  "没整改完的还有多少个？", "问题还有几个没有改完", "截至11月底多少个问题尚未完成整改？",
                  "还欠几个没销号？", "剩下的几个问题什么时候改完？")


def test_what_is_left_of_a_total_is_asked_by_its_structure_not_one_phrase():
    q = load_questions()
    for question in REMAINING_ASKS:
        assert q.asks_remaining.search(question), question
        assert not q.asks_difference.search(question), question   # 还差几个 is the rest of one total
    for question in ("完成了几个？", "已经整改了多少个问题？", "没完成的问题是哪些？", "整改完成率是多少？"):
        assert not q.asks_remaining.search(question), question
    for question in ("措施比问题多几条？", "比去年差多少？", "两个数相差多少？"):   # differences stay differences
        assert q.asks_difference.search(question), question


def test_what_is_left_is_the_total_named_minus_the_completed():
    # d16 (广州审计): 400 problems, 336 completed; the 283 of 立行立改 are a part of the completed, not what is left
    guangzhou = _sentence("d16_", "反映的400个问题")
    for question in REMAINING_ASKS[:7]:
        note = remaining_note(question, guangzhou)
        assert "400个问题" in note and "336" in note and "尚余64个未完成" in note, question
        assert "53" not in difference_note(question, guangzhou), question
    # d08 (芦淞司法局) states the rest itself (阶段性完成整改1个): said as stated, not worked out
    lusong = _sentence("d08_", "阶段性完成整改1个")
    for question in ("29个问题还有几个没完成整改？", "没改完的有几个？", "还差几个问题没完成？"):
        note = remaining_note(question, lusong)
        assert "已完成28个" in note and "其余1个" in note and "推算" not in note, question
    # d01 (瑞金审计): 50项, 40 done, 10 being rectified
    ruijin = _sentence("d01_", "共计50项具体问题")
    assert "其余10项：正在整改10项" in remaining_note("50项问题还差几项没整改完？", ruijin)
    # no total stated: nothing worked out (d29's opening states dates only)
    assert remaining_note("还剩几个问题没整改？", _opening("d29_")) == ""


GAP_ASKS = ("区委巡察二组是什么时候巡察的？隔了多久才反馈？", "巡察二组啥时候巡察的，反馈隔了多长时间？",
            "巡察二组是什么时间巡察的？巡完以后多久反馈的？", "巡察是什么时候开展的？过了几个月才反馈意见？",
            "二组哪天开始巡的？相隔多少天反馈意见？", "巡察结束后多长时间反馈的？什么时候进驻的？")


def test_when_the_round_ran_and_how_long_until_feedback_is_not_refused_and_the_span_is_worked_out():
    # d29 (桂林区科协): 2024年2月20日至3月26日 巡察, 2025年1月21日 反馈 (301 days after the round ended)
    guilin = _opening("d29_")
    for question in GAP_ASKS:
        assert unfilled_slot(question, [guilin]) == "", question   # 二组 is a team's ordinal, 是什么时候 asks a time
        assert wanted(question)[1] >= 2, question
        assert "301天" in gap_note(question, guilin), question
    # d07 (莆田司法局): 八届市委巡察四组, 2023年4月20日至5月31日, 2024年1月4日 反馈
    putian = _sentence("d07_", "2023年4月20日至5月31日")
    for question in ("八届市委巡察四组是什么时候巡察的？过了多长时间才反馈？", "巡察四组巡察是啥时间？间隔几个月反馈的？",
                     "巡察结束后多久反馈的？"):
        assert unfilled_slot(question, [putian]) == "", question
        assert "218天" in gap_note(question, putian), question
    # what a named set is, asked with 是什么, is still asked (not a time)
    assert unfilled_slot("三清单都是什么？", ["建立“三清单”"]) != ""


def test_a_duration_of_one_act_or_a_frequency_is_not_a_gap_between_steps():
    q = load_questions()
    for question in ("湘潭妇联多久开一次整改工作例会？", "集中整改花了多长时间？", "整改了多久？", "多长时间评一次优秀个人？"):
        assert not q.asks_gap.search(question), question
    for question in ("巡视结束后多久反馈的？", "反馈后多久才公布的？", "巡完以后多长时间反馈", "巡察四组几个月才反馈？",
                     "整改情况是反馈后几个月公布的？", "巡察结束后几天反馈的？"):
        assert q.asks_gap.search(question), question
    assert not q.asks_gap.search("之后集中整改用了几个月？")   # rectification's own span


def test_a_dated_step_named_with_shijian_asks_its_date():
    q = load_questions()
    for question, prefix, days in (
            ("中山一院被巡察的时间和反馈日期是什么？", "d38_", ("2024年9月23日至2024年12月20日", "2025年1月13日")),
            ("中山市第一人民法院巡察时间和反馈时间分别是？", "d38_", ("2024年9月23日至2024年12月20日", "2025年1月13日")),
            ("湖北省司法厅被巡视的起止时间和反馈时间？", "d04_", ("2024年11月7日至12月31日", "2025年2月17日")),
            ("莆田司法局巡察是啥时候，反馈时间呢？", "d07_", ("2023年4月20日至5月31日", "2024年1月4日"))):
        assert wanted(question)[1] == 2, question
        text = _sentence(prefix, days[0][:8]) + _sentence(prefix, days[1])
        found = lead_spans(text, [(0, len(text))], question, {"巡察": 1.0, "巡视": 1.0, "反馈": 1.0}, asked_units(question))
        led = "".join(text[a:b] for a, b in found or [])
        assert all(d in led for d in days), question
    for question in ("整改时间有多长？", "整改的时间节点是什么？", "巡察时间有多长？"):   # no date of a step asked
        assert not q.asks_date.search(question), question


def test_a_difference_of_things_counted_by_different_units_names_both():
    # d11 (嘉兴文旅): 谈话提醒24人, 建立完善制度45项 in one sentence
    jiaxing = _sentence("d11_", "谈话提醒24人")
    for question in ("建的制度比处理的人多出多少？", "处理的人比建立的制度少几个？", "建立完善的制度比谈话提醒的人多多少？"):
        note = difference_note(question, jiaxing, counted_only=True)
        assert "45项" in note and "24人" in note and "相差21" in note, question
    # people counted twice in the quote: which of them is not known, nothing worked out
    assert counted_difference("制度比处理的人多多少？", "对1人记大过处分,对2人提醒谈话,建立制度5项") == ""


BARE_COUNTS = ("被巡察出的问题有多少？", "反馈的问题数量是多少？", "巡察反馈的问题一共多少", "239条措施还剩多少没落实？",
               "问题的总数有多少呢", "那21个问题完成了多少？")


def test_a_count_asked_with_no_unit_carries_the_unit_of_the_set_it_counts():
    from genre.implied_unit import implied_count_unit
    for question in BARE_COUNTS:
        assert implied_count_unit(question) in ("个", "条"), question
        assert wanted(question)[0] == 1, question   # 数量是多少 is one figure asked, not two
    assert implied_count_unit("239条措施还剩多少没落实？") == "条"
    for question in ("反馈了多少个问题？", "追回了多少资金？", "已清理多少用地款？", "完成率多少？", "巡了多少天？"):
        assert implied_count_unit(question) == "", question
    # d32 (厦门体育局): the sentence of 239条 措施 counts meetings too (7次党组会议): no count of things answers the rest
    xiamen = _sentence("d32_", "细化制定整改措施239条")
    for question in ("239条措施还剩多少没落实？", "239条措施还剩多少条没落实？"):
        found = lead_spans(xiamen, [(0, len(xiamen))], question, {"措施": 1.0, "落实": 1.0}, asked_units(question))
        assert found is None, question
    # d08 (芦淞): the count of problems, asked bare, is led
    lusong = _sentence("d08_", "巡察组共反馈29个问题") if "巡察组共反馈29个问题" in _notice("d08_") else _sentence("d08_", "29个问题")
    for question in ("芦淞区司法局反馈的问题有多少？", "反馈的问题数量是多少？"):
        found = lead_spans(lusong, [(0, len(lusong))], question, {"问题": 1.0, "反馈": 1.0}, asked_units(question))
        assert found and any("29个问题" in lusong[a:b] for a, b in found), question


def test_a_sum_asked_as_a_quantity_and_headings_counted_by_their_listing_are_not_refused():
    # d31 (庆阳文联): four parts each with its count of problems; four headings 一、…四、
    parts = ["(一)聚焦党中央和省市委各项决策部署在基层落实情况方面(7个问题)", "(二)聚焦基层党组织建设方面(5个问题)"]
    for question in ("四个方面的问题加起来的数量是多少？", "4个方面的问题合起来总数是多少", "各方面问题加在一起的总数？"):
        assert unfilled_slot(question, parts) == "", question
    headings = ["一、提高政治站位,统一思想认识", "二、加强组织领导,靠实主体责任", "三、坚持问题导向", "四、正视工作差距"]
    for question in ("大标题的数量是多少？分别叫什么？", "一级标题的个数是多少？", "大标题总数有几个"):
        assert unfilled_slot(question, headings) == "", question
    # a total of a set the quotes only name, never count, is still refused (慈溪: another year's 21个问题)
    assert unfilled_slot("慈溪2017年度审计发现的问题总量和涉及资金是多少？",
                         ["对2016年经责审计提出的21个问题进行持续整改,已清理用地款1.05亿元"]) != ""


def test_parts_of_a_notice_counted_with_duoshao_as_with_ji():
    from genre.structure_questions import load_structure_questions
    outline = load_structure_questions().outline
    for question in ("“坚持问题导向”下面分了多少个方面？", "问题分了几个方面？", "通报分成多少部分？", "分了多少块", "包括多少个大方面"):
        assert outline.search(question), question
    assert not outline.search("反馈了多少个问题？")


def test_two_durations_asked_apart_by_a_comma_are_each_worked_out_not_parts_of_one_figure():
    from genre.part_questions import load_part_cues
    # d10 (惠济审批局): 为期45天的政治巡察, 经过3个月集中整改; d08 (芦淞): 3月7日至5月7日 巡察, 9月6日 反馈
    for question in ("被巡察了多少天，后来集中整改用了几个月", "巡察了几天，整改了多少个月呢", "被巡察了多少天呢，集中整改用了多少个月呢"):
        assert not load_part_cues().each_apart.search(question), question
    assert load_part_cues().each_apart.search("收回了多少，清退了多少？")   # two parts of one figure stay so
    lusong = _sentence("d08_", "2024年3月7日至5月7日")
    for question in ("被提级巡察了多少天，反馈以后多少天公布的", "巡了几天，反馈以后过了多少天才公布"):
        note = gap_note(question, lusong, "2025-04-10")
        assert "共62天" in note and "216天" in note, question


def test_how_long_the_round_ran_is_asked_of_the_act_with_any_verb_between():
    # d35 (鲤城社科联): 2024年1月4日至2月2日 巡察 (30 days, both ends counted), 2024年3月18日 反馈
    q = load_questions()
    licheng = _sentence("d35_", "2024年1月4日至2月2日")
    for question in ("那轮巡察一共进行了多少天？", "这轮巡察历时几天？", "巡察时长是多少？", "巡察搞了多少天", "巡察期间共几天？",
                     "巡察一共多少天"):
        assert q.asks_gap.search(question), question
        assert "共30天" in gap_note(question, licheng), question
    for question in ("进驻到反馈之间隔了多少天？", "巡察开始到反馈中间有多久"):   # two steps: from the first day to the feedback
        assert "从2024年1月4日（巡察开始）到2024年3月18日（反馈）相隔74天" in gap_note(question, licheng), question
    for question in ("巡察整改用了多久？", "巡察反馈的问题整改了多少天？", "多久开一次例会？"):   # rectification, a frequency
        assert not q.asks_gap.search(question), question
    assert "历时" in q.asking and "时长" in q.asking   # span words frame the ask, the steps' dates answer it


def test_a_rate_held_against_a_named_share_is_worked_out_not_refused_as_an_unreported_act():
    from answer.slots import act_unwritten
    from answer.worked import rate_note
    from genre.worked import named_share
    guangzhou = _sentence("d16_", "反映的400个问题")
    for question, words in (("问题整改到位的比例有没有超过八成？", "超过八成"), ("完成率有没有达到八成？", "超过八成"),
                            ("完成整改的问题是否已过半？", "超过一半"), ("整改过半了吗", "超过一半"),
                            ("完成整改的是不是不到九成？", "不到九成")):
        assert act_unwritten(question, guangzhou) == "", question
        assert named_share(question) is not None, question
        assert words in rate_note(question, guangzhou), question
    assert named_share("半年内完成整改了吗") is None   # 半年 is a span, not a half
    assert act_unwritten("有没有开展专项审计？", _opening("d29_")) == "开展专项审计"   # an act still is one


def test_the_whole_of_a_share_is_not_a_total_asked():
    guangzhou = _sentence("d16_", "反映的400个问题")
    for question in ("剩下没改完的问题占总数几成？", "没完成整改的问题占问题总数的比例？", "已完成的占总量多少？"):
        assert unfilled_slot(question, [guangzhou]) == "", question


def test_money_summed_or_left_is_money_not_a_count_of_items():
    from answer.combined import sum_note
    q = load_questions()
    # d01 (瑞金审计): 追缴资金77038.68万元, 归还原资金渠道1580万元; 未整改资金35435.70万元 beside 正在整改10项
    ruijin = ",".join(c for c in _sentence("d01_", "追缴资金77038.68万元").split(",") if "追缴" in c or "归还" in c)   # as led
    for question in ("追缴资金和归还原资金渠道的一共多少万元？", "追缴资金和归还原资金渠道一共多少钱？", "追缴的资金与归还原渠道的资金合计多少？"):
        assert "合计78618.68万元" in sum_note(question, ruijin), question
    totals = _sentence("d01_", "共计50项具体问题")
    for question in ("问题资金还有多少没整改到位？", "还有多少资金没整改？", "资金还剩多少没到位"):
        assert q.asks_money.search(question), question
        assert remaining_note(question, totals) == "", question   # the 10项 left are items, not the money asked
    assert "其余10项" in remaining_note("50项问题还有几项没整改完？", totals)


def test_the_notices_own_dates_asked_with_shijian_and_two_dates_held_apart_by_cha():
    q = load_questions()
    for question in ("华容县重点工作任务通知的发文时间？", "湖州卫健委2023年工作要点的成文时间是哪天？", "要点的印发时间和文号？",
                     "那份要点的签发日期？", "生成日期是哪天"):
        assert q.asks_published.search(question), question
        assert wanted(question)[1] == 1, question   # 成文时间是哪天 is one date asked, not two
    assert not q.asks_published.search("整改方案的印发时间是哪天？")   # a plan's date is the body's
    # d22 (湖州卫健委): 落款 2023年4月26日, the page dated 2023-05-04
    for question in ("落款日期和发布日期差几天？", "成文到公开相差多少天？"):
        assert q.asks_gap.search(question), question
        assert "相隔8天" in gap_note(question, "2023年4月26日", "2023-05-04"), question
    assert not q.asks_gap.search("还差几天到期？")


def test_a_count_above_ten_typed_in_chinese_numerals_is_read_in_digits_as_notices_write_it():
    from genre.asking import plain_question
    for typed, read in (("芦淞区司法局二十九个问题完成了几个？", "29个问题"), ("鲤城社科联十一个问题制定了几条整改措施？", "11个问题"),
                        ("厦门体育局制定了两百三十九条措施吗？", "239条措施"), ("广州四百个问题还剩几个没完成？", "400个问题")):
        assert read in plain_question(typed), typed
    for kept in ("三个方面的问题各有几个？", "“十二个一”是什么？", "第十二项整改措施是什么？"):
        assert plain_question(kept).rstrip("？") == kept.rstrip("？"), kept
    # d08 (芦淞): the count typed in Chinese leads as the digits do
    lusong = _sentence("d08_", "阶段性完成整改1个")
    question = plain_question("芦淞区司法局二十九个问题还剩几个没完成？")
    assert "其余1个" in remaining_note(question, lusong)


def test_a_count_asked_by_its_units_shu_is_a_figure_asked():
    for question in ("芦淞区司法局反馈问题的个数？", "整改措施条数是多少？", "处理的人数？", "开党组会的次数", "制度数量？"):
        assert wanted(question)[0] == 1, question
    for phrase in ("那三个数", "数据来源", "12个数"):   # numbers named, no count asked by them
        assert not load_questions().asks_quantity.search(phrase), phrase
    lusong = _sentence("d08_", "29个问题")
    found = lead_spans(lusong, [(0, len(lusong))], "反馈问题的个数？", {"问题": 1.0, "反馈": 1.0}, asked_units("反馈问题的个数？"))
    assert found and any("29个问题" in lusong[a:b] for a, b in found)


def test_two_counts_asked_in_different_units_each_lead():
    # d11 (嘉兴文旅): 谈话提醒24人, 建立完善制度45项 in one sentence
    jiaxing = _sentence("d11_", "谈话提醒24人")
    for question in ("处理了多少人？建了多少制度？", "建了多少制度，处理了多少人？", "处理了几个人，建立完善了多少制度"):
        found = lead_spans(jiaxing, [(0, len(jiaxing))], question, {"处理": 1.0, "制度": 1.0, "建立": 1.0}, asked_units(question))
        led = "".join(jiaxing[a:b] for a, b in found or [])
        assert "24人" in led and "45项" in led, question
