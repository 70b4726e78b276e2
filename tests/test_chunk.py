"""Chunks stay inside one section, end at sentence ends, keep exact spans and stable ids."""
from __future__ import annotations

import pytest

from llm.tokens import count_tokens
from retrieval.chunk import MAX_CHARS, chunk_notice
from retrieval.load import load_notice
from retrieval.parse import parse_sections
from tests.conftest import SEEDS

ENDS = tuple("。！？；!?;”’)）") 


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:20])
def test_chunks_of_each_seed(path):
    n = load_notice(path)
    secs = parse_sections(n.text, n.id)
    chunks = chunk_notice(n.id, n.text, secs)
    assert len({c.id for c in chunks}) == len(chunks)
    for c in chunks:
        assert n.text[c.start:c.end] == c.text and c.text.strip() == c.text
        assert len(c.text) <= MAX_CHARS
        nxt = n.text[c.end:c.end + 1]
        assert c.text.endswith(ENDS) or nxt in ("\n", "") or c.text[-1] in ",，、", c.text[-20:]
        if c.section_index >= 0:
            s = secs[c.section_index]
            assert c.end <= s.end                              # never runs into the next section
            owner = s                                          # a heading-only parent may lead in
            while owner.start > c.start and owner.parent >= 0:
                owner = secs[owner.parent]
            assert owner.start <= c.start and c.end <= owner.end
            assert c.section_path == s.path_text
            assert c.index_text.endswith(c.text)
        assert count_tokens(c.index_text) < 1000
    body = "".join(c.text for c in chunks)
    assert len(body) >= 0.9 * len("".join(n.text.split()))   # nothing of substance is dropped


def test_ids_are_stable_across_runs():
    n = load_notice(SEEDS[0])
    first = [(c.id, c.start, c.end) for c in chunk_notice(n.id, n.text, parse_sections(n.text, n.id))]
    again = [(c.id, c.start, c.end) for c in chunk_notice(n.id, n.text, parse_sections(n.text, n.id))]
    assert first == again


def test_heading_only_region_joins_its_first_subsection():
    text = "一、总体\n(1)针对学习不深入问题,进行了以下整改。\n一是加强学习。二是完善制度。\n二是建立台账。"
    chunks = chunk_notice("n", text, parse_sections(text, "n"))
    assert chunks[0].text.startswith("一、总体\n(1)针对学习不深入问题") and "一是加强学习" in chunks[0].text
    assert chunks[0].section_path.endswith("一是加强学习")
    assert chunks[-1].text == "二是建立台账。"
