"""Round 140: figures asked as staff ask them, of dev notices.

Behaviours:
- 针对 frames a count's ask (针对几个方面多少问题): it is no word a passage must hold, so a bare count weighs the nouns
  it counts (genre questions.toml [asking], answer/bare_count.py);
- a meeting reported to first (先向省人大常委会报了一次…离正式整改报告隔多少天) is the one before the report, and the gap
  runs from its day to the subtitle's (genre steps.toml [previous_meeting], answer/meetings.py);
- when a round was made, asked by its verb (什么时候被巡的), is its period: the feedback day asked beside it is weighed
  against the round's end (genre worked.toml [period_asked], answer/step_gaps.py);
- a thing's kinds asked as one known plus one asked (1个总的加几个专项的) are summed into its total (genre worked.toml
  [kinds_total] added, answer/worked.py kinds_total_note);
- a group of units quoted by its own words (写“部分单位边审边改”，点了几个单位的名) has its named units counted
  (genre worked.toml [practice_group], answer/practiced.py);
- whose notice says a fact (哪家的审计整改报告里给了1个人记大过处分) is answered with the agency and its notice's title, the
  agency alone for a notice the loader named by its file (answer/reverse.py notice_named).
"""
from __future__ import annotations

from answer.bare_count import counted_words
from answer.meetings import meetings_dated
from answer.reverse import notice_named
from answer.step_gaps import asked_day_gap_note
from answer.worked import kinds_total_note
from genre.counted import practice_asked, practice_groups
from genre.questions import load_questions
from retrieval.index.keywords import tokenize
from tests.conftest import RecordsIndex, dev_text


def _sentence(text: str, words: str) -> str:
    at = text.index(words)
    return text[text.rfind("。", 0, at) + 1:text.find("。", at) + 1]


def test_zhendui_frames_a_bare_count():
    q = load_questions()
    question = "针对几个方面多少问题"
    weighed = {t: 1.0 for t in tokenize(question) if t not in q.asking}
    assert weighed == {}   # 针对 weighs nothing, so the counted nouns do
    words = counted_words(question, weighed, lambda t: 2.0)
    clause = _sentence(dev_text("d26_"), "4个方面33个问题")
    assert words and all(w in clause for w in words) and "针对" not in clause


def test_meeting_reported_first_is_the_one_before_the_report():
    text = dev_text("d40_")
    found = [text[a:b] for a, b in meetings_dated("先向省人大常委会报了一次突出问题整改，离正式整改报告隔多少天？", text)]
    assert len(found) == 2 and "第四十一次会议" in found[0] and "2022年7月27日" in found[1]
    assert meetings_dated("先向省人大常委会报了一次突出问题整改，是哪天？", text) == []   # no gap asked


def test_when_inspected_asks_the_period_and_the_feedback_gap():
    text = dev_text("d34_")
    quoted = _sentence(text, "2022年11月18日至2023年1月18日") + _sentence(text, "3月3日,市委巡察组")
    note = asked_day_gap_note("枣庄市社科联什么时候被巡的，反馈是哪天", quoted, "", "")
    assert "2023年1月18日" in note and "相隔44天" in note
    assert asked_day_gap_note("枣庄市社科联什么时候巡察反馈的", quoted, "", "") == ""


def test_one_kind_known_plus_one_asked_gives_the_total():
    sentence = _sentence(dev_text("d05_"), "1个总方案")
    assert kinds_total_note("整改方案是1个总的加几个专项的？", sentence) == "（按通报数字推算：共3个：1个总方案、2个专项方案。）"
    assert kinds_total_note("整改方案有几个专项的？", sentence) == ""


def test_quoted_group_of_units_counted():
    asked = practice_asked("慈溪审计整改报告写“部分单位边审边改”，点了几个单位的名？各做了啥")
    groups = [g for g in practice_groups(dev_text("d17_")) if g.practice == asked]
    assert asked == "边审边改" and groups and len(groups[0].members) == 3
    assert practice_asked("慈溪审计整改报告里提到几个单位") == ""


def test_whose_notice_named_with_its_title():
    index = RecordsIndex("d01_", "d11_")
    ruijin, jiaxing = (next(n for n in index.records if n.startswith(p)) for p in ("d01_", "d11_"))
    named = notice_named(index, ruijin)
    assert named.startswith("瑞金市审计局的《") and "2020年度" in named and named.endswith("报告》")
    assert notice_named(index, jiaxing) == "嘉兴市文化广电旅游局党委的通报"   # untitled: no file name shown
