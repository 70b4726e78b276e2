"""Round 145: draft requests as staff type them, and the passages a draft quotes kept in view.

Behaviours:
- the how-to-write ask may stand as a clause of its own after what the asker wants of the piece (整改措施想写具体点，
  怎么写？这段材料要写实一些，该如何表述); a clause telling how a notice put it (措施……，通报里怎么写) is no request;
- a draft's contexts hold, within the first k the CLI lists and eval scores, the passage of every item it quotes:
  the reader checks each 一是/二是 of the draft against a passage shown;
- a "where is it written" answer names an excerpt without a title line as every answer does (its issuer and file),
  not by the bare file name.
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.quoted import holds
from genre.questions import load_questions
from tests.conftest import dev_files, small_index


def test_a_how_to_write_clause_after_the_piece_is_a_draft_request():
    draft = load_questions().draft_request
    assert draft.search("我们县妇联被巡察说推动妇女儿童发展规划落实有差距，整改措施想写具体点，怎么写？")
    assert draft.search("这段材料要写实一些，该如何表述")
    assert not draft.search("这个问题的整改措施，通报里怎么写？")   # how a notice put it
    assert not draft.search("整改措施想写具体点，怎么写的？")        # 怎么写的: how it was written


@pytest.fixture(scope="module")
def courts_index(tmp_path_factory):
    return small_index(tmp_path_factory, "r145-drafts", dev_files("d37_", "d38_", "d28_", "d25_", "d29_"))


@pytest.mark.integration
def test_a_drafts_contexts_show_the_passages_it_quotes(courts_index):
    a = ask(courts_index, "我们单位被巡察指出“第一议题”落实不到位，整改情况一栏该怎么写？", k=10, listed=5)
    assert a.citations and not a.abstained
    shown = a.contexts[:5]
    for c in a.citations:
        assert any(holds(h, c) for h in shown), c.quote


def test_where_an_untitled_notice_writes_it_is_named_by_its_issuer(tmp_path_factory):
    from answer.forms import where_answer
    from retrieval.search.rank import search
    index = small_index(tmp_path_factory, "r145-where", dev_files("d17_"))
    hit = search(index, "附海镇持续整改")[0]
    text = where_answer(index, hit, "")[0]
    assert text.startswith("在《慈溪市审计局（d17_") and "》的 " in text
