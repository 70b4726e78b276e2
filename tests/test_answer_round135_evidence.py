"""Round 135: the evidence an answer cites is shown among its first contexts.

Behaviours:
- a composed answer's quote that none of the first SHOWN contexts holds (the second ask's own sentence) has its
  passage moved into them: the search's later hit holding it when there is one, else the notice's chunks around it;
- the passage takes the place of the lowest-ranked context holding no quote, never one of the search's best
  SHOWN - MAX_ADDED, and at most MAX_ADDED passages move in;
- contexts already holding every quote stay exactly as ranked;
- SHOWN is the caller's (ask's `listed`, its k unless told): the passage lands within whatever count is listed.
"""
from __future__ import annotations

from answer.cited_top import MAX_ADDED, cited_top
from retrieval.records import Citation
from retrieval.search.rank import Hit
from tests.conftest import RecordsIndex

_Index = RecordsIndex   # records by notice id of real dev notices (tests/conftest.py)
SHOWN = 5   # the contexts listed first (ask's k by default)


def _chunks(index, nid):
    return index.records[nid].chunks


def _hit(index, nid: str, chunk, rank: int) -> Hit:
    return Hit(rank, index.records[nid].notice.doc, chunk, 1.0 / rank, 0.0, 0.0, chunk.start, chunk.end, chunk.text)


def _cite(index, nid: str, quote: str, n: int) -> Citation:
    rec = index.records[nid]
    a = rec.notice.text.index(quote)
    return Citation(n, nid, rec.notice.doc, rec.notice.title, "", quote, a, a + len(quote))


def _setup():
    index = _Index("d29_")
    (nid,) = index.records
    chunks = _chunks(index, nid)
    first = "区科协立即召开工作会议"
    second = "建立整改动态台账"
    a = next(c for c in chunks if first in c.text)
    b = next(c for c in chunks if second in c.text and first not in c.text)
    others = [c for c in chunks if c is not a and c is not b]
    return index, nid, a, b, others, first, second


def test_the_second_asks_quote_is_moved_among_the_first_contexts():
    index, nid, a, b, others, first, second = _setup()
    ranked = [a, *others[:SHOWN + 1], b, *others[SHOWN + 1:SHOWN + 3]]
    hits = tuple(_hit(index, nid, c, i + 1) for i, c in enumerate(ranked))
    cites = (_cite(index, nid, first, 1), _cite(index, nid, second, 2))
    shown = cited_top(index, hits, cites, SHOWN)
    assert any(second in h.text for h in shown[:SHOWN])   # the later hit holding it moved up
    assert [h.chunk for h in shown[:SHOWN - 1]] == [h.chunk for h in hits[:SHOWN - 1]]   # the best stay as ranked
    assert [h.rank for h in shown] == list(range(1, len(hits) + 1)) and len(shown) == len(hits)
    assert hits[SHOWN - 1] in [replace_rank(h, hits) for h in shown[SHOWN:]]   # the displaced one is kept, lower


def replace_rank(h: Hit, hits: tuple[Hit, ...]) -> Hit:
    return next(x for x in hits if x.chunk is h.chunk)


def test_a_quote_no_hit_holds_brings_the_notice_passage_around_it():
    index, nid, a, _, others, first, second = _setup()
    hits = tuple(_hit(index, nid, c, i + 1) for i, c in enumerate([a, *others[:SHOWN + 2]]))
    shown = cited_top(index, hits, (_cite(index, nid, first, 1), _cite(index, nid, second, 2)), SHOWN)
    assert second in "".join(h.text for h in shown[:SHOWN])
    assert len(shown) == len(hits) + 1


def test_the_searchs_best_stay_and_at_most_max_added_move_in():
    index, nid, _, _, others, _, _ = _setup()
    hits = tuple(_hit(index, nid, c, i + 1) for i, c in enumerate(others[:SHOWN + 2]))
    quotes = [s for s in index.records[nid].notice.text.split("。") if len(s) > 8 and not any(s in h.text for h in hits)]
    cites = tuple(_cite(index, nid, q, i + 1) for i, q in enumerate(quotes[:4]))
    shown = cited_top(index, hits, cites, SHOWN)
    assert [h.chunk for h in shown[:SHOWN - MAX_ADDED]] == [h.chunk for h in hits[:SHOWN - MAX_ADDED]]
    assert sum(1 for h in shown[:SHOWN] if h.chunk not in [x.chunk for x in hits[:SHOWN]]) <= MAX_ADDED


def test_contexts_already_holding_every_quote_stay_as_ranked():
    index, nid, a, b, others, first, second = _setup()
    hits = tuple(_hit(index, nid, c, i + 1) for i, c in enumerate([a, b, *others[:4]]))
    cites = (_cite(index, nid, first, 1), _cite(index, nid, second, 2))
    assert cited_top(index, hits, cites, SHOWN) == hits
    assert cited_top(index, hits, (), SHOWN) == hits


def test_the_listed_count_is_the_callers():
    """The same hits listed three, four or six at a time: the quote's passage lands within the count the caller lists
    (six already hold it: unchanged)."""
    index, nid, a, b, others, first, second = _setup()
    plain = [c for c in others if second not in c.text]
    hits = tuple(_hit(index, nid, c, i + 1) for i, c in enumerate([a, *plain[:4], b]))
    cites = (_cite(index, nid, first, 1), _cite(index, nid, second, 2))
    assert len(hits) == 6
    for listed in (3, 4):
        shown = cited_top(index, hits, cites, listed)
        assert any(second in h.text for h in shown[:listed]) and not any(second in h.text for h in hits[:listed])
    assert cited_top(index, hits, cites, 6) == hits
