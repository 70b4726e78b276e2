"""The evaluation harness: metric definitions, a Q&A file it has never seen, reports, run comparison."""
from __future__ import annotations

import json

import pytest

from eval.metrics import (
    aggregate,
    char_f1,
    evidence_ranks,
    key_facts,
    norm,
    score_result,
)
from tests.conftest import run_app


def test_metric_definitions_on_a_hand_made_result():
    item = {"id": "x", "type": "fact", "answer": "2023年改造了639公里", "evidence": ["改造了639公里", "不存在的证据"]}
    text = "前文。深入推进燃气旧管网提升改造,2023年改造了639公里。后文。"
    a, b = text.index("深入"), text.index("。后文")
    result = {"answer": "深入推进燃气旧管网提升改造,2023年改造了639公里[1]", "abstained": False,
              "citations": [{"doc": "d.txt", "quote": text[a:b], "start": a, "end": b}],
              "contexts": [{"rank": 1, "text": "无关"}, {"rank": 2, "text": "2023年改造了639\n公里"}]}
    s = score_result(item, result, k=5, notice_texts={"d.txt": text})
    assert evidence_ranks(item, result["contexts"]) == [2, None]
    assert s["recall"] == 0.5 and s["hit"] and s["rr"] == 0.5
    assert s["citations_ok"] == 1 and s["cite_hit"] and s["key_facts"] == 1.0
    assert key_facts("印发《天津市供热服务标准》,共3项") == {"《天津市供热服务标准》", "3"}
    assert norm(" a\tb\n") == "ab" and char_f1("甲乙丙", "甲乙丁") == pytest.approx(2 / 3)
    m = aggregate([{"type": "fact", "scores": s, "latency_ms": 10.0},
                   {"type": "unanswerable", "scores": {**s, "recall": None, "hit": None, "abstained": True},
                    "latency_ms": 30.0}])
    assert m["overall"]["refusal_rate"] == 1.0 and m["overall"]["false_refusal_rate"] == 0.0
    assert m["by_type"]["fact"]["recall_at_k"] == 0.5


@pytest.mark.integration
def test_eval_runs_an_unseen_qa_file_and_compares_runs(tmp_path, test_home):
    qa = tmp_path / "mine.jsonl"
    items = [
        {"id": "a1", "question": "济南城管局借调人员太多怎么处理的", "answer": "", "type": "measure",
         "evidence": ["局机关借调帮助工作人员过多"], "doc": "jinan-city-mgmt-bureau-2024-inspection-rectification.txt"},
        {"id": "a2", "question": "深圳市城管局2024年整改了几个问题？", "answer": "", "type": "unanswerable",
         "evidence": [], "doc": []},
    ]
    qa.write_text("\n".join(json.dumps(i, ensure_ascii=False) for i in items), encoding="utf-8")
    out_a, out_b = tmp_path / "a", tmp_path / "b"
    r = run_app("eval", "--qa", str(qa), "--out", str(out_a), "--k", "3", "--baseline", "bm25", home=test_home)
    assert r.returncode == 0, r.stderr
    for name in ("results.jsonl", "metrics.json", "report.md", "report.html", "chart.png"):
        assert (out_a / name).stat().st_size > 0
    rows = [json.loads(line) for line in (out_a / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["a1", "a2"]
    assert {"question", "answer", "abstained", "citations", "contexts", "latency_ms", "mode", "type"} <= set(rows[0])
    assert rows[1]["abstained"] is True
    metrics = json.loads((out_a / "metrics.json").read_text(encoding="utf-8"))
    assert "bm25-300" in metrics["baselines"] and "baseline bm25-300" in (out_a / "report.md").read_text(encoding="utf-8")
    assert run_app("eval", "--qa", str(qa), "--out", str(out_b), home=test_home).returncode == 0
    cmp = run_app("eval", "--compare", str(out_a), str(out_b), home=test_home)
    assert cmp.returncode == 0 and "recall_at_k" in cmp.stdout and "questions flipped" in cmp.stdout


def test_bad_qa_file_is_refused(tmp_path, test_home):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    r = run_app("eval", "--qa", str(bad), home=test_home)
    assert r.returncode != 0 and "line 1" in r.stderr
