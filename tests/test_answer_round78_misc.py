"""Round 78 (session 17), fresh47's other misses.

The causes of the problems asked of a notice that states none (only the act 剖析根源/深挖原因, or no cause word) are refused,
saying the notice does not analyse them (questions.toml [causes_unstated]); what the work is regarded as (定位成什么,
看作什么) is answered by the notice's 把…作为… clause naming it (questions.toml [framed_as]); 敬请说明/烦请告知 open an ask
as courtesies (asking.toml [courtesy]).
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.causes import NO_CAUSE, causes_unstated, causes_written
from answer.framed_as import framed_asked, framed_clause
from genre.asking import plain_question
from tests.conftest import dev_files, dev_text, small_index

NOTICES = ("d05_", "d07_", "d14_", "d26_", "d28_", "d31_", "d32_", "d34_", "d35_", "d38_")


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    return small_index(tmp_path_factory, "misc78", dev_files(*NOTICES))


@pytest.mark.parametrize("question", [
    "庆阳市文联通报里，巡察发现的问题原因是什么？",
    "绵阳市司法局巡察发现的那些问题，根源在哪？",
    "中山一院问题产生的原因分析了什么",
    "厦门体育局为什么会出现巡察指出的这些问题？",
    "朔州科技局的问题是什么原因造成的？",
    "湘潭市妇联那些问题的根子在哪",
])
def test_causes_unstated_refused(dev_index, question):
    a = ask(dev_index, question, dev_index.settings)
    assert a.abstained
    assert NO_CAUSE in a.answer or "没有找到" in a.answer


@pytest.mark.parametrize("question", [
    "朔州科技局为挖问题根源采取了哪些办法？",
    "绵阳市司法局巡察整改措施有哪些？",
])
def test_no_cause_ask(question):
    assert causes_unstated(question, ["深入剖析问题产生的原因。"]) == ""


def test_causes_written_on_notice_text():
    for prefix in ("d05_", "d26_", "d31_", "d32_", "d38_"):   # 剖析根源 / 深挖原因 acts only, or no cause word
        assert not causes_written(dev_text(prefix))
    assert causes_written("究其原因,主要是思想认识不到位。")
    assert causes_written("二、查找问题根源,明确整改方向\n一是认识不够深入。")


FRAMED = [   # (question, words of the clause answering it)
    ("敬请说明：广元市委把这次省委巡视整改定位成什么？", "作为政治忠诚的重要检验、深化自我革命的具体行动、体现广元担当的必然要求"),
    ("烦请告知，莆田市司法局把巡察整改看作什么？", "的试金石"),
    ("枣庄市社科联把抓好整改落实当作什么来抓", "作为重大政治任务"),
    ("鲤城区社科联把这次巡察视为什么？", "全面“政治体检”"),
    ("请问广元市委把做好巡视整改作为什么", "政治检验"),
    ("中山一院怎么定位巡察整改的", "作为重要政治任务"),
]


@pytest.mark.parametrize("question,words", FRAMED)
def test_framed_as_answered(dev_index, question, words):
    a = ask(dev_index, question, dev_index.settings)
    assert not a.abstained
    assert words in a.citations[0].quote


def test_framed_ties_each_cited(dev_index):
    a = ask(dev_index, "广元市委是把巡视整改当成什么来看待的？", dev_index.settings)   # both clauses name 巡视整改
    assert any("政治忠诚的重要检验" in c.quote for c in a.citations)
    assert any(c.quote.endswith("作为持续营造风清气正良好政治生态的自觉行动") for c in a.citations)
    a = ask(dev_index, "厦门体育局把巡察整改定位成什么", dev_index.settings)   # a heading's clause stays in its line
    assert all("\n" not in c.quote for c in a.citations)


def test_framed_clause_on_notice_text():
    text = dev_text("d14_")
    a, b = framed_clause(text, "广元市委把省委巡视整改定位成什么？")
    assert text[a:b].startswith("把省委巡视整改作为政治忠诚的重要检验")
    assert framed_clause(text, "广元市委整改措施有哪些？") is None
    assert not framed_asked("整改作为一项制度坚持了多久")


@pytest.mark.parametrize("typed,plain", [
    ("敬请说明：广元市委把这次省委巡视整改定位成什么？", "广元市委把这次省委巡视整改定位成什么？"),
    ("烦请告知，莆田巡察哪天反馈的？", "莆田巡察哪天反馈的？"),
    ("请说明一下厦门体育局建了几个机制？", "厦门体育局建了几个机制？"),
])
def test_formal_courtesy_dropped(typed, plain):
    assert plain_question(typed) == plain
