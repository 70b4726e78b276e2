"""Real notice text for unit tests: a notice of tests/data/notices-dev (or a seed of corpus/) by its file-name prefix,
and the sentence of it holding a phrase.

Example:
    >>> sentence_holding(notice_text("d34_"), "研究整改9次").endswith("研究整改9次")
    True
"""
from __future__ import annotations

import re

from retrieval.load import load_notice
from tests.conftest import ROOT

DEV = ROOT / "tests" / "data" / "notices-dev"


def notice_text(prefix: str) -> str:
    """The clean text of the dev notice (else the seed notice) whose file name starts with PREFIX."""
    return load_notice(next(DEV.glob(prefix + "*.txt"), None) or next((ROOT / "corpus").glob(prefix + "*.txt"))).text


def sentence_holding(text: str, holding: str) -> str:
    """The first sentence (or ；-part) of TEXT that holds HOLDING."""
    return next(s for s in re.findall(r"[^。;；\n]+", text) if holding in s)
