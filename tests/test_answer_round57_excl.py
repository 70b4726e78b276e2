"""Round 57 (excl57): one item of a list named by its words and the others asked.

- genre structure_questions.toml [excluded_item]: 除了统一思想认识那条，另外还有哪些 / 除了第1条压实主体责任，另两条是啥 /
  除去以上率下压实责任那个，其余两个: the run of sibling items (一是…, 1./2./3., (一)(二)) holding the item whose words
  match best, every other item quoted and cited (answer/excluded.py); a count the asker states that the notice does not
  hold said; no item matching the words: no such answer (the ordinary route refuses).
"""
from __future__ import annotations

import pytest

from answer.excluded import count_note, excluded_asked
from tests.conftest import dev_files


@pytest.mark.parametrize(("question", "words", "number"), [
    ("嘉兴文旅局党委抓整改那几个“是”，除了统一思想认识那条，另外还有哪些", "统一思想认识", 0),
    ("区科协加强组织领导那部分三条里，除了第1条压实主体责任，另两条是啥", "压实主体责任", 1),
    ("绵阳司法局抓整改的三个坚持里，除去以上率下压实责任那个，其余两个是什么", "以上率下压实责任", 0),
    ("利州区法院除了强化警示宣传以外，别的几条措施是什么", "强化警示宣传", 0),
    ("整改措施里除了二是加强组织领导，剩下的是哪些", "加强组织领导", 2),
])
def test_exclusion_read(question, words, number):
    asked = excluded_asked(question)
    assert asked is not None and (asked.words, asked.number) == (words, number), asked


@pytest.mark.parametrize("question", ["除了财政局，还有谁牵头", "除了第一条，后面几条的标题是啥", "除了整改以外还做了什么工作"])
def test_no_exclusion(question):
    assert excluded_asked(question) is None


def test_count_note():
    assert count_note("除了第一条压实责任，另两条是啥", [1, 2]) == ""
    assert "通报列了2条，不是3条" in count_note("除了细化整改措施那条，另外三条是什么", [1, 2])


@pytest.fixture(scope="module")
def excl_index(tmp_path_factory):
    from tests.conftest import small_index
    return small_index(tmp_path_factory, "excl57", dev_files("d05_", "d11_", "d19_", "d20_", "d29_", "d34_", "d37_"),
                       keyword_only=False)


def _ask(index, question):
    from answer.ask import ask
    return ask(index, question, index.settings)


@pytest.mark.parametrize(("question", "kept", "dropped"), [
    ("嘉兴文旅局党委抓整改那几个“是”，除了统一思想认识那条，另外还有哪些", ["二是加强组织领导", "三是抓实问题整改"], "统一思想认识"),
    ("揭阳公安巡察发现的第一大块问题里，除了学习贯彻总书记论述不到位，另外两条是啥",
     ["2.服务保障市委部署要求有差距", "3.履行公安机关新时代职责使命有短板"], "重要论述"),
    ("区科协加强组织领导那部分三条里，除了第1条压实主体责任，另两条是啥", ["2.细化整改措施", "3.强化自我检视"], "压实整改"),
    ("绵阳司法局抓整改的三个坚持里，除去以上率下压实责任那个，其余两个是什么", ["一是坚持政治统领", "三是坚持标本兼治"], "以上率下"),
    ("枣庄社科联整改的几个“是”，除了扛牢主体责任那条，其他几条说的啥", ["一是提高思想认识", "三是推动责任落实"], "扛牢"),
    ("利州区法院除了强化警示宣传以外，别的几条措施是什么", ["二是专人提醒督导", "三是压实考核问责"], "警示宣传"),
    ("嘉兴文旅局除了抓实问题整改那条，剩下的几条是啥", ["一是统一思想认识", "二是加强组织领导"], "抓实问题"),
])
def test_others_quoted(excl_index, question, kept, dropped):
    a = _ask(excl_index, question)
    quotes = [c.quote for c in a.citations]
    assert not a.abstained and all(any(k in q for q in quotes) for k in kept), a.answer
    assert not any(dropped in q for q in quotes), a.answer


def test_count_disagreeing_said(excl_index):
    a = _ask(excl_index, "桂林区科协除了细化整改措施那条，另外三条是什么")
    assert "通报列了2条" in a.answer, a.answer


@pytest.mark.parametrize("question", ["绵阳司法局除了成立航天飞船那条，其余几条是啥", "枣庄社科联除了开展太空旅游那项，另外几项是什么"])
def test_no_item_matched(excl_index, question):
    a = _ask(excl_index, question)
    assert not any(q in a.answer for q in ("一是", "二是", "三是")), a.answer
