"""Round 30, worked figures in follow-ups: each convention probed in five wordings of my own on real dev-notice text
(tests/data/notices-dev), unit by unit and end to end over a small index of dev notices.

- A follow-up opens with 那/那么 right before the place it turns to (那广州还没改完的有多少个): the place is read
  (genre places.toml [context] opening_words); 百分之几 frames a share ask, 没改完/改完 are searched as notices write
  them (未完成, 完成整改): the totals statement is found and the rest and its share worked out.
- An average asked as 平均一个问题几条 / 每个问题平均几条 of two counts of one sentence (11个问题,…整改措施14条): the
  things in the unit asked over the groups, the division stated (genre worked.toml [average]).
- A sum asked beside another count in one line (措施细化成多少条？党组会加领导小组会一共几次): the sum's own ask is read,
  its unit not the other ask's (answer/combined.py sum_asked).
- A word of all between the thing and the verb (整改方案一共定了几个？分别是什么): the kinds summed (genre worked.toml
  [kinds_total] before).
- How often an act recurs (多长时间评一次, 一年下来评几回): the clause stating its period (每季评选优秀个人) leads, the times
  a year worked out (genre worked.toml [frequency]).
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.averages import average_note
from answer.combined import sum_note
from answer.frequency import frequency_note, frequency_span
from answer.worked import kinds_total_note, rate_note, remaining_note
from genre.counted import kinds_asks
from genre.frequency import frequency_asked, how_often_asked
from genre.places import find_places
from genre.staff_words import in_notice_words
from tests.conftest import dev_files, dev_text, sentence_holding, small_index

GUANGZHOU = "反映的400个问题,已完成整改336个"                           # d16
LUSONG = "巡察组共反馈29个问题,其中已完成整改28个,阶段性完成整改1个"   # d08
LICHENG = "对巡察反馈的3个方面6项共11个问题,制定有针对性和可操作性的整改措施14条"   # d35
SHUOZHOU = "党组紧紧围绕巡察反馈的4个方面33个问题"                    # d26
XIAMEN = "局主要领导组织召开7次党组会议、12次巡察整改领导小组会议,专题研究巡察整改工作方案和具体整改措施,细化制定整改措施239条"
MIANYANG = "研究制定1个总方案,2个专项方案,明确局党组对巡察整改负主体责任"   # d05


@pytest.mark.parametrize("question, place", [
    ("那广州还没改完的有多少个？占百分之几", "广州市"),
    ("那么芦淞呢，没整改完的问题有几个，占百分之多少", "芦淞区"),
    ("我看完了，那鲤城的呢", "鲤城区"),
    ("那再看看绵阳，整改方案定了几个", "绵阳市"),
    ("好的。那朔州科技局平均每个方面几个问题", "朔州市"),
])
def test_a_place_after_an_opening_that_is_read(question, place):
    assert [p.full_name for p in find_places(question)][:1] == [place]


def test_that_inside_a_word_still_names_no_place():
    assert find_places("刹那广州") == []


def test_a_demonstrative_before_a_place_ends_a_word():
    assert [p.name for p in find_places("那个广州的")] == ["广州"]


@pytest.mark.parametrize("question, text, rest", [
    ("那广州还没改完的有多少个？占百分之几", GUANGZHOU, "未完成64/共400，占16%"),
    ("广州审计查出来的问题，没改完的还剩多少？占多少", GUANGZHOU, "未完成64/共400，占16%"),
    ("那么芦淞呢，没整改完的问题有几个，占百分之多少", LUSONG, "未完成1/共29，约占3.4%"),
    ("那芦淞司法局还没改完的有几个？占百分之几", LUSONG, "未完成1/共29，约占3.4%"),
    ("广州审计整改，还有多少个问题没改完，占总数百分之多少", GUANGZHOU, "未完成64/共400，占16%"),
])
def test_the_rest_and_its_share_are_worked_out(question, text, rest):
    assert rest in rate_note(question, text)
    assert remaining_note(question, text)


def test_spoken_done_is_searched_as_notices_write_it():
    assert in_notice_words("还没改完的有多少个") == "还未完成的有多少个"
    assert in_notice_words("没整改完的问题") == "未完成的问题" and in_notice_words("改完了吗") == "完成整改了吗"


@pytest.mark.parametrize("question, text, said", [
    ("鲤城社科联反馈的问题有几个，定了几条措施？平均一个问题几条", LICHENG, "14条整改措施/11个问题，平均每个问题约1.3条（14÷11≈1.27）"),
    ("鲤城社科联每个问题平均对应几条整改措施", LICHENG, "平均每个问题约1.3条（14÷11≈1.27）"),
    ("鲤城社科联平均每个问题定了多少条措施", LICHENG, "平均每个问题约1.3条"),
    ("朔州科技局的问题，平均一个方面有几个", SHUOZHOU, "33个问题/4个方面，平均每个方面约8.3个（33÷4=8.25）"),
    ("朔州科技局那份，一个方面平均有几个问题", SHUOZHOU, "平均每个方面约8.3个"),
])
def test_an_average_is_worked_out_with_its_division(question, text, said):
    assert said in average_note(question, text)


@pytest.mark.parametrize("question", [
    "厦门体育局那份，措施细化成多少条？党组会加领导小组会一共几次",
    "厦门体育局的措施细化了多少条，党组会和领导小组会加起来开了几次",
    "厦门体育局党组会开了几次？领导小组会呢？合起来一共几次",
    "厦门体育局一共开了几次会？党组会和领导小组会分别几次，加起来多少",
    "那厦门体育局的呢？措施有多少条？两种会一共开了几次",
])
def test_a_sum_asked_beside_another_count_is_its_own_ask(question):
    assert sum_note(question, XIAMEN) == "（按通报数字推算：7次+12次，合计19次。）"


@pytest.mark.parametrize("question", [
    "绵阳市司法局那次巡察，整改方案一共定了几个？分别是什么",
    "绵阳司法局整改方案总共制定了几个，都是什么方案",
    "绵阳司法局的方案一共出了几个？分别叫什么",
    "绵阳司法局一共定了几个整改方案？分别是哪几个",
    "绵阳司法局巡察整改，方案共制定了多少个？各是什么",
])
def test_kinds_are_summed_with_a_word_of_all_before_the_verb(question):
    assert kinds_asks(question)[0].noun == "方案"
    assert kinds_total_note(question, MIANYANG) == "（按通报数字推算：共3个：1个总方案、2个专项方案。）"


HUZHOU = sentence_holding(dev_text("d22_"), "每季评选优秀个人")


@pytest.mark.parametrize("question, text, clause, said", [
    ("湖州卫健要点里优秀个人多长时间评一次？一年下来评几回", HUZHOU, "每季评选优秀个人", "每季一次，一年4次"),
    ("湖州卫健委优秀单位多久评选一次？一年评几次", HUZHOU, "每月评选出优秀单位、优秀区县、优秀处室", "每月一次，一年12次"),
    ("湖州卫健要点，优秀区县每隔多长时间评一回", HUZHOU, "每月评选出优秀单位、优秀区县、优秀处室", "每月一次，一年12次"),
    ("湘潭妇联的工作例会多长时间开一次？一年开几次", sentence_holding(dev_text("d28_"), "每月初召开工作例会"),
     "每月初召开工作例会", "每月一次，一年12次"),
    ("利州法院对没及时填报的干警多久通报一次", sentence_holding(dev_text("d37_"), "每月底未及时填报"),
     "对每月底未及时填报的干警予以通报", "每月一次，一年12次"),
])
def test_how_often_is_answered_by_the_period_stated(question, text, clause, said):
    assert frequency_asked(question) and how_often_asked(question)
    a, b = frequency_span(text, [(0, len(text))], question)
    assert text[a:b].strip() == clause
    assert frequency_note(question, text[a:b]) == f"（按通报所写频次推算：{said}。）"


def test_a_count_asked_of_no_period_is_no_frequency():
    assert not frequency_asked("开了几次党组会") and not how_often_asked("湖州卫健优秀处室一年评几回")
    assert frequency_asked("湖州卫健优秀处室一年评几回")
    assert frequency_note("开了几次会", "每月初召开工作例会") == ""


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    return small_index(tmp_path_factory, "worked30", dev_files("d05_", "d08_", "d16_", "d22_", "d28_", "d32_", "d35_"))


@pytest.mark.parametrize("question, said", [
    ("那广州还没改完的有多少个？占百分之几", "未完成64/共400，占16%"),
    ("鲤城社科联反馈的问题有几个，定了几条措施？平均一个问题几条", "14÷11≈1.27"),
    ("厦门体育局那份，措施细化成多少条？党组会加领导小组会一共几次", "合计19次"),
    ("绵阳市司法局那次巡察，整改方案一共定了几个？分别是什么", "共3个：1个总方案、2个专项方案"),
    ("湖州卫健要点里优秀个人多长时间评一次？一年下来评几回", "每季一次，一年4次"),
    ("湘潭市妇联整改例会多久开一次？巡察搞了多少天", "每月一次，一年12次"),   # the other ask keeps its clauses:
])
def test_end_to_end(dev_index, question, said):
    a = ask(dev_index, question)
    assert not a.abstained and said in a.answer, a.answer
    if "巡察搞了多少天" in question:   # its dates quoted and their span worked out beside the period
        assert "2023年10月11日至12月1日" in a.answer and "共52天" in a.answer
