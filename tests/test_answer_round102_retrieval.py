"""Round 102 (session 20, fresh53/fresh55 retrieval misses), in wordings of my own over dev notices.

- Meetings counted (开了多少次会) and the spirit a plan carries out (贯彻哪几次会的精神) are kinds asked whose chunks of the
  named notice are candidates past the knowledge base's cut (questions.toml [[asked_kind]], retrieval/search/asked.py).
- A place below the county named alone (逍林镇, 附海镇: not in divisions.tsv) ranks the passages of the few notices writing
  it first (genre places.toml [below_county], retrieval/search/place_words.py).
- A yes-no ask whether an act was ever done (有没有专门批示过): 过 and 专门 frame it, the act's sentence leads with 有
  (questions.toml [asking], worked.toml [threshold.act] particles).
"""
from __future__ import annotations

import re

import numpy as np
import pytest

from answer.ask import ask
from answer.threshold import act_said
from retrieval.search import rank
from retrieval.search.asked import asked_in_named
from retrieval.search.place_words import is_place_word, place_words
from genre.asked_kinds import asked_kinds
from tests.conftest import CORPUS, dev_files, small_index


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    paths = dev_files("d01_", "d04_", "d16_", "d17_", "d22_", "d23_", "d40_") + sorted(CORPUS.glob("*.txt"))
    return small_index(tmp_path_factory, "retr102", paths)


def _evidence_in(hits, text: str) -> bool:
    return any(text in h.text for h in hits)


# -- kinds asked that the named notice's chunks hold ------------------------------------------------------------------

@pytest.mark.parametrize("question", ["湖北省司法厅推进巡视整改一共召开过几次会议？", "整改期间党组会开了多少次", "开了几次会"])
def test_meetings_counted_asked(question):
    assert any(k.holds.search("先后召开10余次党委会、领导小组会") for k in asked_kinds(question))
    assert any(k.holds.search("召开党组会、专班会议、领导小组会议15次") for k in asked_kinds(question))


@pytest.mark.parametrize("question", ["浙江省卫健委2023年的要点要贯彻什么精神？", "要落实哪几次会议的精神"])
def test_spirit_carried_out_asked(question):
    kinds = asked_kinds(question)
    assert any(k.holds.search("全面贯彻党的二十大和省第十五次党代会、省委十五届二次全会精神") for k in kinds)


@pytest.mark.parametrize("question", ["开了哪些会？", "整改措施有多少条"])
def test_other_asks_are_no_asked_kind(question):
    assert asked_kinds(question) == []


def test_named_notice_chunks_holding_a_meeting_count(dev_index):
    nid = next(n for n in dev_index.records if n.startswith("d04_"))
    mask = asked_in_named(dev_index, "湖北省司法厅推进巡视整改一共召开过几次会？", {nid})
    held = [dev_index.chunks[p].text for p in np.flatnonzero(mask)]
    assert any("先后召开10余次党委会" in t for t in held)
    assert all(re.search(r"\d+余?次", t) for t in held)   # only chunks counting meetings


def test_named_notice_chunk_of_the_asked_kind_past_the_cut(dev_index, monkeypatch):
    monkeypatch.setattr(rank, "CANDIDATES", 3)   # a knowledge base large enough that the cut hides the notice's chunk
    hits = rank.search(dev_index, "浙江省卫健委2023年卫生健康工作要点要贯彻哪些会的精神？", k=5)
    assert _evidence_in(hits, "省委十五届二次全会精神")


# -- a place below the county ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("word", ["附海镇", "逍林镇", "龙山镇", "白云街道", "大榭乡"])
def test_place_words(word):
    assert is_place_word(word)


@pytest.mark.parametrize("word", ["乡镇", "城镇", "各乡镇", "城乡", "景德镇", "各街道"])
def test_not_place_words(word):
    assert not is_place_word(word)


def test_place_word_written_by_one_notice(dev_index):
    assert place_words(dev_index, ["逍林镇", "往来", "清理"]) == {"逍林镇"}
    assert place_words(dev_index, ["龙山镇"]) == set()   # no notice writes it


@pytest.mark.parametrize("question, evidence", [
    ("逍林镇审计期间清理了几笔往来款项？", "逍林镇清理往来款项15笔"),
    ("附海镇的用地款清理了多少？", "已清理用地款1.05亿元"),
])
def test_town_named_alone_first(dev_index, question, evidence):
    hits = rank.search(dev_index, question, k=5)
    assert evidence in hits[0].text, [h.text[:40] for h in hits]
    a = ask(dev_index, question, dev_index.settings)
    assert evidence.split("清理")[-1][:4] in a.answer, a.answer


# -- an act asked as ever done ---------------------------------------------------------------------------------------

def test_act_asked_with_aspect_and_stress():
    quote = "市政府领导多次作出重要指示批示,强调要推进审计查出问题切实有效整改"
    assert act_said("市政府领导有没有专门批示过？", quote) == "有。"
    assert act_said("有没有开过专题民主生活会？", "召开巡察整改专题民主生活会") == "有。"
    assert act_said("有没有开展过专项审计？", "召开民主生活会") == ""   # another act: no yes


def test_act_sentence_leads(dev_index):
    a = ask(dev_index, "瑞金市政府领导有没有专门对审计整改批示过？", dev_index.settings)
    assert a.answer.split("。")[0].endswith("有") or "有。市政府领导" in a.answer, a.answer
    assert "指示批示" in a.citations[0].quote, a.citations[0].quote


def test_town_passage_weighs_by_the_place_word(dev_index, monkeypatch):
    from retrieval import weights
    question = "逍林镇审计期间清理了几笔往来款项？"
    weighed = {h.chunk.id: h.score for h in rank.search(dev_index, question, k=10)}
    monkeypatch.setattr(weights, "PLACE_WORD_WEIGHT", 0.0)
    bare = {h.chunk.id: h.score for h in rank.search(dev_index, question, k=10)}
    town = [c for c in weighed if "逍林镇" in dev_index.chunks[dev_index.chunk_pos[c]].index_text]
    assert town and all(abs(weighed[c] - bare[c] - 0.05) < 1e-9 for c in town if c in bare)
    assert all(abs(weighed[c] - bare[c]) < 1e-9 for c in weighed if c in bare and c not in town)
