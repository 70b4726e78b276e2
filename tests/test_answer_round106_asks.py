"""Round 106 (session 21), every ask of a fact question answered with its figures and dates, over dev notices.

- A premise on the inspecting body (是区委巡查组巡的吧) is corrected with the notice's own dates: the clause naming the
  group is cited with the dated clauses of its sentence next to it (its range before, its feedback day after; genre
  premises.toml [premise_body] dated), not the group alone.
- Every ask of a question typed as several (3月3号是啥事？巡察是哪段时间) gets its own cited clause: an ask the reply
  quotes nothing for is read apart in the notice the reply cites and its clause follows (answer/each_ask.py).
- A question asking two sessions of the congress (第几次会议的审议意见？报告又是在第几次会上作的？) gets both: the body
  sentence naming the session that gave the 审议意见, and the subtitle naming the report's own session with its day.
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.metadata import own_session_asks
from answer.each_ask import uncovered
from answer.premise_body import body_check, dated_frame
from tests.conftest import dev_files, small_index

LICHENG = ("根据区委巡察工作统一部署,2024年1月4日至2月2日,区委巡察二组对区社科联开展了巡察,并于2024年3月18日反馈了"
           "巡察意见。按照党务公开原则和巡察工作有关要求,现将巡察整改进展情况予以公布。")
SUBTITLE = "——2025年12月30日在广州市第十六届  人民代表大会常务委员会第四十五次会议上"


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    return small_index(tmp_path_factory, "asks106", dev_files("d02_", "d08_", "d16_", "d26_", "d34_", "d35_"))


def test_the_body_check_cites_the_inspection_dates_of_its_sentence():
    check = body_check("鲤城社科联是市委巡察的吧？传达反馈意见开了几次会", LICHENG)
    assert check.said == "不对，不是“市委巡察”，"
    assert LICHENG[check.start:check.end] == ("2024年1月4日至2月2日,区委巡察二组对区社科联开展了巡察,"
                                              "并于2024年3月18日反馈了巡察意见")


def test_undated_clauses_are_not_taken_into_the_frame():
    t = "根据部署,市委第五巡察组对市司法局党组开展了巡察,实事求是地指出了问题。"
    a, b = dated_frame(t, t.index("市委"), t.index(",实事"))
    assert t[a:b] == "市委第五巡察组对市司法局党组开展了巡察"


def test_each_session_ask_is_read_apart():
    q = "广州这回整改依据的是人大常委会第几次会议的审议意见？报告又是在第几次会上作的？"
    assert own_session_asks(q, SUBTITLE) == "报告又是在第几次会上作的？"
    assert own_session_asks("依据的是第几次会议的审议意见？", SUBTITLE) == ""   # another act's session alone
    assert own_session_asks("这份报告是在第几次会议上作的？", SUBTITLE) == "这份报告是在第几次会议上作的？"


def test_premise_answer_states_the_dates(dev_index):
    a = ask(dev_index, "芦淞区司法局的巡察是区委巡查组开展的吧？", dev_index.settings)
    assert a.answer.count("不对，不是“区委巡查组”") == 1
    assert "2024年3月7日至5月7日" in a.answer and "2024年9月6日" in a.answer


def test_both_sessions_are_answered(dev_index):
    a = ask(dev_index, "广州这回整改依据的是人大常委会第几次会议的审议意见？报告又是在第几次会上作的？", dev_index.settings)
    assert "第四十一次会议有关审议意见" in a.answer
    assert "第四十五次会议" in a.answer and "2025年12月30日" in a.answer


def test_a_quote_the_reply_holds_is_covered():
    reply = "3月3日,市委巡察组向市社科联党组反馈了巡察意见[1]。"
    assert uncovered(reply, ["3月3日,市委巡察组向市社科联党组反馈了巡察意见"]) == []
    assert uncovered(reply, ["2022年11月18日至2023年1月18日,市委第五巡察组对市社科联党组开展了常规巡察"]) != []


def test_the_later_ask_gets_its_own_clause(dev_index):
    a = ask(dev_index, "枣庄社科联那份通报里3月3号是啥事？巡察是哪段时间", dev_index.settings)
    assert "3月3日,市委巡察组向市社科联党组反馈了巡察意见" in a.answer
    assert "2022年11月18日至2023年1月18日" in a.answer   # the range asked second


def test_a_count_ask_after_a_checked_date_keeps_both(dev_index):
    a = ask(dev_index, "朔州科技局巡察是2025年1月开始的吧？反馈了多少问题", dev_index.settings)
    assert "4个方面33个问题" in a.answer
    assert "2024年9月25日至2025年1月7日" in a.answer   # the notice's own range, with the correction


def test_each_ask_leaves_a_one_ask_reply_as_it_is(dev_index):
    from answer.each_ask import with_each_ask
    from answer.extractive import composed_reply
    from answer.prepared import prepare
    from retrieval.search.scope import Scope
    nid = next(n for n in dev_index.records if n.startswith("d26_"))
    p = prepare(dev_index, "朔州科技局巡察反馈了多少问题？", Scope((nid,), ""), named_by_user=True)
    reply = composed_reply(dev_index, p)
    assert not reply.abstained and with_each_ask(dev_index, p, reply) is reply


def test_the_session_premise_is_held_against_the_subtitle():
    from answer.premise_session import session_check
    t = ("关于2024年度市级预算执行和其他财政收支审计查出问题整改情况的报告\n——2025年12月30日在广州市第十六届\n\n"
         "人民代表大会常务委员会第四十五次会议上\n\n广州市人民政府副市长  赖志鸿\n\n主任、各位副主任、秘书长、各位委员:\n"
         "全市各区各部门严格执行市第十六届人大常委会第四十一次会议有关审议意见。")
    wrong = session_check("2024年度市级审计整改报告是在十六届人大常委会第四十一次会议上作的吧？立行立改的有多少个", t)
    assert wrong.said == "不对，不是“第四十一次会议”，"
    assert [t[a:b] for a, b in ((wrong.start, wrong.end),) + wrong.more] == [
        "——2025年12月30日在广州市第十六届", "人民代表大会常务委员会第四十五次会议上"]
    assert session_check("报告是在第四十五次会议上作的吧？", t).said == "对，"
    assert session_check("审议意见是第四十一次会议出的吧？", t) is None   # another act's session
    assert session_check("报告是在第几次会议上作的？", t) is None   # asked, not stated


def test_the_session_check_opens_the_answer(dev_index):
    a = ask(dev_index, "2024年度市级审计整改报告是在十六届人大常委会第四十一次会议上作的吧？立行立改的有多少个",
            dev_index.settings)
    assert "不对，不是“第四十一次会议”，——2025年12月30日在广州市第十六届[1]" in a.answer
    assert "283个" in a.answer


def test_an_ask_beside_the_session_ask_is_kept():
    q = "马学斌厅长那份审计整改报告讲的是哪个年度的省级预算执行？在几届几次人大常委会会议上报告的？"
    assert own_session_asks(q, "——2022年7月27日在广东省第十三届人民代表大会常务委员会第四十五次会议上") == q


def test_an_ask_leaning_on_the_one_before_adds_nothing_read_alone(dev_index):
    a = ask(dev_index, "枣庄社科联那份通报里3月3号是啥事？下面第一点讲啥？", dev_index.settings)
    b = ask(dev_index, "枣庄社科联那份通报里3月3号是啥事？", dev_index.settings)
    assert a.answer.count("[") <= b.answer.count("[") + 1   # at most the clause of an ask that reads alone
