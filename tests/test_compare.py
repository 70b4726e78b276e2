"""Integration: a comparison is answered notice by notice (answer.compare), over the seed index."""
from __future__ import annotations

import re

import pytest

from answer.ask import ask

pytestmark = pytest.mark.integration


def test_each_compared_notice_answers_under_its_own_name(index):
    a = ask(index, "天津城管委和济南城管局在理论学习中心组制度上各做了什么？")
    assert not a.abstained
    lines = [line for line in a.answer.splitlines() if line.startswith("《")]
    assert len(lines) == 2 and {c.notice_id for c in a.citations} == {
        next(c.notice_id for c in a.citations if c.quote in lines[0]),
        next(c.notice_id for c in a.citations if c.quote in lines[1])}
    assert [c.n for c in a.citations] == list(range(1, len(a.citations) + 1))
    for line in lines:   # each name's quotes come from that notice only
        cited = {a.citations[int(n) - 1].notice_id for n in re.findall(r"\[(\d+)\]", line)}
        assert len(cited) == 1
    for c in a.citations:
        assert c.quote in index.records[c.notice_id].notice.text and f"[{c.n}]" in a.answer


def test_a_comparisons_contexts_are_the_passages_each_side_searched(index):
    a = ask(index, "天津城管委和济南城管局在理论学习中心组制度上各做了什么？")
    assert {h.notice_id for h in a.contexts} >= {c.notice_id for c in a.citations}   # both sides searched, in turn
    assert [h.rank for h in a.contexts] == list(range(1, len(a.contexts) + 1)) and len(a.contexts) <= 5
    assert a.contexts[0].notice_id != a.contexts[1].notice_id


def test_a_figure_compared_leads_each_side(index):
    a = ask(index, "天津城管委和东丽区各定了多少条整改措施？")
    assert not a.abstained and "97条" in a.answer
    assert a.lead.count("《") == 2   # one cited lead per notice
