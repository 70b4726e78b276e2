"""Round 27 (brief h_gist): measures asked of a problem named by its gist, from other agencies; figures left short.
Each convention probed in five wordings of my own on real dev-notice text (tests/data/notices-dev).

- A problem named by its gist (党组会前先学习理论; 领导干部插手案件要登记报告) is read in the words of the rule the notices
  name (第一议题; 干预司法“三个规定”, 填报): genre questions.toml [staff_words].
- A problem's rectification asked of other agencies (违规收送礼金的问题，别的单位是怎么整改的): the problem is the whole
  ask; a notice holding fewer than weights.OTHER_UNITS_COVERAGE of its words has nothing on it, and the ask is refused
  (questions.toml [asks_about_problem] other_units, answer/unwritten_asks.py problem_unwritten).
- 进驻结束 names the end step, not the start (genre worked.toml [[step]] start).
- A gap worked out to the page's date quotes the page's dated line (answer/steps.py published_line).
- An earlier report asked (之前已经报过一次，是在哪次会上) is answered by the opening's sentence, not the subtitle
  (questions.toml [report_sessions] earlier, answer/meta.py reporter_spans).
- A result asked as 结果怎么样 is an outcome (questions.toml [asks_result]): a work plan does not answer it.
- A part named by its position alone and its outline asked (第三部分按哪几个方面写的，各几个问题): that part's child
  headings, not the notice's top parts (retrieval/search/structure.py _placed_outline); each part's count asked beside
  them (各几个问题): their sum said after the headings (worked.toml [parts_total] each_asked, answer/notes.py).
- A stated total split by unit with no unit named (那13项制度，哪个部门出台了几项) is refused when no clause names a unit
  with a count of the thing (claims.toml [unit_part] split, answer/named_detail.py unit_split_unstated).
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.meta import reporter_spans
from answer.named_detail import unit_split_unstated
from answer.notes import parts_each_total_note
from answer.steps import published_line
from answer.unwritten_asks import problem_unwritten
from genre.questions import load_questions
from genre.staff_words import in_notice_words
from genre.report_sessions import load_report_sessions
from genre.worked import asked_steps
from tests.conftest import dev_files, dev_text, small_index

RUIJIN = dev_text("d01_")       # 出台13个规章制度; 财政部门(含自然资源局)预算执行问题6项
XIANGTAN = dev_text("d28_")     # 1.贯彻落实第一议题不到位。整改情况:建立“第一议题”制度落实台账…
LIZHOU = dev_text("d37_")       # 2.落实防止干预司法“三个规定”不够到位。整改情况:…填报…


@pytest.mark.parametrize(("question", "steps"), [
    ("进驻结束到反馈隔了多少天", ["end", "feedback"]),
    ("巡察组进驻结束以后多久才反馈", ["end", "feedback"]),
    ("进场结束后过了几天反馈的", ["end", "feedback"]),
    ("进驻期满到反馈一共多少天", ["end", "feedback"]),
    ("进驻完了隔多久反馈", ["end", "feedback"]),
    ("从进驻到反馈多少天", ["start", "feedback"]),    # the start, as before
])
def test_the_stay_ended_names_the_end_step(question, steps):
    assert [s.name for s in asked_steps(question)] == steps


def test_a_gap_worked_to_the_page_date_quotes_its_line():
    t = "某通知\n生成日期:2021-03-23\n正文于2021年3月15日前报备案。"
    a, b = published_line("最晚哪天报？比文件公开早几天", t, 20, "2021-03-23", "（…相隔8天。）")
    assert t[a:b] == "生成日期:2021-03-23"
    assert published_line("最晚哪天报？比文件公开早几天", t, 20, "2021-03-23", "") is None   # no gap worked


@pytest.mark.parametrize("question", [
    "之前已经报过一次整改情况，是在几号的哪次会上",
    "此前向人大常委会汇报过吗，是在哪次会上",
    "上次报告整改情况是在哪次常委会",
    "前一次汇报是在什么会上",
    "之前那次报告是在哪一次会上作的",
])
def test_an_earlier_report_is_asked(question):
    assert load_report_sessions().earlier.search(question)


def test_an_earlier_report_is_answered_by_the_opening():
    t = "关于2020年度审计整改情况报告\n——2022年7月27日在第四十五次会议上\n今年3月29日,省审计厅向第四十一次会议报告了整改情况。"
    sub = (t.index("——"), t.index("上\n") + 1)
    spans, note = reporter_spans("之前已经报过一次，是在哪次会上", t, sub[1], "", [sub], "2022-10-09")
    assert [t[a:b] for a, b in spans] == ["今年3月29日,省审计厅向第四十一次会议报告了整改情况。"] and "2022" in note


@pytest.mark.parametrize(("gist", "written"), [
    ("党组会前先学习理论这条没落实好", "第一议题"),
    ("会前学习理论没落实", "第一议题"),
    ("领导干部插手案件要登记报告", "干预司法“三个规定”"),
    ("过问案件要记录报告", "干预司法“三个规定”"),
    ("插手具体案件登记报告不到位", "填报"),
])
def test_a_problem_named_by_its_gist_is_read_as_the_rule(gist, written):
    assert written in in_notice_words(gist)


@pytest.mark.parametrize(("question", "problem"), [
    ("违规收送礼金的问题，别的单位是怎么整改的", "违规收送礼金"),
    ("公车私用的问题，其他单位怎么整改的", "公车私用"),
    ("超标准配备办公用房这个问题，兄弟单位是怎么改的", "超标准配备办公用房"),
    ("违规发放津贴补贴这块，别的单位咋改的", "违规发放津贴补贴"),
    ("别的单位对违规操办婚丧喜庆这块是怎么改的", "违规操办婚丧喜庆"),
])
def test_a_problem_no_notice_holds_is_refused(question, problem):
    assert load_questions().other_units_problem.search(question)
    assert problem_unwritten(question, XIANGTAN + LIZHOU) == problem


@pytest.mark.parametrize(("question", "text"), [
    ("党组会前先学习理论这条没落实好，别的单位怎么改的", XIANGTAN),
    ("第一议题落实不到位的问题，其他单位是怎么改的", XIANGTAN),
    ("别的法院对领导干部插手案件要登记报告这块落实不好是怎么改的", LIZHOU),
    ("涉法涉诉信访案件化解的问题，别的法院是怎么改的", LIZHOU),
    ("服务女企业家做得不够的问题，别的妇联怎么改的", XIANGTAN),
])
def test_a_problem_a_notice_holds_is_not_refused(question, text):
    assert problem_unwritten(question, text) == ""


@pytest.mark.parametrize("question", [
    "华容县政府那些重点任务，全年落实结果怎么样",
    "华容县重点工作任务最后执行结果咋样",
    "那些重点任务落实的结果怎样",
    "重点任务推进结果如何",
    "这些任务完成结果好不好",
])
def test_a_result_asked_in_speech_is_an_outcome(question):
    assert load_questions().asks_result.search(question)


@pytest.mark.parametrize("question", [
    "瑞金那13项制度，哪个部门出台了几项",
    "瑞金出台的13个规章制度，各部门分别出台了几个",
    "13个规章制度里，每个单位各制定了多少个",
    "那13个制度按部门分各有几个",
    "瑞金的13个规章制度中哪些部门各出了几个",
])
def test_a_total_split_by_unit_unstated_is_refused(question):
    assert unit_split_unstated(question, RUIJIN) == "通报只写了“出台13个规章制度”，没有按部门分列数量。"


@pytest.mark.parametrize("question", [
    "瑞金出台了几个规章制度",
    "瑞金那50个问题涉及几个单位",
    "瑞金财政部门预算执行问题有几项",
    "瑞金那50项问题，已整改多少项",
    "瑞金涉及的29个单位一共有多少个问题",
])
def test_a_close_count_is_not_refused_as_a_split(question):
    assert unit_split_unstated(question, RUIJIN) == ""


def test_a_split_stated_by_a_unit_clause_is_not_refused():
    assert unit_split_unstated("那13项制度，哪个部门出台了几项", RUIJIN + "财政局出台制度3项。") == ""


QINGYANG = [line for line in dev_text("d31_").splitlines() if "个问题)" in line][:4]   # (一)…方面(7个问题) …


@pytest.mark.parametrize("question", [
    "庆阳文联通报第三部分按哪几个方面写的，各几个问题",
    "第三部分分哪几个方面，分别有多少个问题",
    "坚持问题导向那部分有哪几个方面？各有多少问题",
    "第三部分几个方面分别是几个问题",
    "第三部分分哪几块，每个方面有几个问题",
])
def test_each_part_count_asked_is_summed(question):
    assert parts_each_total_note(question, QINGYANG) == "（按通报数字推算：共25个问题（7+11+5+2）。）"


@pytest.mark.parametrize(("question", "quotes"), [
    ("庆阳文联通报第三部分按哪几个方面写的", QINGYANG),          # no count asked
    ("第三部分分哪几个方面，各几个问题", QINGYANG[:1]),             # one part
    ("第一部分分哪几个方面，各几个问题", ["(一)提高政治站位", "(二)加强组织领导"]),   # headings state no count
    ("各几个问题", [QINGYANG[0], "(二)…方面(3项措施)"]),           # not the same thing counted
])
def test_each_part_count_not_summed(question, quotes):
    assert parts_each_total_note(question, quotes) == ""


@pytest.fixture(scope="module")
def gist_index(tmp_path_factory):
    return small_index(tmp_path_factory, "gist27", dev_files("d01_", "d02_", "d04_", "d13_", "d25_", "d26_", "d28_", "d29_",
                                                              "d31_", "d32_", "d35_", "d37_", "d40_"))


@pytest.mark.parametrize(("question", "said"), [
    ("党组会前先学习理论这条没落实好，别的单位怎么改的", "第一议题"),
    ("别的法院对领导干部插手案件要登记报告这块落实不好是怎么改的", "填报"),
    ("区科协那次巡察，进驻结束到反馈隔了多少天", "301天"),
    ("华容县的重点任务实施方案最晚哪天要交到督查室？比文件公开早几天", "2021-03-23"),
    ("广东之前已经报过一次突出问题整改情况，是在几号的哪次会上", "第四十一次会议"),
])
def test_end_to_end_answered(gist_index, question, said):
    a = ask(gist_index, question)
    assert not a.abstained and said in a.answer, a.answer


@pytest.mark.parametrize(("question", "said"), [
    ("庆阳文联通报第三部分按哪几个方面写的，各几个问题", "(2个问题)[4]（按通报数字推算：共25个问题（7+11+5+2）。）"),
    ("湖北省司法厅通报第一部分按哪几个方面写的", "(三)加强监督检查"),
    ("遂宁科技局通报第一部分分哪几个方面", "(三)及时总结成果"),
    ("朔州科技局那份通报第一部分是按哪几个方面写的", "(四)举一反三"),
    ("厦门体育局通报第一部分包括哪几个方面", "(三)坚持举一反三"),
    ("鲤城区社科联通报第一部分分成哪几块", "(三)细化任务分工"),
])
def test_end_to_end_a_placed_part_outline(gist_index, question, said):
    a = ask(gist_index, question)
    assert not a.abstained and said in a.answer, a.answer


@pytest.mark.parametrize(("question", "said"), [
    ("违规收送礼金的问题，别的单位是怎么整改的", "违规收送礼金"),
    ("华容县政府那些重点任务，全年落实结果怎么样", "没有写实际结果"),
    ("瑞金那13项制度，哪个部门出台了几项", "没有按部门分列"),
])
def test_end_to_end_refused(gist_index, question, said):
    a = ask(gist_index, question)
    assert a.abstained and said in a.answer, a.answer
