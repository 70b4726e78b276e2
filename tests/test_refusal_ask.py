"""Integration: the refusal checks of answer.refusal run on the replies of `ask` (real index over corpus/)."""
from __future__ import annotations

import pytest

from answer.ask import ask

pytestmark = pytest.mark.integration


def test_a_figure_of_a_year_the_notice_does_not_report_is_refused(index):
    a = ask(index, "东丽区2022年全年PM2.5平均浓度是多少？")   # the 2022 notice gives 2021's figure
    assert a.abstained and "2022" in a.answer and not a.citations
    b = ask(index, "东丽区2021年PM2.5浓度是多少？")
    assert not b.abstained and "39微克" in b.answer


def test_a_plan_and_its_result_still_answer_a_question_about_results(index):
    a = ask(index, "三十年以上的旧燃气管道改完了没有？今年燃气老管网改了多少公里？")   # 计划120公里…完成122公里
    assert not a.abstained and "122公里" in a.answer


def test_a_refusal_shows_each_related_sentence_once(index):
    a = ask(index, "2019年公厕实际建成改造了多少座？")   # a work plan: targets only
    assert a.abstained and a.citations
    assert [c.n for c in a.citations] == list(range(1, len(a.citations) + 1))
    for c in a.citations:   # no quote shown inside another shown quote of the same notice
        assert not any(o is not c and o.notice_id == c.notice_id and o.start <= c.start and c.end <= o.end
                       for o in a.citations)
        assert f"[{c.n}]" in a.answer


def test_a_draft_for_an_agency_no_notice_is_about_still_draws_on_similar_notices(index):
    a = ask(index, "我们县税务局被巡察指出作风建设不严，帮我起草几条整改措施。")
    assert not a.abstained and "一是" in a.answer and a.citations
