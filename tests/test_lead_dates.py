"""The dates of a notice's opening (who inspected whom, when it reported back) answer only questions about
those steps; a year a meeting covers ("2024年度民主生活会") answers a question asking which year."""
from __future__ import annotations

from answer.lead import lead_spans
from answer.sentences import asked_units

OPENING = ("根据市委统一部署,2022年11月18日至2023年1月18日,市委第五巡察组对市社科联党组开展了常规巡察。"
           "3月3日,市委巡察组向市社科联党组反馈了巡察意见。"
           "党组按照要求高质量召开市委巡察整改专题民主生活会,班子成员深入开展批评和自我批评。")   # d34, 枣庄市社科联
WORDS = ("专题", "民主", "生活会", "反馈", "进驻", "巡察", "完成")


def _lead(text: str, question: str) -> list[str] | None:
    tokens = {w: 1.0 for w in WORDS if w in question}   # the question's own words, as the answer weighs them
    got = lead_spans(text, [(0, len(text))], question, tokens, [])
    return None if got is None else [text[a:b] for a, b in got]


def test_the_inspection_dates_do_not_date_another_step():
    assert _lead(OPENING, "社科联的巡察整改专题民主生活会是哪天开的？") is None
    assert _lead(OPENING, "社科联的巡察整改什么时候全部完成？") is None


def test_the_inspection_dates_answer_when_it_came_and_reported_back():
    assert "3月3日" in _lead(OPENING, "社科联的巡察意见是哪天反馈的？")[0]
    assert "2022年11月18日" in _lead(OPENING, "社科联的巡察是哪天进驻的？")[0]
    assert "2022年11月18日" in _lead(OPENING, "社科联被巡察是什么时候？")[0]


def test_a_covered_year_answers_which_year():
    text = ("巡察反馈会后,市局党委第一时间召开党委会议,照单全收问题。"
            "把巡察整改问题作为2024年度民主生活会重点内容,党委班子成员逐一对照检查。")   # d19, 市公安局党委
    got = lead_spans(text, [(0, len(text))], "市公安局党委把巡察整改放进了哪一年的民主生活会？", {"民主": 1.0}, [])
    assert got and "2024年度" in text[got[0][0]:got[0][1]]
    assert lead_spans(text, [(0, len(text))], "党委会议是哪天开的？", {"党委": 1.0}, []) is None   # 年度 is no day


def test_one_count_asked_is_not_answered_by_a_clause_counting_another_thing():
    text = ("重点针对巡察反馈的有关问题,围绕完善财务管理、机关党建等方面,制定和完善相关制度13个,"
            "不断增强对权力运行的监督制约。")   # d25, 遂宁市科技局: the problems are mentioned, not counted
    assert lead_spans(text, [(0, len(text))], "科技局巡察反馈了多少个问题？", {"反馈": 1.0}, ["个"]) is None
    assert lead_spans(text, [(0, len(text))], "科技局建了多少个制度？", {"制度": 1.0}, ["个"])


def test_people_counted_with_the_spoken_classifier_are_counted_in_people():
    text = "在巡视整改工作中,教育提醒4人;建立完善制度15项。"   # d27, 浙江省妇联
    got = lead_spans(text, [(0, len(text))], "妇联巡视整改中教育提醒了几个人？", {"教育": 1.0, "提醒": 1.0},
                     asked_units("妇联巡视整改中教育提醒了几个人？"))
    assert got and text[got[0][0]:got[0][1]] == "教育提醒4人"


def test_the_noun_counted_may_stand_before_the_ask():
    text = ("重点针对巡察反馈的有关问题,围绕完善财务管理、机关党建等方面,制定和完善相关制度13个,"
            "不断增强对权力运行的监督制约。")   # d25: problems mentioned, never counted
    assert lead_spans(text, [(0, len(text))], "科技局反馈的问题有多少个？", {"反馈": 1.0}, ["个"]) is None
    counted = "巡察组共反馈29个问题,其中已完成整改28个。"   # d08
    got = lead_spans(counted, [(0, len(counted))], "司法局反馈的问题有多少个？", {"反馈": 1.0}, ["个"])
    assert got and "29个问题" in counted[got[0][0]:got[0][1]]


def test_the_year_in_a_documents_name_dates_nothing():
    text = "现将《2023年全市卫生健康工作要点》下发给你们,请认真贯彻执行。"   # d22, 湖州市卫生健康委
    assert lead_spans(text, [(0, len(text))], "工作要点是哪天印发的？", {"印发": 1.0}, []) is None
