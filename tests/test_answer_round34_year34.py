"""Round 34 (session 15, h_year34): years the asker states about the notice, and relative years resolved.

- genre questions.toml [published_year]: a year attached to the notice's publication (通报是2025年发的, 2025年那份通报,
  2024年挂出来的那个) is held against the notice's date (page date, 落款 line; an undated notice: its latest dated act, up
  to `undated_lag` years before), even when a figure is asked, and no longer sought in the quoted sentences; a year of a
  figure (2024年收回多少资金, 2024年印发的方案) is not one (answer/refusal.py years_missing, answer/extractive.py).
- genre questions.toml [relative_year]: 今年/去年/前年 read from the notice's own year, 次年/第二年/当年 from the year named
  before them; the resolved year is held as a typed year is (a year the notice does not cover is refused: 去年（2022年）),
  and said once after the lead (answer/years_asked.py year_note, answer/ask.py). A relative word the notice writes itself
  (a report's own 今年) or that the asker quotes (“今年8月”是哪年) is the notice's own: left to answer/meta.py.
Each probed in wordings of my own over real dev-notice text (tests/data/notices-dev).
"""
from __future__ import annotations

import pytest

from answer.years_asked import notice_year, years_read
from genre.relative_years import latest_dated_year, published_years, relative_years
from retrieval.load import Notice
from tests.conftest import dev_files


def _notice(date: str, text: str) -> Notice:
    return Notice("d", "d.txt", "通报", "", date, "", "", text, "txt", "utf-8")


OPENING_D07 = "根据市委巡察工作统一部署,2023年4月20日至5月31日,八届市委巡察四组对市司法局开展巡察,并于2024年1月4日反馈了巡察意见。"


@pytest.mark.parametrize(("question", "years"), [
    ("莆田司法局通报是2025年发的，说巡察在前年", ("2025",)),
    ("2025年那份通报里巡察进驻几天", ("2025",)),
    ("2024年挂出来的那个科协通报", ("2024",)),
    ("2022年10月挂网的那份广东审计整改报告", ("2022",)),
    ("2020年11月挂出来的那个体育局通报，整改措施细化了多少条", ("2020",)),
    ("2024年收回多少资金", ()),                 # a figure's year
    ("2024年印发的方案有几个", ()),             # a document the notice names
    ("宁波2021年度那份审计工作报告", ()),        # the year a report covers
])
def test_a_year_attached_to_publication_is_read_as_the_notices(question, years):
    assert tuple(y for y, _, _ in published_years(question)) == years


@pytest.mark.parametrize(("question", "year", "said"), [
    ("巡察在前年，反馈是去年几月几号", 2025, [("前年", 2023), ("去年", 2024)]),
    ("省卫健委今年要点里人均预期寿命目标", 2023, [("今年", 2023)]),
    ("2024年被巡察，第二年才反馈的吗", None, [("第二年", 2025)]),
    ("前年被巡察，次年几号反馈", 2025, [("前年", 2023), ("次年", 2024)]),
    ("广州上一年度审计工作报告", 2026, []),        # 上一年度: a report year, another reckoning
    ("“今年8月”是哪年", 2023, []),                 # quoted: the notice's own word
])
def test_relative_years_resolve_from_the_notice_or_the_year_named_before(question, year, said):
    assert [(w.word, w.year) for w in relative_years(question, year)] == said


def test_an_undated_notice_is_as_late_as_its_latest_dated_act():
    assert latest_dated_year("2024年2月20日至3月26日巡察，2025年1月21日反馈，2026年6月底前完成") == 2025
    assert notice_year(_notice("", OPENING_D07))[0] == 2024
    assert notice_year(_notice("", OPENING_D07), "通报是2025年发的")[0] == 2025
    assert notice_year(_notice("2025-02-17", OPENING_D07))[0] == 2025


def test_a_publication_year_is_held_by_the_date_and_relative_years_written_as_years():
    read = years_read("通报是2025年发的，说巡察在前年，巡察进驻几天？反馈是去年几月几号", _notice("2025-02-17", OPENING_D07))
    assert read.unmet == () and "2025" not in read.checked and "2023年" in read.checked and "2024年" in read.checked
    assert years_read("通报是2024年发的，巡察进驻几天", _notice("2025-02-17", OPENING_D07)).unmet == ("2024年发布",)


@pytest.fixture(scope="module")
def year_index(tmp_path_factory):
    from tests.conftest import small_index
    return small_index(tmp_path_factory, "year34", dev_files("d02_", "d07_", "d08_", "d23_", "d29_", "d32_", "d34_", "d35_",
                                                             "d37_", "d38_"))


@pytest.mark.parametrize(("question", "said"), [
    ("莆田司法局通报是2025年发的，说巡察在前年，巡察进驻几天？反馈是去年几月几号", "“前年”即2023年，“去年”即2024年"),
    ("枣庄社科联巡察是去年几月开始的？今年几号反馈的？", "“去年”即2022年，“今年”即2023年"),
    ("鲤城社科联今年几月被巡察的？", "“今年”即2024年"),
    ("厦门体育局去年被巡察是哪几天，今年几号反馈的", "“去年”即2019年，“今年”即2020年"),
    ("中山一院去年几月被巡察的，今年几号反馈", "“去年”即2024年，“今年”即2025年"),
    ("省卫健委今年要点里人均预期寿命和居民健康素养水平目标各是多少", "“今年”即2023年"),
    ("区委巡察二组巡的那个区科协，巡察是去年几月到几月？今年几号反馈", "“去年”即2024年，“今年”即2025年"),
    # a report published 2023-01-06 writes 今年8月 (2022): 去年 from its page date is that year, held by the quoted 今年
    ("宁波那份审计整改报告，去年几月人大常委会听了审计工作报告？", "“去年”即2022年"),
])
def test_a_relative_year_is_answered_with_the_year_it_resolved_to(year_index, question, said):
    from answer.ask import ask
    answer = ask(year_index, question, year_index.settings)
    assert not answer.abstained and answer.answer.count(said) == 1, answer.answer


@pytest.mark.parametrize("question", [
    "鲤城社科联那份通报是2024年发的，巡察组哪天反馈的？",
    "2020年挂出来的那个厦门体育局通报，整改措施细化了多少条？",
    "2023年那份枣庄社科联通报，党组会议和专题会议研究整改开了几次？",
    "芦淞司法局2025年发布的那份通报里，中心组学习开了几次？",
    "利州法院那份通报是2025年发的，今年一到三月三个规定填报了多少条？",
    "2024年挂出来的那个鲤城社科联通报，巡察是哪天开始的？",
])
def test_a_publication_year_the_date_holds_answers(year_index, question):
    from answer.ask import ask
    answer = ask(year_index, question, year_index.settings)
    assert not answer.abstained, answer.answer


@pytest.mark.parametrize(("question", "missing"), [
    ("鲤城社科联那份通报是2023年发的，巡察组哪天反馈的？", "2023年发布"),
    ("2021年挂出来的那个厦门体育局通报，整改措施细化了多少条？", "2021年发布"),
    ("2022年那份枣庄社科联通报，党组会议和专题会议研究整改开了几次？", "2022年发布"),
    ("利州法院那份通报是2023年发的，三个规定填报了多少条？", "2023年发布"),
    ("芦淞司法局2023年发布的那份通报里，中心组学习开了几次？", "2023年发布"),
    ("省卫健委去年要点里人均预期寿命目标是多少", "去年（2022年）"),
    ("枣庄社科联前年被巡察了多少天", "前年（2021年）"),
    ("厦门体育局前年几号被反馈的", "前年（2018年）"),
    ("芦淞司法局前年中心组学习开展了几次？", "前年（2023年）"),
    ("鲤城社科联去年几号被反馈的", "去年（2023年）"),
])
def test_a_year_the_notice_does_not_cover_is_refused(year_index, question, missing):
    from answer.ask import ask
    answer = ask(year_index, question, year_index.settings)
    assert answer.abstained and missing in answer.answer, answer.answer
