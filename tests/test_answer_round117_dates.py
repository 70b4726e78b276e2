"""Round 117 (session 23): the dates and signers asked beside other asks.

- 落款是谁作的 asks the signer, not the 落款's date: questions.toml [asks_published] leaves 落款 followed by 是谁/单位 to
  [asks_signer] (the date refusal of answer/published.py no longer fires).
- Two asks sharing one verb (通报是哪天、由哪个单位发布的) ask the page's publication day too ([asks_published]).
- Two date labels named (公开日期和发布日期差了几天) quote each labelled pair (answer/metadata.py _named_dates).
- A day claimed that is the page's own date (是2026年1月4日在会上作的吧 of a report read 2025年12月30日) is said to be the
  page's publication date, written as the page writes it (figures.toml [checked_date.said] page, answer/judged_date.py).
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.judged_date import date_note
from genre.questions import load_questions
from tests.conftest import dev_files, small_index


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    return small_index(tmp_path_factory, "dates117", dev_files("d01_", "d07_", "d16_", "d23_"))


def test_signer_and_shared_verb_asks():
    q = load_questions()
    assert not q.asks_published.search("那份整改报告，落款是谁作的？") and q.asks_signer.search("那份整改报告，落款是谁作的？")
    assert q.asks_published.search("落款是哪天？") and q.asks_published.search("落款日期呢")
    assert q.asks_published.search("整改通报是哪天、由哪个单位发布的？")


def test_a_claimed_page_date_is_said():
    said = date_note("是2026年1月4日在人大常委会上作的吧？", "——2025年12月30日在广州市第十六届[1]", "2026-01-04")
    assert "与通报不符" in said and "2026-01-04" in said
    assert "网页" not in date_note("是2026年1月5日在会上作的吧？", "——2025年12月30日在会议上[1]", "2026-01-04")


def test_end_to_end(dev_index):
    r = ask(dev_index, "我们瑞金市审计局那份整改报告，落款是谁作的？到报告日已整改的项数占全部具体问题的几成？")
    assert not r.abstained and "李火生" in r.answer and "80%" in r.answer
    r = ask(dev_index, "莆田司法局整改通报是哪天、由哪个单位发布的？")
    assert "2025年02月17日 17:21" in r.answer and "莆田市司法局" in r.answer
    r = ask(dev_index, "省卫健委的2023年要点，网上写的公开日期和发布日期差了几天？文号是多少？")
    assert "2023-04-22" in r.answer and "2023-04-25 17:10" in r.answer and "3天" in r.answer
    r = ask(dev_index, "广州这份审计整改报告是2026年1月4日在人大常委会上作的吧？作报告的是谁？")
    assert "赖志鸿" in r.answer and "2026-01-04" in r.answer
