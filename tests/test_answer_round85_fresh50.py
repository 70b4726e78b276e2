"""Round 85 (session 18), in wordings of my own over dev notices.

- A figure or a line picked out for the asker's own report (帮我提炼一个数：, 帮我找个数，我要写进汇报：, …，我要写进
  材料) is the asker's frame, dropped before what is asked is read (asking.toml [asker_frame]).
- A quoted slogan's count asked with its name left blank (要加强督查督促的是几张什么报表, 严格执行的是几个什么规定): its
  measure word after 几, the end of its words after 什么 (questions.toml [quoted_ask] name_blank); its numeral read as a
  count (“三个规定” as 3个规定, genre/quoted_figure.py); 几张 counts sheets ([asks_quantity]).
- The first N asked under a heading named before them (“思想认识有差距”下面头两个问题): the quoted heading, however long,
  or the words before the ask without the words closing a name (下面, 里: [position] named_end) name the part
  (retrieval/search/held.py holder).
- A congress session asked by the day the opening dates it (今年3月29号向人大常委会第几次会议报告过): the opening's
  sentence of that day answers, reported to or met, not the report's own subtitle (questions.toml [report_sessions]
  named_day; answer/meta.py sessions_reported).
- One figure among many in one sentence, asked by what it counts (居民健康素养水平要达到多少 of a list that also writes
  居民心理健康素养水平): the near-best clause writing the question's words in one run answers (answer/lead_run.py).
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from genre.asking import frame_dropped, load_asking
from answer.lead_run import longest_run
from genre.quoted_figure import quotes_in_digits, slogan_asked
from tests.conftest import dev_files, small_index


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    paths = dev_files("d02_", "d04_", "d05_", "d08_", "d11_", "d16_", "d17_", "d22_", "d23_", "d25_", "d20_", "d37_", "d40_")
    return small_index(tmp_path_factory, "fresh85", paths)


def _ask(index, question: str):
    return ask(index, question, index.settings)


@pytest.mark.parametrize("question, kept", [
    ("帮我提炼一个数：遂宁市科技局巡察整改制定和完善了多少个制度", "遂宁市科技局巡察整改制定和完善了多少个制度"),
    ("帮我找个数，我要写进汇报：嘉兴市文广旅局巡察整改建立完善了多少项制度", "嘉兴市文广旅局巡察整改建立完善了多少项制度"),
    ("我要写进材料里，帮我拎一个数：浙江省卫健委2023年要点里人均预期寿命目标是多少", "浙江省卫健委2023年要点里人均预期寿命目标是多少"),
    ("帮我提炼一句话写进汇报：浙江省卫健委2023年要点里人均预期寿命要达到多少", "浙江省卫健委2023年要点里人均预期寿命要达到多少"),
    ("嘉兴市文广旅局巡察整改收回清退了多少违规资金，我要写进汇报", "嘉兴市文广旅局巡察整改收回清退了多少违规资金"),
    ("提炼个关键数据放进PPT里：遂宁市科技局完善了几个制度？", "遂宁市科技局完善了几个制度？"),
])
def test_a_pick_for_the_askers_report_is_a_frame(question, kept):
    assert frame_dropped(question, load_asking()) == kept


def test_a_pick_frame_alone_is_kept():
    assert frame_dropped("帮我找个数字", load_asking()) == "帮我找个数字"


@pytest.mark.parametrize("question, wanted", [
    ("帮我提炼一个数：遂宁市科技局巡察整改制定和完善了多少个制度", "制度13个"),
    ("帮我找个数，我要写进汇报：嘉兴市文广旅局巡察整改建立完善了多少项制度", "建立完善制度45项"),
    ("我要写进材料里，帮我拎一个数：浙江省卫健委2023年要点里人均预期寿命目标是多少", "82.4岁"),
    ("嘉兴市文广旅局巡察整改收回清退了多少违规资金，我要写进汇报", "5.0227万元"),
    ("提炼个关键数据放进PPT里：遂宁市科技局完善了几个制度？", "制度13个"),
])
def test_a_figure_picked_for_a_report_is_answered(dev_index, question, wanted):
    a = _ask(dev_index, question)
    assert not a.abstained and wanted in a.answer.split("\n")[0]


def test_a_slogan_asked_with_its_name_blank():
    assert slogan_asked("要加强督查督促的是几张什么报表", "加强“重点工作5张报表”督查督促")
    assert slogan_asked("严格执行的是几个什么规定", "对“三个规定”进行专题解读")
    assert not slogan_asked("严格执行的是什么规定", "对“三个规定”进行专题解读")
    assert not slogan_asked("几个什么问题", "对“三个规定”进行专题解读")
    assert slogan_asked("督查督促用的报表有几张", "加强“重点工作5张报表”督查督促")
    assert quotes_in_digits("实施“十项重大工程”") == "实施“10项重大工程”"


@pytest.mark.parametrize("question, wanted", [
    ("宁波审计整改报告里抓的是几张什么清单？", "“七张问题清单”"),
    ("慈溪审计整改附海镇制订的是几张什么单子？", "“三张单子”"),
    ("浙江省卫健委2023年要点里要实施几项什么重大工程？", "“十项重大工程”"),
    ("利州区法院严格执行的是几个什么规定", "“三个规定”"),
    ("湖州市卫健委2023年要点，加强督查督促的是几张啥报表", "“重点工作5张报表”"),
    ("湖州市卫健委2023年要点，督查督促的报表一共有几张", "“重点工作5张报表”"),
])
def test_a_slogan_count_asked_with_its_name_blank(dev_index, question, wanted):
    a = _ask(dev_index, question)
    assert not a.abstained and wanted in a.answer.split("[1]")[0]


@pytest.mark.parametrize("question, wanted", [
    ("芦淞区司法局通报“思想认识有差距”下面前两个问题是什么", ["1.党组理论学习中心组次数不达标", "2.学习缺乏自觉性和紧迫感"]),
    ("芦淞区司法局通报思想认识有差距下面前两个问题是什么", ["1.党组理论学习中心组次数不达标", "2.学习缺乏自觉性和紧迫感"]),
    ("揭阳市公安局通报里“纠治群众身边不正之风和腐败问题力度不足”下面头两条是啥", ["为民服务意识不强", "2.重点领域关键环节"]),
    ("揭阳市公安局通报“学习贯彻习近平新时代中国特色社会主义思想不到位”底下前三个问题", ["1.学习贯彻总书记", "3.履行公安机关"]),
    ("绵阳市司法局通报“党组组织巡察整改落实情况”下面前两条", ["一是坚持政治统领", "二是坚持以上率下"]),
    ("湖北省司法厅通报里“党委履行巡视整改主体责任情况”下面头两项是什么", ["(一)提高政治站位", "(二)强化责任担当"]),
])
def test_the_first_n_under_a_heading_named(dev_index, question, wanted):
    a = _ask(dev_index, question)
    assert not a.abstained and all(w in a.answer for w in wanted), a.answer
    assert "反馈问题整改进展情况[" not in a.answer and "一、巡察发现的问题[" not in a.answer


@pytest.mark.parametrize("question, wanted, not_wanted", [
    ("广东审计整改报告说3月29日那次向人大常委会报告的是第几次会议", "第四十一次会议报告了", "第四十五次"),
    ("广东省2020年度审计整改报告，3月29号是向哪次人大常委会会议报告的？", "第四十一次会议报告了", "第四十五次"),
    ("慈溪审计整改报告里，7月30号那次人大常委会是第几次会议？", "第十四次会议后", "第十六次"),
    ("慈溪2017年度审计整改报告，2018年7月30日开的是人大常委会第几次会议", "第十四次会议后", "第十六次"),
    ("慈溪审计整改报告，11月22号在人大常委会第几次会议上报告的", "第十六次会议上", "第十四次"),
    ("广东审计整改报告是在第几次会议上作的", "第四十五次会议上", "第四十一次"),
])
def test_a_session_asked_by_the_day_the_opening_dates(dev_index, question, wanted, not_wanted):
    a = _ask(dev_index, question)
    assert not a.abstained and wanted in a.answer and not_wanted not in a.answer, a.answer


def test_the_longest_run_asked():
    assert longest_run("居民健康素养水平达39%以上", "居民健康素养水平要达到多少") == 8
    assert longest_run("居民心理健康素养水平达25%以上", "居民健康素养水平要达到多少") == 6


@pytest.mark.parametrize("question, wanted, not_wanted", [
    ("浙江省卫健委2023年要点里居民健康素养水平要达到多少", "居民健康素养水平达39%以上", "25%"),
    ("浙江省卫健委2023年要点里居民心理健康素养水平目标多少", "居民心理健康素养水平达25%以上", "39%"),
    ("浙江省卫健委2023年要点，重点人群签约覆盖率要达到多少", "重点人群签约覆盖率达85%以上", "42%"),
    ("浙江省卫健委2023年要点里家庭医生签约服务覆盖率目标是多少", "家庭医生居民签约服务覆盖率达42%以上", "85%"),
    ("浙江省卫健委2023年要点里居民电子健康档案开放率要到多少", "居民电子健康档案开放率达70%以上", "25%"),
    ("嘉兴市文广旅局巡察整改建立完善了多少项制度", "建立完善制度45项", "5.0227"),
])
def test_one_figure_among_many_by_what_it_counts(dev_index, question, wanted, not_wanted):
    lead = _ask(dev_index, question).answer.split("\n")[0]
    assert wanted in lead and not_wanted not in lead, lead
