"""Round 44 (session 16), answerable asks refused (fresh39), in wordings of my own over dev notices.

- Spoken 来着 (recalling what was told) ends a clause as 呢 does, and 弄/搞 stand for the verb of a meeting counted
  (为整改弄了多少次会来着 → 开了多少次会): genre asking.toml [particles], [[spoken]].
- A count quoted and asked where it falls (33个问题分在几个方面, 涉及几个方面, 是几个方面的) asks its grouping; an average
  asked of it (平均每个方面几个) keeps the clause restating the count (4个方面33个问题), whose words of working (平均, 每个)
  name no subject (worked.toml [count_grouped], answer/lead.py).
- The parts counted whole before a total asked (四个方面一共多少问题) name all the parts, no one part (questions.toml
  [part_ask] quantified), and the clause restating their count states the total (worked.toml [count_grouped] parts_whole).
- 文广旅: a culture bureau's spoken short form without its 局 (agencies.toml); a group named with its kind staying
  (巡察组在局里待了几天) is the round's 进驻 (asking.toml [[spoken]]).
- A bare count typed before the things counted (三个方面) is no search word (questions.toml [generic] bare_count).
- A body document named by its kind alone (方案的文号是啥): the one whose 《…》 name ends in that kind (metadata.toml
  [doc_number_asked] kind_alone).
- A report's subtitle wrapped over two lines is quoted whole when its day is drawn in (answer/metadata.py).
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.metadata import with_wrapped_subtitle
from answer.parts import part_asked
from genre.asking import plain_question
from genre.counted import grouping_asked, parts_counted_whole
from genre.meta_asked import kind_alone_named
from tests.conftest import ROOT


@pytest.mark.parametrize(("typed", "read"), [
    ("省司法厅为整改弄了多少次会来着", "省司法厅为整改开了多少次会？"),
    ("湖北司法厅前后一共搞了几回会", "湖北司法厅前后一共开了几回会？"),
    ("巡察组哪天反馈的来着", "巡察组哪天反馈的？"),
    ("搞了哪些整改", "搞了哪些整改？"),   # no meeting counted: 搞 stays
])
def test_spoken_meeting_words(typed, read):
    assert plain_question(typed) == read


def test_grouping_and_whole_parts_read():
    assert grouping_asked("33个问题分在几个方面") == "个"
    assert grouping_asked("那33个问题是几个方面的") == "个"
    assert grouping_asked("11个问题涉及几个方面") == "个"
    assert not grouping_asked("有几个方面")
    assert parts_counted_whole("四个方面一共多少问题")
    assert not parts_counted_whole("第四个方面一共多少问题")
    assert part_asked("庆阳文联四个方面一共多少问题？") is None
    assert part_asked("庆阳文联党的建设方面有几个问题？").parts == ("党的建设",)


def test_kind_alone_and_wrapped_subtitle():
    assert kind_alone_named().search("那个方案") and not kind_alone_named().search("整改方案")
    t = (ROOT / "tests" / "data" / "notices-dev" / "d16_guangzhou-audit-2024-rectification.txt").read_text(encoding="utf-8")
    a = t.index("——2025年12月30日")
    got = [t[x:y] for x, y in with_wrapped_subtitle(t, [(a, t.index("\n", a))])]
    assert got[-1].startswith("人民代表大会常务委员会第四十五次会议上")


ANSWERED = [
    # 来着, 弄/搞 a meeting
    ("省司法厅为整改弄了多少次会来着", "10余次"),
    ("湖北司法厅整改前后一共搞了几回会", "10余次"),
    ("厦门体育局党组为整改搞了几次会", "7次党组会议"),
    ("枣庄社科联研究整改弄了多少次会来着", "9次"),
    ("鲤城社科联搞了几次会", "2次"),
    ("湖北司法厅是哪天反馈的来着", "2025年2月17日"),
    # a quoted count asked where it falls, and its average
    ("朔州科技局33个问题分在几个方面 平均每个方面几个", "4个方面33个问题"),
    ("朔州科技局那33个问题是几个方面的", "4个方面33个问题"),
    ("朔州科技局33个问题平均下来每个方面几个", "33÷4"),
    ("鲤城社科联11个问题分布在几个方面", "3个方面6项共11个问题"),
    ("鲤城社科联那11个问题涉及几个方面 平均一个方面几个", "11÷3"),
    # the parts counted whole, a total asked
    ("庆阳文联四个方面一共多少问题", "25个问题"),
    ("庆阳文联这4个方面加起来多少个问题", "25个问题"),
    ("鲤城社科联三个方面一共多少问题", "共11个问题"),
    ("鲤城社科联3个方面加起来几个问题", "共11个问题"),
    ("庆阳文联四个方面一共多少问题 群众身边腐败那方面占百分之几", "11个问题"),
    # 文广旅
    ("嘉兴文广旅处理了多少人来着", "24人"),
    ("文广旅那边建了多少制度", "45项"),
    ("嘉兴文广旅反馈以后最先干了什么", "巡察反馈后"),
    # the agency named by its short form, the stay of a group named with its kind
    ("嘉兴文广旅 巡察组在局里待了几天", "2025年3月18日至6月6日"),
    ("湖北司法厅 巡视组在厅里呆了多久", "2024年11月7日至12月31日"),
    ("遂宁科技局巡察组在局里待了多少天", "2020年5月12日至2020年7月31日"),
    # a document named by its kind alone
    ("遂宁科技局改完善了几个制度？方案的文号是啥", "遂科技党组〔2020〕20号"),
    ("遂宁科技局完善了几个制度，那个方案文号多少", "遂科技党组〔2020〕20号"),
    # a wrapped subtitle
    ("广州2024年度审计整改报告 人大会上报告完隔几天挂网的 是第几次会", "第四十五次会议"),
    ("广州审计整改报告报告完几天挂网的", "第四十五次会议"),
]


@pytest.mark.parametrize(("question", "said"), ANSWERED)
def test_answerable_ask_answered(dev_split_index, question, said):
    a = ask(dev_split_index, question, dev_split_index.settings)
    assert not a.abstained, a.answer
    assert said in a.answer


REFUSED = [
    ("广元市委为巡视整改搞了几次会", "没有"),           # no count of meetings stated
    ("遂宁科技局搞了几次会来着", "没有"),
    ("嘉兴文广旅为整改弄了几次会来着", "没有"),
    ("朔州科技局50个问题分在几个方面", "没有"),         # a count no notice states
    ("湘潭妇联四个方面一共多少问题", "没有"),
    ("鲤城社科联第三个方面一共几个问题", "没有"),       # a part the notice does not have
    ("给我个数，嘉兴文广旅收回来多少罚款", "没有写明"),   # a kind of money not stated
]


@pytest.mark.parametrize(("question", "said"), REFUSED)
def test_twins_still_refused(dev_split_index, question, said):
    a = ask(dev_split_index, question, dev_split_index.settings)
    assert a.abstained, a.answer
    assert said in a.answer
