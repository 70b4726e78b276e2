"""Round 36 (session 15, h_reword36): questions typed other ways (reworded flips of run rw35), fixed as genre rules.

- genre asking.toml [short_year]: a short year glossing a relative year in brackets (上一年度（23年）) or listed with 、
  before another year (广州24年、广东2020年度) is the full year.
- genre questions.toml [period]: a year before 预算 (21年省级预算的整改报告) is the budget year the report covers; a year
  joined by 和/与/、/及/跟/同 to an N年度 is an N年度 too (广州2024年和广东2020年度两份报告: the 度 typed once).
- genre asking.toml [[spoken]]: a count asked by its noun's 数量/个数 (单位的数量是多少) is 有几个.
- genre claims.toml [qualified_figure] glued_classifiers: 多少次会 (jieba's 次会) names no qualified thing.
- genre asking.toml [confirming]: 吧 after a clause with 过 (开过专题民主生活会吧) asks yes or no as 吗.
- genre questions.toml [roster] / [asks_result] assessed: 分别是从什么局属单位 asks a roster, 什么单位考核优秀 a result.
Each probed in wordings of my own over real dev-notice text (tests/data/notices-dev).
"""
from __future__ import annotations

import pytest

from answer.qualified import qualified_pairs
from genre.asking import plain_question
from genre.questions import load_questions
from tests.conftest import dev_files


@pytest.mark.parametrize(("question", "written"), [
    ("广州2024年度那份里，上一年度（23年）问题整改了多少个", "上一年度（2023年）"),
    ("广东2020年度报告里上一年度(19年)的问题整改完成率多少", "上一年度(2019年)"),
    ("广州24年、广东2020年度两份整改报告", "广州2024年、广东2020年度"),
    ("广东有没有22年省级预算执行的整改报告", "2022年省级预算"),
    ("服务期（15年）", "（15年）"),          # a bracket not glossing a year word: a number of years
    ("近3年、5年", "近3年、5年"),
])
def test_short_years_in_brackets_and_lists_are_full_years(question, written):
    assert written in plain_question(question)


@pytest.mark.parametrize(("question", "periods"), [
    ("广州2024年和广东2020年度两份审计整改报告", ["2024", "2020"]),
    ("广州2024年、广东省2020年度审计整改报告的报告人", ["2024", "2020"]),
    ("瑞金2020年跟广州2024年度的审计整改报告", ["2020", "2024"]),
    ("广州2024年及瑞金2020年度审计整改报告", ["2024", "2020"]),
    ("广东省审计厅有没有2021年省级预算的整改报告", ["2021"]),
    ("2023年改造了639公里，2024年呢", []),     # a figure's year, no report's
])
def test_a_year_joined_to_a_report_year_or_before_a_budget_is_a_report_year(question, periods):
    assert load_questions().period.findall(question) == periods


@pytest.mark.parametrize(("question", "written"), [
    ("边审边改的单位的数量是多少？", "边审边改的单位有几个？"),
    ("剩下没改完的数量是多少？", "剩下没改完有几个？"),
    ("巡察反馈的问题个数是多少", "巡察反馈的问题有几个"),
    ("问题的数量有多少个", "问题有几个"),
    ("问题资金的总数是多少", "问题资金的总数是多少"),   # a total stays
])
def test_a_count_asked_by_its_quantity_is_has_how_many(question, written):
    assert plain_question(question).rstrip("？") == written.rstrip("？")


def test_a_classifier_glued_to_a_one_character_noun_is_no_qualified_thing():
    assert qualified_pairs("市公安局党委开了多少次会推动整改措施落地", ()) == []
    assert qualified_pairs("主要领导先后开了多少次会传达反馈意见", ()) == []
    assert qualified_pairs("多少座餐厨垃圾处理厂", ()) == [("餐厨", "处理厂", "餐厨垃圾处理厂")]


@pytest.fixture(scope="module")
def reword_index(tmp_path_factory):
    from tests.conftest import small_index
    return small_index(tmp_path_factory, "reword36", dev_files("d01_", "d02_", "d16_", "d17_", "d19_", "d20_", "d25_",
                                                               "d32_", "d35_", "d40_"))


@pytest.mark.parametrize(("question", "both"), [
    ("广州2024年及瑞金2020年度审计整改报告的报告人是谁", ("赖志鸿", "李火生")),
    ("瑞金2020年跟广州2024年度的审计整改报告分别由谁汇报", ("赖志鸿", "李火生")),
    ("广州24年、广东2020年度两份整改报告各是在哪天的人大常委会上作的", ("2025年12月30日", "2022年7月27日")),
    ("广州2024年和广东2020年度两份审计整改报告，各是在人大常委会第几次会议上作的", ("赖志鸿", "马学斌")),
    ("广州24年和瑞金2020年度两份审计整改，哪边问题完成整改的比例更高？", ("336", "40项")),
])
def test_two_reports_named_with_one_year_typed_without_its_du_both_answer(reword_index, question, both):
    from answer.ask import ask
    answer = ask(reword_index, question, reword_index.settings)
    assert not answer.abstained and all(w in answer.answer for w in both), answer.answer


@pytest.mark.parametrize(("question", "missing"), [
    ("广东有没有22年省级预算执行的整改报告", "2022"),
    ("瑞金有没有2019年预算的审计整改报告", "2019"),
    ("广东省2021年省级预算整改报告是谁作的", "2021"),
    ("广州2024年度那份里，上一年度（23年）问题整改了多少个", "2023"),
    ("广东2020年度报告里上一年度(19年)的问题整改完成率多少", "2019"),
])
def test_a_short_or_budget_year_no_notice_covers_is_refused(reword_index, question, missing):
    from answer.ask import ask
    answer = ask(reword_index, question, reword_index.settings)
    assert answer.abstained and missing in answer.answer, answer.answer


@pytest.mark.parametrize("pair", [
    ("慈溪审计报告里点到的边审边改的单位的数量是多少？", "慈溪审计报告里点到的边审边改的单位有几个？"),
    ("厦门体育局细化的整改措施的数量是多少", "厦门体育局细化的整改措施有几个"),
    ("鲤城社科联巡察指出问题的数量有多少", "鲤城社科联巡察指出问题有几个"),
    ("广州市级审计那400个问题里已完成整改的数量是多少", "广州市级审计那400个问题里已完成整改有几个"),
    ("遂宁科技局整改领导小组下设专项整改组的数量是多少", "遂宁科技局整改领导小组下设专项整改组有几个"),
])
def test_a_count_asked_by_its_quantity_answers_as_has_how_many(reword_index, pair):
    from answer.ask import ask
    a, b = (ask(reword_index, q, reword_index.settings) for q in pair)
    assert a.answer == b.answer


@pytest.mark.parametrize(("question", "said"), [
    ("广东省委审计委办公室起草了个什么文件？打算以谁的名义发？", "省委办公厅、省政府办公厅名义"),
    ("宁波审计整改里，市级牵头部门负责干啥？区县市政府又负责啥", "属地管理责任"),
    ("慈溪审计报告里点到的边审边改的单位有几个，分别是哪些", "逍林镇"),
    ("市公安局党委开了多少次会推动整改措施落地", "8次"),
    ("鲤城社科联主要领导先后开了多少次会传达反馈意见", "2次"),
])
def test_counts_asked_with_duoshao_answer(reword_index, question, said):
    from answer.ask import ask
    answer = ask(reword_index, question, reword_index.settings)
    assert not answer.abstained and said in answer.answer, answer.answer


@pytest.mark.parametrize(("question", "written"), [
    ("揭阳公安局巡察以后开过专题民主生活会吧？", "开过专题民主生活会吗？"),
    ("厦门体育局巡察后搞过回头看吧", "搞过回头看吗？"),
    ("整改完成了吧？", "整改完成了吗？"),
    ("过几天再说吧", "过几天再说吧"),          # 过 opening the clause is no experience asked
])
def test_a_past_experience_asked_expecting_yes_is_a_yes_no_question(question, written):
    assert written.rstrip("？") in plain_question(question)


@pytest.mark.parametrize(("question", "refused"), [
    ("揭阳公安局巡察以后开过专题民主生活会吧？", True),
    ("揭阳公安局巡察以后开过民主生活会吧", True),
    ("莆田司法局整改期间召开过警示教育会吧", True),
    ("厦门体育局巡察后开过党组会议吧", False),
    ("揭阳公安局巡察以后开过党委会吧", False),
])
def test_an_experience_asked_with_ba_is_refused_when_unstated(reword_index, question, refused):
    from answer.ask import ask
    answer = ask(reword_index, question, reword_index.settings)
    assert answer.abstained == refused, answer.answer


@pytest.mark.parametrize(("question", "asked"), [
    ("收回的违规资金，分别是从什么局属单位追回的？", "roster"),
    ("分别是从哪几个局属单位追回的", "roster"),
    ("分别在什么乡镇", "roster"),
    ("绩效评估，什么单位考核优秀？", "result"),
    ("考核什么时候开始", None),
])
def test_several_units_asked_with_shenme(question, asked):
    q = load_questions()
    found = "roster" if q.asks_roster.search(question) else "result" if q.asks_result.search(question) else None
    assert found == asked
