"""Round 139: cross-notice asks, each side answered as a one-notice question of the same asks.

Behaviours:
- the phrase naming the notices compared ends before the ask: a name met after an asking word (各是哪天向人大常委会报的)
  or after the clause ends (…各是哪天？湖州比省里晚几天) stays in the ask (answer.cross.naming_run, comparisons.toml
  [naming]); names joined or described in parallel (甲的审计整改报告和乙的审计整改报告) are one naming;
- so each side is asked the whole ask (哪天向人大常委会报的, 网页上的发布时间是哪天), not the words after the last name;
- two places joined by 和 (宁波和慈溪) are two places compared, never a parent written before its child
  (retrieval.search.named: 广州市海珠区 stays one place);
- the reading's day asked with 报 for 报告 (哪天向人大常委会报的) asks the report's subtitle date (questions.toml
  [asks_reporter]);
- each side gets the passes a one-notice question gets (answer.one_notice): a second ask of a side (来巡的是哪个巡察组)
  is quoted from its own clause, and the passage it quotes is among the contexts shown.
"""
from __future__ import annotations

import pytest

from answer.compare import side_question
from answer.cross import naming_run
from tests.conftest import dev_files, dev_text, sentence_holding


def _named(question: str, names: str) -> str:
    a, b = naming_run(question, names)
    return question[a:b]


@pytest.mark.parametrize(("question", "names", "naming"), [
    ("湖州和浙江两份卫健工作要点，网页上的发布时间各是哪天？湖州比省里晚几天？", "湖州、浙江", "湖州和浙江"),
    ("瑞金和慈溪那两份审计整改报告各是哪天向人大常委会报的？", "瑞金、慈溪、人大常委会", "瑞金和慈溪"),
    ("广州市的审计整改报告和广东省的审计整改报告，分别是谁去人大作的报告？", "广州市、广东省、人大",
     "广州市的审计整改报告和广东省"),
    ("利州法院和中山一院，这两家法院的巡察各持续了多久？", "利州、中山、法院", "利州法院和中山一院，这两家法院"),
    ("瑞金审计整改出台的规章制度，和遂宁科技局巡察整改完善的制度，数量各多少？", "瑞金、遂宁、科技局",
     "瑞金审计整改出台的规章制度，和遂宁科技局"),
])
def test_the_naming_ends_before_the_ask(question, names, naming):
    assert _named(question, names) == naming


def test_a_name_inside_the_ask_stays_in_each_sides_ask():
    ask = side_question("瑞金和慈溪那两份审计整改报告各是哪天向人大常委会报的？", "瑞金、慈溪、人大常委会")
    assert "哪天向人大常委会报的" in ask and "瑞金" not in ask and "慈溪" not in ask
    ask = side_question("湖州和浙江两份卫健工作要点，网页上的发布时间各是哪天？", "湖州、浙江")
    assert "网页上的发布时间" in ask and "哪天" in ask


def test_the_naming_words_are_data():
    from genre.naming import load_naming
    n = load_naming()
    assert n.short >= 1 and n.stop.search("，") and n.joined.search("的规章制度，和") and not n.joined.search("各是哪天")


@pytest.fixture(scope="module")
def science_index(tmp_path_factory):
    from tests.conftest import small_index
    return small_index(tmp_path_factory, "r139science", dev_files("d25_", "d26_", "d05_"))


def test_each_sides_second_ask_is_quoted_from_its_own_clause(science_index):
    from answer.ask import ask
    answer = ask(science_index, "遂宁、朔州两个科技局，整改领导小组的组长各由谁担任？分别是哪个巡察组来巡的？",
                 science_index.settings)
    quotes = {c.notice_id[:3]: [] for c in answer.citations}
    for c in answer.citations:
        quotes[c.notice_id[:3]].append(c.quote)
    for nid in ("d25", "d26"):
        opening = sentence_holding(dev_text(nid + "_"), "巡察组对")   # the clause naming the group that came
        assert any(q in opening or opening in q for q in quotes.get(nid, [])), (nid, answer.answer)
        assert any("组长" in q for q in quotes[nid]), (nid, answer.answer)
    shown = answer.contexts[:5]
    assert all(any(h.notice_id == c.notice_id and h.start <= c.start and c.end <= h.end for h in shown)
               for c in answer.citations if "巡察组对" in c.quote), [h.text[:30] for h in shown]


def test_a_side_is_answered_as_a_one_notice_question(science_index):
    from answer.prepared import prepare
    from answer.one_notice import side_contexts, side_reply
    from retrieval.search.scope import Scope
    nid = next(i for i in science_index.records if i.startswith("d26_"))
    sub = prepare(science_index, "整改领导小组的组长由谁担任？是哪个巡察组来巡的？", Scope((nid,), "朔州"), named_by_user=True)
    reply = side_reply(science_index, sub)
    assert not reply.abstained and len(reply.citations) >= 2
    assert any("巡察组对" in c.quote for c in reply.citations), reply.text
    contexts = side_contexts(science_index, sub, reply)
    assert any(h.start <= reply.citations[0].start and reply.citations[0].end <= h.end for h in contexts[:2])


def test_two_places_joined_by_and_are_two_places():
    from retrieval.search.named import named_in
    assert len(named_in("宁波和慈溪的审计整改报告里各是第几次会议").place_names) == 2
    assert len(named_in("郑州惠济区审批局").place_names) == 1   # a parent written right before its child: one place


def test_the_reading_day_asked_with_bao_asks_the_subtitle():
    from genre.questions import load_questions
    asked = load_questions().asks_reporter
    assert asked.search("审计整改报告是哪天向人大常委会报的？")
    assert not asked.search("整改情况是哪天报上去的？")   # no congress named: no reading of the report
