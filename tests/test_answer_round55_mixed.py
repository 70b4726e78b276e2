"""Round 55 (mixed55): a stay asked with a bare 多长, and a page's source asked by the verb of writing it.

- genre questions.toml [asks_gap]: 巡了多长, 待了多长, 持续了多长 (多长 ending the clause after the verb of the stay) ask
  the span of the round's dated range, as 巡了多久 does.
- genre metadata.toml [[asked_field]] source: 来源写的谁, 来源是谁, 来源署的什么 ask the page's 来源 line; a page with
  no such line is not answered by a body sentence naming a source.
"""
from __future__ import annotations

import pytest

from genre.meta_asked import asked_fields
from genre.questions import load_questions
from tests.conftest import dev_files


@pytest.mark.parametrize("question", [
    "揭阳公安局被市委巡察是几号组，巡了多长", "巡察组在院里待了多长？", "那次巡察持续了多长",
    "巡视组驻了多长", "巡察巡了多长，哪天反馈的",
])
def test_bare_duochang_after_the_stay_asks_a_span(question):
    assert load_questions().asks_gap.search(question)


@pytest.mark.parametrize("question", ["多长时间评一次", "文件有多长"])
def test_duochang_elsewhere_is_no_stay(question):
    m = load_questions().asks_gap.search(question)
    assert m is None or "多长" not in m.group()


@pytest.mark.parametrize("question", [
    "那个整改通报哪天挂网的，来源写的谁", "的通报，来源是谁", "那份文件来源写的是哪个单位", "来源署的什么", "来源栏写的什么",
])
def test_source_asked_by_its_verb(question):
    assert "source" in [f.field for f in asked_fields(question)]


@pytest.mark.parametrize("question", ["资金来源是哪里", "线索来源有哪些"])
def test_a_body_source_is_not_the_pages(question):
    assert "source" not in [f.field for f in asked_fields(question)]


@pytest.fixture(scope="module")
def mixed_index(tmp_path_factory):
    from tests.conftest import small_index
    return small_index(tmp_path_factory, "mixed55", dev_files("d02_", "d07_", "d08_", "d13_", "d20_", "d28_", "d35_",
                                                               "d37_", "d40_"), keyword_only=False)


def _ask(index, question):
    from answer.ask import ask
    return ask(index, question, index.settings)


@pytest.mark.parametrize(("question", "said"), [
    ("揭阳公安局被市委巡察是几号组，巡了多长", "共65天"),
    ("利州法院被区委巡察，巡察组在院里待了多长？", "共31天"),
    ("湘潭妇联被巡察是哪个组，巡了多长？", "共52天"),
])
def test_stay_length_worked(mixed_index, question, said):
    a = _ask(mixed_index, question)
    assert said in a.answer, a.answer


@pytest.mark.parametrize(("question", "quoted"), [
    ("莆田司法局那个通报来源写的谁", "来源:莆田市司法局"),
    ("芦淞区司法局的通报，来源是谁", "来源:区司法局"),
    ("华容县政府重点任务那份文件来源写的是哪个单位", "来源:华容县政府"),
    ("广东审计厅那份整改报告来源署的什么", "信息来源:广东省审计厅"),
    ("宁波审计局那个整改通报哪天挂网的，来源写的谁", "发布日期:2023-01-06 11:16信息来源:宁波市审计局"),
    ("鲤城社科联整改通报哪天发布的，来源写的谁", "来源:鲤城区社会科学界联合会 发布时间:2024-09-19 17:46"),
])
def test_source_quoted(mixed_index, question, quoted):
    a = _ask(mixed_index, question)
    quotes = [c.quote.strip() for c in a.citations]
    assert any(quoted in q for q in quotes), (a.answer, quotes)


def test_no_source_line_is_not_invented(mixed_index):
    a = _ask(mixed_index, "湘潭妇联的通报来源是谁")
    assert not any("来源:" in c.quote for c in a.citations), a.answer
