"""Round 25 (brief h_ooc): out-of-corpus asks that were answered, each convention probed in five wordings of my own on
real dev-notice text (tests/data/notices-dev), refused; and five close asks the notices do answer, still answered.

- Whether an event of a kind happened (开过专题民主生活会吗, 有没有召开座谈会) needs a notice naming that kind of event;
  the inspection's dates or a meeting of another kind do not answer (genre claims.toml [asked_event]).
- A place with notices of its own, none of the year (N年度), kind or agency asked: a notice of its province or of any
  other place does not stand in for them; the refusal says what the place's notices cover
  (retrieval.search.own_place.own_place_unmet). A notice naming no place still may (users import their own) when no agency
  is asked (round 70: not for 绵阳市公安局 beside 绵阳's 司法局 notice).
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.claims import event_unreported
from genre.events import event_asked
from retrieval.load import load_notice
from retrieval.search.scope import scope_for
from tests.conftest import dev_files, dev_text, small_index

JIEYANG = dev_text("d20_")      # findings only: no meeting of any kind reported
MIANYANG = dev_text("d05_")     # 召开巡察整改专题民主生活会
XIAMEN = dev_text("d32_")       # 多次组织召开巡察整改专题会议
XIANGTAN = dev_text("d28_")     # …统计监测培训会


@pytest.mark.parametrize(("question", "asked"), [
    ("揭阳公安局巡察以后开过专题民主生活会吗？", "专题民主生活会"),
    ("湘潭妇联巡察整改期间开过专题民主生活会没有？", "专题民主生活会"),
    ("瑞金审计整改是否召开了座谈会？", "座谈会"),
    ("嘉兴文旅局巡察整改开没开动员部署会？", "动员部署会"),
    ("有没有办过培训班", "培训班"),
    ("民主生活会是哪天开的？", ""),   # when, not whether: answer.unstated / dated meetings read it
    ("整改措施有哪些？", ""),
])
def test_whether_an_event_happened_is_asked(question, asked):
    found = event_asked(question)
    assert (found.asked if found else "") == asked


@pytest.mark.parametrize(("question", "text", "refused"), [
    ("揭阳公安局巡察以后开过专题民主生活会吗？", JIEYANG, True),
    ("揭阳市公安局巡察后召开过警示教育大会吗？", JIEYANG, True),
    ("湘潭妇联巡察整改期间开过专题民主生活会没有？", XIANGTAN, True),
    ("厦门体育局整改的时候有没有办过培训班？", XIAMEN, True),
    ("揭阳公安局有无召开党组会研究整改？", JIEYANG, True),
    ("绵阳司法局巡察整改开过民主生活会吗？", MIANYANG, False),
    ("厦门体育局开过专题会议吗？", XIAMEN, False),
    ("湘潭妇联开过培训会吗？", XIANGTAN, False),
    ("绵阳司法局是否召开过专题民主生活会？", MIANYANG, False),
    ("厦门体育局有没有开专题会研究整改", XIAMEN, False),
])
def test_an_event_the_notice_never_names_is_unreported(question, text, refused):
    assert bool(event_unreported(question, [text])) is refused


def _notices(*prefixes: str):
    return [load_notice(p) for p in dev_files(*prefixes)]


PLACED = ("d01_", "d02_", "d13_", "d16_", "d17_", "d22_", "d23_", "d40_")


@pytest.mark.parametrize(("question", "place", "covered"), [
    ("宁波2023年度市本级审计工作报告问题整改情况怎么样", "宁波", "2021年度"),
    ("广州2022年度审计查出问题的整改进展怎么样", "广州", "2024年度"),
    ("慈溪2019年度审计整改报告里整改了多少问题？", "慈溪", "2017年度"),
    ("瑞金2022年度预算执行审计整改情况？", "瑞金", "2020年度"),
    ("湖州2024年度卫生健康工作要点有哪些重点任务？", "湖州", "2023年度"),
])
def test_another_places_notice_does_not_stand_in_for_a_places_own(question, place, covered):
    s = scope_for(question, _notices(*PLACED))
    assert s.unmatched and s.covered.startswith(f"{place}的通报只涉及{covered}"), s


@pytest.mark.parametrize(("question", "first"), [
    ("宁波2021年度审计整改情况怎么样？", "d02_"),
    ("广州2024年度审计查出的问题整改得怎么样？", "d16_"),
    ("慈溪2017年度审计查出的问题整改了多少？", "d17_"),
    ("湖州2023年卫生健康工作要点有哪些重点任务？", "d22_"),
    ("杭州2023年卫生健康工作有哪些要点？", "d23_"),   # 杭州 has no notice of its own: the province's plan covers it
])
def test_a_places_own_notice_or_its_provinces_when_it_has_none_still_answers(question, first):
    s = scope_for(question, _notices(*PLACED))
    assert not s.unmatched and s.preferred[0][0].startswith(first), s


@pytest.mark.parametrize("question", [
    "广东那个市公安局是被哪个巡察组巡的？什么时候？",
    "广东那个市公安局巡察发现的第一大类问题下面列了几条？",
])
def test_a_place_named_as_a_region_asks_for_no_notice_of_its_own(question):
    s = scope_for(question, _notices(*PLACED, "d19_", "d20_"))   # 广东 has its own (audit) notice: not asked here
    assert not s.unmatched and s.preferred[0][0].startswith("d20_"), s


def test_a_notice_naming_no_place_does_not_stand_in_beside_the_places_own_of_another_agency():
    # round 70 (brief h_scope70, dev u3164) reversed this: 绵阳 is known by its 司法局's notice, so a placeless 市公安局's
    # is not shown as 绵阳's; the refusal names 绵阳's own notice and the closest (tests/test_answer_round70_scope.py)
    s = scope_for("绵阳市公安局巡察整改进展 巡察组哪天反馈", _notices(*PLACED, "d05_", "d19_"))   # 绵阳: 司法局 only
    assert s.unmatched and not s.preferred and "绵阳" in s.covered


@pytest.fixture(scope="module")
def ooc_index(tmp_path_factory):
    return small_index(tmp_path_factory, "ooc25", dev_files(*PLACED, "d05_", "d19_", "d20_", "d28_", "d32_"))


@pytest.mark.parametrize(("question", "refused"), [
    ("宁波2023年度市本级审计工作报告问题整改情况怎么样", True),
    ("华容县2023年度重点工作任务完成得怎么样", True),
    ("揭阳公安局巡察以后开过专题民主生活会吗？", True),
    ("湘潭妇联巡察整改期间开过专题民主生活会没有？", True),
    ("宁波2021年度审计整改情况怎么样？", False),
    ("华容县2021年度重点工作任务有哪些？", False),
    ("绵阳司法局巡察整改开过民主生活会吗？", False),
    ("厦门体育局开过专题会议吗？", False),
])
def test_end_to_end(ooc_index, question, refused):
    a = ask(ooc_index, question)
    assert a.abstained is refused, a.answer
