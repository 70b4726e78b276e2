"""Round 66 (summary66): a notice's measures asked in short; a bundle a notice names by a quoted slogan, asked what it is.

- genre structure_questions.toml [summary_ask]: 提炼成几句话 / 归纳成几点 / 用三句话概括 / 总结一下 / 简单说说主要做法: the
  notice's own points (the 一是… run holding the best passage, else a part's items), each point's opening sentence cited
  (answer/summary.py); a count named that differs from the points listed said; a notice holding no points: no such answer.

- genre led_sets.toml [named_bundle]: 整改清单叫什么“三清单” / “三张清单”是哪三张 / “三清单”具体包括什么: the clause listing
  its members by 、 right before the slogan's opening quote (or after it with 即/包括/：), as many as it counts, cited
  (answer/bundle.py); a notice quoting the slogan with no such clause (研究制定“一方案三清单”, 制订“三张单子”, “四四表单”)
  is said to name it without its members.
"""
from __future__ import annotations

import pytest

from answer.bundle import bundle_asked, bundle_count, bundle_members
from answer.summary import summary_asked, summary_note
from tests.conftest import dev_files


@pytest.mark.parametrize(("question", "name"), [
    ("朔州科技局的整改清单叫什么“三清单”？", "三清单"),
    ("朔州市科技局建的“三清单”具体包括什么", "三清单"),
    ("市公安局党委推进整改用的“三张清单”是哪三张？", "三张清单"),
    ("“两个清单”包括哪些", "两个清单"),
    ("实行“双签字”指的是什么", "双签字"),
])
def test_bundle_read(question, name):
    assert bundle_asked(question) == name


@pytest.mark.parametrize("question", ["落实“第一议题”制度是什么？", "“三清单”建立以后整改了多少问题", "三张清单是哪三张"])
def test_no_bundle(question):
    assert bundle_asked(question) == ""


def test_members_counted():
    assert bundle_count("一方案三清单") == 1 and bundle_count("五个到位") == 5
    run = "把巡察整改作为捍卫“两个确立”、树牢“四个意识”的试金石。"
    assert bundle_members(run, "四个意识").members is None   # a run of slogans is no list of members
    two = "通过党组会、支部“三会一课”严格落实。"
    assert bundle_members(two, "三会一课").members is None   # two words before a slogan counting three


@pytest.fixture(scope="module")
def bundle_index(tmp_path_factory):
    from tests.conftest import small_index
    return small_index(tmp_path_factory, "bundle66", dev_files("d04_", "d13_", "d17_", "d19_", "d26_"), keyword_only=False)


def _ask(index, question):
    from answer.ask import ask
    return ask(index, question, index.settings)


@pytest.mark.parametrize(("question", "members"), [
    ("朔州科技局的整改清单叫什么“三清单”？", "问题清单、整改清单、责任清单“三清单”"),
    ("朔州市科技局建的“三清单”具体包括什么", "问题清单、整改清单、责任清单"),
    ("朔州科技局说的“三清单”指的是哪三个清单", "问题清单、整改清单、责任清单"),
    ("市公安局党委推进整改用的“三张清单”是哪三张？", "问题、任务、责任“三张清单”"),
    ("市公安局党委的“三张清单”都有哪些", "问题、任务、责任"),
])
def test_members_quoted(bundle_index, question, members):
    a = _ask(bundle_index, question)
    assert not a.abstained and any(members in c.quote for c in a.citations), a.answer


@pytest.mark.parametrize(("question", "name"), [
    ("湖北省司法厅“一方案三清单”指什么", "一方案三清单"),
    ("华容县的“四四表单”是哪四个", "四四表单"),
    ("慈溪审计局说的“三张单子”是什么", "三张单子"),
])
def test_named_without_members(bundle_index, question, name):
    a = _ask(bundle_index, question)
    assert a.abstained and f"通报提到了“{name}”，但没有写明" in a.answer, a.answer


@pytest.mark.parametrize(("question", "count"), [
    ("市公安局党委抓巡察整改的招数，提炼成几句话", 0), ("朔州科技局的巡察整改做法，用三句话概括", 3),
    ("莆田司法局整改怎么做的，提炼成两点", 2), ("利州区法院整改的做法总结一下", 0), ("绵阳司法局抓整改的主要做法简单说说", 0),
])
def test_summary_read(question, count):
    assert summary_asked(question) == count


@pytest.mark.parametrize("question", ["反馈了几个问题", "整改措施第二条是什么", "三张清单是哪三张"])
def test_no_summary(question):
    assert summary_asked(question) is None


def test_summary_note():
    assert summary_note(3, [1, 2, 3, 4]) == "（通报这部分列了4点。）"
    assert summary_note(0, [1, 2]) == "" and summary_note(2, [1, 2]) == ""


@pytest.fixture(scope="module")
def summary_index(tmp_path_factory):
    from tests.conftest import small_index
    return small_index(tmp_path_factory, "summary66", dev_files("d05_", "d07_", "d11_", "d17_", "d19_", "d20_", "d26_", "d29_",
                                                                "d31_", "d34_", "d37_"), keyword_only=False)


@pytest.mark.parametrize(("question", "points"), [
    ("市公安局党委抓巡察整改的招数，提炼成几句话", ["一是提高思想认识,把握整改要求。", "二是加强组织领导,明确整改任务。",
                                              "三是坚持上下联动,狠抓督导落实。"]),
    ("嘉兴文旅局党委整改怎么做的，归纳成几点", ["一是统一思想认识", "二是加强组织领导", "三是抓实问题整改"]),
    ("利州区法院整改的做法总结一下", ["一是强化警示宣传。", "二是专人提醒督导。", "三是压实考核问责。"]),
    ("枣庄社科联抓整改的办法，提炼一下", ["一是提高思想认识。", "二是扛牢主体责任。", "三是推动责任落实。"]),
    ("桂林区科协整改的主要做法，简单说说", ["1.提高思想认识", "2.细化整改措施", "3.强化自我检视"]),
    ("利州区法院对落实“三个规定”不到位那条，怎么改的，归纳成几点", ["一是强化警示宣传。", "二是专人提醒督导。",
                                                           "三是压实考核问责。"]),   # the item's measures, not its siblings
    ("朔州科技局巡察整改的做法提炼一下", ["(一)强化组织领导。", "(二)压实整改责任。", "(三)抓好整改落实。"]),
])
def test_points_quoted(summary_index, question, points):
    a = _ask(summary_index, question)
    quotes = [c.quote.strip() for c in a.citations]
    assert not a.abstained and all(any(q.startswith(pt) for q in quotes) for pt in points), a.answer
    assert all(len(q) < 40 for q in quotes[:len(points)]), a.answer   # each point's sentence, not its paragraph


def test_count_named_differs(summary_index):
    a = _ask(summary_index, "朔州科技局的巡察整改做法，用三句话概括")
    assert "通报这部分列了4点" in a.answer, a.answer


@pytest.mark.parametrize("question", ["庆阳文联巡察整改的做法提炼一下", "庆阳市文联党组整改的主要做法，归纳成几点"])
def test_no_points(summary_index, question):
    a = _ask(summary_index, question)
    assert not any(m in a.answer for m in ("一是", "(一)", "1.")), a.answer
