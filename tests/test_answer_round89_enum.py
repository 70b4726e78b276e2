"""Round 89 (session 18): inline items numbered otherwise than 一是/二是.

Inside a paragraph notices number their measures 一是…二是…, but also （1）…（2）…, ①…②…, 1.…2., （一）…（二）…,
第一，…第二，…, 首先…其次…再次…最后 (genre/data/inline_items.toml, read by retrieval/inline.py). A run asked
(前三个“是”, 另外还有哪些, 一是二是三是各是什么) is read in whatever numbering the notice writes, one ordinal item asked
(三是讲了什么, 第二个“是”) is the item of that number (answer/ordinal_item.py), measures read such an item with its detail.
The end-to-end asks run over dev notices renumbered here (my own renumbering, one convention per notice).
"""
from __future__ import annotations

import re

import pytest

from answer.ask import ask
from answer.ordinal_item import item_span, ordinal_asked
from genre.questions import load_questions
from retrieval.parse import inline_items, inline_runs
from tests.conftest import dev_files, small_index

CN = "一二三四五六七八九十"
ORDINAL = re.compile(r"(?:(?<=^)|(?<=[\n。；;：:，,]))([一二三四五六七八九])是")
WORDS = ("首先,", "其次,", "再次,", "第四,")
STYLES = {   # notice -> how its 一是/二是 are renumbered
    "d11_": lambda n: "①②③④⑤⑥⑦⑧⑨"[n - 1],
    "d19_": lambda n: WORDS[n - 1],
    "d05_": lambda n: f"（{n}）",
    "d37_": lambda n: f"({n})",
}
D11 = ("市文化广电旅游局党委高度重视巡察整改工作,切实做好整改工作。一是统一思想认识,落实整改责任。深刻领会市委对巡察整改工作的"
       "指示精神,领导班子带头,分工落实整改。二是加强组织领导,健全工作机制。成立局巡察整改工作领导小组,制定整改方案。"
       "三是抓实问题整改,强化长效监管。建立自查督查报告机制,局机关、局属单位定期自查自检。")


def renumber(text: str, style) -> str:
    """TEXT with each 一是/二是… marker written in STYLE (number -> marker)."""
    return ORDINAL.sub(lambda m: style(CN.index(m.group(1)) + 1), text)


@pytest.fixture(scope="module")
def renumbered_index(tmp_path_factory):
    out = tmp_path_factory.mktemp("enum89_files")
    paths = []
    for prefix, style in STYLES.items():
        path = dev_files(prefix)[0]
        (out / path.name).write_text(renumber(path.read_text(encoding="utf-8"), style), encoding="utf-8")
        paths.append(out / path.name)
    return small_index(tmp_path_factory, "enum89", paths)


def _ask(index, question: str):
    return ask(index, question, index.settings)


# --- unit: every numbering read as a run, on real dev text -------------------------------------------------------

@pytest.mark.parametrize("style,markers", [
    (lambda n: f"（{n}）", ["（1）", "（2）", "（3）"]),
    (lambda n: f"({n})", ["(1)", "(2)", "(3)"]),
    (lambda n: "①②③"[n - 1], ["①", "②", "③"]),
    (lambda n: f"{n}.", ["1.", "2.", "3."]),
    (lambda n: f"（{CN[n - 1]}）", ["（一）", "（二）", "（三）"]),
    (lambda n: f"第{CN[n - 1]},", ["第一,", "第二,", "第三,"]),
    (lambda n: ("首先,", "其次,", "最后,")[n - 1], ["首先,", "其次,", "最后,"]),
])
def test_each_inline_numbering_is_one_run(style, markers):
    runs = inline_runs(renumber(D11, style))
    assert [[i.marker for i in r] for r in runs] == [markers]
    assert [i.number for i in runs[0]] == [1, 2, 3]


def test_figures_and_headings_are_no_inline_items():
    assert inline_items("收回清退违规资金5.0227万元,建立完善制度45项。") == []
    assert inline_items("对违规违纪的,给予责令检查(3)人。") == []
    assert inline_items("市委第一巡察组进行了巡察,局党组书记为第一责任人。") == []
    assert inline_items("(一)党组组织巡察整改落实情况\n（1）坚持政治统领,提高站位抓整改。") == []   # line-start headings
    assert inline_items("最后,形成长效机制。") and inline_runs("最后,形成长效机制。") == []   # 最后 alone opens no run


def test_a_run_keeps_to_one_numbering():
    text = "措施:（1）建立台账。①逐项督办;②定期通报。（2）强化问责。"
    assert [[i.marker for i in r] for r in inline_runs(text)] == [["（1）", "（2）"], ["①", "②"]]


def test_measures_read_any_numbering_as_items():
    enum = load_questions().enum_item
    for start in ("一是建立台账", "（2）加强组织领导", "②定期通报", "其次,压实责任", "整改情况:(1)强化警示宣传"):
        assert enum.match(start), start
    for start in ("（3）个问题已整改", "1.5万元", "首先要说明"):
        assert not enum.match(start), start


def test_one_ordinal_asked():
    assert ordinal_asked("嘉兴市文广旅局开头那段“三是”讲了什么措施") == 3
    assert ordinal_asked("嘉兴文旅局整改的三是讲什么，具体建了啥机制") == 3
    assert ordinal_asked("公安局党委整改第二个“是”说的啥") == 2
    assert ordinal_asked("一是二是三是各是什么") == 0
    assert ordinal_asked("统一是怎么部署的") == 0


def test_an_item_quoted_with_its_detail():
    text = renumber(D11, lambda n: f"（{n}）")
    third = inline_runs(text)[0][2]
    assert text[slice(*item_span(text, third))] == "（3）抓实问题整改,强化长效监管。建立自查督查报告机制,局机关、局属单位定期自查自检。"


# --- end to end: renumbered dev notices ---------------------------------------------------------------------------

@pytest.mark.parametrize("question,wanted", [
    ("嘉兴文旅局党委抓整改那几个“是”，除了统一思想认识那条，另外还有哪些", ["②加强组织领导", "③抓实问题整改"]),
    ("绵阳司法局通报讲党组组织整改的那段，前三个“是”分别讲什么？", ["（1）坚持政治统领", "（2）坚持以上率下", "（3）坚持标本兼治"]),
    ("嘉兴文广旅局通报里一是、二是、三是各讲的什么？", ["①统一思想认识", "②加强组织领导", "③抓实问题整改"]),
    ("市公安局党委抓整改的一是二是三是分别是什么", ["首先,提高思想认识", "其次,加强组织领导", "再次,坚持上下联动"]),
    ("绵阳司法局党组组织整改落实那一块分了几个“是”？各讲什么？", ["（1）坚持政治统领", "（3）坚持标本兼治"]),
    ("市公安局整改时，除了提高思想认识那条，其余几条是啥", ["其次,加强组织领导", "再次,坚持上下联动"]),
])
def test_a_run_asked_in_any_numbering(renumbered_index, question, wanted):
    a = _ask(renumbered_index, question)
    assert not a.abstained
    for w in wanted:
        assert w in a.answer, (w, a.answer)


@pytest.mark.parametrize("question,wanted", [
    ("嘉兴市文广旅局开头那段“三是”讲了什么措施", "③抓实问题整改,强化长效监管。建立自查督查报告机制"),
    ("嘉兴文旅局整改第二个“是”说的啥", "②加强组织领导,健全工作机制。成立局巡察整改工作领导小组"),
    ("市公安局党委整改的二是讲什么", "其次,加强组织领导,明确整改任务"),
    ("绵阳司法局党组组织整改那块三是讲的什么", "（3）坚持标本兼治,统筹推进抓整改。坚持倒排工期"),
    ("市公安局党委抓整改，三是讲了啥", "再次,坚持上下联动,狠抓督导落实"),
])
def test_one_ordinal_item_asked(renumbered_index, question, wanted):
    a = _ask(renumbered_index, question)
    assert not a.abstained
    assert wanted in a.answer, a.answer


@pytest.mark.parametrize("question,wanted", [
    ("利州区法院落实“三个规定”整改，除了强化警示宣传那条，另外还有哪些", "(2)专人提醒督导"),
    ("嘉兴文旅局党委抓整改，除了统一思想认识那条，另外还有哪些", "②加强组织领导"),
    ("嘉兴文旅局党委抓整改那几个“是”，除了统一思想认识那条，另外还有哪些", "③抓实问题整改"),
    ("绵阳司法局党组组织整改那块的几个“是”，除了坚持政治统领那条，其余几条是啥", "（2）坚持以上率下"),
    ("利州区法院落实“三个规定”那几条，除了压实考核问责，另外两条是什么", "(1)强化警示宣传"),
])
def test_a_quoted_item_number_is_no_figure_asked(renumbered_index, question, wanted):
    a = _ask(renumbered_index, question)
    assert not a.abstained and wanted in a.answer, a.answer


@pytest.mark.parametrize("question,wanted", [
    ("我们市公安局开完反馈会，党委第一时间做了啥？", "第一时间召开党委会议"),
    ("市公安局党委为抓整改成立了什么机构？", "巡察整改工作领导小组"),
    ("市文广旅局成立领导小组以后，还建了什么管理制度？", "整改清单销号管理制度"),
    ("利州区法院落实“三个规定”整改效果怎么样？有数字吗", "595条"),
    ("嘉兴文广旅局的整改方案里要把哪些东西讲明白？", "明确整改任务、整改要求、整改措施、整改时限"),
])
def test_measures_read_with_their_detail(renumbered_index, question, wanted):
    a = _ask(renumbered_index, question)
    assert not a.abstained
    assert wanted in a.answer, a.answer
