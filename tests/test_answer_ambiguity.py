"""A question naming only an agency kind that several notices are about: the answer says whose notice it quotes,
names the others and how to ask about one of them; a question naming the place gets no such note.

The index is keyword-only over real dev notices: two science-and-technology bureaus (d25 遂宁, d26 朔州) and a
sports bureau (d32). The questions are probes of our own.
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from tests.conftest import dev_files, small_index

NOTICES = ("d25_", "d26_", "d32_")


@pytest.fixture(scope="module")
def kinds_index(tmp_path_factory):
    return small_index(tmp_path_factory, "ambiguity", dev_files(*NOTICES))


@pytest.mark.parametrize("question", ["科技局整改期间修订了多少项制度？", "科技局的巡察整改通报里，领导小组组长是谁？"])
def test_an_agency_kind_alone_names_whose_notice_is_quoted_and_the_others(kinds_index, question):
    a = ask(kinds_index, question)
    assert not a.abstained
    quoted = {c.doc[:4] for c in a.citations}
    assert len(quoted) == 1 and quoted <= {"d25_", "d26_"}
    other = "朔州市" if quoted == {"d25_"} else "遂宁市"
    own = "遂宁市" if other == "朔州市" else "朔州市"
    note = a.answer.split("）", 1)[0]
    assert "2份“科技局”" in note and f"以下引自{own}" in note and f"另有{other}" in note and "写明地名" in note
    assert "优先在相关通报中检索" not in a.answer   # the scope note is not said twice


@pytest.mark.parametrize("question", ["遂宁市科技局整改期间修订了多少项制度？", "体育局的巡察整改通报里，领导小组组长是谁？"])
def test_a_named_place_or_a_single_notice_of_the_kind_needs_no_note(kinds_index, question):
    a = ask(kinds_index, question)
    assert "写明地名" not in a.answer
