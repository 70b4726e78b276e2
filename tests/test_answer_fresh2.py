"""Answer behaviours found by the fresh2 questions (written before the system ran on them)."""
from __future__ import annotations

from answer.extractive import near_best


def test_the_best_candidate_is_kept_when_every_score_is_below_zero():
    # headings are marked down by 0.4, so a notice whose only matches are headings scores < 0
    cands = [(-0.2, 1), (-0.25, 1), (-1.0, 2)]
    assert near_best(cands, 0.6, 4) == [(-0.2, 1), (-0.25, 1)]
    assert near_best([(1.0, 1), (0.7, 1), (0.5, 1)], 0.6, 4) == [(1.0, 1), (0.7, 1)]
