"""Round 91 (session 18), in wordings of my own over dev notices rewritten with Chinese numerals above ten.

Notices write counts above ten in Chinese numerals too (巡察组共反馈二十九个问题,其中已完成整改二十八个; 建立完善制度四十五
项; 谈话提醒二十四人). Round 88 made the lead's clauses read them through the one number reader (genre/figures.py
cn_counts / arabic); here every other reader of a passage's figures does too:
- retrieval: the question's own figures found in a chunk, the counts a chunk holds when a count is asked, the named
  notice's chunks holding a count of the asked noun (retrieval/search/rank.py, asked.py), and the coverage a context
  must reach not to abstain (answer/measures.py coverage: 29个问题 typed, 二十九个问题 written);
- readers: totals statements (genre/totals.py read_totals, through arabic_mapped so spans stay the notice's), the worked
  notes over the quoted sentences (rate, what is left, differences), and the unwritten-problem refusal (针对11个问题…).
"""
from __future__ import annotations

import re

import pytest

from answer.ask import ask
from answer.measures import coverage
from answer.unwritten_asks import problem_unwritten
from genre import load_genre
from genre.figures import arabic, arabic_mapped
from tests.conftest import dev_files, small_index

UNITS = "个项条次名人家件"
LARGE = re.compile(rf"(?<![\d.．年月第〔])([1-9]\d)(?=[{UNITS}])")
DIGITS = "零一二三四五六七八九"


def _written(n: int) -> str:
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else DIGITS[tens]) + "十" + (DIGITS[ones] if ones else "")


def written_in_chinese(text: str) -> str:
    """TEXT with every count from 10 to 99 before a measure word in Chinese numerals (my own rewriting)."""
    return LARGE.sub(lambda m: _written(int(m.group(1))), text)


def test_my_rewriting():
    assert written_in_chinese("巡察组共反馈29个问题,其中已完成整改28个,整改措施239条") == \
        "巡察组共反馈二十九个问题,其中已完成整改二十八个,整改措施239条"


@pytest.fixture(scope="module")
def cn_index(tmp_path_factory):
    folder = tmp_path_factory.mktemp("numerals91_files")
    paths = []
    for path in dev_files("d01_", "d08_", "d11_", "d17_", "d25_", "d26_", "d32_", "d35_"):
        target = folder / path.name
        target.write_text(written_in_chinese(path.read_text(encoding="utf-8")), encoding="utf-8")
        paths.append(target)
    return small_index(tmp_path_factory, "numerals91", paths)


def _ask(index, question: str):
    return ask(index, question, index.settings)


# -- the readers on real dev sentences rewritten ------------------------------------------------------------------------

def test_arabic_mapped_keeps_the_notices_positions():
    text = written_in_chinese("巡察组共反馈29个问题,其中已完成整改28个,阶段性完成整改1个")
    out, at = arabic_mapped(text)
    assert out == arabic(text)
    i = out.index("个问题")
    assert text[at[i]:at[i] + 3] == "个问题" and at[len(out)] == len(text)


@pytest.mark.parametrize("sentence, total, done", [
    ("巡察组共反馈29个问题,其中已完成整改28个,阶段性完成整改1个", 29, 28),
    ("《审计报告》反映涉及4个方面、29个单位(部门)共计50项具体问题,问题资金251023.54万元,报告日已整改40项", 50, 40),
])
def test_totals_in_chinese_numerals_are_read_with_their_span(sentence, total, done):
    text = "前文。" + written_in_chinese(sentence)
    [t] = load_genre().read_totals(text)
    assert (t.total, dict(t.counts)["已完成"]) == (total, done)
    assert _written(total) in text[t.start:t.end]


def test_coverage_reads_the_count_a_question_types_in_digits():
    assert coverage({"29": 1.0, "问题": 1.0}, "巡察组共反馈二十九个问题") == 1.0


def test_a_problem_named_by_its_count_is_written():
    text = written_in_chinese(dev_files("d35_")[0].read_text(encoding="utf-8"))
    assert "十一个问题" in text
    assert problem_unwritten("鲤城社科联针对11个问题定了多少条整改措施？", text) == ""


# -- retrieval: the sentence holding the count is among the contexts ----------------------------------------------------

@pytest.mark.parametrize("question, held", [
    ("朔州科技局那次巡察一共指出多少个问题", "三十三个问题"),
    ("嘉兴文旅局建立完善的制度有多少项", "制度四十五项"),
    ("嘉兴市文旅局对多少人给予了责令检查、批评教育", "谈话提醒二十四人"),
    ("遂宁科技局制定完善的制度数量是多少", "相关制度十三个"),
    ("厦门体育局开了多少次巡察整改领导小组会议", "十二次巡察整改领导小组会议"),
    ("芦淞区司法局那29个问题里完成了几个", "已完成整改二十八个"),
    ("鲤城社科联那11个问题定了几条措施", "整改措施十四条"),
])
def test_the_count_sentence_is_retrieved(cn_index, question, held):
    a = _ask(cn_index, question)
    assert any(held in h.text for h in a.contexts[:5]), [h.text[:40] for h in a.contexts[:5]]
    assert not a.abstained, a.answer
    assert held in a.answer


# -- readers: the worked notes and refusals read the quoted counts ------------------------------------------------------

@pytest.mark.parametrize("question, said", [
    ("芦淞区司法局反馈问题的完成率是多少？", "完成率约96.6%"),
    ("芦淞区司法局29个问题完成率多少，没完全完成的还有几个", "完成率约96.6%"),
    ("瑞金审计那50项问题还剩几项没整改完？", "其余10项"),
    ("瑞金审计的问题完成整改的比例是多少", "完成率80%"),
    ("鲤城社科联针对11个问题定了多少条整改措施？", "十四条"),
    ("嘉兴文旅局建立的制度比问责的人多多少？", "相差21"),
    ("遂宁科技局整改完善了几个制度", "十三个"),
    ("鲤城社科联11个问题平均每个问题几条措施", "14÷11"),
    ("朔州科技局33个问题平均每个方面几个", "33÷4"),
])
def test_readers_work_with_the_value(cn_index, question, said):
    a = _ask(cn_index, question)
    assert not a.abstained, a.answer
    assert said in a.answer, a.answer


@pytest.mark.parametrize("question, prefix, held", [
    ("朔州科技局反馈了多少个问题", "d26_", "三十三个问题"),
    ("芦淞区司法局被反馈了几个问题", "d08_", "二十九个问题"),
    ("遂宁科技局完善了多少个制度", "d25_", "制度十三个"),
    ("鲤城社科联定了多少条整改措施", "d35_", "整改措施十四条"),
    ("嘉兴文旅局建了几项制度", "d11_", "制度四十五项"),
])
def test_the_named_notices_count_chunk_is_a_candidate(cn_index, question, prefix, held):
    from retrieval.search.asked import asked_in_named
    own = {n for n in cn_index.records if n.startswith(prefix)}
    mask = asked_in_named(cn_index, question, own)
    assert mask is not None
    assert any(held in cn_index.chunks[int(p)].text for p in mask.nonzero()[0])
