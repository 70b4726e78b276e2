"""Round 21, an agency named by the issuer code of its document numbers (机关代字): staff call 湖州市卫生健康委 湖卫健
(湖卫健发〔2023〕1号), 浙江省卫生健康委 浙卫, 华容县政府 华政. The code is read at ingest from a notice's own 文号 (the
kind of document 发/办/函… cut off: genre agencies.toml [issuer_code]); a question writing it at a word boundary prefers
that notice (soft ranking); a code no notice has is named by nothing, and the characters inside a longer word
(西湖卫健局, 嘉华政务) are no code. Five wordings of my own over dev notices (tests/data/notices-dev).
"""
from __future__ import annotations

import functools

import pytest

from retrieval.load import load_notice
from retrieval.search.codes import codes_in, issuer_code
from retrieval.search.named import named_in
from retrieval.search.profile import notice_profile
from retrieval.search.scope import scope_for
from tests.notice_text import DEV

DEV_NOTICES = ("d13_", "d22_", "d23_", "d16_", "d25_", "d28_")   # the three with a 文号 of their own, and others


@functools.cache
def _notices():
    return [load_notice(next(DEV.glob(prefix + "*.txt"))) for prefix in DEV_NOTICES]


@pytest.mark.parametrize(("doc_number", "code"), [
    ("湖卫健发〔2023〕1号", "湖卫健"), ("浙卫发〔2023〕10号", "浙卫"), ("华政发〔2021〕2号", "华政"),
    ("津城管办〔2019〕48号", "津城管"), ("粤审函〔2020〕5号", "粤审"), ("市委办发〔2023〕3号", ""), ("", ""),
])
def test_the_code_is_the_prefix_before_the_kind_of_document(doc_number, code):
    assert issuer_code(doc_number) == code


def test_a_notice_profile_carries_the_code_of_its_own_number_only():
    codes = {n.id[:4]: notice_profile(n).codes for n in _notices()}
    assert codes["d22_"] == {"湖卫健"} and codes["d23_"] == {"浙卫"} and codes["d13_"] == {"华政"}
    assert codes["d25_"] == frozenset()   # 遂科技党组〔2020〕20号 numbers its 整改方案, not the notice


@pytest.mark.parametrize(("question", "prefix"), [
    ("湖卫健那个2023年要点通知的发文字号和成文日期？", "d22_"),
    ("浙卫那份2023年工作要点的索引号是多少？", "d23_"),
    ("请问华政发的那份重点工作任务是哪天公开的？", "d13_"),
    ("湖卫健今年的工作要点提了哪些重点任务？", "d22_"),
    ("找下浙卫发的要点，落款日期是哪天？", "d23_"),
    ("2023年浙卫那个通知是哪天公开的", "d23_"),
])
def test_a_question_writing_a_code_prefers_that_notice(question, prefix):
    scope = scope_for(question, _notices())
    assert scope.preferred[0][0].startswith(prefix) and scope.preferred[0][1] > scope.preferred[1][1]
    assert scope.focus and all(nid.startswith(prefix) for nid in scope.focus) and not scope.unmatched


@pytest.mark.parametrize("question", [
    "西湖卫健局2023年的工作要点有哪些？",   # 湖卫健 inside 西湖卫健局
    "嘉华政务服务中心的整改情况？",         # 华政 inside 嘉华政务
    "粤审那个报告的文号是多少？",           # a code no notice has
    "湘妇那份通报讲了什么？",
])
def test_no_code_is_read_inside_a_word_or_unknown(question):
    known = frozenset(c for n in _notices() for c in notice_profile(n).codes)
    assert codes_in(question, known) == frozenset()
    assert named_in(question, frozenset(), known).codes == frozenset()


def test_a_code_no_notice_has_is_forced_onto_none():
    scope = scope_for("粤审那个报告的文号是多少？", _notices())
    assert not scope.focus or len(scope.focus) != 1 or not scope.focus[0].startswith(("d22_", "d23_", "d13_"))


def test_a_seed_notice_is_found_by_its_code(index):
    from answer.ask import ask
    a = ask(index, "津城管那份工作要点的文号是多少？", index.settings)
    assert "津城管办〔2019〕48号" in a.answer


@pytest.mark.parametrize("question", ["湖卫健和浙卫的工作要点各自的文号是什么？", "浙卫、湖卫健这两份要点分别是哪天印发的？"])
def test_codes_compared_are_each_a_side(question):
    groups = scope_for(question, _notices()).groups
    assert sorted(g[0][:4] for g in groups) == ["d22_", "d23_"] and all(len(g) == 1 for g in groups)
