"""Round 77 (session 17, h_asker77): the asker's own figure set against the notice's.

- genre worked.toml [own_figure]; genre/own_figure.py, answer/own_figure.py: a clause opening with the asker's own unit
  (我们局, 我局, 我们县, 咱们单位) giving a figure, beside a difference asked (比我们多几个, 少多少项, 多还是少, 还差几个
  百分点), is not looked for: the notice's figure of the same noun is asked alone, quoted and cited, and the difference
  said from the asker's side (比你们多4个，即你们少4个; a target: 还差4个百分点). A notice counting no such noun: refused.
Each probed in wordings of my own over real dev-notice text (tests/data/notices-dev).
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.own_figure import own_note
from genre.own_figure import own_figure
from tests.conftest import dev_files, dev_text, small_index

NOTICES = ("d08_", "d16_", "d17_", "d23_", "d26_", "d32_")


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    return small_index(tmp_path_factory, "asker77", dev_files(*NOTICES))


@pytest.mark.parametrize(("question", "value", "unit", "target"), [
    ("我们局被反馈了25个问题，芦淞区司法局比我们多几个？", "25", "个", False),
    ("我局审计查出的问题有350个，广州市2024年审计工作报告反映的问题比我们多多少？", "350", "个", False),
    ("咱们单位细化了200条整改措施，厦门市体育局比咱们多几条？", "200", "条", False),
    ("我们县重点人群签约覆盖率目前是80%，离浙江省卫健委2023年的目标差多少个百分点？", "80", "%", True),
    ("我们单位巡察反馈了40个问题，朔州市科技局比我们多还是少？", "40", "个", False),
])
def test_own_figure_read(question, value, unit, target):
    f = own_figure(question)
    assert (f.value, f.unit, f.target) == (value, unit, target)
    assert value not in f.ask and "多少" in f.ask and "我" not in f.ask and "咱" not in f.ask


@pytest.mark.parametrize("question", ["我们局被指出了几个问题？", "我们局反馈了25个问题，整改完成了吗？",
                                      "芦淞区司法局比广州多几个问题？"])
def test_no_own_figure(question):
    assert own_figure(question) is None


def test_own_note_on_dev_text():
    text = dev_text("d26_")
    assert "4个方面33个问题" in text
    note = own_note(own_figure("我们局反馈了25个问题，朔州市科技局比他们多还是少、差多少？"), "巡察反馈的4个方面33个问题")
    assert "通报为33个" in note and "比你们多8个" in note


@pytest.mark.parametrize(("question", "quoted", "said"), [
    ("我们局被反馈了25个问题，芦淞区司法局比我们多几个？他们移交的立行立改问题办得怎样", "29个问题", "比你们多4个"),
    ("我局审计查出的问题有350个，广州市2024年审计工作报告反映的问题比我们多多少？", "400个问题", "你们少50个"),
    ("咱们单位细化了200条整改措施，厦门市体育局比咱们多几条？", "239条", "比你们多39条"),
    ("我们县重点人群签约覆盖率目前是80%，离浙江省卫健委2023年的目标差多少个百分点？", "85%", "还差5个百分点"),
    ("我们单位巡察反馈了40个问题，朔州市科技局比我们多还是少？", "33个问题", "比你们少7个"),
    ("我们局经责审计提出了15个问题，慈溪市2016年经责审计提出的问题比我们多几个？", "21个问题", "比你们多6个"),
    ("我们县家庭医生签约覆盖率现在38%，离浙江省卫健委2023年要点的目标还差几个百分点？", "42%", "还差4个百分点"),
])
def test_own_figure_answered(dev_index, question, quoted, said):
    a = ask(dev_index, question, dev_index.settings)
    assert not a.abstained
    assert any(quoted in c.quote for c in a.citations)
    assert said in a.answer and "不对" not in a.answer


@pytest.mark.parametrize("question", [
    "我们局整改到位资金500万元，芦淞区司法局比我们多多少？",
    "我们局给了3个人党纪处分，芦淞区司法局处分的人比我们多几个？",
])
def test_noun_not_counted_refused(dev_index, question):
    assert ask(dev_index, question, dev_index.settings).abstained
