"""Round 20, which clause leads: each convention probed in five wordings of my own on real dev-notice text
(tests/data/notices-dev), and end to end over the seeds index where a seed writes the convention.

- Several figures asked of named indicators (A和B两个指标分别是多少) lead with each indicator's own clause of a sentence
  listing a dozen targets, never a figure clause naming none of them (genre claims.toml [each_named]).
- Two metadata asks in one question (发文字号是多少、哪天落的款) are both read: 落的款/署的名 are 落款/署名 split by 的
  (genre asking.toml [[spoken]]).
- Who reported a report asked with the act first (向…汇报…的是哪位, 作…报告的是谁, 汇报人是谁) asks its byline
  (genre questions.toml asks_reporter), which report_lines quotes (市审计局局长   李火生).
- Which lists/ledgers (哪几张清单, 哪些清单) lead with the clause naming the set by its count (“三张清单”, 一方案三清单;
  genre led_sets.toml [named_set]); a count alone (几个方案) is no such ask.
"""
from __future__ import annotations

import pytest

from answer.ask import ask
from answer.claims import each_named
from answer.metadata import META, report_lines
from answer.lead import lead_spans
from answer.led import set_named
from answer.sentences import asked_units
from genre.asking import plain_question
from genre.questions import load_questions
from retrieval.index.keywords import tokenize
from tests.conftest import dev_text

ZHEJIANG = dev_text("d23_")   # 健康浙江发展指数达85,人均预期寿命达82.4岁,…,重点人群签约覆盖率达85%以上。
RUIJIN = dev_text("d01_")     # 市审计局局长   李火生
POLICE = dev_text("d19_")     # 根据问题、任务、责任“三张清单”
SHUOZHOU = dev_text("d26_")   # 建立了问题清单、整改清单、责任清单“三清单”
HUBEI = dev_text("d04_")      # 研究制定“一方案三清单”


TARGETS = ZHEJIANG[ZHEJIANG.index("健康浙江发展指数达85"):ZHEJIANG.index("。", ZHEJIANG.index("重点人群签约覆盖率达85%"))]


def _lead(text: str, sentence: str, question: str) -> list[str]:
    a = text.index(sentence)
    tokens = {t: 1.0 for t in tokenize(question) if len(t) >= 2}
    found = lead_spans(text, [(a, a + len(sentence))], question, tokens, asked_units(question)) or []
    return [text[x:y] for x, y in found]


@pytest.mark.parametrize(("question", "clauses"), [
    ("家医签约面上覆盖和重点人群覆盖两个指标分别是百分之多少？", ["家庭医生居民签约服务覆盖率达42%以上", "重点人群签约覆盖率达85%以上"]),
    ("人均预期寿命和居民健康素养水平分别定的多少？", ["人均预期寿命达82.4岁", "居民健康素养水平达39%以上"]),
    ("居民电子健康档案开放率和心理健康素养水平两个目标各是多少？", ["居民电子健康档案开放率达70%以上", "居民心理健康素养水平达25%以上"]),
    ("重大慢病过早死亡率和总体癌症五年生存率分别是多少？", ["重大慢病过早死亡率降至9.3%", "总体癌症五年生存率达47%"]),
    ("人均基本公共卫生服务经费和城乡居民免费健康体检人数分别是多少？", ["人均基本公共卫生服务经费达102元以上", "城乡居民免费健康体检人数达1000万以上"]),
])
def test_each_named_indicator_leads_with_its_own_clause(question, clauses):
    sentence = TARGETS   # one sentence of twelve targets, two halves parted by ;
    assert each_named(question) is not None
    assert _lead(ZHEJIANG, sentence, question) == clauses


def test_a_figure_clause_naming_no_asked_indicator_does_not_lead():
    sentence = TARGETS   # one sentence of twelve targets, two halves parted by ;
    got = _lead(ZHEJIANG, sentence, "家医签约面上覆盖和重点人群覆盖两个指标分别是百分之多少？相差多少个百分点？")
    assert got == ["家庭医生居民签约服务覆盖率达42%以上", "重点人群签约覆盖率达85%以上"]
    assert each_named("巡察反馈了多少个问题？") is None


@pytest.mark.parametrize("question", [
    "湖州卫健委印发全市23年卫健要点，发文字号是多少、哪天落的款？",
    "湖州市卫健委23年工作要点，文号和落款日期分别是什么？",
    "浙江省卫健委2023年工作要点的文号是什么，落款是哪天？",
    "那份要点编的是几号文，哪天落的款？",
    "华容县2021年重点工作那份文件，发文字号多少，落款日期是哪天？",
])
def test_two_metadata_asks_are_both_read(question):
    said = plain_question(question)
    assert META["doc_number"].search(said) and META["date"].search(said)


def test_a_split_signature_word_asks_the_signer():
    assert load_questions().asks_signer.search(plain_question("浙江卫健委23年要点是谁署的名？"))


@pytest.mark.parametrize("question", [
    "向瑞金市人大常委会汇报2020年度审计整改的是哪位，什么职务？",
    "在广州市人大常委会上作2024年度审计整改报告的是谁？",
    "广东省2020年度审计整改报告，汇报人是谁？",
    "给瑞金人大常委会讲2020年度审计整改情况的是哪个领导？",
    "慈溪2017年度审计整改情况是由哪位领导向人大常委会报告的？",
])
def test_who_reported_asked_with_the_act_first_asks_the_byline(question):
    assert load_questions().asks_reporter.search(plain_question(question))


def test_the_byline_is_quoted_and_a_reports_content_asks_no_reporter():
    assert [RUIJIN[a:b] for a, b in report_lines(RUIJIN)][-1] == "市审计局局长   李火生"
    assert not load_questions().asks_reporter.search("审计报告中牵头整改的是谁？")


@pytest.mark.parametrize(("text", "question", "clause"), [
    (POLICE, "2024年秋被巡察的那个市公安局，整改靠哪几张清单推进？", "根据问题、任务、责任“三张清单”"),
    (POLICE, "市公安局党委抓巡察整改是按哪几张清单来的？", "根据问题、任务、责任“三张清单”"),
    (SHUOZHOU, "朔州科技局为抓整改建了哪几张清单？", "建立了问题清单、整改清单、责任清单“三清单”"),
    (SHUOZHOU, "朔州市科技局整改建立的是哪几个清单？", "建立了问题清单、整改清单、责任清单“三清单”"),
    (HUBEI, "湖北省司法厅巡视整改研究制定了哪些清单？", "研究制定“一方案三清单”"),
])
def test_the_clause_naming_the_set_by_its_count_leads(text, question, clause):
    assert [text[a:b] for a, b in set_named(text, question)] == [clause]


def test_a_count_asked_is_no_set_asked():
    assert set_named(POLICE, "市公安局整改一共制定了几个方案？") == []
    assert set_named(POLICE, "整改靠哪几本台账推进？") == []   # the notice names no ledger set


@pytest.mark.integration
def test_the_named_set_leads_end_to_end(index):
    a = ask(index, "天津市机关事务管理局2021年全面从严治党工作制定了哪几个清单？", index.settings)
    assert a.lead.startswith("制定了“两个清单”")
