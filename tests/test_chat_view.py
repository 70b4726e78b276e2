"""The chat message (lead, quotes grouped by notice), one citation card per section, saved conversations,
example questions made from the knowledge base and the active-scope line."""
from __future__ import annotations

from types import SimpleNamespace

from answer.ask import Answer
from frontends.web.answer_view import (
    answer_message_html,
    citations_panel_group,
    segments,
)
from frontends.web.chat_side import example_questions, filters_html
from frontends.web.conversations import (
    MAX_CONVERSATIONS,
    ConversationStore,
    browser_id,
    user_key,
)
from retrieval.chunk import chunk_notice
from retrieval.index.notices import NoticeRecord
from retrieval.load import Notice
from retrieval.parse import parse_sections
from retrieval.records import Citation

TEXT = ("一、整改落实情况\n(一)关于理论学习不深入的问题\n一是修订党组理论学习中心组学习制度。二是开展专题研讨3次。"
        "三是建立学习台账。\n(二)关于公务用车管理不规范的问题\n完善公务用车使用登记制度。\n")


def _index(text: str = TEXT, nid: str = "a", title: str = "某局党组关于巡察整改进展情况的通报"):
    notice = Notice(id=nid, doc=f"{nid}.txt", title=title, issuer="某局", date="2024-05-06", doc_number="",
                    index_number="", text=text, fmt="txt", encoding="utf-8")
    sections = parse_sections(text, nid)
    rec = NoticeRecord(notice, tuple(sections), tuple(chunk_notice(nid, text, sections)))
    return SimpleNamespace(records={nid: rec}, notices=[notice])


def _cite(n: int, quote: str, text: str = TEXT, nid: str = "a", title: str = "某局党组关于巡察整改进展情况的通报"):
    start = text.index(quote)
    return Citation(n, nid, f"{nid}.txt", title, "一、整改落实情况", quote, start, start + len(quote))


def test_lead_first_then_quotes_grouped_under_each_notice():
    other = "二、其他\n完善公务用车使用登记制度并公开。\n"
    cites = (_cite(1, "一是修订党组理论学习中心组学习制度。"), _cite(2, "完善公务用车使用登记制度并公开。", other, "b", "另一通报"),
             _cite(3, "三是建立学习台账。"))
    body = "".join(f"{c.quote}[{c.n}]" for c in cites)
    answer = Answer("问题", "共三条措施[1]。" + body, False, cites, (), 5.0, lead="共三条措施[1]。")
    html = answer_message_html(answer, turn=2)
    assert html.index('class="nq-lead"') < html.index("《某局党组") < html.index("《另一通报》")
    assert html.count("nq-quote-group") == 2 and html.count("《某局党组") == 1
    group = html[html.index("《某局党组"):html.index("《另一通报》")]
    assert "三是建立学习台账" in group and 'href="#cite-2-3"' in group      # [3] sits under its own notice
    assert html.count("共三条措施") == 1                                    # the lead is not repeated


def test_segments_keep_each_sentence_with_its_markers():
    assert segments("甲。[1]乙。[2][3]尾") == [("甲。", [1]), ("乙。", [2, 3]), ("尾", [])]


def test_one_card_per_section_with_every_quote_marked():
    index = _index()
    cites = (_cite(1, "一是修订党组理论学习中心组学习制度。"), _cite(2, "三是建立学习台账。"), _cite(3, "完善公务用车使用登记制度。"))
    answer = Answer("问题", "x", False, cites, (), 5.0)
    html = citations_panel_group(answer, index, turn=1, asked="问题")
    assert html.count('class="cite-card"') == 2                  # (一) holds [1] and [2]; (二) holds [3]
    assert 'id="cite-1-1"' in html and 'id="cite-1-2"' in html and 'id="cite-1-3"' in html
    first = html[:html.index("关于公务用车管理")]
    assert '<mark data-n="1">' in first and '<mark data-n="2">' in first and first.count("三是建立学习台账") == 1


def test_conversations_are_kept_per_user_and_bounded(tmp_path):
    mine, other = ConversationStore(tmp_path, user_key("张三", None)), ConversationStore(tmp_path, user_key(None, "f" * 32))
    history = [{"role": "user", "content": "燃气管网改造了多少公里？"}, {"role": "assistant", "content": "639公里[1]"}]
    cid = mine.save("", history, {"turns": [{"turn": 1, "msg_index": 1}], "groups": ["<p>卡片</p>"]})
    assert [c.title for c in mine.list()] == ["燃气管网改造了多少公里？"] and other.list() == []
    assert mine.load(cid)["history"] == history and mine.rename(cid, "燃气 管网") and mine.list()[0].title == "燃气 管网"
    assert mine.load("../../etc/passwd") is None and not mine.delete("../x")
    for _ in range(MAX_CONVERSATIONS + 2):
        mine.save("", history, {"turns": [], "groups": []})
    assert len(mine.list()) == MAX_CONVERSATIONS
    assert mine.delete(mine.list()[0].id) and len(mine.list()) == MAX_CONVERSATIONS - 1
    assert browser_id("../x") != "../x" and browser_id("a" * 32) == "a" * 32


def test_a_conversation_over_the_size_limit_drops_its_oldest_turns(tmp_path, monkeypatch):
    import frontends.web.conversations as conv
    monkeypatch.setattr(conv, "MAX_BYTES", 3000)
    store = ConversationStore(tmp_path, "user:x")
    history, turns = [], []
    for i in range(6):
        history += [{"role": "user", "content": f"问{i}"}, {"role": "assistant", "content": "答" * 400}]
        turns.append({"turn": i + 1, "msg_index": len(history) - 1})
    cid = store.save("", history, {"turns": turns, "groups": ["g"] * 6})
    data = store.load(cid)
    assert len(data["history"]) < 12 and data["history"][-2]["content"] == "问5"
    assert data["state"]["turns"][-1]["msg_index"] == len(data["history"]) - 1


def test_examples_come_from_the_notices_in_the_knowledge_base():
    index = _index()
    item = SimpleNamespace(notice_id="a", problem="理论学习不深入", measures=(1,))
    assert example_questions(index, [item]) == ["某局“理论学习不深入”的问题是怎么整改的？"]
    assert example_questions(index, []) == ["《某局党组关于巡察整改进展情况的通报》分成哪几部分？"]


def test_the_scope_line_names_every_active_filter():
    index = _index()
    assert filters_html(index, "__all__", "__all__", "__all__") == ""
    html = filters_html(index, "某局", "2024", "a")
    assert "发布机构 某局" in html and "2024年" in html and "《某局党组关于巡察整改进展情况的通报》" in html


def test_a_card_of_a_pdf_citation_names_its_page():
    from dataclasses import replace
    index = _index()
    cites = (replace(_cite(1, "一是修订党组理论学习中心组学习制度。"), page=2),)
    html = citations_panel_group(Answer("问题", "x", False, cites, (), 5.0), index, turn=1, asked="问题")
    assert "第2页" in html
    assert "页</span>" not in citations_panel_group(Answer("问题", "x", False, (_cite(1, "三是建立学习台账。"),), (), 5.0),
                                                    index, turn=1, asked="问题")
