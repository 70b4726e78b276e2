"""Fuzzing the loader (clean_text), parser (parse_sections) and chunker (chunk_notice) with hypothesis.

Texts mix real notice lines from corpus/, outline markers (一、 (一) （一） 1. 1、 (1) 1) 一是 附件1),
punctuation, whitespace and random unicode. Properties: no exceptions; cleaned body lines are lines
of the input; sections are nested properly inside the text; every chunk lies inside its notice with
text[start:end] == chunk.text, chunks do not overlap, and no visible character is left out of them.
"""
from __future__ import annotations

import os
from collections import Counter

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from retrieval.chunk import MAX_CHARS, chunk_notice
from retrieval.load.clean import clean_text
from retrieval.parse import parse_sections
from tests.conftest import SEEDS

EXAMPLES = Counter()
REAL_LINES = sorted({ln for p in SEEDS for ln in p.read_text(encoding="utf-8").split("\n")})
MARKERS = ["一、", "二、", "十一、", "(一)", "（二）", "(十)", "1.", "2、", "12.", "1．", "(1)", "（3）", "1)", "2）",
           "一是", "二是", "三是", "附件1", "附件 2", "  1. ", "\u3000\u3000", "第一部分", "1.1", "(一", "一、、"]
PUNCT = list("。，、；：？！“”‘’（）《》〔〕【】…—,.;:?!()[]\"'-/·")
SPACE = [" ", "\t", "\u3000", "\u00a0", "\r", "", "\n", "\n\n"]
FUZZ_EXAMPLES = int(os.environ.get("NOTICEQA_FUZZ_EXAMPLES", "250"))  # moderate: the file runs in ~15 s
FUZZ = settings(max_examples=FUZZ_EXAMPLES, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow,
                                                                        HealthCheck.data_too_large])

words = st.one_of(
    st.sampled_from(REAL_LINES),
    st.sampled_from(REAL_LINES).map(lambda s: s[: len(s) // 2]),
    st.text(alphabet="整改措施问题落实巡视推进完成情况责任制度一二三四五六七八九十0123456789年月日公里项",
            min_size=1, max_size=40),
    st.text(min_size=1, max_size=20),  # any unicode, surrogates excluded by hypothesis
    st.sampled_from(PUNCT),
)
line = st.builds(lambda m, s, body: m + s + body if m else body,
                 st.one_of(st.just(""), st.sampled_from(MARKERS)), st.sampled_from(SPACE[:4] + [""]),
                 st.lists(words, max_size=6).map("".join))
notice_text = st.lists(st.tuples(line, st.sampled_from(["\n", "\n", "\n", "\n\n", "", "。\n", "\r\n"])),
                       max_size=40).map(lambda parts: "".join(a + b for a, b in parts))


@pytest.fixture(scope="module", autouse=True)
def _report():
    yield
    from tests.test_reliability import record
    record(fuzz_examples_clean_text=EXAMPLES["clean"], fuzz_examples_parse=EXAMPLES["parse"],
           fuzz_examples_chunk=EXAMPLES["chunk"])


@FUZZ
@given(notice_text)
def test_clean_text_never_fails_and_keeps_body_lines_verbatim(raw):
    EXAMPLES["clean"] += 1
    cleaned = clean_text(raw)
    raw_lines = set(raw.split("\n"))
    assert all(ln in raw_lines or ln == "" for ln in cleaned.body.split("\n"))
    assert all(isinstance(v, str) for v in cleaned.meta.values())


def check_sections(text: str, sections) -> None:
    for i, s in enumerate(sections):
        assert s.index == i
        assert 0 <= s.start <= s.heading_end <= len(text), s
        assert s.start <= s.body_end <= s.end <= len(text), s
        assert text[s.start:s.end].strip(), s  # a section is never empty
        if s.parent >= 0:
            p = sections[s.parent]
            assert p.index < s.index and s.depth == p.depth + 1
            assert p.start <= s.start and s.end <= p.end, (p, s)  # nested inside its parent
            assert s.path[:-1] == p.path
        else:
            assert s.depth == 1 and len(s.path) == 1
        if i:
            assert sections[i - 1].start < s.start  # document order
    for a in sections:  # siblings never overlap
        for b in sections:
            if a.index < b.index and a.parent == b.parent:
                assert a.end <= b.start, (a, b)


@FUZZ
@given(notice_text)
@example("十十一、总体情况\n正文。")  # found by fuzzing: crashed cn_to_int
def test_parse_sections_are_nested_inside_the_text(text):
    EXAMPLES["parse"] += 1
    check_sections(text, parse_sections(text, "fuzz"))


def check_chunks(text: str, sections, chunks) -> None:
    covered = [False] * len(text)
    ids = set()
    for c in chunks:
        assert 0 <= c.start < c.end <= len(text), c
        assert text[c.start:c.end] == c.text and c.text.strip()
        assert len(c.text) <= MAX_CHARS
        assert c.id not in ids
        ids.add(c.id)
        for i in range(c.start, c.end):
            assert not covered[i], ("overlap", c)
            covered[i] = True
        if c.section_index >= 0:  # inside its section; a short heading-only parent region may lead it
            s = sections[c.section_index]
            ancestors = [s]
            while ancestors[-1].parent >= 0:
                ancestors.append(sections[ancestors[-1].parent])
            assert c.end <= s.end and any(a.start <= c.start for a in ancestors), (s, c)
    lost = [text[i] for i in range(len(text)) if not covered[i] and not text[i].isspace()]
    assert not lost, ("text left out of every chunk", "".join(lost)[:80])


@FUZZ
@given(notice_text)
@example("一是不断选优配强关键岗位。正文。\n结尾一段不属于任何小节的文字。")  # found by fuzzing: text lost
def test_chunks_lie_inside_their_notice_and_cover_it(text):
    EXAMPLES["chunk"] += 1
    sections = parse_sections(text, "fuzz")
    check_chunks(text, sections, chunk_notice("fuzz", text, sections))


@FUZZ
@given(notice_text)
def test_whole_pipeline_on_cleaned_text(raw):
    EXAMPLES["clean"] += 1
    text = clean_text(raw.replace("\r\n", "\n").replace("\r", "\n")).body
    sections = parse_sections(text, "fuzz")
    check_sections(text, sections)
    check_chunks(text, sections, chunk_notice("fuzz", text, sections))


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:20])
def test_real_notices_keep_the_same_properties(path):
    from retrieval.load import load_notice
    n = load_notice(path)
    sections = parse_sections(n.text, n.id)
    check_sections(n.text, sections)
    check_chunks(n.text, sections, chunk_notice(n.id, n.text, sections))
