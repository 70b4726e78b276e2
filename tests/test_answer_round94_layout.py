"""Round 94 (session 19): a notice set a sentence a line, and inline items opened 第一，/第二，.

Pages that set each sentence in its own <p> (and text copied out of some editors) put every sentence of a paragraph
on a line of its own; the loader joins them back into their paragraphs (retrieval/load/sentence_lines.py, genre
outline.toml [sentence_lines]), so the parse reads the notice as written a paragraph per line. Drafters open the items
of a paragraph with 第一，第二， (or 其一，, 一方面…另一方面…) as others write 一是二是: the same items (outline.toml
`enum`, questions.toml `enum_item`, measures.toml `first_item`, inline_items.toml). The end-to-end asks run over dev
notices laid out here (my own layout: a line break after every sentence end outside heading lines; 一是 → 第一，).
"""
from __future__ import annotations

import re

import pytest

from answer.ask import ask
from genre.questions import load_questions
from retrieval.load.sentence_lines import join_sentences, sentence_a_line
from retrieval.parse import inline_runs, parse_sections
from tests.conftest import SEEDS, dev_files, small_index

CN = "一二三四五六七八九十"
ORDINAL = re.compile(r"(?:(?<=^)|(?<=[\n。；;：:，,]))([一二三四五六七八九])是")
HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、])")
NOTICES = ("d05_", "d11_", "d19_", "d34_", "d37_")


def one_sentence_a_line(text: str) -> str:
    """TEXT with a line break after every sentence end (。；！？) of its body lines; heading lines without a final 。 kept."""
    return "\n".join(line if HEADING.match(line) and not line.rstrip().endswith("。")
                     else re.sub(r"(?<=[。；;！!？?])(?=[^\n”’）)])", "\n", line) for line in text.split("\n"))


def ordinal_di(text: str) -> str:
    """TEXT with each 一是/二是… written 第一，/第二，…"""
    return ORDINAL.sub(lambda m: f"第{m.group(1)}，", text)


def _index(tmp_path_factory, name: str, layout):
    out = tmp_path_factory.mktemp(name + "_files")
    paths = []
    for path in dev_files(*NOTICES):
        (out / path.name).write_text(layout(path.read_text(encoding="utf-8")), encoding="utf-8")
        paths.append(out / path.name)
    return small_index(tmp_path_factory, name, paths)


@pytest.fixture(scope="module")
def lines_index(tmp_path_factory):
    return _index(tmp_path_factory, "layout94_lines", one_sentence_a_line)


@pytest.fixture(scope="module")
def ordinal_index(tmp_path_factory):
    return _index(tmp_path_factory, "layout94_ordinal", ordinal_di)


def _ask(index, question: str):
    return ask(index, question, index.settings)


# --- unit: the layout told and undone on real dev text -------------------------------------------------------------

@pytest.mark.parametrize("prefix", NOTICES + ("d08_", "d23_", "d28_", "d40_"))
def test_a_sentence_a_line_reads_as_written(prefix):
    text = dev_files(prefix)[0].read_text(encoding="utf-8")
    laid = one_sentence_a_line(text)
    assert not sentence_a_line(text)   # written a paragraph per line: left as it is
    assert sentence_a_line(laid)
    joined = join_sentences(laid)
    assert [s.path_text for s in parse_sections(joined)] == [s.path_text for s in parse_sections(text)]
    assert [[i.marker for i in r] for r in inline_runs(joined)] == [[i.marker for i in r] for r in inline_runs(text)]


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem[:24])
def test_the_seeds_set_a_sentence_a_line_read_as_written(path):
    text = path.read_text(encoding="utf-8")
    joined = join_sentences(one_sentence_a_line(text))
    assert not sentence_a_line(text) and sentence_a_line(one_sentence_a_line(text))
    assert [s.path_text for s in parse_sections(joined)] == [s.path_text for s in parse_sections(text)]


def test_headings_and_closing_lines_stay_their_own():
    text = ("一、总体情况\n市委高度重视巡察整改工作。\n召开专题会议研究部署。\n（一）提高站位。\n成立领导小组。\n"
            "现将整改情况予以公布。\n二、下一步工作\n持续抓好整改。\n中共某某局党组\n2024年5月6日")
    assert join_sentences(text).split("\n") == [
        "一、总体情况", "市委高度重视巡察整改工作。召开专题会议研究部署。", "（一）提高站位。成立领导小组。现将整改情况予以公布。",
        "二、下一步工作", "持续抓好整改。", "中共某某局党组", "2024年5月6日"]


def test_an_item_paragraph_keeps_its_body_and_the_next_item_opens_its_own():
    text = "（一）党组整改情况\n一是提高站位。\n召开党组会研究整改。\n二是压实责任。\n成立领导小组。"
    assert join_sentences(text) == "（一）党组整改情况\n一是提高站位。召开党组会研究整改。\n二是压实责任。成立领导小组。"
    lead = "切实做好整改工作。\n一是提高站位。\n召开党组会。\n二是压实责任。\n成立领导小组。"
    assert join_sentences(lead) == "切实做好整改工作。一是提高站位。召开党组会。二是压实责任。成立领导小组。"


def test_ordinals_open_items_as_yishi_does():
    for prefix in NOTICES:
        text = dev_files(prefix)[0].read_text(encoding="utf-8")
        renumbered = ordinal_di(text)
        assert [(s.kind, s.number) for s in parse_sections(renumbered)] == [(s.kind, s.number) for s in parse_sections(text)]
        assert [[i.number for i in r] for r in inline_runs(renumbered)] == [[i.number for i in r] for r in inline_runs(text)]
    enum = load_questions().enum_item
    for start in ("第一，提高思想认识", "整改情况:第二,专人提醒督导", "其一,思想认识不到位", "另一方面,强化监督"):
        assert enum.match(start), start
    for start in ("第一时间召开党委会议", "第一巡察组进驻", "第三,"):
        assert not enum.match(start), start
    assert [[i.number for i in r] for r in inline_runs("一方面,健全制度机制;另一方面,强化日常监督。")] == [[1, 2]]


# --- end to end: dev notices laid out a sentence a line ------------------------------------------------------------

@pytest.mark.parametrize("question,wanted", [
    ("嘉兴市文广旅局党委抓整改采取了哪些做法", ["一是统一思想认识", "三是抓实问题整改"]),
    ("绵阳司法局党组组织整改那块二是讲的什么", ["二是坚持以上率下,压实责任抓整改。成立了市司法局巡察整改工作"]),
    ("市公安局党委为抓整改成立了什么机构？", ["巡察整改工作领导小组"]),
    ("枣庄社科联整改工作基本情况分了几点", ["提高思想认识", "推动责任落实"]),
    ("利州区法院落实“三个规定”整改效果怎么样？有数字吗", ["595条"]),
    ("市公安局党委抓整改的一是二是三是分别是什么", ["一是提高思想认识", "三是坚持上下联动"]),
])
def test_a_sentence_a_line_answers_as_written(lines_index, question, wanted):
    a = _ask(lines_index, question)
    assert not a.abstained
    for w in wanted:
        assert w in a.answer, (w, a.answer)


# --- end to end: items opened 第一，第二， -------------------------------------------------------------------------

@pytest.mark.parametrize("question,wanted", [
    ("市公安局开完反馈会，党委第一时间做了啥？", ["第一时间召开党委会议"]),
    ("枣庄社科联整改工作基本情况那段分了几点", ["第一，提高思想认识", "第三，推动责任落实"]),
    ("利州区法院落实“三个规定”整改效果怎么样？有数字吗", ["整改情况:第一，强化警示宣传", "595条"]),
    ("利州区法院落实“三个规定”整改，除了强化警示宣传那条，另外还有哪些", ["第二，专人提醒督导", "第三，压实考核问责"]),
    ("市公安局党委抓整改，三是讲了啥", ["第三，坚持上下联动,狠抓督导落实。坚持重大问题"]),
    ("绵阳司法局党组组织整改那块第二条讲什么", ["第二，坚持以上率下"]),
    ("嘉兴文广旅局党委抓整改采取了哪些做法，一共几条", ["第一，统一思想认识", "第三，抓实问题整改"]),
    ("市公安局党委为抓整改成立了什么机构？", ["巡察整改工作领导小组"]),
])
def test_ordinal_items_answer_as_yishi(ordinal_index, question, wanted):
    a = _ask(ordinal_index, question)
    assert not a.abstained
    for w in wanted:
        assert w in a.answer, (w, a.answer)


def test_the_ledger_reads_ordinal_items_as_measures():
    from ledger.frames import measures_in
    text = ordinal_di(dev_files("d37_")[0].read_text(encoding="utf-8"))
    a = text.index("整改情况:第一，强化警示宣传")
    b = text.index("\n", a) if "\n" in text[a:] else len(text)
    assert [m.marker for m in measures_in(text, a, b, [(a, b)])] == ["第一，", "第二，", "第三，"]
