"""Round 79 (session 17), fresh47's other misses.

Things of a kind asked by which (建立了哪几个整改机制, 建起了哪些工作机制, 下设了哪几个组, 召开了哪些会议) are the members
of the clause listing them with 、 and ending in the kind word, counted for the reader, even where the notice names their
number itself (问题清单、整改清单、责任清单“三清单”) (questions.toml [listed_members] kinds_which, answer/kinds_listed.py).
A hint recalling a name asked (…的啥工作思路，有个数字来着; …叫什么，带个数字的) asks no figure: it is dropped as the asker's
own frame (asking.toml [asker_frame] tail) and the clause naming the thing (“1135”工作思路) answers.
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.kinds_listed import kinds_listed, kinds_said
from genre.asking import plain_question
from tests.conftest import dev_files, small_index

NOTICES = ("d02_", "d13_", "d20_", "d22_", "d23_", "d25_", "d26_", "d32_", "d37_")


@pytest.fixture(scope="module")
def dev_index(tmp_path_factory):
    return small_index(tmp_path_factory, "misc79", dev_files(*NOTICES))


WHICH = [   # (question, the list answering it, its count)
    ("厦门体育局党组建立了哪几个整改机制？", "分工负责机制、工作推进机制、督促检查机制、整改公开机制", 4),
    ("厦门市体育局巡察整改中建起了哪些工作机制？", "分工负责机制、工作推进机制、督促检查机制、整改公开机制", 4),
    ("朔州市科技局党组建立了哪几个清单？", "问题清单、整改清单、责任清单", 3),
    ("遂宁市科技局整改领导小组下设了哪几个组？", "综合组、整改督察组、选人用人专项整改组、意识形态专项整改组", 4),
    ("宁波市政府为推进审计整改召开了哪些会议？", "市政府常务会议、全市审计整改工作会议、重大审计问题清单推进会议", 3),
]


@pytest.mark.parametrize("question,words,n", WHICH)
def test_kinds_asked_by_which(dev_index, question, words, n):
    a = ask(dev_index, question, dev_index.settings)
    assert not a.abstained
    assert words in a.citations[0].quote
    assert f"共{n}个（计数所得）" in a.answer


@pytest.mark.parametrize("question", [
    "厦门市体育局党组建立了哪几个清单？",   # the notice lists mechanisms, no 清单
    "朔州市科技局党组建立了哪些整改机制？",   # the notice lists 清单, no mechanisms
])
def test_kind_not_listed(dev_index, question):
    a = ask(dev_index, question, dev_index.settings)
    assert "计数所得" not in a.answer


def test_which_on_notice_text():
    t = "建立了问题清单、整改清单、责任清单“三清单”,明确了整改目标。"
    got = kinds_listed(t, [(0, len(t))], [(0, len(t))], "建立了哪几个清单？")
    assert got is not None and t[got[0]:got[1]].endswith("责任清单“三清单”") and got[2] == 3
    assert kinds_said("建立了哪些机制", 4) == "共4个（计数所得）。"
    assert kinds_listed(t, [(0, len(t))], [(0, len(t))], "建立了哪些机制？") is None


HINTED = [   # (question, the quoted name answering it)
    ("揭阳市公安局那份里说要服务市委的啥工作思路，有个数字来着", "“1135”工作思路"),
    ("湖州卫健委要实施的那个健康行动叫什么，带个数字的", "“16819”健康行动"),
    ("华容县政府通知里，实施方案和什么表单要一起报县政府分管领导审查签字，名字里有个数字", "“四四表单”"),
    ("揭阳市公安局要为哪个产业发展规划营造治安环境，好像有个数字", "“一化一海五优特”产业发展规划"),
    ("浙江省卫健委要落实省委的什么工程，里面有数字来着", "“三个一号工程”"),
    ("利州区法院组织专题解读的是什么规定，记得有个数字", "“三个规定”"),
]


@pytest.mark.parametrize("question,words", HINTED)
def test_name_hint_not_a_figure(dev_index, question, words):
    a = ask(dev_index, question, dev_index.settings)
    assert not a.abstained
    assert words in a.citations[0].quote


def test_name_hint_dropped():
    assert plain_question("揭阳市公安局要服务市委的啥工作思路，有个数字来着") == "揭阳市公安局要服务市委的什么工作思路？"
    assert plain_question("这个行动叫啥，带个数字的？") == "这个行动叫什么？"
    assert plain_question("有个数字来着") == "有个数字来着"   # nothing else asked: kept


def test_name_hint_not_held(dev_index):
    a = ask(dev_index, "遂宁市科技局提出的那个工程叫什么，带个数字的", dev_index.settings)
    assert a.abstained
