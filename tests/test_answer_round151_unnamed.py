"""Round 151: what a question names that the notice never gives, and a measures reply's item read whole. Checks on
real dev notice text:
- a leader asked by the field he is in charge of (分管教育的县领导是谁) is refused when no quote writes that duty beside a
  person's name or an office (华容's 报县政府分管领导审查签字 names no one), answered when one does (宁波's 汤飞帆市长…);
- a figure asked by the name of what it measures (一般公共预算收入是多少, 每千人口执业（助理）医师数的目标) is refused when
  the answering notice never writes the name's head, whatever figures it quotes (广州's 400个问题); a name the notice
  writes (人均预期寿命) stands, and rates, totals and document numbers are left to their own checks;
- a measures reply anchored in the detail of an 一是 item the question names by its title (一是强化警示宣传, asked 怎么宣传)
  reads on to the item's end (利州区法院's 上墙公示, LED显示屏滚动播放), and not when the title holds no asked word.
"""
from __future__ import annotations

from answer.item_rest import item_rest
from answer.named_quantity import asked_name, quantity_unnamed
from answer.persons import duty_holder_unstated
from answer.unstated import unfilled_slot
from tests.notice_text import notice_text, sentence_holding


def test_a_leader_asked_by_duty_needs_the_duty_beside_a_name_or_an_office():
    huarong = notice_text("d13_")
    quotes = [sentence_holding(huarong, "分管领导审查签字"), sentence_holding(huarong, "分线领导牵头负责制")]
    asked = "华容县重点工作任务里，分管教育的县领导是谁？"
    assert duty_holder_unstated(asked, quotes) == "分管教育的县领导"
    assert unfilled_slot(asked, quotes, huarong) == "通报没有写明分管教育的县领导是谁。"
    ningbo = [sentence_holding(notice_text("d02_"), "汤飞帆市长")]   # 汤飞帆市长…研究部署各类重大审计问题整改落实工作
    assert duty_holder_unstated("负责审计问题整改的市领导是谁？", ningbo) == ""
    zhongshan = [sentence_holding(notice_text("d38_"), "分管巡察整改工作领导主持会议")]   # the duty, no one named
    assert duty_holder_unstated("分管巡察整改工作的领导是谁？", zhongshan) == "分管巡察整改工作的领导"
    assert duty_holder_unstated("培训会由谁主持？", zhongshan) == ""   # asked by the act, not by a duty


def test_a_figure_asked_by_a_name_the_notice_never_writes_is_refused():
    guangzhou = notice_text("d16_")
    quotes = [sentence_holding(guangzhou, "反映的400个问题")]
    asked = "广州那份审计整改报告里，2024年市本级一般公共预算收入是多少？"
    assert quantity_unnamed(asked, quotes, guangzhou) == "2024年市本级一般公共预算收入"
    assert unfilled_slot(asked, quotes, guangzhou) == "通报中没有写明“2024年市本级一般公共预算收入”的数字。"
    zhejiang = notice_text("d23_")
    targets = [sentence_holding(zhejiang, "人均预期寿命")]
    assert quantity_unnamed("浙江卫健2023要点里，每千人口执业（助理）医师数的目标定的多少？", targets, zhejiang) == \
        "每千人口执业（助理）医师数"
    assert quantity_unnamed("浙江卫健委2023年要点里，人均预期寿命的目标是多少？", targets, zhejiang) == ""
    assert quantity_unnamed(asked, quotes, "") == ""   # the answering notice unknown: no refusal


def test_rates_totals_and_document_numbers_are_no_named_quantity():
    assert asked_name("广州审计整改完成率是多少？") is None
    assert asked_name("瑞金审计整改，整改到位资金占问题资金的百分比是多少") is None   # a share, worked
    assert asked_name("广州那400个审计问题里已办结的有多少？") is None   # things counted by their status
    assert asked_name("庆阳文联4个方面的反馈问题，总数是多少？") is None
    assert asked_name("遂宁科技局的整改工作方案文号是多少？") is None
    assert asked_name("瑞金审计整改里，整改到位的资金和没整改的资金加起来是多少？") is None
    assert asked_name("那份审计整改报告里问题资金准确数是多少？") is None
    assert asked_name("浙江省卫健委2023年工作要点，每千人口床位数要达到多少？") is None   # no copula: a verb's object


def test_an_item_named_by_its_title_is_read_to_its_end():
    lizhou = notice_text("d37_")
    a0 = lizhou.index("2025年1月以来,3次")
    b0 = lizhou.index("创新“淬芸·清涟”")
    a, b = item_rest(lizhou, a0, b0, 160, ["三个规定", "宣传", "干警"], [])
    assert "LED显示屏滚动播放" in lizhou[a:b] and "二是" not in lizhou[a:b]
    assert item_rest(lizhou, a0, b0, 160, ["三个规定", "干警"], []) == (a0, b0)   # 一是强化警示宣传 holds no asked word
    assert item_rest(lizhou, a0, b0, 160, ["宣传"], [(b0, b0 + 20)]) == (a0, b0)   # the next sentence already picked
