"""Integration: the asked figure is looked for in the whole answering notice, not only in the context windows."""
from __future__ import annotations

import pytest

from answer.sentences import notice_sentences

pytestmark = pytest.mark.integration


def test_notice_sentences_rank_a_notices_body_sentences_by_the_questions_words(index):
    record = next(r for nid, r in index.records.items() if nid.startswith("tj-city-mgmt-commission-2024"))
    text = record.notice.text
    found = notice_sentences(record, {"整改措施": 3.0, "制定": 1.0}, n=3)
    assert 1 <= len(found) <= 3
    assert "整改措施" in text[found[0][0]:found[0][1]]
    assert all(a >= record.notice.header_end for a, _ in found)   # body only: never the title or metadata lines
    assert notice_sentences(record, {"不存在的词": 1.0}) == []
