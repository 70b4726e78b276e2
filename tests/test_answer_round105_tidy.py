"""Round 105 (code health, no behaviour change), on sentences of real dev notices:
- answer/lead_asked.py: what a question asks of its lead (`wanted`, `said_of`), split from answer/lead.py;
- answer/refusal_years.py and answer/refusal_place.py: the years and the notice's-place checks, split from answer/refusal.py;
- genre/marks.py sentence_at: the sentence holding a position (answer/body_leader.py reads it);
- retrieval/search/place_words.py: the notices writing a word counted once per index (Index.holders);
- genre names.toml [counted_as_asked]: when counted_as_read notes the notice's own name of what it counts.
Dev notices: 慈溪 audit (d17), 湖北司法厅 (d04), 绵阳司法局 (d05), 遂宁科技局 (d25).
"""
from __future__ import annotations

import pytest

from answer import lead, refusal
from answer.body_leader import body_leader_unstated
from answer.lead_asked import said_of, wanted
from answer.refusal_place import unstated_place
from answer.refusal_years import missing_terms, year_names_inspection
from genre.marks import SENTENCE, sentence_at
from genre.same_names import counted_as_read
from retrieval.search.place_words import holders, place_words
from tests.conftest import dev_files, dev_text, small_index

D17 = ("有些单位对审计发现问题开展专项整治,市水务集团对工程转包等问题在全集团开展针对性的专项自查,督促下属单位即查即改;"
       "有些单位建立长效机制抓整改,附海镇通过制订“三张单子”,对2016年经责审计提出的21个问题进行持续整改")   # d17, as written
D05 = "研究制定1个总方案,2个专项方案,明确局党组对巡察整改负主体责任"                                     # d05, as written
D25 = "明确了具体整改任务、整改措施和整改期限,为整改工作打下了坚实的基础"                                # d25, as written


def test_lead_reads_what_is_asked_from_lead_asked():
    assert lead.wanted is wanted and lead.said_of is said_of   # one piece of code, read where it was
    assert wanted("是什么时候巡察的？哪天反馈？") == (0, 2)
    assert wanted("制定了几个专项方案？") == (1, 0)


def test_figure_said_of_another_subject_on_d17():
    at = D17.index("对2016")
    tokens = {"水务集团": 2.0, "自查": 1.0, "问题": 0.5}
    assert not said_of(D17, [(0, len(D17))], (0, len(D17)), at, len(D17), tokens, ["问题"])
    assert said_of(D17, [(0, len(D17))], (0, len(D17)), at, len(D17), {"附海镇": 2.0, "问题": 0.5}, ["问题"])


def test_lead_spans_of_d05_unchanged_by_the_split():
    spans = lead.lead_spans(D05, [(0, len(D05))], "制定了几个专项方案？", {"专项": 1.0, "方案": 1.0}, ["个"])
    assert spans and any("2个专项方案" in D05[a:b] for a, b in spans)


def test_years_checks_in_their_own_module():
    assert missing_terms("2021年反馈了多少问题？", D17) == ["2021"]
    assert missing_terms("2016年经责审计提出了多少问题？", D17) == []
    assert year_names_inspection("2019年秋天被巡察的那个体育局，设了几个小组")
    assert refusal.years_missing.__module__ == "answer.refusal_years"   # overruled reads it from there


def test_place_check_in_its_own_module():
    assert unstated_place("这份区科协巡察整改通报是桂林哪个城区的？", frozenset()) == "城区"
    assert unstated_place("制定了几个专项方案？", frozenset()) is None
    assert refusal.unstated_place is unstated_place


def test_sentence_at_is_the_marks_sentence():
    text = dev_text("d04_")
    m = sentence_at(text, text.index("成立巡视整改办") + 2)
    assert m.group().lstrip().startswith("成立巡视整改办,负责整改工作的统筹推进")
    assert not any(mark in m.group() for mark in "。；;！？\n")   # its closing mark left out
    assert m.group() in [s.group() for s in SENTENCE.finditer(text)]
    got = body_leader_unstated("巡视整改办由哪位领导牵头负责？", text)
    assert got is not None and text[got[0][0]:got[0][1]] == m.group().lstrip()


def test_sentence_at_on_a_mark_is_none():
    assert sentence_at(D17, D17.index(";")) is None   # a comma ends no sentence: the ；does
    assert sentence_at(D25, D25.index(",")).group() == D25


@pytest.fixture(scope="module")
def d17_index(tmp_path_factory):
    return small_index(tmp_path_factory, "tidy105", dev_files("d04_", "d05_", "d17_"))


def test_place_words_counted_once_per_index(d17_index):
    assert place_words(d17_index, ["附海镇", "清理"]) == {"附海镇"}
    assert d17_index.holders["附海镇"] == 1   # kept for the next question
    assert holders(d17_index, "附海镇") == sum("附海镇" in r.notice.text for r in d17_index.records.values())
    assert place_words(d17_index, ["龙山镇"]) == set() and d17_index.holders["龙山镇"] == 0


def test_counted_as_asked_read_from_names_toml():
    q, note = counted_as_read("明确了多少条措施？", ("细化制定整改任务239条",))
    assert q == "明确了多少条整改任务？" and note
    assert counted_as_read("措施有几条", ("细化制定整改任务239条",))[1]   # 几 after the word, then 条
    assert counted_as_read("推动措施落地开了几次会", ("推进整改任务落地",))[1] == ""   # 几次会 counts meetings
    assert counted_as_read("明确了多少条措施？", (D25,)) == ("明确了多少条措施？", "")   # d25 writes 整改措施 apart
