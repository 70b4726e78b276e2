"""Round 119 (session 23): premises that name an agency or a moment, and a rate no count works out.

- An agency named inside a hedged premise (是省财政厅厅长作的吧) scopes nothing when no notice is about it: the rest of
  the question sets the scope (retrieval/search/scope.py, premises.toml [premise_scope]); the reader stated is held
  against the report's byline, the subtitle cited with it (answer/premise_reporter.py).
- An as-of month stated hedged (是截至10月底的吧) is held against the frames the reply quotes (answer/premise_as_of.py).
- A rate asked (整改率是多少) of a notice writing no share and no count at all is unstated (answer/unstated_ask.py).
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.premise_as_of import as_of_said
from answer.premise_reporter import reporter_check, reporter_holds
from answer.unstated_ask import count_unwritten
from tests.conftest import dev_files, small_index

GUANGDONG = ("广东省人民政府关于我省2020年度省级预算执行和其他财政收支审计查出问题的整改情况报告\n"
             "——2022年7月27日在广东省第十三届人民代表大会\n\n常务委员会第四十五次会议上\n\n广东省审计厅厅长  马学斌\n\n省人大常委会:\n")
GUANGZHOU = "截至2025年11月底,《审计工作报告》反映的400个问题,已完成整改336个"


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    return small_index(tmp_path_factory, "premise119", dev_files("d05_", "d16_", "d40_"))


def test_the_reader_is_held_against_the_byline():
    check = reporter_check("广东那份报告是省财政厅厅长作的吧？是在哪天的会上作的？", GUANGDONG)
    assert check is not None and check.said == "不对，不是“省财政厅厅长”，"
    assert "2022年7月27日" in GUANGDONG[check.start:check.end]
    assert reporter_holds("省审计厅厅长", "广东省审计厅厅长  马学斌")
    assert reporter_holds("市政府副市长", "广州市人民政府副市长  赖志鸿")
    assert not reporter_holds("市长", "广州市人民政府副市长  赖志鸿")
    assert reporter_check("广东那份报告是哪天作的？", GUANGDONG) is None


def test_the_as_of_month_is_held_against_the_quotes():
    said = as_of_said("广州那个整改数字是截至10月底的吧？已完成整改的占比是多少？", [GUANGZHOU])
    assert said is not None and said[0] == "不对，不是“截至10月底”，"
    assert as_of_said("截至11月底的吧？完成了几个？", [GUANGZHOU])[0] == "对，"
    assert as_of_said("截至10月底完成了几个？", [GUANGZHOU]) is None   # not hedged: asked, not stated


def test_a_rate_with_no_count_to_work_it_from_is_unwritten():
    assert count_unwritten("问题整改率是多少", "省委、省政府高度重视审计整改工作,推动审计查出问题整改到位。")
    assert not count_unwritten("已完成整改的占比是多少", GUANGZHOU)


def test_end_to_end(dev_index):
    r = ask(dev_index, "广东那份报告是省财政厅厅长作的吧？是在哪天的会上作的？")
    assert not r.abstained and r.answer.count("不对") == 1 and "马学斌" in r.answer and "2022年7月27日" in r.answer
    r = ask(dev_index, "广州那个整改数字是截至10月底的吧？已完成整改的占比是多少？")
    assert not r.abstained and "不对，不是“截至10月底”" in r.answer and "336" in r.answer
    r = ask(dev_index, "广东这份整改报告里问题整改率是多少？3月29号那次是向人大常委会第几次会议报告的？")
    assert r.abstained and "整改率" in r.answer and "第四十一次会议" in r.answer
    r = ask(dev_index, "杭州市财政局的整改报告里整改了多少个问题？")
    assert r.abstained and "知识库中没有" in r.answer


def test_an_inline_counting_convention_is_dropped():
    from genre.asking import plain_question
    assert plain_question("区科协巡察从哪天开始，首尾算一共几天？整改建的是什么台账？") == \
        "区科协巡察从哪天开始，一共几天？整改建的是什么台账？"
    assert plain_question("巡察首尾各是哪天？") == "巡察首尾各是哪天？"


def test_a_short_office_or_a_name_holds_and_a_session_is_no_reader():
    assert reporter_holds("审计厅长马学斌", "广东省审计厅厅长  马学斌")
    assert reporter_holds("李火生局长", "市审计局局长   李火生") and not reporter_holds("张三局长", "市审计局局长   李火生")
    assert reporter_check("这份报告是第十六次人大常委会会议上报告的吧？", GUANGDONG) is None
