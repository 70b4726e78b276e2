"""Round 117 (session 23): every ask of a question typed as several carries its own span or figure.

- A document asked by which one of its kind (依据哪部条例, 贯彻的是哪份意见) is answered by the sentence writing a title in
  《》 ending in that kind: documents.toml [titled_document] which, genre/documents.py titles_asked.
- An ask read apart is weighed over the words some notice writes: the asker's shorthand (中办、国办) and words glued across
  a typed phrase (整改时办的 -> 时办) no sentence can hold (answer/each_ask.py _written, retrieval.weights.EACH_ASK_COVERAGE).
- An ask whose quotes the reply already holds still adds the figure its own lead works out (巡察一共多少天: 共30天)
  (answer/each_ask.py _with_worked).
- A phrase asked by its characters (用哪八个字概括的) is the notice's wording, not a summary of its points
  (structure_questions.toml [summary_ask] worded, answer/summary.py).
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.summary import summary_asked
from genre.documents import titles_asked
from tests.conftest import dev_files, small_index

GUANGDONG = "根据《广东省预算执行审计条例》规定,现将2020年度省级预算执行和其他财政收支审计工作报告反映问题的整改情况报告如下:"
OPINION = "认真贯彻落实中共中央办公厅、国务院办公厅印发的《关于建立健全审计查出问题整改长效机制的意见》有关要求"


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    return small_index(tmp_path_factory, "asks117", dev_files("d05_", "d28_", "d35_", "d40_"))


def test_a_document_asked_by_its_kind_is_its_title():
    assert titles_asked("广东那份整改报告是依据哪部条例报告的？", GUANGDONG)
    assert titles_asked("省里贯彻的是中办、国办印发的哪份意见？", OPINION)
    assert not titles_asked("省里贯彻的是哪份意见？", GUANGDONG)   # a title of another kind
    assert not titles_asked("哪个部门的方案？", "制定《整改工作方案》")   # 的: the department asked


def test_characters_counted_ask_a_phrase_not_a_summary():
    assert summary_asked("那个责任闭环体系是用哪八个字概括的？") is None
    assert summary_asked("用三句话概括一下做法") == 3


def test_end_to_end(dev_index):
    r = ask(dev_index, "广东省委审计委员会办公室起草的若干措施，打算用哪两个办公厅的名义发？省里贯彻的是中办、国办印发的哪份意见？")
    assert "《关于建立健全审计查出问题整改长效机制的意见》" in r.answer and "省政府办公厅" in r.answer
    r = ask(dev_index, "广东那份整改报告是依据哪部条例报告的？会上作报告到网站发布隔了多少天？")
    assert "《广东省预算执行审计条例》" in r.answer and "74天" in r.answer
    r = ask(dev_index, "我们湘潭市妇联整改时办的是什么培训会？女企业家座谈会的主题叫什么？")
    assert "统计监测培训会" in r.answer and "解放思想大讨论" in r.answer
    r = ask(dev_index, "我们绵阳市司法局巡察整改一共定了几个方案？那个责任闭环体系是用哪八个字概括的？")
    assert "层层负责、事事见效" in r.answer and "一是坚持政治统领" not in r.answer
    r = ask(dev_index, "我们鲤城区社科联那次巡察一共多少天？反馈的问题分成几个方面、几项？")
    assert "30天" in r.answer and "3个方面6项" in r.answer
