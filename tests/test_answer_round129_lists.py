"""Round 129 (session 25, fresh69): ordinals, aims, document numbers and listed sets staff ask.

- 排第几轮 asks the round's ordinal (十二届省委第八轮巡视), not a rank: no 第N名 need be stated, the title's 第八轮 answers
  (genre questions.toml [asks_rank], [asked_slot] ordinal; answer/unstated.py).
- 最后要做到…怎么样 asks the aim a measure states (确保条条有整改、件件有着落), and 成效 after a verb of aiming (提升整改成效)
  names a heading's aim: neither asks an outcome, so a plan-like sentence answers them (questions.toml [asks_result]).
- 哪一年的第几号文 asks the document number (〔2020〕20号): no date and no count (metadata.toml [doc_number_asked]).
- A list after 围绕 closed by 等方面 (围绕完善财务管理、…、作风建设等方面) counts the aspects asked (几个方面), though
  notices often state a count of 方面 themselves (answer/listed.py listed_members).
- 其中带“专项”两个字的有几个 counts the members of the listed set holding the word, named after the list's count; it is
  no part count the notice must state (answer/holding.py).
"""
from __future__ import annotations

import re

from answer.holding import holding_asked, holding_note
from answer.lead_asked import wanted
from answer.listed import counts_asked, listed_members
from answer.outcomes import plan_only
from answer.parts import part_asked
from answer.slots import part_unstated
from answer.unstated import ordinal_unstated, rank_unstated
from genre.data_files import get, section
from genre.meta_asked import doc_number_asked
from genre.questions import load_questions
from genre.quoted_figure import member_asked
from tests.conftest import dev_text


def _sentence(prefix: str, start: str, end: str) -> str:
    text = dev_text(prefix)
    a = text.index(start)
    return text[a:text.index(end, a) + len(end)]


def test_round_ordinal_is_no_rank():
    title = dev_text("d04").splitlines()[0]
    question = "这轮巡视在十二届省委里排第几轮？"
    assert "第八轮" in title
    assert not rank_unstated(question, [title])
    assert ordinal_unstated(question, [title]) == []
    assert ordinal_unstated(question, ["2024年11月7日至12月31日,省委第三巡视组对省司法厅党委开展了巡视"]) == ["轮"]


def test_rank_still_asked():
    assert rank_unstated("我们局绩效考核在全市排第几名？", ["高度重视绩效考核全市排名靠后问题"])
    assert rank_unstated("考核在全市排第几？", ["高度重视绩效考核全市排名靠后问题"])


def test_aim_asked_is_no_outcome():
    q = load_questions()
    assert not q.asks_result.search("最后要做到条条、件件怎么样？")
    assert not q.asks_result.search("我们区科协在自我检视、提升整改成效方面做了哪些？")
    assert q.asks_result.search("整改取得了什么成效？")
    assert q.asks_result.search("最后完成了多少？")
    t = _sentence("d29", "建立整改动态台账", "件件有着落")
    assert not plan_only("最后要做到条条、件件怎么样？", [t], {"条条": 1.0, "件件": 1.0})


def test_document_number_asked_by_year_and_number():
    question = "整改方案是遂科技党组哪一年的第几号文？"
    assert doc_number_asked().search(question)
    assert wanted(question) == (0, 0)
    assert "遂科技党组〔2020〕20号" in dev_text("d25")


def test_aspects_closed_by_deng_are_counted():
    t = _sentence("d25", "重点针对巡察反馈", "制定和完善相关制度13个")
    a, b, n = listed_members(t, [(0, len(t))], "遂宁科技局建的那13个制度覆盖了几个方面、是哪几块？")
    assert n == 4 and t[a:b].startswith("财务管理") and t[a:b].endswith("作风建设等方面")


def test_members_holding_a_word_counted():
    t = _sentence("d25", "领导小组下设", "各组具体负责推进整改落实工作")
    question = "遂宁整改领导小组底下一共分了几个组？其中带“专项”两个字的有几个，分别管哪块？"
    assert holding_asked(question) == "专项"
    assert counts_asked(question) == ["几个"]
    a, b, n = listed_members(t, [(0, len(t))], question)
    assert n == 4
    note = holding_note(question, [t[a:b]])
    assert "2个" in note and "选人用人专项整改组" in note and "综合组" not in note
    assert part_unstated(question, [t[a:b]]) == ""
    assert holding_note("分了几个组？", [t[a:b]]) == ""


def test_plan_paired_with_lists_asked_by_name():
    assert "“一方案三清单”" in dev_text("d04")
    assert member_asked("厅里整改方案后面配了几张清单？", "一方案三清单")
    assert not member_asked("定了几张清单？", "一方案三清单")


def test_own_voice_kind_names_the_agency():
    entry = section("asking.toml", "self_named")
    kind = re.compile(get(entry, "kind", str, "asking.toml", "self_named"))
    m = kind.search("厅里整改方案后面配了几张清单？")
    assert (m.group("k") or m.group("j")) == "厅"
    named = re.compile(get(entry, "kind_named", str, "asking.toml", "self_named").replace("{kind}", "厅"))
    assert named.search(dev_text("d04").splitlines()[0])   # 中共湖北省司法厅委员会…
    assert not named.search("厅长") and not kind.search("我们单位建了几个机制")


def test_pronoun_is_no_part():
    assert part_asked("它们占400个问题的比例是多少？") is None
    assert part_asked("鲤城社科联被反馈的问题中，党的建设方面有几个？").parts == ("党的建设",)


def test_done_asked_as_banwan():
    t = _sentence("d08", "巡察组共反馈29个问题", "已全部办结")
    question = "我们芦淞区司法局被指出的问题连同移交立行立改的，总共多少个？其中已经彻底办完的有几个？"
    assert part_unstated(question, [t]) == ""
    assert load_questions().asks_sum.search(question)
