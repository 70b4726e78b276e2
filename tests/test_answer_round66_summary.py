"""Round 66 (summary66): a bundle a notice names by a quoted slogan with its count, asked what it is.

- genre led_sets.toml [named_bundle]: 整改清单叫什么“三清单” / “三张清单”是哪三张 / “三清单”具体包括什么: the clause listing
  its members by 、 right before the slogan's opening quote (or after it with 即/包括/：), as many as it counts, cited
  (answer/bundle.py); a notice quoting the slogan with no such clause (研究制定“一方案三清单”, 制订“三张单子”, “四四表单”)
  is said to name it without its members.
"""
from __future__ import annotations

import pytest

from answer.bundle import bundle_asked, bundle_count, bundle_members
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
