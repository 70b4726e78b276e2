"""Measure drafting: example coverage of the eval set's draft questions, verbatim citations, house style.

Run: .venv/bin/python -m pytest -q -s tests/test_draft.py   (-s shows the coverage figure)
"""
from __future__ import annotations

import json
import re

import pytest
from conftest import ROOT, run_app

from ledger.draft import (
    CN,
    category_of,
    clean_request,
    core_span,
    generalise,
    topic_words,
)
from ledger.wording import as_action
from retrieval.errors import InputError

QA = ROOT / "eval" / "qa.jsonl"
COVERAGE_TARGET = 0.8
CITE = re.compile(r"\[(\d+)\]")


def _draft_questions() -> list[dict]:
    items = [json.loads(line) for line in QA.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [q for q in items if q["type"] == "draft"]


@pytest.fixture(scope="module")
def drafts(index):
    from ledger.draft import draft_measures
    return [(q, draft_measures(index, q["question"])) for q in _draft_questions()]


def test_generalise_marks_figures_dates_titles_and_names():
    s = generalise("2024年4月,委党组制定了《天津市工作方案》,确定5项治理任务,组织136名处级领导干部,投资1.6万元。",
                   ["天津市", "天津"])
    assert "〔时间〕" in s and "〔X〕项" in s and "〔X〕名" in s and "〔X〕万元" in s
    assert "〔单位〕党组" in s and "〔文件名称〕" in s and "《" not in s
    assert not re.search(r"\d", s)
    assert generalise("均由各区城管部门确定,我委会同河北区政府研究", []) == "均由各区城管部门确定,〔单位〕会同〔单位〕研究"


@pytest.mark.parametrize("self_name", ["我厅", "我县", "我院", "本单位", "我中心"])
def test_any_agencys_self_reference_becomes_a_placeholder(self_name):
    assert generalise(f"{self_name}党组召开专题会议", []) == "〔单位〕党组召开专题会议"


def test_reported_measures_become_actions_cut_at_clause_ends():
    assert as_action("研究制定了《关于加强干部队伍建设的实施意见》,现已组织培训12次。", []) == "研究制定〔文件名称〕"
    assert as_action("2023年8月28日,局党组召开专题民主生活会,聚焦问题进行了认真整改。", []) == \
        "〔单位〕党组召开专题民主生活会,聚焦问题进行认真整改"
    assert as_action("依托“智慧城管”平台建立问题台账,累计办结问题356件,整改到位率100%。", []) == "依托〔系统名称〕平台建立问题台账"
    assert as_action("及时了解干部思想动态。", []) == "及时了解干部思想动态"     # 了解 is no past tense
    long = "坚持" + "、".join(["加强学习教育"] * 30) + ",确保取得实效。"
    a, b = core_span(long, 0, len(long))
    assert long[a:b].endswith(("，", ",", "。")) or b == len(long)


def test_request_wording_and_deficiency_words_are_dropped():
    assert clean_request("帮我起草针对“干部队伍建设有差距”的整改措施") == "“干部队伍建设有差距”"
    assert topic_words("干部队伍建设有差距") == "干部队伍建设"


def test_categories_and_core_span():
    assert category_of("组织开展警示教育和专题培训") == "学习教育"
    assert category_of("制定管理办法,健全工作机制") == "制度机制"
    assert category_of("天气晴朗") == ""
    text = "提高政治站位。召开专题会议,进一步明确做好平台填报工作的重要意义和工作要求。严格规范信息填报程序。"
    a, b = core_span(text, 0, len(text))  # a short title sentence takes the next one, then stops
    assert text[a:b] == "提高政治站位。召开专题会议,进一步明确做好平台填报工作的重要意义和工作要求。"
    long = "坚持" + "、".join(["加强学习教育"] * 10) + ",健全制度," + "、".join(["完善机制"] * 20) + "。"
    a, b = core_span(long, 0, len(long))  # one long sentence: cut after its last clause within the limit
    assert b - a <= 110 and long[a:b].endswith(",")


@pytest.mark.integration
def test_draft_examples_cover_gold_evidence(drafts):
    hits = []
    for q, d in drafts:
        quotes = [m.quote for e in d.similar for m in e.item.measures]
        hits.append(any(ev in quote for ev in q["evidence"] for quote in quotes))
    coverage = sum(hits) / len(hits)
    print(f"\ndraft evidence coverage: {sum(hits)}/{len(hits)} = {coverage:.3f} (k=5 similar items)")
    assert coverage >= COVERAGE_TARGET


@pytest.mark.integration
def test_citations_and_examples_are_verbatim(drafts, index):
    for _, d in drafts:
        for e in d.similar:
            text = index.records[e.item.notice_id].notice.text
            assert all(text[m.start:m.end] == m.quote for m in e.item.measures)
        for c in d.citations:
            nid = c.doc.rsplit(".", 1)[0]
            assert index.records[nid].notice.text[c.start:c.end] == c.quote
            assert 1 <= c.example <= len(d.similar)


@pytest.mark.integration
def test_draft_house_style_and_placeholders(drafts):
    for q, d in drafts:
        lines = d.draft.split("\n")
        assert d.draft.startswith("一是") and 3 <= len(lines) <= 6, q["question"]
        assert [c.n for c in d.citations] == list(range(1, len(lines) + 1))
        for i, (line, cit) in enumerate(zip(lines, d.citations)):
            assert line.startswith(f"{CN[i]}是") and line.endswith(f"[{cit.n}]。"), line
            assert CITE.findall(line) == [str(cit.n)]
            body = CITE.sub("", line)
            assert not re.search(r"\d", body), line   # every figure of the source became a placeholder
            assert not re.search(r"[我本][厅局委县区院]|现已|《", body), line   # an action, with placeholders
        bodies = [CITE.sub("", line)[2:] for line in lines]
        assert len(set(bodies)) == len(bodies)


@pytest.mark.integration
def test_examples_cached_per_process(index):
    from ledger import draft
    draft.similar_items(index, "民主生活会质量不高")
    pools = dict(draft._POOLS)
    draft.similar_items(index, "政府采购把关不严")
    assert draft._POOLS == pools and len(pools) >= 1


@pytest.mark.integration
def test_empty_or_contentless_problem_is_refused(index):
    from ledger.draft import draft_measures
    for problem in ("   ", "帮我写整改措施", "？？？", "xxxx"):
        with pytest.raises(InputError):
            draft_measures(index, problem)


@pytest.mark.integration
def test_cli_draft_json(test_home):
    r = run_app("draft", "帮我起草“燃气安全隐患排查不彻底”的整改措施", "--json", home=test_home)
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert set(data) >= {"problem", "similar", "draft", "citations"}
    assert set(data["similar"][0]) >= {"problem", "doc", "section", "status", "measures"}
    assert set(data["citations"][0]) >= {"n", "doc", "section", "quote", "start", "end"}
    assert data["draft"].startswith("一是")
    r = run_app("draft", " ", home=test_home)
    assert r.returncode == 2 and "empty problem" in r.stderr


@pytest.mark.integration
def test_an_unrelated_problem_gets_no_draft_but_a_reason(index):
    from ledger.draft import SIMILARITY_MIN, best_similarity, draft_measures
    d = draft_measures(index, "食堂饭菜口味单一")
    assert d.draft == "" and not d.citations and "没有与这个问题足够相似" in d.note
    assert best_similarity(index, "食堂饭菜口味单一") < SIMILARITY_MIN <= best_similarity(index, "干部队伍建设有差距")
