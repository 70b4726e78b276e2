"""Session 23 review: a plan's year said to finish the work is a stated deadline; a qualified figure's refusal whose
qualifier and figure stand in two linked asks stays whole. Text from the seed notices' style (corpus/)."""
from answer.asks_checked import QUALIFIED
from answer.member_detail import measure_detail_unstated
from answer.qualified import NOT_STATED

PLAN = ("制定了2023-2025年供热旧管网三年改造计划,2023年已完成旧管网改造134.5公里,2024年的150公里改造任务正在实施中,"
        "2025年将全部完成改造任务。")


def test_a_plans_year_to_finish_is_a_stated_deadline():
    start = PLAN.index("2023年已完成")
    end = PLAN.index(",2024年")
    assert measure_detail_unstated("什么时候全部改完？", PLAN, start, end) is None


def test_a_done_year_is_no_deadline():
    text = "2023年已完成旧管网改造134.5公里。"
    found = measure_detail_unstated("什么时候全部改完？", text, 0, len(text) - 1)
    assert found is not None and "完成时限" in found[1]


def test_a_qualified_figures_refusal_is_known_by_its_wording():
    assert QUALIFIED.match(NOT_STATED.format(thing="燕园闲置资产", said="新增租金协议金额2800万元"))
    assert not QUALIFIED.match("通报中没有相关信息：只写了“x”，没有写完成时限。")
