"""Round 81 (session 17), in wordings of my own over dev notices.

- Measures asked with their count in one line (采取了哪些做法，一共几条; 怎么整改的，一共有几条措施; 总共几点): the
  measures are answered as the measures ask alone is, led by the run of 一是…三是 items they sit in, counted
  (共3条（计数所得）：一是…[1]；…); a notice numbering no items and stating no count answers the measures with a note,
  never a refusal (questions.toml [measures_counted]; genre/measures_counted.py; answer/extractive.py).
- A rough figure spoken with its rounding word between the tens and the unit (三十出头个问题, 二十好几个) or 多 between 个
  and 亿 (25个多亿) is checked against the notice's figure (figures.toml [checked_figure] groups mid, round3).
- Two asks in one line, the second asking the notice's own publication day (开了几次会？通报哪天发布的): the page header
  answers it, not a refusal of the issue day of a document the first ask names (documents.toml [unnamed_document]
  own_notice; genre/documents.py).
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from genre.measures_counted import item_runs, measures_count_ask, run_quoted
from tests.conftest import dev_files, small_index

JIAXING = ("市文化广电旅游局党委高度重视巡察整改工作。一是统一思想认识,落实整改责任。深刻领会市委对巡察整改工作的指示精神。"
           "二是加强组织领导,健全工作机制。成立局巡察整改工作领导小组。三是抓实问题整改,强化长效监管。建立自查督查报告机制。")
LIZHOU = ("整改情况:一是强化警示宣传。2025年1月以来,3次在全院干警大会上进行专题解读。二是专人提醒督导。明确各部门廉政督察员。"
          "三是压实考核问责。对每月底未及时填报的干警予以通报。\n整改情况:一是健全信访工作机制。2025年2月修改完善办法。"
          "二是构建分类管控体系。立案庭分类建立信访台账。")


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    paths = dev_files("d01_", "d02_", "d05_", "d11_", "d14_", "d17_", "d26_", "d28_", "d34_", "d35_", "d37_", "d40_")
    return small_index(tmp_path_factory, "count81", paths)


def _ask(index, question: str):
    return ask(index, question, index.settings)


def test_the_count_ask_closing_a_measures_ask():
    assert measures_count_ask("嘉兴市文广旅局党委抓整改采取了哪些做法，一共几条") == ("嘉兴市文广旅局党委抓整改采取了哪些做法", "条")
    assert measures_count_ask("怎么抓的巡察整改，分几个方面")[1] == "个方面"
    assert measures_count_ask("共制定整改措施多少条？") is None   # a stated count asked, no measures beside it
    assert measures_count_ask("一共几条") is None
    assert measures_count_ask("为巡视整改专项督查派出的督查组，一共几个？") is None   # a thing counted, no measures asked


def test_the_run_the_quotes_sit_in_is_counted():
    assert len(item_runs(JIAXING)) == 1
    assert [JIAXING[a:b] for a, b in item_runs(JIAXING)[0]] == [
        "一是统一思想认识,落实整改责任", "二是加强组织领导,健全工作机制", "三是抓实问题整改,强化长效监管"]
    second = LIZHOU.index("2025年2月")
    assert [LIZHOU[a:b] for a, b in run_quoted(LIZHOU, [(second, second + 10)])] == ["一是健全信访工作机制", "二是构建分类管控体系"]
    first = LIZHOU.index("明确各部门")
    assert len(run_quoted(LIZHOU, [(first, first + 5)])) == 3
    assert run_quoted("整改情况:建立台账。", [(0, 5)]) == []


@pytest.mark.parametrize("question, wanted", [
    ("嘉兴市文广旅局党委抓整改采取了哪些做法，一共几条", "共3条（计数所得）：一是统一思想认识"),
    ("嘉兴市文广旅局巡察整改做了哪些工作，总共几点", "共3点（计数所得）"),
    ("绵阳市司法局抓巡察整改是怎么做的，一共几条", "共3条（计数所得）：一是坚持政治统领"),
    ("广元市委抓省委巡视整改采取了哪些举措？共几项？", "共2项（计数所得）：一是提高政治站位抓整改"),
    ("枣庄市社科联党组怎么抓的巡察整改，一共几条", "共3条（计数所得）：一是提高思想认识"),
    ("利州区法院信访问题怎么整改的，一共有几条措施", "共2条（计数所得）：一是健全信访工作机制"),
    ("利州区法院针对“三个规定”落实不到位采取了哪些措施，一共几条", "共3条（计数所得）：一是强化警示宣传"),
])
def test_measures_answered_with_their_count(dev_index, question, wanted):
    a = _ask(dev_index, question)
    assert not a.abstained and wanted in a.answer
    assert all(c.quote in a.answer for c in a.citations[:3])


@pytest.mark.parametrize("question", [
    "瑞金市审计局对审计查出的问题采取了哪些整改措施，一共几条",
    "湘潭市妇联针对巡察反馈问题采取了哪些整改措施，一共几条",
])
def test_measures_unnumbered_answered_not_refused(dev_index, question):
    a = _ask(dev_index, question)
    assert not a.abstained and "通报没有写明所问做法的条数" in a.answer and a.citations


# -- rough figures: a rounding word between the tens and the unit, 多 between 个 and 亿 ---------------------------------

def test_rough_figures_spoken_between_number_and_unit():
    from genre.checked import stated_claims
    assert [(c.low, c.high) for c in stated_claims("反馈了三十出头个问题，准确几个")] == [(30.0, 35.0)]
    assert [(c.low, c.high) for c in stated_claims("反馈了二十好几个问题吧")] == [(22.0, 30.0)]
    assert [(c.low, c.high, c.kind) for c in stated_claims("问题资金是不是25个多亿")] == [(2.5e9, 2.6e9, "元")]


@pytest.mark.parametrize("question, wanted", [
    ("朔州市科技局巡察反馈了三十出头个问题，准确几个？分几个方面", "“三十出头个问题”与通报一致"),
    ("朔州市科技局被巡察反馈的问题有三十出头个吧，准确是几个", "33个问题"),
    ("朔州市科技局被巡察反馈了二十好几个问题吧，准确数是多少", "与通报不符，通报写的是33个问题"),
    ("瑞金市审计局2020年度审计整改报告里问题资金是不是25个多亿？准确数是多少", "“25个多亿”与通报一致"),
    ("瑞金那份审计报告里未整改资金是不是3个多亿？", "与通报一致"),
    ("瑞金市审计局报告的整改到位资金是不是30个多亿", "与通报不符"),
])
def test_rough_figures_checked_then_exact_quoted(dev_index, question, wanted):
    a = _ask(dev_index, question)
    assert not a.abstained and wanted in a.answer


# -- a second ask of the notice's own publication day ------------------------------------------------------------------

def test_the_notice_named_in_its_own_day_ask_is_no_document():
    from genre.documents import document_asked
    assert document_asked("鲤城社科联传达巡察反馈意见开了几次会？通报哪天发布的") is None
    assert document_asked("细化制订整改方案了吗？这份通报什么时候发布的") is None
    assert document_asked("胜山镇出台的议事决策制度叫什么名字，哪天印发的").day   # no notice named: the document's day
    assert document_asked("这份通报里的整改方案哪天印发的").day   # the document named in the clause itself


@pytest.mark.parametrize("question, wanted", [
    ("鲤城社科联传达巡察反馈意见开了几次会？通报哪天发布的", "2024-09-19"),
    ("鲤城区社科联为传达巡察反馈意见开了几次会，通报是哪天发布的？", "2024-09-19"),
    ("鲤城区社科联向全体干部职工传达巡察反馈意见是谁牵头的？这份通报什么时候发布的", "2024-09-19"),
    ("宁波审计局督促有关单位细化制订整改方案了吗？通报是哪天发布的", "2023-01-06"),
    ("广东省人大常委会提出了推动完善制度机制等审议意见吗？通报哪天发布的", "2022-10-09"),
])
def test_the_notice_own_day_asked_beside_another_ask(dev_index, question, wanted):
    a = _ask(dev_index, question)
    assert not a.abstained and wanted in a.answer


def test_the_count_beside_it_is_answered_too(dev_index):
    a = _ask(dev_index, "鲤城社科联传达巡察反馈意见开了几次会？通报哪天发布的")
    assert "2次会议" in a.answer


@pytest.mark.parametrize("question, said", [
    ("绵阳市司法局研究制定了几个专项方案？通报是哪天发布的", "没有写明发布日期"),   # a page with no date
    ("胜山镇出台的议事决策制度叫什么名字，哪天印发的", "没有写明其名称和印发日期"),   # the document's own day
])
def test_a_day_not_held_is_refused(dev_index, question, said):
    a = _ask(dev_index, question)
    assert a.abstained and said in a.answer
